//! The trait impls of the enum: formatting, conversions, `Code`, and the
//! optional serde, wire and parent-enum impls.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::{variant, Cx};

impl Cx<'_> {
    pub(super) fn trait_impls(&self) -> TokenStream {
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
    /// What the runtime crate's optional features add (serde, problem
    /// details, `http`, axum, tonic, utoipa): one call of its macro, which
    /// its features define, so the same expansion fits any of them.
    pub(super) fn feature_impls(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let label = name.to_string();
        quote! {
            #krate::__private::code_impls! { #unused #vis #name #label }
        }
    }

    /// `From<Subset> for Parent` and `TryFrom<Parent> for Subset`, plus a
    /// compile-time check that the parent numbers its variants the same way.
    pub(super) fn parent_impls(&self, parent: &TokenStream) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let label = name.to_string();
        let variants: Vec<Ident> = self.catalog.codes.iter().map(variant).collect();
        // The parent's variants are named at the `parent = …` argument, so a
        // parent from another catalog is reported there.
        let span = parent
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span());
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
