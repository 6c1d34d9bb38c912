//! The macro's arguments: `"path/to/codes.yaml"` then `, key = value` pairs.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Path, Token, Visibility};

use errcodes_catalog::{did_you_mean, Part, Selection};

/// What `error_codes!(...)` was asked to do.
pub struct Args {
    /// The catalog path as written, relative to the invoking crate's manifest directory.
    pub path: LitStr,
    /// `name = Ident`: the enum's name (default `ErrorCode`).
    pub name: Ident,
    /// The constants module: the enum's name in snake case (`error_code`).
    pub module: Ident,
    /// `crate = path`: how the generated code names the runtime crate (default `::errcodes`).
    pub krate: Path,
    /// `non_exhaustive = true`: mark the enum `#[non_exhaustive]` for other crates.
    pub non_exhaustive: bool,
    /// `vis = pub(crate)`: the visibility of the enum, its items and its
    /// constants module (default `pub`).
    pub vis: Visibility,
    /// `groups = ["sms", …]`: select these groups and their dotted sub-groups.
    pub groups: Vec<LitStr>,
    /// `tags = ["retryable", …]`: select the codes with any of these tags.
    pub tags: Vec<LitStr>,
    /// `codes = [101, …]`: select these codes.
    pub codes: Vec<Number>,
    /// `exclude = [4050, …]`: leave these codes out of the selection.
    pub exclude: Vec<Number>,
    /// `parent = path::To::FullEnum`: the full catalog's enum, for conversions.
    pub parent: Option<Path>,
}

/// A code number written in the arguments, with its span.
pub struct Number {
    pub value: u32,
    pub span: Span,
}

impl Args {
    /// The subset the arguments select (the whole catalog when none is asked for).
    pub fn selection(&self) -> Selection {
        Selection {
            groups: self.groups.iter().map(LitStr::value).collect(),
            codes: self.codes.iter().map(|n| n.value).collect(),
            tags: self.tags.iter().map(LitStr::value).collect(),
            exclude: self.exclude.iter().map(|n| n.value).collect(),
        }
    }

    /// The tokens the user wrote for `part` of the selection.
    pub fn span_of(&self, part: Part) -> Span {
        let first_selecting = || {
            self.groups
                .first()
                .map(LitStr::span)
                .or_else(|| self.tags.first().map(LitStr::span))
                .or_else(|| self.codes.first().map(|n| n.span))
        };
        match part {
            Part::Group(i) => self.groups.get(i).map(LitStr::span),
            Part::Code(i) => self.codes.get(i).map(|n| n.span),
            Part::Exclude(i) => self.exclude.get(i).map(|n| n.span),
            Part::Tag(i) => self.tags.get(i).map(LitStr::span),
            Part::Whole => first_selecting(),
        }
        .unwrap_or_else(|| self.path.span())
    }
}

/// The keys `key = value` accepts, in the order they are documented.
const KEYS: &[&str] = &[
    "name",
    "groups",
    "tags",
    "codes",
    "exclude",
    "parent",
    "crate",
    "non_exhaustive",
    "vis",
];

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Args> {
        if input.is_empty() {
            return Err(input.error(
                "expected the catalog path: `error_codes!(\"codes.yaml\")`, relative to the crate's Cargo.toml",
            ));
        }
        let path: LitStr = value(
            input,
            "expected the catalog path as a string literal, e.g. `error_codes!(\"codes.yaml\")`",
        )?;
        let mut given = Given::default();
        let mut errors = Errors(None);
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key = Ident::parse_any(input).map_err(|err| {
                syn::Error::new(err.span(), "expected `key = value` after the catalog path")
            })?;
            input.parse::<Token![=]>()?;
            given.take(&key, input, &mut errors)?;
        }
        let name = given
            .name
            .unwrap_or_else(|| Ident::new("ErrorCode", Span::call_site()));
        let module = module_of(&name);
        if let Err(err) = &module {
            errors.push(err.clone());
        }
        if let Some(all) = errors.0 {
            return Err(all);
        }
        Ok(Args {
            path,
            module: module?,
            name,
            krate: given.krate.unwrap_or_else(|| syn::parse_quote!(::errcodes)),
            non_exhaustive: given.non_exhaustive.is_some_and(|lit| lit.value),
            vis: given.vis.unwrap_or_else(|| syn::parse_quote!(pub)),
            groups: given.groups.unwrap_or_default(),
            tags: given.tags.unwrap_or_default(),
            codes: given.codes.unwrap_or_default(),
            exclude: given.exclude.unwrap_or_default(),
            parent: given.parent,
        })
    }
}

