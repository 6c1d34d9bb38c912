//! The macro's arguments: `"path/to/codes.yaml"` then `, key = value` pairs,
//! read from the invocation's tokens. `errcodes generate` writes its flags
//! as the same arguments and reads them here too, so both check them alike.

use proc_macro2::{Delimiter, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use errcodes_catalog::{did_you_mean, Part, Selection};

/// What `error_codes!(...)` was asked to do.
pub struct Args {
    /// The catalog path as written, relative to the invoking crate's manifest directory.
    pub path: Str,
    /// `name = Ident`: the enum's name (default `ErrorCode`).
    pub name: Ident,
    /// The constants module: the enum's name in snake case (`error_code`).
    pub module: Ident,
    /// `crate = path`: how the generated code names the runtime crate (default `::errcodes`).
    pub krate: TokenStream,
    /// `non_exhaustive = true`: mark the enum `#[non_exhaustive]` for other crates.
    pub non_exhaustive: bool,
    /// `vis = pub(crate)`: the visibility of the enum, its items and its
    /// constants module (default `pub`).
    pub vis: Vis,
    /// `groups = ["sms", …]`: select these groups and their dotted sub-groups.
    pub groups: Vec<Str>,
    /// `tags = ["retryable", …]`: select the codes with any of these tags.
    pub tags: Vec<Str>,
    /// `codes = [101, …]`: select these codes.
    pub codes: Vec<Number>,
    /// `exclude = [4050, …]`: leave these codes out of the selection.
    pub exclude: Vec<Number>,
    /// `parent = path::To::FullEnum`: the full catalog's enum, for conversions.
    pub parent: Option<TokenStream>,
}

/// A string literal of the arguments: its value and where it was written.
#[derive(Clone)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

/// A code number written in the arguments, with its span.
pub struct Number {
    pub value: u32,
    pub span: Span,
}

/// A visibility as written: `pub`, nothing, or `pub(…)` (the tokens inside
/// the parentheses kept as they are).
pub enum Vis {
    Public,
    Inherited,
    Restricted(TokenStream),
}

impl Vis {
    pub fn is_public(&self) -> bool {
        matches!(self, Vis::Public)
    }

    /// The visibility as written for the invoking module, seen from the
    /// constants module one level below it: `pub(super)` there is the
    /// invoking module's private, `pub(in super::super)` its `pub(super)`.
    pub fn one_level_down(&self) -> TokenStream {
        match self {
            Vis::Public => quote!(pub),
            Vis::Inherited => quote!(pub(super)),
            Vis::Restricted(inside) => {
                let mut trees = inside.clone().into_iter().peekable();
                if matches!(trees.peek(), Some(TokenTree::Ident(word)) if word == "in") {
                    trees.next();
                }
                let path: Vec<TokenTree> = trees.collect();
                match path.first() {
                    Some(TokenTree::Ident(first)) if first == "self" => {
                        let rest = &path[1..];
                        quote!(pub(in super #(#rest)*))
                    }
                    Some(TokenTree::Ident(first)) if first == "super" => {
                        quote!(pub(in super::#(#path)*))
                    }
                    _ => quote!(pub(#inside)),
                }
            }
        }
    }
}

impl quote::ToTokens for Vis {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Vis::Public => tokens.extend(quote!(pub)),
            Vis::Inherited => {}
            Vis::Restricted(inside) => tokens.extend(quote!(pub(#inside))),
        }
    }
}

impl Args {
    /// The subset the arguments select (the whole catalog when none is asked for).
    pub fn selection(&self) -> Selection {
        Selection {
            groups: self.groups.iter().map(|s| s.value.clone()).collect(),
            codes: self.codes.iter().map(|n| n.value).collect(),
            tags: self.tags.iter().map(|s| s.value.clone()).collect(),
            exclude: self.exclude.iter().map(|n| n.value).collect(),
        }
    }

    /// The tokens the user wrote for `part` of the selection.
    pub fn span_of(&self, part: Part) -> Span {
        let first_selecting = || {
            self.groups
                .first()
                .map(|s| s.span)
                .or_else(|| self.tags.first().map(|s| s.span))
                .or_else(|| self.codes.first().map(|n| n.span))
        };
        match part {
            Part::Group(i) => self.groups.get(i).map(|s| s.span),
            Part::Code(i) => self.codes.get(i).map(|n| n.span),
            Part::Exclude(i) => self.exclude.get(i).map(|n| n.span),
            Part::Tag(i) => self.tags.get(i).map(|s| s.span),
            Part::Whole => first_selecting(),
        }
        .unwrap_or(self.path.span)
    }

    /// Reads the arguments; every problem found, each at its tokens.
    pub fn parse(input: TokenStream) -> Result<Args, Errors> {
        let mut input = input.into_iter().peekable();
        let path = match input.next() {
            None => {
                return Err(Errors::one(
                    Span::call_site(),
                    "expected the catalog path: `error_codes!(\"codes.yaml\")`, relative to the crate's Cargo.toml",
                ))
            }
            Some(token) => string(&token).ok_or_else(|| {
                Errors::one(
                    token.span(),
                    "expected the catalog path as a string literal, e.g. `error_codes!(\"codes.yaml\")`",
                )
            })?,
        };
        let mut given = Given::default();
        let mut errors = Errors::default();
        while let Some(token) = input.next() {
            if !is_punct(&token, ',') {
                return Err(Errors::one(token.span(), "expected `,`"));
            }
            let Some(token) = input.next() else { break };
            let TokenTree::Ident(key) = token else {
                return Err(Errors::one(
                    token.span(),
                    "expected `key = value` after the catalog path",
                ));
            };
            match input.next() {
                Some(token) if is_punct(&token, '=') => {}
                Some(token) => return Err(Errors::one(token.span(), "expected `=`")),
                None => return Err(Errors::one(key.span(), "expected `=` and a value")),
            }
            let mut value = Vec::new();
            while let Some(token) = input.next_if(|token| !is_punct(token, ',')) {
                value.push(token);
            }
            given.take(&key, &value, &mut errors);
        }
        let name = given
            .name
            .unwrap_or_else(|| Ident::new("ErrorCode", Span::call_site()));
        let module = module_of(&name).map_err(|(span, message)| errors.push(span, message));
        match module {
            Ok(module) if errors.0.is_empty() => Ok(Args {
                path,
                module,
                name,
                krate: given.krate.unwrap_or_else(|| quote!(::errcodes)),
                non_exhaustive: given.non_exhaustive.unwrap_or(false),
                vis: given.vis.unwrap_or(Vis::Public),
                groups: given.groups.unwrap_or_default(),
                tags: given.tags.unwrap_or_default(),
                codes: given.codes.unwrap_or_default(),
                exclude: given.exclude.unwrap_or_default(),
                parent: given.parent,
            }),
            _ => Err(errors),
        }
    }
}

/// The keys `key = value` accepts, in the order they are documented.
pub const KEYS: &[&str] = &[
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

/// The `key = value` arguments seen so far.
#[derive(Default)]
struct Given {
    name: Option<Ident>,
    krate: Option<TokenStream>,
    non_exhaustive: Option<bool>,
    vis: Option<Vis>,
    groups: Option<Vec<Str>>,
    tags: Option<Vec<Str>>,
    codes: Option<Vec<Number>>,
    exclude: Option<Vec<Number>>,
    parent: Option<TokenStream>,
}

impl Given {
    /// Reads `value`, the tokens after `key =`, and records it.
    fn take(&mut self, key: &Ident, value: &[TokenTree], errors: &mut Errors) {
        let at = value.first().map_or(key.span(), TokenTree::span);
        let mut fail = |message: &str| errors.push(at, message.to_owned());
        match key.to_string().as_str() {
            "name" => match value {
                [TokenTree::Ident(name)] if !is_keyword(name) => {
                    errors.set_once(&mut self.name, key, name.clone());
                }
                _ => fail("`name` takes the enum's name as an identifier, e.g. `name = PaymentCode`"),
            },
            "crate" => match path(value, true) {
                Some(path) => errors.set_once(&mut self.krate, key, path),
                None => fail("`crate` takes a path to the errcodes crate, e.g. `crate = ::my_errors`"),
            },
            "parent" => match path(value, false) {
                Some(path) => errors.set_once(&mut self.parent, key, path),
                None => fail("`parent` takes the path of the full catalog's enum, e.g. `parent = crate::ErrorCode`"),
            },
            "groups" | "tags" => {
                let what = if key == "groups" { "group" } else { "tag" };
                let message = format!("`{key}` takes a list of {what} keys as strings, e.g. `{key} = [\"sms\"]`");
                match list(value, string) {
                    Ok(given) => {
                        let slot = if key == "groups" { &mut self.groups } else { &mut self.tags };
                        errors.set_once(slot, key, given);
                    }
                    Err(span) => errors.push(span.unwrap_or(at), message),
                }
            }
            "codes" | "exclude" => {
                let message = format!("`{key}` takes a list of code numbers, e.g. `{key} = [101, 104]`");
                let mut too_large = None;
                let given = list(value, |token| match token {
                    TokenTree::Literal(literal) => match number(literal) {
                        Ok(value) => Some(Number { value, span: literal.span() }),
                        Err(Some(problem)) => {
                            too_large = Some((literal.span(), problem));
                            Some(Number { value: 0, span: literal.span() })
                        }
                        Err(None) => None,
                    },
                    _ => None,
                });
                match (given, too_large) {
                    (Ok(_), Some((span, problem))) => errors.push(span, problem.to_owned()),
                    (Ok(given), None) => {
                        let slot = if key == "codes" { &mut self.codes } else { &mut self.exclude };
                        errors.set_once(slot, key, given);
                    }
                    (Err(span), _) => errors.push(span.unwrap_or(at), message),
                }
            }
            "non_exhaustive" => match value {
                [TokenTree::Ident(word)] if word == "true" || word == "false" => {
                    errors.set_once(&mut self.non_exhaustive, key, word == "true");
                }
                _ => fail("`non_exhaustive` takes `true` or `false`"),
            },
            "vis" => match visibility(value) {
                Some(vis) => errors.set_once(&mut self.vis, key, vis),
                None => fail("`vis` takes a visibility, e.g. `vis = pub(crate)`"),
            },
            other => {
                let hint = did_you_mean(other, KEYS.iter().copied())
                    .map_or_else(String::new, |hint| format!("; {hint}"));
                errors.push(
                    key.span(),
                    format!(
                        "unknown argument `{other}`{hint} (the arguments are: {})",
                        KEYS.join(", ")
                    ),
                );
            }
        }
    }
}

/// Argument errors, collected so all of them are reported.
#[derive(Debug, Default)]
pub struct Errors(pub Vec<(Span, String)>);

impl Errors {
    fn one(span: Span, message: impl Into<String>) -> Errors {
        Errors(vec![(span, message.into())])
    }

    fn push(&mut self, span: Span, message: String) {
        self.0.push((span, message));
    }

    /// Stores `given` in `slot`, or reports the key as repeated.
    fn set_once<T>(&mut self, slot: &mut Option<T>, key: &Ident, given: T) {
        if slot.is_some() {
            self.push(key.span(), format!("`{key}` is given twice; keep one"));
        } else {
            *slot = Some(given);
        }
    }

    /// One `compile_error!` each, at its tokens.
    pub fn to_compile_errors(&self) -> TokenStream {
        self.0
            .iter()
            .map(|(span, message)| quote_spanned!(*span=> ::core::compile_error!{ #message }))
            .collect()
    }

    /// The messages, for a command line.
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, message)| message.as_str())
    }
}

fn is_punct(token: &TokenTree, c: char) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == c)
}

/// Keywords that cannot be an identifier (written raw, `r#type`, they can).
fn is_keyword(ident: &Ident) -> bool {
    is_keyword_text(&ident.to_string())
}

fn is_keyword_text(word: &str) -> bool {
    // `Self` and `_` are no identifiers either (the catalog's list is of
    // lowercase words, for parameter names).
    word == "Self" || word == "_" || errcodes_catalog::__is_keyword(word)
}

/// A path of identifiers separated by `::`, with an optional leading `::`;
/// `crate`, `self` and `super` only where a module path allows them. The
/// tokens as written.
fn path(value: &[TokenTree], module_style: bool) -> Option<TokenStream> {
    let mut i = 0;
    let separator = |i: usize| {
        matches!((value.get(i), value.get(i + 1)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && b.as_char() == ':')
    };
    if separator(0) {
        i = 2;
    }
    let (mut segments, mut prefix) = (0, 0);
    loop {
        let TokenTree::Ident(ident) = value.get(i)? else {
            return None;
        };
        let word = ident.to_string();
        // `crate`, `self`, `Self` and `super` begin a path; `super` may follow
        // `self` or `super` (`super::super::Full`).
        let allowed = match word.as_str() {
            "crate" | "self" => segments == 0,
            "Self" => segments == 0 && !module_style,
            "super" => segments == prefix,
            _ => !is_keyword(ident),
        };
        if !allowed {
            return None;
        }
        if word == "self" || word == "super" {
            prefix += 1;
        }
        segments += 1;
        i += 1;
        if i == value.len() {
            return Some(value.iter().cloned().collect());
        }
        if !separator(i) {
            return None;
        }
        i += 2;
    }
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`, or
/// nothing (private).
fn visibility(value: &[TokenTree]) -> Option<Vis> {
    match value {
        [] => Some(Vis::Inherited),
        [TokenTree::Ident(word)] if word == "pub" => Some(Vis::Public),
        [TokenTree::Ident(word), TokenTree::Group(group)]
            if word == "pub" && group.delimiter() == Delimiter::Parenthesis =>
        {
            let inside: Vec<TokenTree> = group.stream().into_iter().collect();
            let allowed = match inside.as_slice() {
                [TokenTree::Ident(one)] => one == "crate" || one == "super" || one == "self",
                [TokenTree::Ident(word), rest @ ..] if word == "in" => path(rest, true).is_some(),
                _ => false,
            };
            allowed.then(|| Vis::Restricted(group.stream()))
        }
        _ => None,
    }
}

/// A bracketed, comma-separated list, each item read by `item`; on a bad
/// item, its span (`None` when the list itself is not one).
fn list<T>(
    value: &[TokenTree],
    mut item: impl FnMut(&TokenTree) -> Option<T>,
) -> Result<Vec<T>, Option<Span>> {
    let [TokenTree::Group(group)] = value else {
        return Err(None);
    };
    if group.delimiter() != Delimiter::Bracket {
        return Err(None);
    }
    let mut items = Vec::new();
    let mut expect_item = true;
    for token in group.stream() {
        if expect_item {
            items.push(item(&token).ok_or(Some(token.span()))?);
        } else if !is_punct(&token, ',') {
            return Err(Some(token.span()));
        }
        expect_item = !expect_item;
    }
    Ok(items)
}

/// The value of a string literal (plain or raw), or `None` for any other token.
fn string(token: &TokenTree) -> Option<Str> {
    let TokenTree::Literal(literal) = token else {
        return None;
    };
    Some(Str {
        value: string_value(&literal.to_string())?,
        span: literal.span(),
    })
}

/// The text of a string literal's source: `"…"` with its escapes, or
/// `r"…"`, `r#"…"#`. `None` for anything else (byte and C strings, numbers,
/// a suffix).
pub fn string_value(source: &str) -> Option<String> {
    if let Some(raw) = source.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let closing = format!("\"{}", "#".repeat(hashes));
        return body.strip_suffix(closing.as_str()).map(str::to_owned);
    }
    let body = source.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'x' => {
                let hex: String = [chars.next()?, chars.next()?].iter().collect();
                let byte = u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?;
                out.push(char::from(byte));
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut hex = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        '_' => {}
                        digit => hex.push(digit),
                    }
                }
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            // A line continuation: the line break and the whitespace after it go.
            '\n' | '\r' => while chars.next_if(|c| c.is_whitespace()).is_some() {},
            _ => return None,
        }
    }
    Some(out)
}

/// The value of an integer literal as a `u32` (`101`, `1_000`, `0x65`,
/// `101u32`): `Err(None)` when it is not an integer, `Err(Some(why))` when
/// it does not fit.
fn number(literal: &Literal) -> Result<u32, Option<&'static str>> {
    let text = literal.to_string().replace('_', "");
    let (radix, digits) = match text.get(..2) {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text.as_str()),
    };
    let end = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    let (digits, suffix) = digits.split_at(end);
    let suffixes = [
        "", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ];
    if digits.is_empty() || !suffixes.contains(&suffix) {
        return Err(None);
    }
    u32::from_str_radix(digits, radix)
        .map_err(|_| Some("number too large to fit in a code (at most 4294967295)"))
}

/// The constants module of the enum `name`: `ErrorCode` → `error_code`.
fn module_of(name: &Ident) -> Result<Ident, (Span, String)> {
    let written = name.to_string();
    let snake = snake_case(written.strip_prefix("r#").unwrap_or(&written));
    // A keyword such as `type` can still name a module as `r#type`; a few cannot.
    if matches!(snake.as_str(), "crate" | "self" | "super" | "_") {
        return Err((
            name.span(),
            format!("the enum `{name}` would put its constants in a module named `{snake}`, a reserved word; choose another name"),
        ));
    }
    if is_keyword_text(&snake) {
        return Ok(Ident::new_raw(&snake, name.span()));
    }
    Ok(Ident::new(&snake, name.span()))
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

    fn parse(text: &str) -> Result<Args, Errors> {
        Args::parse(text.parse().unwrap())
    }

    fn error(text: &str) -> String {
        match parse(text) {
            Ok(_) => panic!("{text} parsed"),
            Err(err) => err.messages().collect::<Vec<_>>().join("\n"),
        }
    }

    #[test]
    fn defaults() {
        let args = parse("\"codes.yaml\"").unwrap();
        assert_eq!(args.path.value, "codes.yaml");
        assert_eq!(args.name, "ErrorCode");
        assert_eq!(args.krate.to_string(), ":: errcodes");
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
        assert_eq!(args.krate.to_string(), ":: my :: errors");
        assert_eq!(
            parse("\"x.yaml\", crate = crate")
                .unwrap()
                .krate
                .to_string(),
            "crate"
        );
        let parent = parse("\"x.yaml\", parent = super::super::Full")
            .unwrap()
            .parent;
        assert_eq!(parent.unwrap().to_string(), "super :: super :: Full");
    }

    #[test]
    fn literals() {
        assert_eq!(
            string_value(r#""a\"b\\c\u{4e2d}\x41""#).unwrap(),
            "a\"b\\c中A"
        );
        assert_eq!(string_value(r##"r#"a"b"#"##).unwrap(), "a\"b");
        assert_eq!(string_value("\"a\\\n    b\"").unwrap(), "ab");
        assert_eq!(string_value("b\"x\""), None);
        let args = parse("\"x.yaml\", codes = [1_000, 0x10, 7u32], exclude = []").unwrap();
        let codes: Vec<u32> = args.codes.iter().map(|n| n.value).collect();
        assert_eq!(codes, [1000, 16, 7]);
        assert!(error("\"x.yaml\", codes = [4294967296]").contains("too large"));
        assert!(error("\"x.yaml\", codes = [\"1\"]").contains("list of code numbers"));
        assert!(error("\"x.yaml\", groups = \"sms\"").contains("list of group keys"));
    }

    #[test]
    fn module_names() {
        assert_eq!(snake_case("ErrorCode"), "error_code");
        assert_eq!(snake_case("PaymentCode"), "payment_code");
        assert_eq!(snake_case("HTTPStatus"), "http_status");
        assert_eq!(snake_case("Api2Error"), "api2_error");
        let module = |text: &str| parse(text).map(|args| args.module.to_string());
        assert_eq!(module("\"x.yaml\"").ok().unwrap(), "error_code");
        assert_eq!(module("\"x.yaml\", name = Type").ok().unwrap(), "r#type");
        assert_eq!(
            module("\"x.yaml\", name = r#Match").ok().unwrap(),
            "r#match"
        );
        assert!(error("\"x.yaml\", name = Crate").contains("reserved word"));
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(error("codes.yaml").contains("string literal"));
        assert!(error("\"x.yaml\", nmae = A").contains("did you mean `name`?"));
        assert!(error("\"x.yaml\", name = A, name = B").contains("given twice"));
        assert!(error("\"x.yaml\", name = \"A\"").contains("identifier"));
        assert!(error("\"x.yaml\", name = type").contains("identifier"));
        assert!(error("").contains("catalog path"));
        assert!(error("\"x.yaml\", non_exhaustive = yes").contains("`true` or `false`"));
        assert!(error("\"x.yaml\", vis = crate").contains("`vis` takes a visibility"));
        assert!(error("\"x.yaml\", crate = a::b::").contains("`crate` takes a path"));
        // Every bad argument at once.
        let all = error("\"x.yaml\", nmae = A, vis = crate, name = 1");
        assert_eq!(all.lines().count(), 3, "{all}");
    }

    #[test]
    fn visibility() {
        let vis = |text: &str| {
            let args = parse(text).ok().unwrap();
            let vis = &args.vis;
            (
                quote!(#vis).to_string(),
                args.vis.one_level_down().to_string(),
            )
        };
        assert_eq!(vis("\"x.yaml\""), ("pub".into(), "pub".into()));
        assert_eq!(
            vis("\"x.yaml\", vis = pub(crate)"),
            ("pub (crate)".into(), "pub (crate)".into())
        );
        assert_eq!(
            vis("\"x.yaml\", vis = pub(super)").1,
            "pub (in super :: super)"
        );
        assert_eq!(vis("\"x.yaml\", vis = pub(self)").1, "pub (in super)");
        assert_eq!(
            vis("\"x.yaml\", vis = pub(in crate::a), name = X").0,
            "pub (in crate :: a)"
        );
        assert_eq!(
            vis("\"x.yaml\", vis = , name = X"),
            (String::new(), "pub (super)".into())
        );
    }
}
