//! The checked catalog: plain data, sorted by code, ready to generate from.

use errcodes_core::GrpcCode;

use crate::template::Piece;

/// A catalog that passed validation (or, when it did not, its valid part).
///
/// Built by [`check`](crate::check) or [`read`](crate::read); the rules it
/// obeys are those of the catalog format: numbers, names and variants are
/// unique, groups and languages are declared when `groups:` and `languages:`
/// are given, no code reuses a reserved number or leaves its group's range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Catalog {
    /// Declared description languages, in declaration order (may be empty).
    pub languages: Vec<String>,
    /// Declared groups, in declaration order (may be empty).
    pub groups: Vec<Group>,
    /// Declared tags, in declaration order (may be empty).
    pub tags: Vec<Tag>,
    /// Codes in ascending order of number.
    pub codes: Vec<Code>,
    /// Retired numbers, in ascending order.
    pub reserved: Vec<Reserved>,
    /// The documentation link of every code, with `{code}` and `{name}`
    /// placeholders (`docs_url:`).
    pub docs_url: Option<String>,
    /// The HTTP status of codes without `http` (`default_http:`; 500 when
    /// the catalog gives none).
    pub default_http: Option<u16>,
    /// The `domain` of the codes' gRPC `ErrorInfo` (`grpc_domain:`).
    pub grpc_domain: Option<String>,
    /// The gRPC status of codes whose entry and groups give none
    /// (`default_grpc:`; `UNKNOWN` when absent).
    pub default_grpc: Option<GrpcCode>,
    /// Where the `codes:` key is, for problems about codes that are gone.
    pub(crate) codes_at: usize,
}

impl Catalog {
    /// The status codes without `http` are answered with when the catalog
    /// gives no `default_http`.
    pub const DEFAULT_HTTP: u16 = 500;

    /// The documentation link of `code`: `docs_url` with its placeholders
    /// filled in.
    pub fn docs_url_of(&self, code: &Code) -> Option<String> {
        self.docs_url.as_ref().map(|template| {
            template
                .replace("{code}", &code.code.to_string())
                .replace("{name}", &code.name)
        })
    }

    /// The HTTP status `code` is answered with: its `http`, else the
    /// catalog's `default_http`, else [`Catalog::DEFAULT_HTTP`].
    pub fn http_of(&self, code: &Code) -> u16 {
        code.http
            .or(self.default_http)
            .unwrap_or(Self::DEFAULT_HTTP)
    }

    /// The gRPC status `code` is sent with: its own or its group's
    /// (`Code::grpc`), else the catalog's `default_grpc`, else `UNKNOWN`.
    pub fn grpc_of(&self, code: &Code) -> GrpcCode {
        code.grpc.or(self.default_grpc).unwrap_or(GrpcCode::Unknown)
    }

    /// Whether the catalog says anything about gRPC (`grpc_domain`,
    /// `default_grpc`, or a `grpc` anywhere); the command's outputs show
    /// statuses only then.
    pub fn uses_grpc(&self) -> bool {
        self.grpc_domain.is_some()
            || self.default_grpc.is_some()
            || self.groups.iter().any(|g| g.grpc.is_some())
            || self.codes.iter().any(|c| c.grpc.is_some())
    }

    /// The code numbered `code`.
    pub fn code(&self, code: u32) -> Option<&Code> {
        self.codes
            .binary_search_by_key(&code, |c| c.code)
            .ok()
            .and_then(|index| self.codes.get(index))
    }

    /// The code named `name` (the catalog's `UPPER_SNAKE_CASE` name).
    pub fn named(&self, name: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.name == name)
    }

    /// The tag whose key is `key`.
    pub fn tag(&self, key: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.key == key)
    }

    /// The codes with the tag `key`, in order.
    pub fn tagged<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Code> + 'a {
        self.codes.iter().filter(move |c| c.has_tag(key))
    }

    /// The group whose key is `key`.
    pub fn group(&self, key: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.key == key)
    }

    /// The codes of group `key` and of its dotted sub-groups, in order.
    pub fn codes_in<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Code> + 'a {
        self.codes.iter().filter(move |c| {
            c.group
                .as_deref()
                .is_some_and(|g| crate::names::is_within(g, key))
        })
    }
}

/// A group of codes, as declared under `groups:`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Group {
    /// The key, lowercase words separated by dots (`realtime.session`).
    pub key: String,
    /// What the group is about.
    pub description: Option<String>,
    /// Inclusive range of numbers the group's codes must use.
    pub range: Option<(u32, u32)>,
    /// The tags its codes (and its dotted sub-groups' codes) have, as written.
    pub tags: Vec<String>,
    /// The gRPC status of its codes and sub-groups that give none.
    pub grpc: Option<GrpcCode>,
}

/// A tag, as declared under `tags:`: a property codes of any group may have.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Tag {
    /// The key, `lower_snake_case` (`retryable`); the predicate is `is_<key>`.
    pub key: String,
    /// What it means.
    pub description: Option<String>,
    /// Whether problem details list it.
    pub wire: bool,
}

