//! The trait impls of the enum: formatting, conversions, `Code`, and the
//! optional serde, wire and parent-enum impls.

use proc_macro2::{Ident, Literal, TokenStream};
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
    /// `Serialize` as the number and `Deserialize` from it (feature `serde`).
    pub(super) fn serde_impls(&self) -> TokenStream {
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
    pub(super) fn wire_impls(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let problem = cfg!(feature = "emit-problem").then(|| {
            quote! {
                /// The code as RFC 9457 problem details: `type` from the
                /// catalog's `docs_url`, `title` the code's title, `status`,
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
        let tonic = cfg!(feature = "emit-tonic").then(|| {
            let tonic = quote!(#krate::__private::tonic);
            quote! {
                /// The code's gRPC status and message, with a
                /// `google.rpc.ErrorInfo` detail when the catalog gives `grpc_domain`.
                #[automatically_derived]
                impl ::core::convert::From<#name> for #tonic::Status {
                    fn from(code: #name) -> #tonic::Status {
                        #krate::__private::grpc_status(code.entry())
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
        let utoipa = cfg!(feature = "emit-utoipa").then(|| {
            let utoipa = quote!(#krate::__private::utoipa);
            let spelled = name.to_string();
            quote! {
                #[automatically_derived]
                impl #utoipa::PartialSchema for #name {
                    /// The codes: an integer enum of their numbers, named by
                    /// `x-enum-varnames`.
                    fn schema() -> #utoipa::openapi::RefOr<#utoipa::openapi::schema::Schema> {
                        #krate::__private::code_schema::<Self>()
                    }
                }

                #[automatically_derived]
                impl #utoipa::ToSchema for #name {
                    fn name() -> #krate::__private::Cow<'static, str> {
                        #krate::__private::Cow::Borrowed(#spelled)
                    }
                }

                #[automatically_derived]
                impl #utoipa::IntoResponses for #name {
                    /// One response per HTTP status of these codes, each code
                    /// an example problem.
                    fn responses() -> #krate::__private::BTreeMap<
                        #krate::__private::String,
                        #utoipa::openapi::RefOr<#utoipa::openapi::response::Response>,
                    > {
                        #krate::__private::code_responses::<Self>()
                    }
                }
            }
        });
        quote! {
            #inherent
            #axum
            #tonic
            #utoipa
        }
    }

    /// `From<Subset> for Parent` and `TryFrom<Parent> for Subset`, plus a
    /// compile-time check that the parent numbers its variants the same way.
    pub(super) fn parent_impls(&self, parent: &syn::Path) -> TokenStream {
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
