//! Reading: the parsed YAML tree → raw typed structs that remember where
//! each value came from.
//!
//! Every field of every entry is checked, and every problem is collected, so
//! one build reports them all. An entry whose `code`, `name` or `message` is
//! unusable is left out; a bad optional field is dropped from its entry. The
//! result is what the validator works on.

use crate::beside::beside;
use crate::diag::{did_you_mean, Problem, Where};
use crate::yaml::{Node, Position, Step};

/// A value and the path of the node it was read from (a path in the parsed
/// tree, turned into a line and column only if a problem is reported there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<T> {
    pub value: T,
    pub path: Vec<Step>,
}

/// The catalog file as written.
#[derive(Debug, Default)]
pub struct RawCatalog {
    /// `languages:`, if present.
    pub languages: Option<Vec<Placed<String>>>,
    /// `groups:`, if present (possibly empty).
    pub groups: Option<Vec<RawGroup>>,
    pub codes: Vec<RawCode>,
    /// The path of the `codes:` key.
    pub codes_path: Vec<Step>,
    pub reserved: Vec<RawReserved>,
    /// `docs_url:`, the documentation link of every code.
    pub docs_url: Option<Placed<String>>,
    /// `default_http:`, the status of codes without `http`.
    pub default_http: Option<Placed<u32>>,
}

#[derive(Debug)]
pub struct RawGroup {
    pub key: Placed<String>,
    pub description: Option<Placed<String>>,
    pub range: Option<Placed<(u32, u32)>>,
}

#[derive(Debug)]
pub struct RawCode {
    pub code: Placed<u32>,
    pub name: Placed<String>,
    pub message: Placed<String>,
    pub group: Option<Placed<String>>,
    pub http: Option<Placed<u32>>,
    /// `(language, text)` pairs in file order; repeated languages are already reported.
    pub description: Option<Placed<Descriptions>>,
    pub also: Vec<String>,
    /// Former names that still work.
    pub aliases: Vec<Placed<String>>,
    pub deprecated: Option<String>,
}

/// `(language, text)` pairs in file order.
pub type Descriptions = Vec<(Placed<String>, String)>;

#[derive(Debug)]
pub struct RawReserved {
    pub code: Placed<u32>,
    pub name: Option<String>,
    pub note: Option<String>,
}

const TOP_FIELDS: &[&str] = &[
    "languages",
    "groups",
    "codes",
    "reserved",
    "docs_url",
    "default_http",
];
const GROUP_FIELDS: &[&str] = &["description", "range"];
const CODE_FIELDS: &[&str] = &[
    "code",
    "name",
    "message",
    "group",
    "http",
    "description",
    "also",
    "aliases",
    "deprecated",
];
const RESERVED_FIELDS: &[&str] = &["code", "name", "note"];

/// From this many code entries on, [`Reader::codes`] reads them on two threads.
const PARALLEL_FROM: usize = 2000;

/// Reads the parsed document, reporting every problem into `problems`.
pub fn read(doc: &Node, problems: &mut Vec<Problem>) -> RawCatalog {
    let mut reader = Reader { problems };
    reader.catalog(doc)
}

struct Reader<'p> {
    problems: &'p mut Vec<Problem>,
}

/// A mapping's known fields, found once each.
struct Fields<'n> {
    found: Vec<(&'static str, &'n Node<'n>, Vec<Step>)>,
}

impl<'n> Fields<'n> {
    fn get(&self, key: &str) -> Option<(&'n Node<'n>, &[Step])> {
        self.found
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, node, path)| (*node, path.as_slice()))
    }
}

fn child(path: &[Step], step: Step) -> Vec<Step> {
    let mut out = Vec::with_capacity(path.len() + 1);
    out.extend_from_slice(path);
    out.push(step);
    out
}

