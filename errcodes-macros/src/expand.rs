//! Expansion: the validated catalog → the enum, its constants module, its
//! tables and its trait impls. One function per generated item.
//!
//! Lookups go through one hidden constant of flat tables (a row per code, in
//! order of code, the integers packed into byte strings), read by the
//! runtime crate's `const fn` helpers: big `match`es, nested structures per
//! code and long lists of tokens are what make large generated enums slow to
//! compile.

use std::path::Path;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::args::Args;
use crate::text::{markdown, Text};
use errcodes_catalog::{Catalog, Code};

/// All items for `catalog`. `files` (the catalog and its ledger) are watched
/// for changes.
pub fn expand(catalog: &Catalog, args: &Args, files: &[&Path]) -> TokenStream {
    let cx = Cx {
        catalog,
        name: &args.name,
        module: &args.module,
        krate: &args.krate,
        written: args.path.value(),
        args,
    };
    let watch = files.iter().map(|file| watch(file));
    let enum_name = args.name.to_string();
    let inner = one_level_down(&args.vis).to_string();
    let (enum_item, consts, tables) = written_in_parallel(&cx, &enum_name, &inner);
    let inherent = cx.inherent_impl();
    let traits = cx.trait_impls();
    let parent = args.parent.as_ref().map(|parent| cx.parent_impls(parent));
    let serde = cfg!(feature = "emit-serde").then(|| cx.serde_impls());
    let wire = cx.wire_impls();
    quote! {
        #(#watch)*
        #enum_item
        #consts
        #tables
        #inherent
        #traits
        #parent
        #serde
        #wire
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

/// The bulky items, written as text on two threads and handed to the
/// compiler's lexer by this one (the only thread that may call it): the
/// enum, the constants module and the tables.
///
/// rustc's front end is single-threaded, so the second core is otherwise
/// idle. The second thread writes the constants, then the tables' lists,
/// then the later half of the variants, handing each over as it is done;
/// meanwhile this thread writes the first half of the variants and lexes
/// each piece as it arrives, so the writing of one overlaps the lexing of
/// another. Without a second thread, this one writes everything.
fn written_in_parallel(
    cx: &Cx<'_>,
    enum_name: &str,
    inner: &str,
) -> (TokenStream, TokenStream, TokenStream) {
    let catalog = cx.catalog;
    let (first, later) = catalog.codes.split_at(catalog.codes.len() / 2);
    let consts_of = |text: Option<Text>| {
        cx.consts_module(&text.unwrap_or_else(|| const_text(catalog, enum_name, inner)))
    };
    std::thread::scope(|scope| {
        let (send_consts, consts_written) = std::sync::mpsc::channel();
        let (send_lists, lists_written) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("errcodes-expand".to_owned())
            .spawn_scoped(scope, move || {
                // The receiving side stays until this thread is joined.
                let _ = send_consts.send(const_text(catalog, enum_name, inner));
                let _ = send_lists.send(lists(catalog, enum_name));
                variant_text(catalog, later)
            });
        let mut variants = vec![variant_text(catalog, first).tokens()];
        let (consts, tables, rest) = match spawned {
            Ok(handle) => {
                let consts = consts_of(consts_written.recv().ok());
                let lists = lists_written
                    .recv()
                    .unwrap_or_else(|_| lists(catalog, enum_name));
                let tables = cx.tables(&lists);
                let rest = handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (consts, tables, rest)
            }
            Err(_) => (
                consts_of(None),
                cx.tables(&lists(catalog, enum_name)),
                variant_text(catalog, later),
            ),
        };
        variants.push(rest.tokens());
        (cx.enum_item(&variants), consts, tables)
    })
}

/// The variants for `codes`, as source text: each with its documentation
/// and any deprecation.
///
/// No explicit discriminants: the variants are numbered 0, 1, 2, … in
/// order of code, which is their row in every table. rustc evaluates each
/// explicit discriminant again wherever an enum value appears in a
/// constant, which made `= code` on every variant quadratic to check.
fn variant_text(catalog: &Catalog, codes: &[Code]) -> Text {
    let mut variants = Text::default();
    for code in codes {
        variants.raw("#[doc = ");
        variant_docs(&mut variants, code, catalog.docs_url_of(code).as_deref());
        variants.raw("]\n");
        if let Some(note) = &code.deprecated {
            variants.raw("#[deprecated(note = ").str(note).raw(")]\n");
        }
        variants.raw(&code.variant).raw(",\n");
    }
    variants
}

struct Cx<'a> {
    catalog: &'a Catalog,
    name: &'a Ident,
    module: &'a Ident,
    krate: &'a syn::Path,
    written: String,
    args: &'a Args,
}

/// The lines as one `#[doc]` attribute: one literal instead of one per line
/// keeps the expansion small for large catalogs.
fn doc_lines(lines: &[String]) -> TokenStream {
    let text = lines.join("\n");
    quote! { #[doc = #text] }
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

/// `vis`, written for the invoking module, as seen from the constants
/// module one level below it: `pub(super)` there is the invoking module's
/// private, `pub(in super::super)` its `pub(super)`.
fn one_level_down(vis: &syn::Visibility) -> TokenStream {
    match vis {
        syn::Visibility::Public(_) => quote!(pub),
        syn::Visibility::Inherited => quote!(pub(super)),
        syn::Visibility::Restricted(restricted) => {
            let path = &restricted.path;
            let first = path.segments.first().map(|s| s.ident.to_string());
            let rest = path.segments.iter().skip(1);
            match first.as_deref() {
                _ if path.leading_colon.is_some() => quote!(#vis),
                Some("self") => quote!(pub(in super #(:: #rest)*)),
                Some("super") => quote!(pub(in super::#path)),
                _ => quote!(#vis),
            }
        }
    }
}

impl Cx<'_> {
    /// `#[allow(dead_code)]` when the items are not `pub`: a library that
    /// keeps its catalog private uses some of the generated items, not all.
    /// (rustc does not report unused items of a proc-macro expansion today;
    /// this keeps it that way if it starts to.)
    fn allow_unused(&self) -> Option<TokenStream> {
        (!matches!(self.args.vis, syn::Visibility::Public(_))).then(|| quote!(#[allow(dead_code)]))
    }

    /// The enum, around its variants (in order of code, in as many pieces
    /// as they were written in).
    fn enum_item(&self, variants: &[TokenStream]) -> TokenStream {
        let name = self.name;
        let docs = doc_lines(&self.enum_docs());
        let non_exhaustive = self.args.non_exhaustive.then(|| quote!(#[non_exhaustive]));
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        quote! {
            #docs
            // `Debug` is implemented by hand: the derived one is a `match` with an
            // arm per code, which rustc takes seconds to borrow-check for large catalogs.
            #[derive(
                ::core::clone::Clone,
                ::core::marker::Copy,
                ::core::cmp::PartialEq,
                ::core::cmp::Eq,
                ::core::hash::Hash,
                ::core::cmp::PartialOrd,
                ::core::cmp::Ord,
            )]
            #non_exhaustive
            #unused
            #vis enum #name {
                #(#variants)*
            }
        }
    }

    fn enum_docs(&self) -> Vec<String> {
        let codes = self.catalog.codes.len();
        let groups = &self.catalog.groups;
        let mut lines = vec![format!(
            "{} `{}`: {codes} code{}{}.",
            if self.args.selection().is_whole() {
                "Error codes of the catalog".to_owned()
            } else {
                format!(
                    "Error codes selected from the catalog ({})",
                    self.selection()
                )
            },
            self.written,
            if codes == 1 { "" } else { "s" },
            match groups.len() {
                0 => String::new(),
                1 => " in 1 group".to_owned(),
                n => format!(" in {n} groups"),
            }
        )];
        lines.push(String::new());
        lines.push(format!(
            "Generated by `errcodes::error_codes!`; the numbers are also constants in [`{module}`](self::{module}).",
            module = self.module,
        ));
        if !groups.is_empty() {
            lines.push(String::new());
            lines.push("# Groups".to_owned());
            lines.push(String::new());
            for group in groups {
                let count = self
                    .catalog
                    .codes
                    .iter()
                    .filter(|c| c.group.as_deref() == Some(group.key.as_str()))
                    .count();
                let description = group
                    .description
                    .as_deref()
                    .map_or_else(String::new, |d| format!(": {}", markdown(d)));
                lines.push(format!("- `{}` ({count}){description}", group.key));
            }
        }
        lines
    }

    /// How the arguments select the subset, for its documentation.
    fn selection(&self) -> String {
        let numbers = |list: &[crate::args::Number]| {
            list.iter()
                .map(|n| n.value.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !self.args.groups.is_empty() {
            let keys: Vec<String> = self
                .args
                .groups
                .iter()
                .map(|g| format!("`{}`", g.value()))
                .collect();
            parts.push(format!("groups {}", keys.join(", ")));
        }
        if !self.args.codes.is_empty() {
            parts.push(format!("codes {}", numbers(&self.args.codes)));
        }
        if !self.args.exclude.is_empty() {
            parts.push(format!("excluding {}", numbers(&self.args.exclude)));
        }
        parts.join("; ")
    }

    /// The constants module, around the constants written by [`const_text`].
    fn consts_module(&self, consts: &Text) -> TokenStream {
        let name = self.name;
        let module = self.module.clone();
        let doc = format!("The codes of [`{name}`] as `u32` constants, for `const` items and `match` patterns on raw numbers.");
        let consts = consts.tokens();
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        quote! {
            #[doc = #doc]
            #unused
            #vis mod #module {
                #consts
            }
        }
    }

    /// The tables: `ALL`, `GROUPS`, `RESERVED`, `LANGUAGES`, and the hidden
    /// `__TABLE` (the catalog) and search helpers `__NAMES` and `__INDEX` (`__`-prefixed,
    /// so they take no name the user may give an item of their own).
    fn tables(&self, lists: &Lists) -> TokenStream {
        let name = self.name;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let krate = self.krate;
        let all = lists.all.tokens();
        let names = lists.name_slots.tokens();
        let index = code_index(lists, krate);
        let table = table(self.catalog, lists, krate);
        let languages = &self.catalog.languages;
        let groups = self.catalog.groups.iter().map(|group| {
            let key = &group.key;
            let description = option_str(group.description.as_deref());
            let range = match group.range {
                Some((lo, hi)) => {
                    let (lo, hi) = (Literal::u32_unsuffixed(lo), Literal::u32_unsuffixed(hi));
                    quote!(::core::option::Option::Some((#lo, #hi)))
                }
                None => quote!(::core::option::Option::None),
            };
            quote!(#krate::Group::__new(#key, #description, #range))
        });
        let reserved = self
            .catalog
            .reserved
            .iter()
            .map(|r| Literal::u32_unsuffixed(r.code));
        quote! {
            // `ALL` names every variant, deprecated ones included.
            #[allow(deprecated)]
            #unused
            impl #name {
                /// Every code of the catalog, in ascending order of number.
                #vis const ALL: &'static [Self] = &[#all];

                /// The groups the catalog declares, in its order.
                #vis const GROUPS: &'static [#krate::Group] = &[#(#groups),*];

                /// Retired numbers, which no code may use; `from_code` returns `None` for them.
                #vis const RESERVED: &'static [u32] = &[#(#reserved),*];

                /// The languages descriptions are written in, as declared by the catalog.
                #vis const LANGUAGES: &'static [&'static str] = &[#(#languages),*];

                /// The catalog, row by row in the order of [`Self::ALL`].
                #[doc(hidden)]
                const __TABLE: #krate::__private::Table = #table;

                /// Rows by hash of the name (open addressing; `u32::MAX` is an
                /// empty slot), searched by `from_name`.
                #[doc(hidden)]
                const __NAMES: #krate::__private::U32s = #krate::__private::U32s(#names);

                /// How `from_code` finds a number's row, chosen for the catalog's numbers.
                #[doc(hidden)]
                const __INDEX: #krate::__private::Index = #index;
            }
        }
    }

    /// The accessors, all reading the tables.
    fn inherent_impl(&self) -> TokenStream {
        let name = self.name;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let krate = self.krate;
        // A variant's value is its row in the tables.
        let (code_body, entry_body) = if self.catalog.codes.is_empty() {
            (quote!(match self {}), quote!(match self {}))
        } else {
            (
                quote!(Self::__TABLE.codes.at(self as usize)),
                quote!(#krate::Entry::__new(&Self::__TABLE, self as usize)),
            )
        };
        quote! {
            #unused
            impl #name {
                /// The code's number.
                #[must_use]
                #vis const fn code(self) -> u32 {
                    #code_body
                }

                /// The code's catalog entry.
                #[must_use]
                #vis const fn entry(self) -> #krate::Entry {
                    #entry_body
                }

                /// The catalog name, e.g. `"OBJECT_NOT_FOUND"`.
                #[must_use]
                #vis const fn name(self) -> &'static str {
                    self.entry().name()
                }

                /// The message, exactly as the catalog gives it (may be empty).
                #[must_use]
                #vis const fn message(self) -> &'static str {
                    self.entry().message()
                }

                /// Other messages sent with this code, from the catalog's `also`.
                #[must_use]
                #vis const fn also(self) -> &'static [&'static str] {
                    self.entry().also()
                }

                /// The message followed by the `also` messages.
                #[must_use]
                #vis const fn messages(self) -> &'static [&'static str] {
                    self.entry().messages()
                }

                /// The code's group, if the catalog gives one.
                #[must_use]
                #vis const fn group(self) -> ::core::option::Option<&'static str> {
                    self.entry().group()
                }

                /// The HTTP status the code is sent with, if the catalog gives one.
                #[must_use]
                #vis const fn http_status(self) -> ::core::option::Option<u16> {
                    self.entry().http_status()
                }

                /// The description in language `lang` (e.g. `"en"`), if the catalog has one.
                #[must_use]
                #vis fn description(self, lang: &str) -> ::core::option::Option<&'static str> {
                    self.entry().description(lang)
                }

                /// Why the code is deprecated, if it is.
                #[must_use]
                #vis const fn deprecated(self) -> ::core::option::Option<&'static str> {
                    self.entry().deprecated()
                }

                /// The HTTP status to answer with: the code's, or the catalog's
                /// `default_http` (500 when the catalog gives none).
                #[must_use]
                #vis const fn status(self) -> u16 {
                    self.entry().status()
                }

                /// The code's documentation link (the catalog's `docs_url`), if any;
                /// it formats without allocating.
                #[must_use]
                #vis const fn docs_url(self) -> ::core::option::Option<#krate::DocsUrl> {
                    self.entry().docs_url()
                }

                /// The code with this number, if the catalog has one.
                #[must_use]
                #vis const fn from_code(code: u32) -> ::core::option::Option<Self> {
                    match #krate::__private::find_code(&Self::__INDEX, Self::__TABLE.codes, code) {
                        ::core::option::Option::Some(index) => ::core::option::Option::Some(Self::ALL[index]),
                        ::core::option::Option::None => ::core::option::Option::None,
                    }
                }

                /// The code with this exact catalog name (e.g. `"OBJECT_NOT_FOUND"`), if any.
                #[must_use]
                #vis fn from_name(name: &str) -> ::core::option::Option<Self> {
                    #krate::__private::find_name(&Self::__TABLE, Self::__NAMES, name)
                        .map(|index| Self::ALL[index])
                }
            }
        }
    }

    fn trait_impls(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let label = name.to_string();
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                /// Writes the message; `{:#}` writes `CODE NAME: message`.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #krate::__private::display(&self.entry(), f)
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                /// The variant's name, `ObjectNotFound`, as `#[derive(Debug)]` would write it.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #krate::__private::debug(self.name(), f)
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #name {}

            #[automatically_derived]
            impl ::core::convert::From<#name> for u32 {
                fn from(code: #name) -> u32 {
                    code.code()
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<u32> for #name {
                type Error = #krate::UnknownCode;

                fn try_from(code: u32) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    Self::from_code(code).ok_or(#krate::__private::not_a_code(code, #label))
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #name {
                type Err = #krate::UnknownName;

                fn from_str(name: &str) -> ::core::result::Result<Self, #krate::UnknownName> {
                    Self::from_name(name).ok_or_else(|| #krate::__private::not_a_name(name, #label))
                }
            }

            #[automatically_derived]
            impl #krate::Code for #name {
                const ALL: &'static [Self] = Self::ALL;

                fn entry(self) -> #krate::Entry {
                    Self::entry(self)
                }

                fn from_code(code: u32) -> ::core::option::Option<Self> {
                    Self::from_code(code)
                }

                fn from_name(name: &str) -> ::core::option::Option<Self> {
                    Self::from_name(name)
                }
            }
        }
    }
}

