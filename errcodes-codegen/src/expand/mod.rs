//! Expansion: the validated catalog → the enum, its constants module, its
//! tables and its trait impls. One function per generated item.
//!
//! Lookups go through one hidden constant of flat tables (a row per code, in
//! order of code, the integers packed into byte strings), read by the
//! runtime crate's `const fn` helpers: big `match`es, nested structures per
//! code and long lists of tokens are what make large generated enums slow to
//! compile.

//!
//! One job a file: `items` and `impls` build the public items with `quote!`
//! (they carry the user's spans), `bulk` writes the variants and constants
//! as source text, `tables` encodes the catalog into the tables the runtime
//! crate's `__private` module reads, and `pipeline` runs the bulky writing
//! beside the compiler's lexing.

mod bulk;
mod impls;
mod items;
mod params;
mod pipeline;
mod tables;
mod tags;

use std::path::Path;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::args::Args;
use crate::text::Spelled;
use errcodes_catalog::{Catalog, Code};

/// All items for `catalog`. `files` (the catalog and its ledger) are watched
/// for changes.
pub fn expand(catalog: &Catalog, args: &Args, files: &[&Path]) -> TokenStream {
    let cx = Cx {
        catalog,
        name: &args.name,
        module: &args.module,
        krate: &args.krate,
        written: args.path.value.clone(),
        args,
    };
    let watch = files.iter().map(|file| watch(file));
    let enum_name = Spelled::of(&args.name);
    let inner = Spelled::of(&args.vis.one_level_down());
    let structs = cx.args_structs();
    let (enum_item, consts, tables) =
        pipeline::written_in_parallel(&cx, &enum_name, &inner, structs.definitions);
    let struct_impls = structs.impls;
    let aliases = bulk::alias_text(catalog, &enum_name, &Spelled::of(&args.vis)).tokens();
    let inherent = cx.inherent_impl();
    let tag_methods = cx.tag_impl();
    let traits = cx.trait_impls();
    let parent = args.parent.as_ref().map(|parent| cx.parent_impls(parent));
    let features = cx.feature_impls();
    quote! {
        #(#watch)*
        #enum_item
        #consts
        #tables
        #aliases
        #inherent
        #tag_methods
        #traits
        #parent
        #features
        #struct_impls
    }
}

/// Makes cargo rebuild the invoking crate when the catalog changes.
///
/// `include_str!`, not `include_bytes!`: rustc turns included bytes into an
/// array it type- and borrow-checks element by element, seconds for a
/// catalog of a few megabytes, while a string is one literal.
fn watch(file: &Path) -> TokenStream {
    let file = file.to_string_lossy();
    quote! {
        const _: &str = ::core::include_str!(#file);
    }
}

/// What every item is built from: the catalog and the macro's arguments.
struct Cx<'a> {
    catalog: &'a Catalog,
    name: &'a Ident,
    module: &'a Ident,
    krate: &'a TokenStream,
    written: String,
    args: &'a Args,
}

/// The lines as one `#[doc]` attribute: one literal instead of one per line
/// keeps the expansion small for large catalogs.
fn doc_lines(lines: &[String]) -> TokenStream {
    let text = lines.join("\n");
    quote! { #[doc = #text] }
}

/// `text` as an identifier, which the catalog's checks have made sure it
/// is (else one that fails the build by its name).
fn ident(text: &str) -> errcodes_catalog::Identifier<'_> {
    errcodes_catalog::identifier(text).unwrap_or(errcodes_catalog::Identifier::INVALID)
}

fn variant(code: &Code) -> Ident {
    format_ident!("{}", code.variant)
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

#[cfg(test)]
mod tests {
    /// Every method the enum gets is in the list tag predicates are kept
    /// off (`errcodes_catalog::__METHODS`), whatever the catalog's tags, and
    /// every associated constant in the list variants are kept off
    /// (`errcodes_catalog::__CONSTANTS`).
    #[test]
    fn the_catalog_knows_every_generated_method() {
        let text = include_str!("../../../tests/catalogs/tags.yaml");
        let catalog = errcodes_catalog::check("tags.yaml", text).ok().unwrap();
        let args = crate::args::Args::parse("\"tags.yaml\"".parse().unwrap())
            .ok()
            .unwrap();
        let expansion = super::expand(&catalog, &args, &[]);
        let file: syn::File = syn::parse2(expansion).unwrap();
        let predicates: Vec<String> = catalog
            .tags
            .iter()
            .map(|t| format!("is_{}", t.key))
            .collect();
        let mut seen = 0;
        for item in &file.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            let ty = &block.self_ty;
            if block.trait_.is_some() || quote::quote!(#ty).to_string() != "ErrorCode" {
                continue;
            }
            for item in &block.items {
                if let syn::ImplItem::Const(constant) = item {
                    let name = constant.ident.to_string();
                    assert!(
                        name.starts_with("__")
                            || errcodes_catalog::__CONSTANTS.contains(&name.as_str()),
                        "`{name}` is generated but not in errcodes_catalog's GENERATED_ITEMS"
                    );
                }
                let syn::ImplItem::Fn(method) = item else {
                    continue;
                };
                let name = method.sig.ident.to_string();
                seen += 1;
                assert!(
                    errcodes_catalog::__METHODS.contains(&name.as_str())
                        || predicates.contains(&name),
                    "`{name}` is generated but not in errcodes_catalog's METHODS"
                );
            }
        }
        assert!(seen > 20, "only {seen} methods found");
    }
}
