//! Reading: the parsed YAML tree → raw typed structs that remember where
//! each value came from.
//!
//! Every field of every entry is checked, and every problem is collected, so
//! one build reports them all. An entry whose `code`, `name` or `message` is
//! unusable is left out; a bad optional field is dropped from its entry. The
//! result is what the validator works on.

use crate::beside::{beside, worth_a_thread};
use crate::diag::{did_you_mean, Problem, Where};
use crate::fields::{self as key, Field, Key, Level};
use crate::yaml::{Kind, Node, Position};

/// A value and where the node it was read from starts (a byte offset,
/// turned into a line and column only if a problem is reported there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<T> {
    pub value: T,
    pub at: usize,
}

/// The catalog file as written.
#[derive(Debug, Default)]
pub struct RawCatalog {
    /// `languages:`, if present.
    pub languages: Option<Vec<Placed<String>>>,
    /// `groups:`, if present (possibly empty).
    pub groups: Option<Vec<RawGroup>>,
    /// `tags:`, if present (possibly empty).
    pub tags: Option<Vec<RawTag>>,
    pub codes: Vec<RawCode>,
    /// Where the `codes:` key is.
    pub codes_at: usize,
    pub reserved: Vec<RawReserved>,
    /// `docs_url:`, the documentation link of every code.
    pub docs_url: Option<Placed<String>>,
    /// `default_http:`, the status of codes without `http`.
    pub default_http: Option<Placed<u32>>,
    /// `grpc_domain:` and `default_grpc:`.
    pub grpc_domain: Option<Placed<String>>,
    pub default_grpc: Option<Placed<String>>,
}

#[derive(Debug)]
pub struct RawGroup {
    pub key: Placed<String>,
    pub description: Option<Placed<String>>,
    pub range: Option<Placed<(u32, u32)>>,
    pub tags: Vec<Placed<String>>,
    pub grpc: Option<Placed<String>>,
}

#[derive(Debug)]
pub struct RawTag {
    pub key: Placed<String>,
    pub description: Option<String>,
    pub wire: bool,
}

#[derive(Debug)]
pub struct RawCode {
    pub code: Placed<u32>,
    pub name: Placed<String>,
    pub message: Placed<String>,
    pub group: Option<Placed<String>>,
    pub http: Option<Placed<u32>>,
    /// `tags:`, as written.
    pub tags: Vec<Placed<String>>,
    pub grpc: Option<Placed<String>>,
    /// `(language, text)` pairs in file order; repeated languages are already reported.
    pub description: Option<Placed<Descriptions>>,
    /// `explanation:`, `(language, Markdown)` pairs in file order.
    pub explanation: Option<Placed<Descriptions>>,
    /// `params:`, `(name, type)` pairs in file order; repeated names are
    /// already reported.
    pub params: Option<Placed<Params>>,
    /// `translations:`, `(language, text)` pairs in file order.
    pub translations: Option<Placed<Descriptions>>,
    /// `title:`, and `title_translations:` in file order.
    pub title: Option<Placed<String>>,
    pub title_translations: Option<Placed<Descriptions>>,
    pub also: Vec<Placed<String>>,
    /// Former names that still work.
    pub aliases: Vec<Placed<String>>,
    pub deprecated: Option<String>,
}

/// `(language, text)` pairs in file order.
pub type Descriptions = Vec<(Placed<String>, Placed<String>)>;

/// `(name, type)` pairs of `params:` in file order.
pub type Params = Descriptions;

#[derive(Debug)]
pub struct RawReserved {
    pub code: Placed<u32>,
    pub name: Option<String>,
    pub note: Option<String>,
}

/// Reads the parsed document, reporting every problem into `problems`.
pub fn read(doc: &Node, problems: &mut Vec<Problem>) -> RawCatalog {
    let mut reader = Reader { problems };
    reader.catalog(doc)
}

struct Reader<'p> {
    problems: &'p mut Vec<Problem>,
}

/// A mapping's known fields, found once each: the field, its key, its value.
struct Fields<'n> {
    found: Vec<(&'static Field, &'n Node<'n>, &'n Node<'n>)>,
}

impl<'n> Fields<'n> {
    /// The value of field `key`. An optional field written with nothing
    /// after it (`http:`, a YAML null) counts as absent, at every level: the
    /// format's one rule for empty values, which its JSON Schema states too.
    fn get(&self, key: Key) -> Option<&'n Node<'n>> {
        self.found
            .iter()
            .find(|(field, _, _)| field.key == key.name())
            .filter(|(field, _, value)| field.required || !value.is_null())
            .map(|(_, _, value)| *value)
    }

