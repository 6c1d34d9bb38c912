//! The macro's arguments: `"path/to/codes.yaml"` then `, key = value` pairs.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Path, Token};

use crate::diag::did_you_mean;

/// What `error_codes!(...)` was asked to do.
pub struct Args {
    /// The catalog path as written, relative to the invoking crate's manifest directory.
    pub path: LitStr,
    /// `name = Ident`: the enum's name (default `ErrorCode`).
    pub name: Ident,
    /// `crate = path`: how the generated code names the runtime crate (default `::errcodes`).
    pub krate: Path,
    /// `non_exhaustive = true`: mark the enum `#[non_exhaustive]` for other crates.
    pub non_exhaustive: bool,
}

/// The keys `key = value` accepts, in the order they are documented.
const KEYS: &[&str] = &["name", "crate", "non_exhaustive"];

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Args> {
        if input.is_empty() {
            return Err(input.error(
                "expected the catalog path: `error_codes!(\"codes.yaml\")`, relative to the crate's Cargo.toml",
            ));
        }
        let path: LitStr = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected the catalog path as a string literal, e.g. `error_codes!(\"codes.yaml\")`",
            )
        })?;
        let mut name: Option<Ident> = None;
        let mut krate: Option<Path> = None;
        let mut non_exhaustive: Option<bool> = None;
        let mut errors: Option<syn::Error> = None;
        let mut push = |err: syn::Error| match &mut errors {
            Some(all) => all.combine(err),
            None => errors = Some(err),
        };

        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key = Ident::parse_any(input).map_err(|err| {
                syn::Error::new(err.span(), "expected `key = value` after the catalog path")
            })?;
            input.parse::<Token![=]>()?;
            let key_text = key.to_string();
            match key_text.as_str() {
                "name" => {
                    let value: Ident = input.parse().map_err(|err| {
                        syn::Error::new(
                            err.span(),
                            "`name` takes the enum's name as an identifier, e.g. `name = PaymentCode`",
                        )
                    })?;
                    if name.is_some() {
                        push(syn::Error::new(
                            key.span(),
                            "`name` is given twice; keep one",
                        ));
                    } else {
                        name = Some(value);
                    }
                }
                "crate" => {
                    let value = Path::parse_mod_style(input).map_err(|err| {
                        syn::Error::new(
                            err.span(),
                            "`crate` takes a path to the errcodes crate, e.g. `crate = ::my_errors`",
                        )
                    })?;
                    if krate.is_some() {
                        push(syn::Error::new(
                            key.span(),
                            "`crate` is given twice; keep one",
                        ));
                    } else {
                        krate = Some(value);
                    }
                }
                "non_exhaustive" => {
                    let value: LitBool = input.parse().map_err(|err| {
                        syn::Error::new(err.span(), "`non_exhaustive` takes `true` or `false`")
                    })?;
                    if non_exhaustive.is_some() {
                        push(syn::Error::new(
                            key.span(),
                            "`non_exhaustive` is given twice; keep one",
                        ));
                    } else {
                        non_exhaustive = Some(value.value);
                    }
                }
                other => {
                    let hint = did_you_mean(other, KEYS.iter().copied())
                        .map_or_else(String::new, |hint| format!("; {hint}"));
                    push(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown argument `{other}`{hint} (the arguments are: {})",
                            KEYS.join(", ")
                        ),
                    ));
                    // Skip the value so the remaining arguments are still checked.
                    while !input.is_empty() && !input.peek(Token![,]) {
                        input.parse::<proc_macro2::TokenTree>()?;
                    }
                }
            }
        }
        if let Some(errors) = errors {
            return Err(errors);
        }
        Ok(Args {
            path,
            name: name.unwrap_or_else(|| Ident::new("ErrorCode", Span::call_site())),
            krate: krate.unwrap_or_else(|| syn::parse_quote!(::errcodes)),
            non_exhaustive: non_exhaustive.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> syn::Result<Args> {
        syn::parse_str(text)
    }

    fn error(text: &str) -> String {
        match parse(text) {
            Ok(_) => panic!("{text} parsed"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn defaults() {
        let args = parse("\"codes.yaml\"").unwrap();
        assert_eq!(args.path.value(), "codes.yaml");
        assert_eq!(args.name, "ErrorCode");
        let krate = &args.krate;
        assert_eq!(quote::quote!(#krate).to_string(), ":: errcodes");
    }

    #[test]
    fn name_and_crate() {
        let args = parse("\"x.yaml\", name = PaymentCode, crate = ::my::errors,").unwrap();
        assert_eq!(args.name, "PaymentCode");
        assert!(!args.non_exhaustive);
        assert!(
            parse("\"x.yaml\", non_exhaustive = true")
                .unwrap()
                .non_exhaustive
        );
        let krate = &args.krate;
        assert_eq!(quote::quote!(#krate).to_string(), ":: my :: errors");
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(error("codes.yaml").contains("string literal"));
        assert!(error("\"x.yaml\", nmae = A").contains("did you mean `name`?"));
        assert!(error("\"x.yaml\", name = A, name = B").contains("given twice"));
        assert!(error("\"x.yaml\", name = \"A\"").contains("identifier"));
        assert!(error("").contains("catalog path"));
        assert!(error("\"x.yaml\", non_exhaustive = yes").contains("`true` or `false`"));
    }
}