impl Reader<'_> {
    fn report(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    fn catalog(&mut self, doc: &Node) -> RawCatalog {
        let mut raw = RawCatalog::default();
        match doc {
            Node::Null => {
                self.report(Problem::new(
                    Where::At(Position::START),
                    "the catalog is empty",
                    "add a `codes:` list with at least one entry (see the catalog format in the errcodes README)",
                ));
                return raw;
            }
            Node::Map(_) => {}
            other => {
                self.report(Problem::at(
                    &[],
                    format!("the catalog must be a mapping, found {}", other.describe()),
                    "start the file with `codes:` followed by a list of entries",
                ));
                return raw;
            }
        }
        let Some(fields) = self.fields(doc, &[], TOP_FIELDS, "the catalog") else {
            return raw;
        };
        if let Some((node, path)) = fields.get("languages") {
            raw.languages = self.languages(node, path);
        }
        if let Some((node, path)) = fields.get("groups") {
            raw.groups = self.groups(node, path);
        }
        match fields.get("codes") {
            Some((node, path)) => {
                raw.codes = self.codes(node, path);
                // The `codes:` key, where codes that are gone are reported.
                raw.codes_path = match path.split_last() {
                    Some((Step::Value(index), parent)) => child(parent, Step::Key(*index)),
                    _ => path.to_vec(),
                };
            }
            None => self.report(Problem::at(
                &[],
                "the catalog has no `codes:` list",
                "add `codes:` with at least one entry",
            )),
        }
        if let Some((node, path)) = fields.get("docs_url") {
            raw.docs_url = self.spanned_string(node, path, "docs_url");
        }
        if let Some((node, path)) = fields.get("default_http") {
            raw.default_http = self.spanned_number(node, path, "default_http", u32::MAX);
        }
        if let Some((node, path)) = fields.get("reserved") {
            raw.reserved = self.reserved(node, path);
        }
        raw
    }

    /// Checks that `node` is a mapping whose keys are known, unrepeated strings.
    fn fields<'n>(
        &mut self,
        node: &'n Node<'n>,
        path: &[Step],
        known: &[&'static str],
        what: &str,
    ) -> Option<Fields<'n>> {
        let Node::Map(pairs) = node else {
            self.report(Problem::at(
                path,
                format!("{what} must be a mapping, found {}", node.describe()),
                format!(
                    "write it as `key: value` lines (fields: {})",
                    known.join(", ")
                ),
            ));
            return None;
        };
        let mut found: Vec<(&'static str, &'n Node<'n>, Vec<Step>)> = Vec::new();
        let mut first_key: Vec<(&'static str, usize)> = Vec::new();
        for (index, (key, value)) in pairs.iter().enumerate() {
            // Built only to report a problem: most keys have none.
            let key_path = || child(path, Step::Key(index));
            let Node::Str(key) = key else {
                self.report(Problem::at(
                    &key_path(),
                    format!("unexpected key {} in {what}", key.describe()),
                    format!("keys are field names: {}", known.join(", ")),
                ));
                continue;
            };
            let Some(&field) = known.iter().find(|k| **k == key) else {
                let fix = match did_you_mean(key, known.iter().copied()) {
                    Some(hint) => format!("{hint} (fields: {})", known.join(", ")),
                    None => format!("remove it; the fields are {}", known.join(", ")),
                };
                self.report(Problem::at(
                    &key_path(),
                    format!("unknown field `{key}` in {what}"),
                    fix,
                ));
                continue;
            };
            if let Some(&(_, first)) = first_key.iter().find(|(k, _)| *k == field) {
                self.report(
                    Problem::at(
                        &key_path(),
                        format!("field `{field}` appears twice in {what}"),
                        "keep one of them",
                    )
                    .first_at(&child(path, Step::Key(first))),
                );
                continue;
            }
            first_key.push((field, index));
            found.push((field, value, child(path, Step::Value(index))));
        }
        Some(Fields { found })
    }

    fn string(&mut self, node: &Node, path: &[Step], field: &str) -> Option<String> {
        match node {
            Node::Str(text) => Some(text.to_string()),
            other => {
                let fix = match other {
                    Node::Null => "write the text, or `\"\"` for none".to_owned(),
                    Node::Seq(_) if field == "message" => {
                        "write one string; other messages sent with the code go in `also:`"
                            .to_owned()
                    }
                    Node::Seq(_) | Node::Map(_) => format!("write `{field}` as a single string"),
                    _ => "put the text in quotes".to_owned(),
                };
                self.report(Problem::at(
                    path,
                    format!("`{field}` must be a string, found {}", other.describe()),
                    fix,
                ));
                None
            }
        }
    }

    /// An unsigned integer no larger than `max`.
    fn number(&mut self, node: &Node, path: &[Step], field: &str, max: u32) -> Option<u32> {
        let fix = if field.ends_with("http") {
            "write an HTTP status from 100 to 599, without quotes".to_owned()
        } else {
            format!("write a whole number from 0 to {max}, without quotes")
        };
        match node {
            Node::Int(value) => match u32::try_from(*value) {
                Ok(value) if value <= max => Some(value),
                _ => {
                    let what = if *value < 0 { "negative" } else { "too large" };
                    self.report(Problem::at(
                        path,
                        format!("`{field}` is {what}: {value}"),
                        fix,
                    ));
                    None
                }
            },
            other => {
                self.report(Problem::at(
                    path,
                    format!(
                        "`{field}` must be a whole number, found {}",
                        other.describe()
                    ),
                    fix,
                ));
                None
            }
        }
    }

    fn seq<'n>(&mut self, node: &'n Node<'n>, path: &[Step], field: &str) -> &'n [Node<'n>] {
        match node {
            Node::Seq(items) => items,
            // An empty `field:` reads as null; treat it as an empty list.
            Node::Null => &[],
            other => {
                self.report(Problem::at(
                    path,
                    format!("`{field}` must be a list, found {}", other.describe()),
                    format!("write `{field}:` followed by `- ` items, or `[a, b]`"),
                ));
                &[]
            }
        }
    }

    fn languages(&mut self, node: &Node, path: &[Step]) -> Option<Vec<Placed<String>>> {
        let Node::Seq(items) = node else {
            self.report(Problem::at(
                path,
                format!("`languages` must be a list, found {}", node.describe()),
                "write the language keys as a list, e.g. `languages: [en, zh]`",
            ));
            return None;
        };
        let mut out = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let at = child(path, Step::Index(index));
            if let Some(value) = self.string(item, &at, "languages") {
                out.push(Placed { value, path: at });
            }
        }
        Some(out)
    }

    fn groups(&mut self, node: &Node, path: &[Step]) -> Option<Vec<RawGroup>> {
        let pairs = match node {
            Node::Map(pairs) => pairs,
            Node::Null => return Some(Vec::new()),
            other => {
                self.report(Problem::at(
                    path,
                    format!("`groups` must be a mapping, found {}", other.describe()),
                    "write one `key:` per group, with its `description:` below it",
                ));
                return None;
            }
        };
        let mut out: Vec<RawGroup> = Vec::new();
        for (index, (key, value)) in pairs.iter().enumerate() {
            let key_path = child(path, Step::Key(index));
            let Some(key) = self.string(key, &key_path, "group key") else {
                continue;
            };
            if let Some(first) = out.iter().find(|g| g.key.value == key) {
                self.report(
                    Problem::at(
                        &key_path,
                        format!("group `{key}` is declared twice"),
                        "keep one declaration",
                    )
                    .first_at(&first.key.path),
                );
                continue;
            }
            let value_path = child(path, Step::Value(index));
            let mut group = RawGroup {
                key: Placed {
                    value: key,
                    path: key_path,
                },
                description: None,
                range: None,
            };
            // `storage:` with nothing below it declares a group with no settings.
            if *value != Node::Null {
                let what = format!("group `{}`", group.key.value);
                if let Some(fields) = self.fields(value, &value_path, GROUP_FIELDS, &what) {
                    if let Some((node, at)) = fields.get("description") {
                        group.description = self.spanned_string(node, at, "description");
                    }
                    if let Some((node, at)) = fields.get("range") {
                        group.range = self.range(node, at);
                    }
                }
            }
            out.push(group);
        }
        Some(out)
    }

    fn spanned_string(
        &mut self,
        node: &Node,
        path: &[Step],
        field: &str,
    ) -> Option<Placed<String>> {
        self.string(node, path, field).map(|value| Placed {
            value,
            path: path.to_vec(),
        })
    }

    fn spanned_number(
        &mut self,
        node: &Node,
        path: &[Step],
        field: &str,
        max: u32,
    ) -> Option<Placed<u32>> {
        self.number(node, path, field, max).map(|value| Placed {
            value,
            path: path.to_vec(),
        })
    }

    fn range(&mut self, node: &Node, path: &[Step]) -> Option<Placed<(u32, u32)>> {
        let fix = "write it as `range: [first, last]`, both inclusive";
        let Node::Seq(items) = node else {
            self.report(Problem::at(
                path,
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
                path,
                format!("`range` must have two codes, found {}", items.len()),
                fix,
            ));
            return None;
        };
        let lo = self.number(lo, &child(path, Step::Index(0)), "range", u32::MAX);
        let hi = self.number(hi, &child(path, Step::Index(1)), "range", u32::MAX);
        let (lo, hi) = (lo?, hi?);
        if lo > hi {
            self.report(Problem::at(
                path,
                format!("`range` starts at {lo}, after its end {hi}"),
                "write the lower code first",
            ));
            return None;
        }
        Some(Placed {
            value: (lo, hi),
            path: path.to_vec(),
        })
    }

    fn codes(&mut self, node: &Node, path: &[Step]) -> Vec<RawCode> {
        let items = self.seq(node, path, "codes");
        if items.is_empty() {
            self.report(Problem::at(
                path,
                "`codes` is empty",
                "add at least one entry: `- code: 1`, `name: ...`, `message: ...`",
            ));
        }
        if items.len() < PARALLEL_FROM {
            return self.code_range(items, 0, path);
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
            .code_range(first, 0, path);
            (codes, problems)
        };
        let mut later = Vec::new();
        let (first_half, rest) = beside("errcodes-read", read_first, || {
            Reader {
                problems: &mut later,
            }
            .code_range(second, first.len(), path)
        });
        let (mut codes, problems) = first_half.unwrap_or_else(read_first);
        self.problems.extend(problems);
        self.problems.extend(later);
        codes.extend(rest);
        codes
    }

    /// The code entries `items`, the first of them at index `offset` of `codes`.
    fn code_range(&mut self, items: &[Node], offset: usize, path: &[Step]) -> Vec<RawCode> {
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let at = child(path, Step::Index(offset + index));
            if let Some(code) = self.code(item, &at) {
                out.push(code);
            }
        }
        out
    }

    fn code(&mut self, node: &Node, at: &[Step]) -> Option<RawCode> {
        let fields = self.fields(node, at, CODE_FIELDS, "a code entry")?;
        let code = self.required(&fields, at, "code", "add its number, e.g. `code: 101`");
        let name = self.required(
            &fields,
            at,
            "name",
            "add an UPPER_SNAKE_CASE name, e.g. `name: OBJECT_NOT_FOUND`",
        );
        let message = self.required(&fields, at,
            "message",
            "add the text it carries, e.g. `message: Object not found.`, or `message: \"\"` for none",
        );
        let code = code.and_then(|(node, path)| self.spanned_number(node, path, "code", u32::MAX));
        let name = name.and_then(|(node, path)| self.spanned_string(node, path, "name"));
        let message = message.and_then(|(node, path)| self.spanned_string(node, path, "message"));

        let group = fields
            .get("group")
            .filter(|(node, _)| **node != Node::Null)
            .and_then(|(node, path)| self.spanned_string(node, path, "group"));
        let http = fields
            .get("http")
            .filter(|(node, _)| **node != Node::Null)
            .and_then(|(node, path)| self.spanned_number(node, path, "http", u32::MAX));
        let description = fields
            .get("description")
            .filter(|(node, _)| **node != Node::Null)
            .and_then(|(node, path)| self.description(node, path));
        let also = match fields.get("also") {
            Some((node, path)) => self
                .seq(node, path, "also")
                .iter()
                .enumerate()
                .filter_map(|(i, item)| self.string(item, &child(path, Step::Index(i)), "also"))
                .collect(),
            None => Vec::new(),
        };
        let deprecated = fields
            .get("deprecated")
            .filter(|(node, _)| **node != Node::Null)
            .and_then(|(node, path)| self.string(node, path, "deprecated"));
        let aliases = match fields.get("aliases") {
            Some((node, path)) => self
                .seq(node, path, "aliases")
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    self.spanned_string(item, &child(path, Step::Index(i)), "aliases")
                })
                .collect(),
            None => Vec::new(),
        };

        Some(RawCode {
            code: code?,
            name: name?,
            message: message?,
            group,
            http,
            description,
            also,
            aliases,
            deprecated,
        })
    }

    fn required<'n, 'f>(
        &mut self,
        fields: &'f Fields<'n>,
        at: &[Step],
        field: &str,
        fix: &str,
    ) -> Option<(&'n Node<'n>, &'f [Step])> {
        let found = fields.get(field);
        if found.is_none() {
            self.report(Problem::at(
                at,
                format!("this code entry has no `{field}`"),
                fix,
            ));
        }
        found
    }

    fn description(&mut self, node: &Node, path: &[Step]) -> Option<Placed<Descriptions>> {
        let Node::Map(pairs) = node else {
            self.report(Problem::at(
                path,
                format!("`description` must be a mapping, found {}", node.describe()),
                "write one `language: text` line per language, e.g. `en: The object does not exist.`",
            ));
            return None;
        };
        let mut out: Vec<(Placed<String>, String)> = Vec::new();
        for (index, (lang, text)) in pairs.iter().enumerate() {
            let key_path = child(path, Step::Key(index));
            let Some(lang) = self.string(lang, &key_path, "description language") else {
                continue;
            };
            if let Some((first, _)) = out.iter().find(|(l, _)| l.value == lang) {
                self.report(
                    Problem::at(
                        &key_path,
                        format!("language `{lang}` appears twice in this description"),
                        "keep one text per language",
                    )
                    .first_at(&first.path),
                );
                continue;
            }
            let Some(text) = self.string(text, &child(path, Step::Value(index)), "description")
            else {
                continue;
            };
            out.push((
                Placed {
                    value: lang,
                    path: key_path,
                },
                text,
            ));
        }
        Some(Placed {
            value: out,
            path: path.to_vec(),
        })
    }

    fn reserved(&mut self, list: &Node, path: &[Step]) -> Vec<RawReserved> {
        let items = self.seq(list, path, "reserved");
        let mut out = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let at = child(path, Step::Index(index));
            let Some(fields) = self.fields(item, &at, RESERVED_FIELDS, "a reserved entry") else {
                continue;
            };
            let Some((value, code_at)) = fields.get("code") else {
                self.report(Problem::at(
                    &at,
                    "this reserved entry has no `code`",
                    "add `code:` with the retired number",
                ));
                continue;
            };
            let code = self.spanned_number(value, code_at, "code", u32::MAX);
            let name = fields
                .get("name")
                .and_then(|(value, path)| self.string(value, path, "name"));
            let note = fields
                .get("note")
                .and_then(|(value, path)| self.string(value, path, "note"));
            if let Some(code) = code {
                out.push(RawReserved { code, name, note });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    fn read_text(text: &str) -> (RawCatalog, Vec<Problem>) {
        let doc = yaml::parse(text).unwrap();
        let mut problems = Vec::new();
        let raw = read(&doc, &mut problems);
        (raw, problems)
    }

    /// A large catalog is read in two halves on two threads: the entries
    /// and the problems come out in the file's order, as when read in one.
    #[test]
    fn a_large_catalog_reads_as_one() {
        let count = PARALLEL_FROM + 101;
        let mut text = String::from("codes:\n");
        for n in 0..count {
            let entry = match n {
                // A problem in each half, and one at the seam.
                7 => format!("  - code: {n}\n    name: CODE_{n}\n    message: [x]\n"),
                n if n == count / 2 => format!("  - code: {n}\n    name: CODE_{n}\n"),
                n if n == count - 3 => {
                    format!("  - code: x{n}\n    name: CODE_{n}\n    message: m\n")
                }
                _ => format!("  - code: {n}\n    name: CODE_{n}\n    message: m\n"),
            };
            text.push_str(&entry);
        }
        let (raw, problems) = read_text(&text);
        assert_eq!(raw.codes.len(), count - 3);
        let numbers: Vec<u32> = raw.codes.iter().map(|c| c.code.value).collect();
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        assert_eq!(numbers, sorted);
        let at: Vec<usize> = problems
            .iter()
            .map(|p| match &p.at {
                Where::Node(path) => match path.get(1) {
                    Some(Step::Index(i)) => *i,
                    other => panic!("{other:?}"),
                },
                other @ Where::At(_) => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(at, [7, count / 2, count - 3]);
    }

    #[test]
    fn reads_a_full_entry() {
        let (raw, problems) = read_text(
            "languages: [en]\ngroups:\n  storage:\n    description: Objects.\n    range: [100, 399]\n\
             codes:\n  - code: 101\n    name: OBJECT_NOT_FOUND\n    message: Gone.\n    group: storage\n\
             \x20   http: 404\n    description: {en: Not there.}\n    also: [Missing.]\n    deprecated: old\n\
             reserved:\n  - code: 220\n    name: X\n    note: retired\n",
        );
        assert_eq!(problems, []);
        let code = &raw.codes[0];
        assert_eq!(code.code.value, 101);
        assert_eq!(code.name.value, "OBJECT_NOT_FOUND");
        assert_eq!(code.http.as_ref().map(|h| h.value), Some(404));
        assert_eq!(code.also, ["Missing."]);
        assert_eq!(code.deprecated.as_deref(), Some("old"));
        assert_eq!(
            raw.groups.unwrap()[0].range.as_ref().unwrap().value,
            (100, 399)
        );
        assert_eq!(raw.reserved[0].note.as_deref(), Some("retired"));
    }

    #[test]
    fn collects_every_problem() {
        let (raw, problems) = read_text(
            "codes:\n  - code: \"1\"\n    name: A\n    message: x\n  - code: 2\n    mesage: y\n    name: B\n\
             \x20 - code: 3\n    name: C\n    message: [z]\n",
        );
        let whats: Vec<&str> = problems.iter().map(|p| p.what.as_str()).collect();
        assert_eq!(
            whats,
            [
                "`code` must be a whole number, found the string \"1\"",
                "unknown field `mesage` in a code entry",
                "this code entry has no `message`",
                "`message` must be a string, found a list",
            ]
        );
        assert!(problems[1].fix.starts_with("did you mean `message`?"));
        assert!(raw.codes.is_empty());
    }

    #[test]
    fn repeated_fields_name_the_first() {
        let (_, problems) =
            read_text("codes:\n  - code: 1\n    code: 2\n    name: A\n    message: x\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].what,
            "field `code` appears twice in a code entry"
        );
        assert!(problems[0].first.is_some());
    }

    #[test]
    fn rejects_out_of_range_numbers() {
        let (_, problems) = read_text(
            "codes:\n  - {code: -1, name: A, message: x}\n  - {code: 4294967296, name: B, message: x}\n  - {code: 1.5, name: C, message: x}\n  - {code: 1.0, name: D, message: x, http: 404.0}\n",
        );
        let whats: Vec<&str> = problems.iter().map(|p| p.what.as_str()).collect();
        assert_eq!(
            whats,
            [
                "`code` is negative: -1",
                "`code` is too large: 4294967296",
                "`code` must be a whole number, found the decimal `1.5`",
                "`code` must be a whole number, found the decimal `1.0`",
                "`http` must be a whole number, found the decimal `404.0`",
            ]
        );
    }
}
