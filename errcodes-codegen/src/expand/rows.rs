//! The catalog of a module `errcodes generate` writes: a row per code, in
//! order of number, which the runtime turns into its tables at compile
//! time (`errcodes::__private::rows`). Where the macro packs the catalog
//! into columns (fast to expand, unreadable, and rewritten whole by any
//! change), a checked-in module is read and diffed: one code added or
//! changed is one row added or changed.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{option_str, params::kind, Cx};
use errcodes_catalog::{Catalog, Code};

impl Cx<'_> {
    /// `__ROWS` and the hidden tables built from it.
    pub(super) fn row_tables(&self, tags: &[TokenStream]) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let catalog = self.catalog;
        let rows = catalog.codes.iter().map(|code| self.row(code));
        let grpc_domain = option_str(catalog.grpc_domain.as_deref());
        let docs_url = option_str(catalog.docs_url.as_deref());
        let default_http =
            Literal::u16_unsuffixed(catalog.default_http.unwrap_or(Catalog::DEFAULT_HTTP));
        quote! {
            /// The catalog, a row per code in the order of [`Self::ALL`].
            #[doc(hidden)]
            const __ROWS: &'static [#krate::__private::rows::Row] = &[#(#rows),*];

            #[doc(hidden)]
            const __TABLE: #krate::__private::Table = #krate::__private::rows_table!(
                #name::__ROWS,
                #name::LANGUAGES,
                &[#(#tags),*],
                #grpc_domain,
                #docs_url,
                #default_http,
            );

            #[doc(hidden)]
            const __NAMES: #krate::__private::U32s = #krate::__private::rows_names!(#name::__ROWS);

            #[doc(hidden)]
            const __INDEX: #krate::__private::Index = #krate::__private::rows_index!(#name::__ROWS);
        }
    }

    /// One code's row: what it has, the rest from `Row::EMPTY`.
    fn row(&self, code: &Code) -> TokenStream {
        let krate = self.krate;
        let number = Literal::u32_unsuffixed(code.code);
        let name = &code.name;
        let message = &code.message;
        let mut fields = vec![
            quote!(code: #number),
            quote!(name: #name),
            quote!(message: #message),
        ];
        let strs = |list: &[String]| quote!(&[#(#list),*]);
        let pairs = |list: &[(String, String)]| {
            let pairs = list.iter().map(|(lang, text)| quote!((#lang, #text)));
            quote!(&[#(#pairs),*])
        };
        if !code.also.is_empty() {
            let also = strs(&code.also);
            fields.push(quote!(also: #also));
        }
        if let Some(group) = &code.group {
            fields.push(quote!(group: ::core::option::Option::Some(#group)));
        }
        if let Some(http) = code.http {
            let http = Literal::u16_unsuffixed(http);
            fields.push(quote!(http: ::core::option::Option::Some(#http)));
        }
        let grpc = self.catalog.grpc_of(code) as u8;
        // `Row::EMPTY` has `UNKNOWN`.
        if grpc != errcodes_catalog::GrpcCode::Unknown as u8 {
            let grpc = Literal::u8_unsuffixed(grpc);
            fields.push(quote!(grpc: #grpc));
        }
        if !code.descriptions.is_empty() {
            let descriptions = pairs(&code.descriptions);
            fields.push(quote!(descriptions: #descriptions));
        }
        if !code.translations.is_empty() {
            let translations = pairs(&code.translations);
            fields.push(quote!(translations: #translations));
        }
        if !code.params.is_empty() {
            let params = code.params.iter().map(|param| {
                let name = &param.name;
                let kind = kind(param.kind, krate);
                quote!(#krate::Param::__new(#name, #kind))
            });
            fields.push(quote!(params: &[#(#params),*]));
        }
        if !code.tags.is_empty() {
            let tags = strs(&code.tags);
            fields.push(quote!(tags: #tags));
        }
        if let Some(note) = &code.deprecated {
            fields.push(quote!(deprecated: ::core::option::Option::Some(#note)));
        }
        if code.has_own_title() {
            let title = code.title();
            let title: &str = &title;
            fields.push(quote!(title: ::core::option::Option::Some(#title)));
            if !code.title_translations.is_empty() {
                let translations = pairs(&code.title_translations);
                fields.push(quote!(title_translations: #translations));
            }
        }
        if !code.aliases.is_empty() {
            let aliases = strs(&code.aliases);
            fields.push(quote!(aliases: #aliases));
        }
        quote! {
            #krate::__private::rows::Row {
                #(#fields,)*
                ..#krate::__private::rows::Row::EMPTY
            }
        }
    }
}
