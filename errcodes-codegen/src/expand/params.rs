//! The struct of values of each code with `params`, in the constants
//! module: its fields, `Display` and `localized` (the templates written
//! with `format_args!`, as a hand-written `write!` would), `parse` (the
//! templates as pieces for `errcodes::__private::read`), `CODE`, `From`,
//! `errcodes::Args`, and the optional problem and axum impls.
//!
//! Few codes have parameters, so these are built with `quote!`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::Cx;
use crate::text::markdown;
use errcodes_catalog::{Code, Param, ParamKind, Template, TemplatePart};

/// The runtime's name of a parameter type.
pub(super) fn kind(kind: ParamKind, krate: &TokenStream) -> TokenStream {
    let variant = kind_variant(kind);
    quote!(#krate::ParamKind::#variant)
}

/// The variant of `kind`, which `errcodes::ParamKind` and `errcodes::Value`
/// both name so.
fn kind_variant(kind: ParamKind) -> TokenStream {
    match kind {
        ParamKind::Bool => quote!(Bool),
        ParamKind::U32 => quote!(U32),
        ParamKind::U64 => quote!(U64),
        ParamKind::I32 => quote!(I32),
        ParamKind::I64 => quote!(I64),
        ParamKind::F64 => quote!(F64),
        ParamKind::Str => quote!(Str),
    }
}

/// The Rust type of a field of `kind`.
fn field_type(kind: ParamKind) -> TokenStream {
    match kind {
        ParamKind::Bool => quote!(bool),
        ParamKind::U32 => quote!(u32),
        ParamKind::U64 => quote!(u64),
        ParamKind::I32 => quote!(i32),
        ParamKind::I64 => quote!(i64),
        ParamKind::F64 => quote!(f64),
        ParamKind::Str => quote!(&'a str),
    }
}

/// How the expansion writes and reads a code's template (the catalog's
/// [`Template`], its placeholders resolved to parameter indexes).
trait Written {
    fn write(&self, fields: &[Ident], params: &[Param], krate: &TokenStream) -> TokenStream;
    fn pieces(&self, krate: &TokenStream) -> TokenStream;
}

impl Written for Template {
    /// Writes the template with the values of `fields` in the places of
    /// their parameters: piece by piece straight into the formatter when
    /// its options are the defaults (or every value is text, which
    /// `write_str` writes whatever the options), else through
    /// `format_args!`, so a width given for the whole message is not
    /// applied to each number in it.
    fn write(&self, fields: &[Ident], params: &[Param], krate: &TokenStream) -> TokenStream {
        let mut format = String::new();
        let mut direct = Vec::with_capacity(self.parts.len());
        for part in &self.parts {
            let index = match part {
                TemplatePart::Text(text) => {
                    format.push_str(&text.replace('{', "{{").replace('}', "}}"));
                    direct.push(quote!(f.write_str(#text)?;));
                    continue;
                }
                TemplatePart::Value(index) => *index,
            };
            format.push_str("{}");
            let field = &fields[index];
            direct.push(match params[index].kind {
                ParamKind::Str => quote!(f.write_str(self.#field)?;),
                ParamKind::Bool => {
                    quote!(f.write_str(if self.#field { "true" } else { "false" })?;)
                }
                ParamKind::U32
                | ParamKind::U64
                | ParamKind::I32
                | ParamKind::I64
                | ParamKind::F64 => quote!(::core::fmt::Display::fmt(&self.#field, f)?;),
            });
        }
        let numbers = self
            .uses()
            .any(|index| !matches!(params[index].kind, ParamKind::Str | ParamKind::Bool));
        let direct = quote!({ #(#direct)* ::core::result::Result::Ok(()) });
        if !numbers {
            return direct;
        }
        let values = self.uses().map(|index| &fields[index]);
        quote! {
            if #krate::__private::plain(f) {
                #direct
            } else {
                f.write_fmt(::core::format_args!(#format, #(self.#values),*))
            }
        }
    }

    /// The pieces for `errcodes::__private::read`.
    fn pieces(&self, krate: &TokenStream) -> TokenStream {
        let pieces = self.parts.iter().map(|part| match part {
            TemplatePart::Text(text) => quote!(#krate::__private::Piece::Text(#text)),
            TemplatePart::Value(index) => {
                let index = Literal::usize_unsuffixed(*index);
                quote!(#krate::__private::Piece::Value(#index))
            }
        });
        quote!(&[#(#pieces),*])
    }
}

/// The structs of values: their definitions, for the constants module,
/// and their impls, for the invoking scope (which names the enum even when
/// the macro is invoked in a function body, where the module's `super`
/// would not).
#[derive(Default)]
pub(super) struct Structs {
    pub definitions: TokenStream,
    pub impls: TokenStream,
}

impl Cx<'_> {
    /// The structs of values of every code with parameters.
    pub(super) fn args_structs(&self) -> Structs {
        let mut structs = Structs::default();
        for code in self
            .catalog
            .codes
            .iter()
            .filter(|code| !code.params.is_empty())
        {
            if let Some((definition, impls)) = self.args_struct(code) {
                structs.definitions.extend(definition);
                structs.impls.extend(impls);
            }
        }
        structs
    }

    #[allow(clippy::too_many_lines)]
    fn args_struct(&self, code: &Code) -> Option<(TokenStream, TokenStream)> {
        let krate = self.krate;
        let enum_name = self.name;
        let module = self.module;
        let inner = self.args.vis.one_level_down();
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let variant = format_ident!("{}", code.variant);
        let path = quote!(#module::#variant);
        let fields: Vec<Ident> = code
            .params
            .iter()
            .map(|p| format_ident!("{}", p.name))
            .collect();
        let message = code.template_of(&code.message)?;
        let translations: Vec<(&str, Template)> = code
            .translations
            .iter()
            .filter_map(|(lang, text)| Some((lang.as_str(), code.template_of(text)?)))
            .collect();
        if translations.len() != code.translations.len() || !message.uses_all(code.params.len()) {
            return None;
        }
        let borrows = code.params.iter().any(|p| p.kind == ParamKind::Str);
        let floats = code.params.iter().any(|p| p.kind == ParamKind::F64);
        let (generics, anonymous, text_life) = if borrows {
            (quote!(<'a>), quote!(<'_>), quote!('a))
        } else {
            (quote!(), quote!(), quote!('_))
        };
        let eq = (!floats).then(|| quote!(::core::cmp::Eq, ::core::hash::Hash,));
        let deprecated = code
            .deprecated
            .as_ref()
            .map(|note| quote!(#[deprecated(note = #note)]));
        let field_docs = code
            .params
            .iter()
            .map(|p| format!("`{{{}}}` in the message: `{}`.", p.name, p.kind.as_str()));
        let types = code.params.iter().map(|p| field_type(p.kind));
        let doc = format!(
            "The values of [`{enum_name}::{variant}`](super::{enum_name}::{variant}) (code {}): `Display` writes \"{}\" with them.",
            code.code,
            markdown(&code.message),
        );
        let doc_more = "\n\n`localized(lang)` writes a translation instead, `parse` reads the values back from a message, and `errcodes::Args` gives the code and each value to generic code.";
        let doc = doc + doc_more;

        // `Display` is template 0; `localized` picks by language.
        let write_message = message.write(&fields, &code.params, krate);
        let write_translations = translations.iter().enumerate().map(|(at, (_, t))| {
            let at = Literal::usize_unsuffixed(at + 1);
            let write = t.write(&fields, &code.params, krate);
            quote!(#at => #write,)
        });
        let pick_translations = translations.iter().enumerate().map(|(at, (lang, _))| {
            let at = Literal::usize_unsuffixed(at + 1);
            quote!(#lang => #at,)
        });

        // `parse` tries the message, the translations and each `also`
        // text with every parameter.
        let also: Vec<Template> = code
            .also
            .iter()
            .filter_map(|text| code.template_of(text))
            .filter(|t| t.uses_all(code.params.len()))
            .collect();
        let read_from = std::iter::once(&message)
            .chain(translations.iter().map(|(_, t)| t))
            .chain(&also)
            .map(|t| t.pieces(krate));
        let kinds = code.params.iter().map(|p| kind(p.kind, krate));
        let count = Literal::usize_unsuffixed(code.params.len());
        let read_values = code
            .params
            .iter()
            .zip(&fields)
            .map(|(param, field)| match param.kind {
                ParamKind::Str => quote!(#field),
                ParamKind::Bool => quote!(#field: #krate::__private::boolean(#field)?),
                ParamKind::U32
                | ParamKind::U64
                | ParamKind::I32
                | ParamKind::I64
                | ParamKind::F64 => quote!(#field: #field.parse().ok()?),
            });
        let values = code
            .params
            .iter()
            .zip(&fields)
            .enumerate()
            .map(|(index, (param, field))| {
                let index = Literal::usize_unsuffixed(index);
                let value = kind_variant(param.kind);
                quote!(#index => ::core::option::Option::Some(#krate::Value::#value(self.#field)),)
            });
        let member_names = code.params.iter().map(|p| p.name.as_str());
        // The optional features' items: `from_problem` (inside the impl)
        // and the conversions, by the runtime crate's macros.
        let from_problem = quote! {
            #krate::__private::from_problem_method! { #text_life #vis #(#fields #member_names),* }
        };
        let feature_impls = quote! {
            #krate::__private::args_impls! { #path #anonymous }
        };
        let definition = quote! {
            #[doc = #doc]
            #[derive(
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::marker::Copy,
                ::core::cmp::PartialEq,
                #eq
            )]
            #deprecated
            #inner struct #variant #generics {
                #(
                    #[doc = #field_docs]
                    #inner #fields: #types,
                )*
            }
        };
        let impls = quote! {
            #[allow(deprecated)]
            #unused
            impl #generics #path #generics {
                /// The code these are the values of.
                #vis const CODE: #enum_name = #enum_name::#variant;

                /// The message in language `lang` (the catalog's translation),
                /// or the message itself when it has none, with the values
                /// written in; formats without allocating.
                #[must_use]
                #vis fn localized(&self, lang: &str) -> #krate::Localized<'_, Self> {
                    #krate::Args::localized(self, lang)
                }

                /// Reads the values back from a message this code sends: the
                /// message, a translation or an `also` text with every value,
                /// tried in that order. Text values borrow from `text`.
                #[must_use]
                #vis fn parse(text: &#text_life str) -> ::core::option::Option<Self> {
                    const TEMPLATES: &[&[#krate::__private::Piece]] = &[#(#read_from),*];
                    const KINDS: [#krate::ParamKind; #count] = [#(#kinds),*];
                    const SLOTS: usize = #krate::__private::slots(TEMPLATES, &KINDS);
                    let [#(#fields),*] = #krate::__private::read::<#count, SLOTS>(TEMPLATES, &KINDS, text)?;
                    ::core::option::Option::Some(Self { #(#read_values),* })
                }

                #from_problem
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::fmt::Display for #path #anonymous {
                /// The message with the values written in.
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #write_message
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl #krate::Args for #path #anonymous {
                type Code = #enum_name;

                #[inline]
                fn code(&self) -> #enum_name {
                    #enum_name::#variant
                }

                fn value(&self, index: usize) -> ::core::option::Option<#krate::Value<'_>> {
                    match index {
                        #(#values)*
                        _ => ::core::option::Option::None,
                    }
                }

                #[inline]
                fn __template(&self, lang: &str) -> usize {
                    match lang {
                        #(#pick_translations)*
                        _ => 0,
                    }
                }

                #[inline]
                fn __write(&self, template: usize, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match template {
                        #(#write_translations)*
                        _ => #write_message,
                    }
                }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::convert::From<#path #anonymous> for #enum_name {
                fn from(_: #path #anonymous) -> #enum_name {
                    #enum_name::#variant
                }
            }

            #feature_impls
        };
        Some((definition, impls))
    }
}
