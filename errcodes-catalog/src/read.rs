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
    /// `params:`, `(name, type)` pairs in file order; repeated names are
    /// already reported.
    pub params: Option<Placed<Params>>,
    /// `translations:`, `(language, text)` pairs in file order.
    pub translations: Option<Placed<Descriptions>>,
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

/// A field whose value maps keys to strings, each key once (`description`,
/// `translations`, `params`), and the words of its problems.
struct Keyed {
    field: &'static str,
    /// What a key is, and a value, in "must be a string" problems.
    key: &'static str,
    value: &'static str,
    /// The problem with a key written twice.
    twice: fn(&str) -> String,
    once: &'static str,
    /// How to write the mapping.
    fix: &'static str,
}

const DESCRIPTION: &Keyed = &Keyed {
    field: key::DESCRIPTION.name(),
    key: "description language",
    value: "description",
    twice: |lang| format!("language `{lang}` appears twice in this description"),
    once: "keep one text per language",
    fix: "write one `language: text` line per language, e.g. `en: The object does not exist.`",
};

const TRANSLATIONS: &Keyed = &Keyed {
    field: key::TRANSLATIONS.name(),
    key: "translation language",
    value: "translations",
    twice: |lang| format!("language `{lang}` appears twice in these translations"),
    once: "keep one translation per language",
    fix: "write one `language: text` line per language, e.g. `zh: 对象不存在。`",
};

