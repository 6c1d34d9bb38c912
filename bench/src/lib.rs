//! Benchmark support for errcodes: synthetic catalogs, the naive encoding
//! to compare against, a timing harness, and the catalog pipeline the macro
//! runs, through `errcodes-catalog`.

#![allow(dead_code, clippy::all, clippy::pedantic)]

pub mod harness;
pub mod naive;
pub mod synth;

/// Runs the catalog pipeline on catalog text, as the macro does after
/// reading the file (check, then select the whole catalog): the model, or
/// the rendered problems.
pub fn pipeline(text: &str) -> Result<errcodes_catalog::Catalog, Vec<String>> {
    let checked = errcodes_catalog::check("codes.yaml", text);
    if !checked.diagnostics.is_empty() {
        return Err(errcodes_catalog::lines(&checked.diagnostics, usize::MAX));
    }
    let whole = errcodes_catalog::Selection::default();
    let (catalog, problems) = errcodes_catalog::select(checked.catalog, &whole);
    assert!(problems.is_empty());
    Ok(catalog)
}