/// The `key = value` arguments seen so far.
#[derive(Default)]
struct Given {
    name: Option<Ident>,
    krate: Option<Path>,
    non_exhaustive: Option<LitBool>,
    vis: Option<Visibility>,
    groups: Option<Vec<LitStr>>,
    tags: Option<Vec<LitStr>>,
    codes: Option<Vec<Number>>,
    exclude: Option<Vec<Number>>,
    parent: Option<Path>,
}

impl Given {
    /// Parses the value of `key` and records it.
    fn take(&mut self, key: &Ident, input: ParseStream, errors: &mut Errors) -> syn::Result<()> {
        match key.to_string().as_str() {
            "name" => {
                let given = value(
                    input,
                    "`name` takes the enum's name as an identifier, e.g. `name = PaymentCode`",
                )?;
                errors.set_once(&mut self.name, key, given);
            }
            "crate" => {
                let given = Path::parse_mod_style(input).map_err(|err| {
                    syn::Error::new(
                        err.span(),
                        "`crate` takes a path to the errcodes crate, e.g. `crate = ::my_errors`",
                    )
                })?;
                errors.set_once(&mut self.krate, key, given);
            }
            "groups" => {
                let what = "group keys as strings, e.g. `groups = [\"sms\"]`";
                let given = list(input, key, what, |lit: LitStr| Ok(lit))?;
                errors.set_once(&mut self.groups, key, given);
            }
            "tags" => {
                let what = "tag keys as strings, e.g. `tags = [\"retryable\"]`";
                let given = list(input, key, what, |lit: LitStr| Ok(lit))?;
                errors.set_once(&mut self.tags, key, given);
            }
            "codes" | "exclude" => {
                let what = "code numbers, e.g. `codes = [101, 104]`";
                let given = list(input, key, what, |lit: syn::LitInt| {
                    Ok(Number {
                        value: lit.base10_parse()?,
                        span: lit.span(),
                    })
                })?;
                let slot = if key == "codes" {
                    &mut self.codes
                } else {
                    &mut self.exclude
                };
                errors.set_once(slot, key, given);
            }
            "parent" => {
                let given = value(
                    input,
                    "`parent` takes the path of the full catalog's enum, e.g. `parent = crate::ErrorCode`",
                )?;
                errors.set_once(&mut self.parent, key, given);
            }
            "non_exhaustive" => {
                let given = value(input, "`non_exhaustive` takes `true` or `false`")?;
                errors.set_once(&mut self.non_exhaustive, key, given);
            }
            "vis" => {
                let given: Visibility =
                    value(input, "`vis` takes a visibility, e.g. `vis = pub(crate)`")?;
                if matches!(given, Visibility::Inherited)
                    && !input.is_empty()
                    && !input.peek(Token![,])
                {
                    return Err(input.error("`vis` takes a visibility, e.g. `vis = pub(crate)`"));
                }
                errors.set_once(&mut self.vis, key, given);
            }
            other => {
                let hint = did_you_mean(other, KEYS.iter().copied())
                    .map_or_else(String::new, |hint| format!("; {hint}"));
                errors.push(syn::Error::new(
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
        Ok(())
    }
}

/// Parses a `T`, replacing syn's message with one that says what the key takes.
fn value<T: Parse>(input: ParseStream, message: &str) -> syn::Result<T> {
    input
        .parse()
        .map_err(|err| syn::Error::new(err.span(), message))
}

/// A bracketed, comma-separated list of `L` literals, each turned into a `T`.
fn list<L: Parse, T>(
    input: ParseStream,
    key: &Ident,
    what: &str,
    mut convert: impl FnMut(L) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let message = format!("`{key}` takes a list of {what}");
    if !input.peek(syn::token::Bracket) {
        return Err(input.error(message));
    }
    let content;
    syn::bracketed!(content in input);
    let items = syn::punctuated::Punctuated::<L, Token![,]>::parse_terminated(&content)
        .map_err(|err| syn::Error::new(err.span(), &message))?;
    items.into_iter().map(&mut convert).collect()
}

/// Argument errors, collected so all of them are reported.
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, err: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(err),
            None => self.0 = Some(err),
        }
    }

    /// Stores `given` in `slot`, or reports the key as repeated.
    fn set_once<T>(&mut self, slot: &mut Option<T>, key: &Ident, given: T) {
        if slot.is_some() {
            self.push(syn::Error::new(
                key.span(),
                format!("`{key}` is given twice; keep one"),
            ));
        } else {
            *slot = Some(given);
        }
    }
}

/// The constants module of the enum `name`: `ErrorCode` → `error_code`.
fn module_of(name: &Ident) -> syn::Result<Ident> {
    let snake = snake_case(&name.unraw().to_string());
    if syn::parse_str::<Ident>(&snake).is_ok() {
        return Ok(Ident::new(&snake, name.span()));
    }
    // A keyword such as `type` can still name a module as `r#type`; a few cannot.
    if matches!(snake.as_str(), "crate" | "self" | "super" | "_") {
        return Err(syn::Error::new(
            name.span(),
            format!("the enum `{name}` would put its constants in a module named `{snake}`, a reserved word; choose another name"),
        ));
    }
    Ok(Ident::new_raw(&snake, name.span()))
}

/// `ErrorCode` → `error_code`, `HTTPStatus` → `http_status`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev != '_'
                && (prev.is_lowercase()
                    || prev.is_ascii_digit()
                    || (prev.is_uppercase() && next_lower))
            {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
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
    fn module_names() {
        assert_eq!(snake_case("ErrorCode"), "error_code");
        assert_eq!(snake_case("PaymentCode"), "payment_code");
        assert_eq!(snake_case("HTTPStatus"), "http_status");
        assert_eq!(snake_case("Api2Error"), "api2_error");
        let module = |text: &str| parse(text).map(|args| args.module.to_string());
        assert_eq!(module("\"x.yaml\"").unwrap(), "error_code");
        assert_eq!(module("\"x.yaml\", name = Type").unwrap(), "r#type");
        assert_eq!(module("\"x.yaml\", name = r#Match").unwrap(), "r#match");
        assert!(error("\"x.yaml\", name = Crate").contains("reserved word"));
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(error("codes.yaml").contains("string literal"));
        assert!(error("\"x.yaml\", nmae = A").contains("did you mean `name`?"));
        assert!(error("\"x.yaml\", name = A, name = B").contains("given twice"));
        assert!(error("\"x.yaml\", name = \"A\"").contains("identifier"));
        assert!(error("").contains("catalog path"));
        assert!(error("\"x.yaml\", non_exhaustive = yes").contains("`true` or `false`"));
        assert!(error("\"x.yaml\", vis = crate").contains("`vis` takes a visibility"));
    }

    #[test]
    fn visibility() {
        let vis = |text: &str| {
            let vis = parse(text).unwrap().vis;
            quote::quote!(#vis).to_string()
        };
        assert_eq!(vis("\"x.yaml\""), "pub");
        assert_eq!(vis("\"x.yaml\", vis = pub(crate)"), "pub (crate)");
        assert_eq!(
            vis("\"x.yaml\", vis = pub(in crate::a), name = X"),
            "pub (in crate :: a)"
        );
        assert_eq!(vis("\"x.yaml\", vis = , name = X"), "");
    }
}
