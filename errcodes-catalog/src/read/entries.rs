//! Reading the code entries (the `codes` list, in two halves on two threads
//! when it is long) and the `reserved` entries.

use super::values::{DESCRIPTION, EXPLANATION, PARAMS, TITLE_TRANSLATIONS, TRANSLATIONS};
use super::{
    beside, key, worth_a_thread, Fields, Key, Level, Node, Problem, RawCode, RawReserved, Reader,
};

impl Reader<'_> {
    pub(super) fn codes(&mut self, node: &Node) -> Vec<RawCode> {
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
    pub(super) fn code_range(&mut self, items: &[Node]) -> Vec<RawCode> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let Some(code) = self.code(item) {
                out.push(code);
            }
        }
        out
    }

    pub(super) fn code(&mut self, node: &Node) -> Option<RawCode> {
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
        let explanation = fields
            .get(key::EXPLANATION)
            .and_then(|node| self.keyed(node, EXPLANATION));
        let translations = fields
            .get(key::TRANSLATIONS)
            .and_then(|node| self.keyed(node, TRANSLATIONS));
        let title = fields
            .get(key::TITLE)
            .and_then(|node| self.placed_string(node, key::TITLE.name()));
        let title_translations = fields
            .get(key::TITLE_TRANSLATIONS)
            .and_then(|node| self.keyed(node, TITLE_TRANSLATIONS));
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
            explanation,
            params,
            translations,
            title,
            title_translations,
            also,
            aliases,
            deprecated,
        })
    }

    pub(super) fn required<'n>(
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

    pub(super) fn reserved(&mut self, list: &Node) -> Vec<RawReserved> {
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