const PARAMS: &Keyed = &Keyed {
    field: key::PARAMS.name(),
    key: "parameter name",
    value: "parameter type",
    twice: |name| format!("parameter `{name}` is declared twice"),
    once: "declare each parameter once",
    fix: "write one `name: type` line per parameter, e.g. `field: str`, in the order they are used",
};

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

    fn string(&mut self, node: &Node, field: &str) -> Option<String> {
        if let Kind::Str(text) = &node.kind {
            return Some(text.to_string());
        }
        let fix = match &node.kind {
            Kind::Null => "write the text, or `\"\"` for none".to_owned(),
            Kind::Seq(_) if field == key::MESSAGE.name() => {
                "write one string; other messages sent with the code go in `also:`".to_owned()
            }
            Kind::Seq(_) | Kind::Map(_) => format!("write `{field}` as a single string"),
            _ => "put the text in quotes".to_owned(),
        };
        self.report(Problem::at(
            node.at,
            format!("`{field}` must be a string, found {}", node.describe()),
            fix,
        ));
        None
    }

    /// An unsigned integer no larger than `max`.
    fn number(&mut self, node: &Node, field: &str, max: u32) -> Option<u32> {
        let fix = if field.ends_with(key::HTTP.name()) {
            "write an HTTP status from 100 to 599, without quotes".to_owned()
        } else {
            format!("write a whole number from 0 to {max}, without quotes")
        };
        let Kind::Int(value) = node.kind else {
            self.report(Problem::at(
                node.at,
                format!(
                    "`{field}` must be a whole number, found {}",
                    node.describe()
                ),
                fix,
            ));
            return None;
        };
        match u32::try_from(value) {
            Ok(value) if value <= max => Some(value),
            _ => {
                let what = if value < 0 { "negative" } else { "too large" };
                self.report(Problem::at(
                    node.at,
                    format!("`{field}` is {what}: {value}"),
                    fix,
                ));
                None
            }
        }
    }

    fn seq<'n>(&mut self, node: &'n Node<'n>, field: &str) -> &'n [Node<'n>] {
        match &node.kind {
            Kind::Seq(items) => items,
            // An empty `codes:` (the only list that is required) reads as
            // null: an empty list, which is reported as such.
            Kind::Null => &[],
            _ => {
                self.report(Problem::at(
                    node.at,
                    format!("`{field}` must be a list, found {}", node.describe()),
                    format!("write `{field}:` followed by `- ` items, or `[a, b]`"),
                ));
                &[]
            }
        }
    }

    fn languages(&mut self, node: &Node) -> Option<Vec<Placed<String>>> {
        let Kind::Seq(items) = &node.kind else {
            self.report(Problem::at(
                node.at,
                format!("`languages` must be a list, found {}", node.describe()),
                "write the language keys as a list, e.g. `languages: [en, zh]`",
            ));
            return None;
        };
        Some(
            items
                .iter()
                .filter_map(|item| self.placed_string(item, key::LANGUAGES.name()))
                .collect(),
        )
    }

    /// A mapping of declarations (`groups:`, `tags:`): each key once (a
    /// repeat is reported at it, pointing at the first), with the fields of
    /// its settings at `level` (none for `key:` with nothing below it).
    /// `what` is the singular (`group`), `fix` how to write the mapping.
    fn declarations<'n>(
        &mut self,
        node: &'n Node<'n>,
        what: &str,
        level: Level,
        fix: &str,
    ) -> Option<Vec<(Placed<String>, Option<Fields<'n>>)>> {
        let Kind::Map(pairs) = &node.kind else {
            self.report(Problem::at(
                node.at,
                format!("`{what}s` must be a mapping, found {}", node.describe()),
                fix,
            ));
            return None;
        };
        let mut out: Vec<(Placed<String>, Option<Fields<'n>>)> = Vec::new();
        for (key, value) in pairs {
            let Some(key) = self.placed_string(key, &format!("{what} key")) else {
                continue;
            };
            if let Some((first, _)) = out.iter().find(|(k, _)| k.value == key.value) {
                self.report(
                    Problem::at(
                        key.at,
                        format!("{what} `{}` is declared twice", key.value),
                        "keep one declaration",
                    )
                    .first_at(first.at),
                );
                continue;
            }
            // `storage:` with nothing below it declares one with no settings.
            let fields = if value.is_null() {
                None
            } else {
                self.fields(value, level, &format!("{what} `{}`", key.value))
            };
            out.push((key, fields));
        }
        Some(out)
    }

    fn groups(&mut self, node: &Node) -> Option<Vec<RawGroup>> {
        let fix = "write one `key:` per group, with its `description:` below it";
        let declared = self.declarations(node, "group", Level::Group, fix)?;
        let mut out = Vec::with_capacity(declared.len());
        for (key, fields) in declared {
            let mut group = RawGroup {
                key,
                description: None,
                range: None,
                tags: Vec::new(),
                grpc: None,
            };
            if let Some(fields) = fields {
                if let Some(node) = fields.get(key::DESCRIPTION) {
                    group.description = self.placed_string(node, key::DESCRIPTION.name());
                }
                if let Some(node) = fields.get(key::RANGE) {
                    group.range = self.range(node);
                }
                if let Some(node) = fields.get(key::TAGS) {
                    group.tags = self.strings(node, key::TAGS.name());
                }
                if let Some(node) = fields.get(key::GRPC) {
                    group.grpc = self.placed_string(node, key::GRPC.name());
                }
            }
            out.push(group);
        }
        Some(out)
    }

    /// `tags:`: one `key:` per tag, each with its settings (or none).
    fn tags(&mut self, node: &Node) -> Option<Vec<RawTag>> {
        let fix = "write one `key:` per tag, with its `description:` below it";
        let declared = self.declarations(node, "tag", Level::Tag, fix)?;
        let mut out = Vec::with_capacity(declared.len());
        for (key, fields) in declared {
            let mut tag = RawTag {
                key,
                description: None,
                wire: false,
            };
            if let Some(fields) = fields {
                if let Some(node) = fields.get(key::DESCRIPTION) {
                    tag.description = self.string(node, key::DESCRIPTION.name());
                }
                if let Some(node) = fields.get(key::WIRE) {
                    match node.kind {
                        Kind::Bool(wire) => tag.wire = wire,
                        _ => self.report(Problem::at(
                            node.at,
                            format!("`wire` must be `true` or `false`, found {}", node.describe()),
                            "write `wire: true` to list the tag in problem details, or leave it out",
                        )),
                    }
                }
            }
            out.push(tag);
        }
        Some(out)
    }

    /// A list of strings (`also`, `aliases`, `tags`), each placed.
    fn strings(&mut self, node: &Node, field: &str) -> Vec<Placed<String>> {
        self.seq(node, field)
            .iter()
            .filter_map(|item| self.placed_string(item, field))
            .collect()
    }

    fn placed_string(&mut self, node: &Node, field: &str) -> Option<Placed<String>> {
        self.string(node, field)
            .map(|value| Placed { value, at: node.at })
    }

    fn placed_number(&mut self, node: &Node, field: &str, max: u32) -> Option<Placed<u32>> {
        self.number(node, field, max)
            .map(|value| Placed { value, at: node.at })
    }

    fn range(&mut self, node: &Node) -> Option<Placed<(u32, u32)>> {
        let fix = "write it as `range: [first, last]`, both inclusive";
        let Kind::Seq(items) = &node.kind else {
            self.report(Problem::at(
                node.at,
                format!(
                    "`range` must be a list of two codes, found {}",
                    node.describe()
                ),
                fix,
            ));
            return None;
        };
        let [lo, hi] = items.as_slice() else {
            self.report(Problem::at(
                node.at,
                format!("`range` must have two codes, found {}", items.len()),
                fix,
            ));
            return None;
        };
        let lo = self.number(lo, key::RANGE.name(), u32::MAX);
        let hi = self.number(hi, key::RANGE.name(), u32::MAX);
        let (lo, hi) = (lo?, hi?);
        if lo > hi {
            self.report(Problem::at(
                node.at,
                format!("`range` starts at {lo}, after its end {hi}"),
                "write the lower code first",
            ));
            return None;
        }
        Some(Placed {
            value: (lo, hi),
            at: node.at,
        })
    }

    fn codes(&mut self, node: &Node) -> Vec<RawCode> {
        let items = self.seq(node, key::CODES.name());
        if items.is_empty() {
            self.report(Problem::at(
                node.at,
                "`codes` is empty",
                "add at least one entry: `- code: 1`, `name: ...`, `message: ...`",
            ));
        }
        if !worth_a_thread(items.len()) {
            return self.code_range(items);
        }
        // A large catalog: its first half is read on a second thread (the
        // macro runs inside a compiler that leaves the other core idle).
        // Problems keep the file's order: the first half's come first.
        let (first, second) = items.split_at(items.len() / 2);
        let read_first = || {
            let mut problems = Vec::new();
            let codes = Reader {
                problems: &mut problems,
            }
            .code_range(first);
            (codes, problems)
        };
        let mut later = Vec::new();
        let (first_half, rest) = beside("errcodes-read", read_first, || {
            Reader {
                problems: &mut later,
            }
            .code_range(second)
        });
        let (mut codes, problems) = first_half;
        self.problems.extend(problems);
        self.problems.extend(later);
        codes.extend(rest);
        codes
    }

    /// The code entries `items`.
    fn code_range(&mut self, items: &[Node]) -> Vec<RawCode> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let Some(code) = self.code(item) {
                out.push(code);
            }
        }
        out
    }

    fn code(&mut self, node: &Node) -> Option<RawCode> {
        let fields = self.fields(node, Level::Code, "a code entry")?;
        let code = self.required(&fields, node, key::CODE, "add its number, e.g. `code: 101`");
        let name = self.required(
            &fields,
            node,
            key::NAME,
            "add an UPPER_SNAKE_CASE name, e.g. `name: OBJECT_NOT_FOUND`",
        );
        let message = self.required(&fields, node,
            key::MESSAGE,
            "add the text it carries, e.g. `message: Object not found.`, or `message: \"\"` for none",
        );
        let code = code.and_then(|node| self.placed_number(node, key::CODE.name(), u32::MAX));
        let name = name.and_then(|node| self.placed_string(node, key::NAME.name()));
        let message = message.and_then(|node| self.placed_string(node, key::MESSAGE.name()));

        let group = fields
            .get(key::GROUP)
            .and_then(|node| self.placed_string(node, key::GROUP.name()));
        let http = fields
            .get(key::HTTP)
            .and_then(|node| self.placed_number(node, key::HTTP.name(), u32::MAX));
        let grpc = fields
            .get(key::GRPC)
            .and_then(|node| self.placed_string(node, key::GRPC.name()));
        let description = fields
            .get(key::DESCRIPTION)
            .and_then(|node| self.keyed(node, DESCRIPTION));
        let translations = fields
            .get(key::TRANSLATIONS)
            .and_then(|node| self.keyed(node, TRANSLATIONS));
        let params = fields
            .get(key::PARAMS)
            .and_then(|node| self.keyed(node, PARAMS));
        let deprecated = fields
            .get(key::DEPRECATED)
            .and_then(|node| self.string(node, key::DEPRECATED.name()));
        let mut list = |key| {
            fields
                .get(key)
                .map(|node| self.strings(node, key.name()))
                .unwrap_or_default()
        };
        let also = list(key::ALSO);
        let aliases = list(key::ALIASES);
        let tags = list(key::TAGS);

        Some(RawCode {
            code: code?,
            name: name?,
            message: message?,
            group,
            http,
            tags,
            grpc,
            description,
            params,
            translations,
            also,
            aliases,
            deprecated,
        })
    }

    fn required<'n>(
        &mut self,
        fields: &Fields<'n>,
        entry: &Node,
        field: Key,
        fix: &str,
    ) -> Option<&'n Node<'n>> {
        let found = fields.get(field);
        if found.is_none() {
            self.report(Problem::at(
                entry.at,
                format!("this code entry has no `{}`", field.name()),
                fix,
            ));
        }
        found
    }

    /// A mapping from keys to strings, each key once (`description`,
    /// `translations`, `params`), in file order.
    fn keyed(&mut self, node: &Node, words: &Keyed) -> Option<Placed<Descriptions>> {
        let Kind::Map(pairs) = &node.kind else {
            self.report(Problem::at(
                node.at,
                format!(
                    "`{}` must be a mapping, found {}",
                    words.field,
                    node.describe()
                ),
                words.fix,
            ));
            return None;
        };
        let mut out: Descriptions = Vec::new();
        for (key, value) in pairs {
            let Some(key) = self.placed_string(key, words.key) else {
                continue;
            };
            if let Some((first, _)) = out.iter().find(|(k, _)| k.value == key.value) {
                self.report(
                    Problem::at(key.at, (words.twice)(&key.value), words.once).first_at(first.at),
                );
                continue;
            }
            let Some(value) = self.placed_string(value, words.value) else {
                continue;
            };
            out.push((key, value));
        }
        Some(Placed {
            value: out,
            at: node.at,
        })
    }

    fn reserved(&mut self, list: &Node) -> Vec<RawReserved> {
        let items = self.seq(list, key::RESERVED.name());
        let mut out = Vec::new();
        for item in items {
            let Some(fields) = self.fields(item, Level::Reserved, "a reserved entry") else {
                continue;
            };
            let Some(value) = fields.get(key::CODE) else {
                self.report(Problem::at(
                    item.at,
                    "this reserved entry has no `code`",
                    "add `code:` with the retired number",
                ));
                continue;
            };
            let code = self.placed_number(value, key::CODE.name(), u32::MAX);
            let name = fields
                .get(key::NAME)
                .and_then(|value| self.string(value, key::NAME.name()));
            let note = fields
                .get(key::NOTE)
                .and_then(|value| self.string(value, key::NOTE.name()));
            if let Some(code) = code {
                out.push(RawReserved { code, name, note });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
