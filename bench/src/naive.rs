//! The naive hand-written encoding of a catalog, for comparison: the enum and
//! one `match` per accessor, as someone would write it without a table.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use errcodes_catalog::Catalog;

/// Rust source for `catalog` as enum `name` with `match`-based accessors.
pub fn encoding(catalog: &Catalog, name: &str) -> String {
    let name = format_ident!("{}", name);
    let codes = &catalog.codes;
    let variants: Vec<_> = codes
        .iter()
        .map(|c| format_ident!("{}", c.variant))
        .collect();
    let numbers: Vec<_> = codes
        .iter()
        .map(|c| Literal::u32_unsuffixed(c.code))
        .collect();
    let names: Vec<_> = codes.iter().map(|c| c.name.as_str()).collect();
    let messages: Vec<_> = codes.iter().map(|c| c.message.as_str()).collect();
    let groups: Vec<TokenStream> = codes
        .iter()
        .map(|c| match &c.group {
            Some(g) => quote!(Some(#g)),
            None => quote!(None),
        })
        .collect();
    let statuses: Vec<TokenStream> = codes
        .iter()
        .map(|c| match c.http {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        })
        .collect();
    let mut description_arms = Vec::new();
    for (code, variant) in codes.iter().zip(&variants) {
        for (lang, text) in &code.descriptions {
            description_arms.push(quote!((Self::#variant, #lang) => Some(#text),));
        }
    }
    quote! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u32)]
        #[allow(deprecated)]
        pub enum #name { #( #variants = #numbers, )* }

        impl #name {
            pub const fn code(self) -> u32 { self as u32 }
            pub const fn name(self) -> &'static str { match self { #( Self::#variants => #names, )* } }
            pub const fn message(self) -> &'static str { match self { #( Self::#variants => #messages, )* } }
            pub const fn group(self) -> Option<&'static str> { match self { #( Self::#variants => #groups, )* } }
            pub const fn http_status(self) -> Option<u16> { match self { #( Self::#variants => #statuses, )* } }
            pub const fn from_code(code: u32) -> Option<Self> {
                match code { #( #numbers => Some(Self::#variants), )* _ => None }
            }
            pub fn from_name(name: &str) -> Option<Self> {
                match name { #( #names => Some(Self::#variants), )* _ => None }
            }
            pub fn description(self, lang: &str) -> Option<&'static str> {
                match (self, lang) { #(#description_arms)* _ => None }
            }
        }

        impl core::fmt::Display for #name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.message())
            }
        }
    }
    .to_string()
}