/// One error code.
// `code.code` is the catalog's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Code {
    /// The number.
    pub code: u32,
    /// The catalog name, `OBJECT_NOT_FOUND`; also the constant's name.
    pub name: String,
    /// The name in `UpperCamelCase`, `ObjectNotFound`: the enum variant.
    pub variant: String,
    /// The message sent with the code (may be empty).
    pub message: String,
    /// Other messages the server sends for this code.
    pub also: Vec<String>,
    /// The group's key.
    pub group: Option<String>,
    /// The HTTP status that carries the code.
    pub http: Option<u16>,
    /// Its tags: its own, its group's and its parent groups', in the order
    /// of the catalog's `tags:`.
    pub tags: Vec<String>,
    /// Its gRPC status: its own `grpc`, else its nearest group's (none
    /// when neither gives one; see [`Catalog::grpc_of`]).
    pub grpc: Option<GrpcCode>,
    /// `(language, text)`, in the order of `languages` when declared, else as written.
    pub descriptions: Vec<(String, String)>,
    /// The long explanation, `(language, Markdown)`, in the same order as
    /// `descriptions`; empty when the catalog gives none.
    pub explanations: Vec<(String, String)>,
    /// Why the code is deprecated, if it is.
    pub deprecated: Option<String>,
    /// Former names of the code that still work (`aliases:`).
    pub aliases: Vec<String>,
    /// The values in its message (`params:`), in order; when there are
    /// any, `message`, `also` and `translations` are templates.
    pub params: Vec<Param>,
    /// `(language, text)`: the message in other languages, as written.
    pub translations: Vec<(String, String)>,
    /// The catalog's `title:`, if it gives one (see [`Code::title`]).
    pub title: Option<String>,
    /// `(language, text)`: the title in other languages, as written.
    pub title_translations: Vec<(String, String)>,
    /// Where its values are in the catalog file.
    pub(crate) ats: CodeAts,
}

/// Where a code's values start in the catalog file (byte offsets).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CodeAts {
    pub code: usize,
    pub name: usize,
    pub http: Option<usize>,
    /// The `params:` mapping.
    pub params: Option<usize>,
}

impl Code {
    /// The problem details' `title`: the catalog's `title:`; else, for a
    /// code with values, its name in words (`REFUND_TOO_LARGE` → `Refund
    /// too large`: its message is a template, not a summary); else the
    /// message, or the name when the message is empty.
    pub fn title(&self) -> std::borrow::Cow<'_, str> {
        match &self.title {
            Some(title) => title.into(),
            None if !self.params.is_empty() => crate::names::in_words(&self.name).into(),
            None if self.message.is_empty() => self.name.as_str().into(),
            None => self.message.as_str().into(),
        }
    }

    /// Whether the title is not the message: the catalog gives `title:`,
    /// or the code has values (its message is a template). The tables keep
    /// a title for these codes only.
    pub fn has_own_title(&self) -> bool {
        self.title.is_some() || !self.params.is_empty()
    }

    /// The title in language `lang`, if the catalog has it: the title's
    /// translation, or, for a code whose title is its message, the
    /// message's.
    pub fn title_in(&self, lang: &str) -> Option<&str> {
        let list = match &self.title {
            Some(_) => &self.title_translations,
            None if self.params.is_empty() && !self.message.is_empty() => &self.translations,
            None => return None,
        };
        list.iter()
            .find(|(l, _)| l == lang)
            .map(|(_, text)| text.as_str())
    }

    /// `text` (the message, an `also` text or a translation) as a template
    /// of this code: its text and the indexes of the parameters in it, or
    /// `None` when it does not parse or names a parameter the code lacks
    /// (which only the valid part of a refused catalog can hold).
    pub fn template_of(&self, text: &str) -> Option<Template> {
        let mut parts = Vec::new();
        for piece in crate::template::pieces(text)? {
            parts.push(match piece {
                Piece::Literal(text) => TemplatePart::Text(text),
                Piece::Param(name) => {
                    TemplatePart::Value(self.params.iter().position(|p| p.name == name)?)
                }
            });
        }
        Some(Template { parts })
    }

    /// The translation of the message into `lang`.
    pub fn translation(&self, lang: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, text)| text.as_str())
    }

    /// Whether the code has the tag `key`.
    pub fn has_tag(&self, key: &str) -> bool {
        self.tags.iter().any(|t| t == key)
    }

    /// The description in `lang`.
    pub fn description(&self, lang: &str) -> Option<&str> {
        self.descriptions
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, text)| text.as_str())
    }

    /// The explanation (Markdown) in `lang`.
    pub fn explanation(&self, lang: &str) -> Option<&str> {
        self.explanations
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, text)| text.as_str())
    }
}

/// A template with its placeholders resolved: what the macro and the
/// exports write and read a code's messages from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Template {
    /// Text (braces unescaped) and parameter values, in order.
    pub parts: Vec<TemplatePart>,
}

/// One part of a [`Template`]: its text, or the index of a parameter in
/// [`Code::params`].
pub type TemplatePart = errcodes_core::Piece<String>;

impl Template {
    /// The indexes of the parameters it uses, in order (repeats included).
    pub fn uses(&self) -> impl Iterator<Item = usize> + '_ {
        self.parts.iter().filter_map(|part| match part {
            TemplatePart::Value(index) => Some(*index),
            TemplatePart::Text(_) => None,
        })
    }

    /// Whether it uses each of the code's `count` parameters.
    pub fn uses_all(&self, count: usize) -> bool {
        (0..count).all(|index| self.uses().any(|used| used == index))
    }
}

/// A retired number, listed under `reserved:`: never to be used again.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reserved {
    /// The number.
    pub code: u32,
    /// The name it had.
    pub name: Option<String>,
    /// Why it was retired.
    pub note: Option<String>,
    /// Where its number is in the catalog file.
    pub(crate) at: usize,
}

/// A parameter of a code's message: a value written into the template.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Param {
    /// The name, `lower_snake_case`: the placeholder `{name}`.
    pub name: String,
    /// Its type.
    pub kind: ParamKind,
}

pub use errcodes_core::ParamKind;