impl Cx<'_> {
    /// `Serialize` as the number and `Deserialize` from it (feature `serde`).
    fn serde_impls(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let label = name.to_string();
        let serde = quote!(#krate::__private::serde);
        quote! {
            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    serializer.serialize_u32(self.code())
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    let code = <u32 as #serde::Deserialize>::deserialize(deserializer)?;
                    Self::from_code(code).ok_or_else(|| #krate::__private::unknown_code(code, #label))
                }
            }
        }
    }

    /// `problem()`, `http_status_code()` and axum's `IntoResponse`, each when
    /// the runtime crate's feature (`problem`, `http`, `axum`) asks for it.
    fn wire_impls(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let problem = cfg!(feature = "emit-problem").then(|| {
            quote! {
                /// The code as RFC 9457 problem details: `type` from the
                /// catalog's `docs_url`, `title` the message, `status`,
                /// `code` and `name`.
                #[must_use]
                #vis fn problem(self) -> #krate::Problem {
                    #krate::Problem::of(self)
                }
            }
        });
        let http = cfg!(feature = "emit-http").then(|| {
            quote! {
                /// [`Self::status`] as the `http` crate's status code.
                #[must_use]
                #vis fn http_status_code(self) -> #krate::__private::http::StatusCode {
                    #krate::__private::status_code(self.status())
                }
            }
        });
        let axum = cfg!(feature = "emit-axum").then(|| {
            let axum = quote!(#krate::__private::axum);
            quote! {
                /// Answers with the code's problem details
                /// (`application/problem+json`) and its status.
                #[automatically_derived]
                impl #axum::response::IntoResponse for #name {
                    fn into_response(self) -> #axum::response::Response {
                        #axum::response::IntoResponse::into_response(#krate::Problem::of(self))
                    }
                }
            }
        });
        let inherent = (problem.is_some() || http.is_some()).then(|| {
            quote! {
                #unused
                impl #name {
                    #problem
                    #http
                }
            }
        });
        quote! {
            #inherent
            #axum
        }
    }

    /// `From<Subset> for Parent` and `TryFrom<Parent> for Subset`, plus a
    /// compile-time check that the parent numbers its variants the same way.
    fn parent_impls(&self, parent: &syn::Path) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let label = name.to_string();
        let variants: Vec<Ident> = self.catalog.codes.iter().map(variant).collect();
        // The parent's variants are named at the `parent = …` argument, so a
        // parent from another catalog is reported there.
        let span = syn::spanned::Spanned::span(parent);
        let in_parent: Vec<Ident> = self
            .catalog
            .codes
            .iter()
            .map(|code| Ident::new(&code.variant, span))
            .collect();
        let parent_text = quote!(#parent).to_string().replace(' ', "");
        let checks = self.catalog.codes.iter().zip(&in_parent).map(|(code, variant)| {
            let number = Literal::u32_unsuffixed(code.code);
            let message = format!(
                "`parent = {parent_text}` must come from the same catalog: {} is {} here and another number there",
                code.name, code.code
            );
            quote_spanned!(span=> ::core::assert!(#parent::code(#parent::#variant) == #number, #message);)
        });
        quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::From<#name> for #parent {
                fn from(code: #name) -> #parent {
                    match code {
                        #( #name::#variants => #parent::#in_parent, )*
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#parent> for #name {
                type Error = #krate::UnknownCode;

                fn try_from(code: #parent) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    let number = #parent::code(code);
                    Self::from_code(number).ok_or(#krate::__private::not_a_code(number, #label))
                }
            }

            #[allow(deprecated)]
            const _: () = {
                #(#checks)*
            };
        }
    }
}

/// `from_name`'s table: a power of two of slots, at least a third more than
/// the names and former names, each holding (at the slot the name hashes to, or the
/// next free one) the row of a name, or the number of codes plus the index
/// of a former name among all aliases; `u32::MAX` is a free slot.
fn name_slots(codes: &[Code]) -> Vec<u32> {
    let names: Vec<&str> = codes
        .iter()
        .map(|c| c.name.as_str())
        .chain(
            codes
                .iter()
                .flat_map(|c| c.aliases.iter().map(String::as_str)),
        )
        .collect();
    // At most three quarters full: a few probes per lookup, and a table that
    // grows with the catalog rather than jumping to twice its size.
    let size = (names.len() * 4 / 3 + 1).max(2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![u32::MAX; size];
    for (value, name) in names.iter().enumerate() {
        // Truncating the hash to the table's size is the point.
        #[allow(clippy::cast_possible_truncation)]
        // 64-bit FNV-1a, the same function as `errcodes::__private::name_hash`.
        let mut slot = errcodes_catalog::__fnv1a(name) as usize & mask;
        while slots[slot] != u32::MAX {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u32::try_from(value).unwrap_or(u32::MAX);
    }
    slots
}

/// The largest bitmap `from_code` uses, in 64-bit words per code: past it
/// (numbers spread very thinly) a binary search of the numbers is used instead.
const MAX_WORDS_PER_CODE: usize = 4;

/// The largest table of rows `from_code` uses, in numbers per code (two
/// bytes each): past it, the bitmap.
const MAX_NUMBERS_PER_CODE: u64 = 32;

/// The largest table of rows in numbers, whatever the catalog's size
/// (512 KiB).
const MAX_NUMBERS: u64 = 1 << 18;

/// How `from_code` finds a number's row, chosen for the catalog's numbers
/// (sorted): a table of rows for every number from the smallest to the
/// largest when that stays small (one load per lookup); else a bitmap of
/// the numbers with the count of codes before each 64-bit word (a popcount
/// away); or, for numbers spread too thin for either, a binary search.
enum CodeIndex {
    Rows { base: u32, rows: Text },
    Bitmap { base: u32, bits: Text, ranks: Text },
    Sorted,
}

fn code_index(lists: &Lists, krate: &syn::Path) -> TokenStream {
    match &lists.index {
        CodeIndex::Sorted => quote!(#krate::__private::Index::Sorted),
        CodeIndex::Rows { base, rows } => {
            let base = Literal::u32_unsuffixed(*base);
            let rows = rows.tokens();
            quote! {
                #krate::__private::Index::Rows {
                    base: #base,
                    rows: #rows,
                }
            }
        }
        CodeIndex::Bitmap { base, bits, ranks } => {
            let base = Literal::u32_unsuffixed(*base);
            let (bits, ranks) = (bits.tokens(), ranks.tokens());
            quote! {
                #krate::__private::Index::Bitmap {
                    base: #base,
                    bits: #krate::__private::U64s(#bits),
                    ranks: #krate::__private::U32s(#ranks),
                }
            }
        }
    }
}

/// The index that suits `codes` (sorted), written out.
fn choose_index(codes: &[Code]) -> CodeIndex {
    let (Some(first), Some(last)) = (codes.first(), codes.last()) else {
        return CodeIndex::Sorted;
    };
    let span = u64::from(last.code - first.code) + 1;
    let count = codes.len() as u64;
    // Rows are stored plus one in 16 bits, 0 meaning "not a code".
    if count < u64::from(u16::MAX) && span <= MAX_NUMBERS && span <= count * MAX_NUMBERS_PER_CODE {
        let mut rows = vec![0_u8; usize::try_from(span * 2).unwrap_or(0)];
        for (row, code) in codes.iter().enumerate() {
            let at = (code.code - first.code) as usize * 2;
            let stored = u16::try_from(row + 1).unwrap_or(u16::MAX).to_le_bytes();
            rows[at..at + 2].copy_from_slice(&stored);
        }
        let mut text = Text::default();
        text.bytes(&rows);
        return CodeIndex::Rows {
            base: first.code,
            rows: text,
        };
    }
    let words = usize::try_from(span.div_ceil(64)).unwrap_or(usize::MAX);
    if words > codes.len().max(16).saturating_mul(MAX_WORDS_PER_CODE) {
        return CodeIndex::Sorted;
    }
    let mut bits = vec![0_u64; words];
    for code in codes {
        let offset = code.code - first.code;
        bits[(offset / 64) as usize] |= 1 << (offset % 64);
    }
    let mut before = 0_u32;
    let ranks = packed(bits.iter().map(|word| {
        let rank = before;
        before += word.count_ones();
        rank.to_le_bytes()
    }));
    CodeIndex::Bitmap {
        base: first.code,
        bits: packed(bits.iter().map(|word| word.to_le_bytes())),
        ranks,
    }
}

/// Integers as a byte string, each given as its little-endian bytes (all
/// of one width): what the runtime's `U16s`, `U32s` and `U64s` read. One
/// literal, where a list of integers is a token per integer for rustc to
/// lex, parse and hash.
fn packed<const WIDTH: usize>(values: impl Iterator<Item = [u8; WIDTH]>) -> Text {
    let bytes: Vec<u8> = values.flatten().collect();
    let mut text = Text::default();
    text.bytes(&bytes);
    text
}

/// A row as the tables store it (a catalog has far fewer than 2^32 codes).
fn row_number(row: usize) -> [u8; 4] {
    u32::try_from(row).unwrap_or(u32::MAX).to_le_bytes()
}

/// Strings as a comma-separated list of literals.
fn str_list<'a>(values: impl Iterator<Item = &'a str>) -> Text {
    let mut text = Text::default();
    for value in values {
        text.str(value).raw(",");
    }
    text
}

/// The constants of the constants module, as source text: `inner` is the
/// visibility they are declared with, `enum_name` the enum their docs link to.
fn const_text(catalog: &Catalog, enum_name: &str, inner: &str) -> Text {
    let mut consts = Text::default();
    for code in &catalog.codes {
        let variant = &code.variant;
        // The variant's docs carry the message and the rest.
        consts
            .raw("#[doc = ")
            .open()
            .part("`")
            .int(code.code.into());
        consts
            .part("`: [`")
            .part(enum_name)
            .part("::")
            .part(variant);
        consts
            .part("`](super::")
            .part(enum_name)
            .part("::")
            .part(variant);
        consts.part(")").close().raw("]\n");
        if let Some(note) = &code.deprecated {
            consts.raw("#[deprecated(note = ").str(note).raw(")]\n");
        }
        let constant = |text: &mut Text, ident: &str| {
            text.raw(inner).raw(" const ").raw(ident).raw(": u32 = ");
            text.int(code.code.into()).raw(";\n");
        };
        constant(&mut consts, &code.name);
        for alias in &code.aliases {
            let doc = format!(
                "Former name of [`{}`]({}), which replaces it.",
                code.name, code.name
            );
            let note = format!("renamed to {}", code.name);
            consts.raw("#[doc = ").str(&doc).raw("]\n");
            consts.raw("#[deprecated(note = ").str(&note).raw(")]\n");
            constant(&mut consts, alias);
        }
    }
    consts
}

/// The bulky lists of the generated tables, as source text. Plain data,
/// written without the compiler, so on a thread of its own.
struct Lists {
    /// `ALL`'s variants.
    all: Text,
    /// `__NAMES`: `from_name`'s slots.
    name_slots: Text,
    /// `__INDEX`.
    index: CodeIndex,
    numbers: Text,
    names: Text,
    messages: Text,
    message_bounds: Text,
    groups: Text,
    group_of: Text,
    http: Text,
    languages: Text,
    descriptions: Text,
    description_langs: Text,
    description_bounds: Text,
    deprecated_rows: Text,
    deprecated_notes: Text,
    aliases: Text,
    alias_rows: Text,
}

/// The lists of `catalog`'s tables, for the enum named `enum_name`.
fn lists(catalog: &Catalog, enum_name: &str) -> Lists {
    let codes = &catalog.codes;
    // `Name::Variant`, not `Self::Variant`: the resolver finds a variant of
    // a named enum directly, while `Self::Variant` is looked up by the type
    // checker among all the variants, for each of them (a quarter of a
    // second for 10,000 codes).
    let mut all = Text::default();
    for code in codes {
        all.raw(enum_name).raw("::").raw(&code.variant).raw(",");
    }
    // The group keys in order of first use, declared or not.
    let mut groups: Vec<&str> = Vec::new();
    let mut group_of = Vec::with_capacity(codes.len());
    for code in codes {
        let index = code.group.as_deref().map_or(0, |key| {
            let at = groups.iter().position(|g| *g == key).unwrap_or_else(|| {
                groups.push(key);
                groups.len() - 1
            });
            at + 1
        });
        group_of.push(u32::try_from(index).unwrap_or(u32::MAX));
    }
    // The declared languages first, then any others in order of use.
    let mut languages: Vec<&str> = catalog.languages.iter().map(String::as_str).collect();
    let mut description_langs = Vec::new();
    for (lang, _) in codes.iter().flat_map(|c| &c.descriptions) {
        let at = languages.iter().position(|l| l == lang).unwrap_or_else(|| {
            languages.push(lang);
            languages.len() - 1
        });
        description_langs.push(u32::try_from(at).unwrap_or(u32::MAX));
    }
    let deprecated: Vec<(usize, &str)> = codes
        .iter()
        .enumerate()
        .filter_map(|(row, c)| c.deprecated.as_deref().map(|note| (row, note)))
        .collect();
    Lists {
        all,
        name_slots: packed(name_slots(codes).into_iter().map(u32::to_le_bytes)),
        index: choose_index(codes),
        numbers: packed(codes.iter().map(|c| c.code.to_le_bytes())),
        names: str_list(codes.iter().map(|c| c.name.as_str())),
        messages: str_list(
            codes
                .iter()
                .flat_map(|c| std::iter::once(&c.message).chain(&c.also))
                .map(String::as_str),
        ),
        message_bounds: bounds(codes.iter().map(|c| 1 + c.also.len())),
        groups: str_list(groups.into_iter()),
        group_of: packed(group_of.into_iter().map(u32::to_le_bytes)),
        http: packed(codes.iter().map(|c| c.http.unwrap_or(0).to_le_bytes())),
        languages: str_list(languages.into_iter()),
        descriptions: str_list(
            codes
                .iter()
                .flat_map(|c| c.descriptions.iter().map(|(_, text)| text.as_str())),
        ),
        description_langs: packed(description_langs.into_iter().map(u32::to_le_bytes)),
        description_bounds: bounds(codes.iter().map(|c| c.descriptions.len())),
        deprecated_rows: packed(deprecated.iter().map(|(row, _)| row_number(*row))),
        deprecated_notes: str_list(deprecated.iter().map(|(_, note)| *note)),
        aliases: str_list(codes.iter().flat_map(|c| &c.aliases).map(String::as_str)),
        alias_rows: packed(
            codes
                .iter()
                .enumerate()
                .flat_map(|(row, c)| c.aliases.iter().map(move |_| row_number(row))),
        ),
    }
}

/// The catalog as flat tables (`errcodes::__private::Table`), row by row
/// in order of code: integers packed into byte strings and lists of string
/// literals, no nested structure per code.
fn table(catalog: &Catalog, lists: &Lists, krate: &syn::Path) -> TokenStream {
    let numbers = lists.numbers.tokens();
    let names = lists.names.tokens();
    let messages = lists.messages.tokens();
    let message_bounds = lists.message_bounds.tokens();
    let groups = lists.groups.tokens();
    let group_of = lists.group_of.tokens();
    let http = lists.http.tokens();
    let languages = lists.languages.tokens();
    let descriptions = lists.descriptions.tokens();
    let description_langs = lists.description_langs.tokens();
    let description_bounds = lists.description_bounds.tokens();
    let deprecated_rows = lists.deprecated_rows.tokens();
    let deprecated_notes = lists.deprecated_notes.tokens();
    let aliases = lists.aliases.tokens();
    let alias_rows = lists.alias_rows.tokens();
    let docs_url = option_str(catalog.docs_url.as_deref());
    let default_http =
        Literal::u16_unsuffixed(catalog.default_http.unwrap_or(Catalog::DEFAULT_HTTP));
    quote! {
        #krate::__private::Table {
            codes: #krate::__private::U32s(#numbers),
            names: &[#names],
            messages: &[#messages],
            message_bounds: #krate::__private::U32s(#message_bounds),
            groups: &[#groups],
            group_of: #krate::__private::U32s(#group_of),
            http: #krate::__private::U16s(#http),
            languages: &[#languages],
            descriptions: &[#descriptions],
            description_langs: #krate::__private::U32s(#description_langs),
            description_bounds: #krate::__private::U32s(#description_bounds),
            deprecated_rows: #krate::__private::U32s(#deprecated_rows),
            deprecated_notes: &[#deprecated_notes],
            aliases: &[#aliases],
            alias_rows: #krate::__private::U32s(#alias_rows),
            docs_url: #docs_url,
            default_http: #default_http,
        }
    }
}

/// Where each row starts in a flat table whose rows have `lengths` items,
/// then where the last one ends. (A catalog is at most a few megabytes, so
/// the bounds fit a `u32`.)
fn bounds(lengths: impl Iterator<Item = usize>) -> Text {
    let mut end = 0_u32;
    packed(
        std::iter::once(0)
            .chain(lengths.map(|len| {
                end = end.saturating_add(u32::try_from(len).unwrap_or(u32::MAX));
                end
            }))
            .map(u32::to_le_bytes),
    )
}

/// A variant's documentation as a string literal: the number, name and
/// message, then a list of the rest.
fn variant_docs(out: &mut Text, code: &Code, docs_url: Option<&str>) {
    out.open().part("`");
    out.int(code.code.into())
        .part("` `")
        .part(&code.name)
        .part("`: ");
    message_doc(out, &code.message);
    out.part("\n");
    for also in &code.also {
        out.part("\n- Also sent as: ");
        message_doc(out, also);
    }
    if let Some(group) = &code.group {
        out.part("\n- Group: `").part(group).part("`");
    }
    if let Some(status) = code.http {
        out.part("\n- HTTP status: ").int(status.into());
    }
    for (lang, text) in &code.descriptions {
        out.part("\n- ").part(lang).part(": ").markdown(text);
    }
    if let Some(reason) = &code.deprecated {
        out.part("\n- Deprecated: ").markdown(reason);
    }
    if !code.aliases.is_empty() {
        out.part("\n- Former names: ");
        for (i, alias) in code.aliases.iter().enumerate() {
            if i > 0 {
                out.part(", ");
            }
            out.part("`").part(alias).part("`");
        }
    }
    if let Some(url) = docs_url {
        out.part("\n- Documentation: <").part(url).part(">");
    }
    out.close();
}

fn message_doc(out: &mut Text, message: &str) {
    if message.is_empty() {
        out.part("*(no message)*");
    } else {
        out.markdown(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_suits_the_numbers() {
        let kind = |text: &str| {
            let catalog = errcodes_catalog::check("codes.yaml", text).ok().unwrap();
            match choose_index(&catalog.codes) {
                CodeIndex::Rows { .. } => "rows",
                CodeIndex::Bitmap { .. } => "bitmap",
                CodeIndex::Sorted => "sorted",
            }
        };
        assert_eq!(kind(include_str!("../../codes.yaml")), "rows");
        assert_eq!(
            kind(include_str!("../../tests/catalogs/spread.yaml")),
            "bitmap"
        );
        assert_eq!(
            kind(include_str!("../../tests/catalogs/sparse.yaml")),
            "sorted"
        );
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(markdown("a <b> *c*\nd"), "a \\<b\\> \\*c\\* d");
    }
}