    /// The key node of field `key`.
    fn key(&self, key: Key) -> Option<&'n Node<'n>> {
        self.found
            .iter()
            .find(|(field, _, _)| field.key == key.name())
            .map(|(_, key, _)| *key)
    }
}

impl Reader<'_> {
    fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    fn catalog(&mut self, doc: &Node) -> RawCatalog {
        let mut raw = RawCatalog::default();
        match &doc.kind {
            Kind::Null => {
                self.report(Problem::new(
                    Where::At(Position::START),
                    "the catalog is empty",
                    "add a `codes:` list with at least one entry (see the catalog format page of the errcodes guide)",
                ));
                return raw;
            }
            Kind::Map(_) => {}
            _ => {
                self.report(Problem::at(
                    doc.at,
                    format!("the catalog must be a mapping, found {}", doc.describe()),
                    "start the file with `codes:` followed by a list of entries",
                ));
                return raw;
            }
        }
        let Some(fields) = self.fields(doc, Level::Top, "the catalog") else {
            return raw;
        };
        if let Some(node) = fields.get(key::LANGUAGES) {
            raw.languages = self.languages(node);
        }
        if let Some(node) = fields.get(key::TAGS) {
            raw.tags = self.tags(node);
        }
        if let Some(node) = fields.get(key::GROUPS) {
            raw.groups = self.groups(node);
        }
        match (fields.get(key::CODES), fields.key(key::CODES)) {
            (Some(node), Some(key)) => {
                raw.codes = self.codes(node);
                // The `codes:` key, where codes that are gone are reported.
                raw.codes_at = key.at;
            }
            _ => self.report(Problem::at(
                doc.at,
                "the catalog has no `codes:` list",
                "add `codes:` with at least one entry",
            )),
        }
        if let Some(node) = fields.get(key::DOCS_URL) {
            raw.docs_url = self.placed_string(node, key::DOCS_URL.name());
        }
        if let Some(node) = fields.get(key::DEFAULT_HTTP) {
            raw.default_http = self.placed_number(node, key::DEFAULT_HTTP.name(), u32::MAX);
        }
        if let Some(node) = fields.get(key::GRPC_DOMAIN) {
            raw.grpc_domain = self.placed_string(node, key::GRPC_DOMAIN.name());
        }
        if let Some(node) = fields.get(key::DEFAULT_GRPC) {
            raw.default_grpc = self.placed_string(node, key::DEFAULT_GRPC.name());
        }
        if let Some(node) = fields.get(key::RESERVED) {
            raw.reserved = self.reserved(node);
        }
        raw
    }

    /// Checks that `node` is a mapping whose keys are known, unrepeated
    /// fields of `level`.
    fn fields<'n>(&mut self, node: &'n Node<'n>, level: Level, what: &str) -> Option<Fields<'n>> {
        let Kind::Map(pairs) = &node.kind else {
            self.report(Problem::at(
                node.at,
                format!("{what} must be a mapping, found {}", node.describe()),
                format!(
                    "write it as `key: value` lines (fields: {})",
                    level.key_list()
                ),
            ));
            return None;
        };
        let mut found: Vec<(&'static Field, &'n Node<'n>, &'n Node<'n>)> = Vec::new();
        for (key, value) in pairs {
            let Kind::Str(name) = &key.kind else {
                self.report(Problem::at(
                    key.at,
                    format!("unexpected key {} in {what}", key.describe()),
                    format!("keys are field names: {}", level.key_list()),
                ));
                continue;
            };
            let Some(field) = level.field(name) else {
                let known = level.fields().iter().map(|field| field.key);
                let fix = match did_you_mean(name, known) {
                    Some(hint) => format!("{hint} (fields: {})", level.key_list()),
                    None => format!("remove it; the fields are {}", level.key_list()),
                };
                self.report(Problem::at(
                    key.at,
                    format!("unknown field `{name}` in {what}"),
                    fix,
                ));
                continue;
            };
            if let Some(&(_, first, _)) = found.iter().find(|(known, _, _)| known.key == field.key)
            {
                self.report(
                    Problem::at(
                        key.at,
                        format!("field `{}` appears twice in {what}", field.key),
                        "keep one of them",
                    )
                    .first_at(first.at),
                );
                continue;
            }
            found.push((field, key, value));
        }
        Some(Fields { found })
    }
}

mod declarations;
mod entries;
mod values;

#[cfg(test)]
mod tests;
