//! Every YAML catalog the guide and the README show is one the pipeline
//! accepts, and every one marked `yaml,rejected` (a mistake shown on
//! purpose) is one it refuses: a page cannot show a catalog the build
//! rejects, or a mistake the build lets through. No Rust block is left out
//! of the doctests, and every page is in the guide module and the README.

use std::fs;
use std::path::{Path, PathBuf};

/// A fenced block: the file, the line its fence opens on, its info string
/// and its text.
struct Block {
    file: String,
    line: usize,
    info: String,
    text: String,
}

fn blocks(path: &Path) -> Vec<Block> {
    let text = fs::read_to_string(path).unwrap();
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    file: file.clone(),
                    line: i + 1,
                    info: info.trim().to_owned(),
                    text: String::new(),
                });
            }
            (Some(_), Some("")) => out.extend(open.take()),
            (Some(block), _) => {
                block.text.push_str(line);
                block.text.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "{file}: a fence is never closed");
    out
}

fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("errcodes/docs/guide");
    let mut pages: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages.push(root.join("README.md"));
    pages.push(root.join("errcodes/docs/crate.md"));
    pages
}

#[test]
fn every_yaml_block_is_checked_by_the_pipeline() {
    let (mut accepted, mut rejected) = (0, 0);
    for page in pages() {
        for block in blocks(&page) {
            let place = format!("{}:{}", block.file, block.line);
            match block.info.as_str() {
                "yaml" => {
                    let checked = errcodes_catalog::check(&place, &block.text);
                    assert!(
                        checked.diagnostics.is_empty(),
                        "{place}: the pipeline rejects this catalog: {}",
                        checked.diagnostics[0]
                    );
                    accepted += 1;
                }
                "yaml,rejected" => {
                    let checked = errcodes_catalog::check(&place, &block.text);
                    assert!(
                        !checked.diagnostics.is_empty(),
                        "{place}: marked as a mistake, but the pipeline accepts it"
                    );
                    rejected += 1;
                }
                info if info.starts_with("rust") => assert!(
                    !info.contains("ignore"),
                    "{place}: every Rust block runs as a doctest; this one is `{info}`"
                ),
                info => assert!(
                    !info.starts_with("yaml") && !info.starts_with("yml"),
                    "{place}: a YAML block is `yaml` (a catalog) or `yaml,rejected` (a mistake shown on purpose), not `{info}`"
                ),
            }
        }
    }
    assert!(
        accepted >= 3 && rejected >= 1,
        "{accepted} catalogs, {rejected} mistakes"
    );
}

#[test]
fn every_page_is_in_the_guide_module_and_the_readme() {
    let module = include_str!("../../errcodes/src/guide.rs");
    let readme = include_str!("../../README.md");
    for page in pages() {
        if page.parent().is_some_and(|dir| dir.ends_with("guide")) {
            let name = page.file_stem().unwrap().to_string_lossy().into_owned();
            // The page's text, then (after any more documentation, such as
            // a picture) its module.
            let text = format!("#[doc = include_str!(\"../docs/guide/{name}.md\")]\n");
            let module_of = module.find(&text).and_then(|at| {
                let rest = &module[at + text.len()..];
                rest.find("pub mod ").map(|m| &rest[m..])
            });
            assert!(
                module_of.is_some_and(|m| m.starts_with(&format!("pub mod {name} {{}}"))),
                "errcodes::guide has no module for {name}.md"
            );
            assert!(
                module.contains(&format!("| [`{name}`] |")),
                "the guide's table of contents lacks {name}"
            );
            assert!(
                readme.contains(&format!("(errcodes/docs/guide/{name}.md)")),
                "the README's guide table lacks {name}.md"
            );
        }
    }
}
