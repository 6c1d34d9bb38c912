//! Reading values: strings, numbers, lists and the mappings of
//! descriptions, translations and parameters, each problem reported at the
//! value.

use super::{key, Descriptions, Kind, Node, Placed, Problem, Reader};

/// A field whose value maps keys to strings, each key once (`description`,
/// `translations`, `params`), and the words of its problems.
pub(super) struct Keyed {
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

pub(super) const DESCRIPTION: &Keyed = &Keyed {
    field: key::DESCRIPTION.name(),
    key: "description language",
    value: "description",
    twice: |lang| format!("language `{lang}` appears twice in this description"),
    once: "keep one text per language",
    fix: "write one `language: text` line per language, e.g. `en: The object does not exist.`",
};

pub(super) const EXPLANATION: &Keyed = &Keyed {
    field: key::EXPLANATION.name(),
    key: "explanation language",
    value: "explanation",
    twice: |lang| format!("language `{lang}` appears twice in this explanation"),
    once: "keep one text per language",
    fix: "write one `language: |` block per language, the Markdown indented below it",
};

pub(super) const TRANSLATIONS: &Keyed = &Keyed {
    field: key::TRANSLATIONS.name(),
    key: "translation language",
    value: "translations",
    twice: |lang| format!("language `{lang}` appears twice in these translations"),
    once: "keep one translation per language",
    fix: "write one `language: text` line per language, e.g. `zh: 对象不存在。`",
};

pub(super) const TITLE_TRANSLATIONS: &Keyed = &Keyed {
    field: key::TITLE_TRANSLATIONS.name(),
    key: "title translation language",
    value: "title translations",
    twice: |lang| format!("language `{lang}` appears twice in these title translations"),
    once: "keep one title per language",
    fix: "write one `language: text` line per language, e.g. `zh: 退款金额过大`",
};

pub(super) const PARAMS: &Keyed = &Keyed {
    field: key::PARAMS.name(),
    key: "parameter name",
    value: "parameter type",
    twice: |name| format!("parameter `{name}` is declared twice"),
    once: "declare each parameter once",
    fix: "write one `name: type` line per parameter, e.g. `field: str`, in the order they are used",
};

impl Reader<'_> {
    pub(super) fn string(&mut self, node: &Node, field: &str) -> Option<String> {
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
    pub(super) fn number(&mut self, node: &Node, field: &str, max: u32) -> Option<u32> {
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

    pub(super) fn seq<'n>(&mut self, node: &'n Node<'n>, field: &str) -> &'n [Node<'n>] {
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

    pub(super) fn languages(&mut self, node: &Node) -> Option<Vec<Placed<String>>> {
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

    /// A list of strings (`also`, `aliases`, `tags`), each placed.
    pub(super) fn strings(&mut self, node: &Node, field: &str) -> Vec<Placed<String>> {
        self.seq(node, field)
            .iter()
            .filter_map(|item| self.placed_string(item, field))
            .collect()
    }

    pub(super) fn placed_string(&mut self, node: &Node, field: &str) -> Option<Placed<String>> {
        self.string(node, field)
            .map(|value| Placed { value, at: node.at })
    }

    pub(super) fn placed_number(
        &mut self,
        node: &Node,
        field: &str,
        max: u32,
    ) -> Option<Placed<u32>> {
        self.number(node, field, max)
            .map(|value| Placed { value, at: node.at })
    }

    pub(super) fn range(&mut self, node: &Node) -> Option<Placed<(u32, u32)>> {
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

    /// A mapping from keys to strings, each key once (`description`,
    /// `translations`, `params`), in file order.
    pub(super) fn keyed(&mut self, node: &Node, words: &Keyed) -> Option<Placed<Descriptions>> {
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
}
