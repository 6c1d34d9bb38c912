//! Reading the declarations of `groups:` and `tags:`: each key once, its
//! settings' fields.

use super::{key, Fields, Kind, Level, Node, Placed, Problem, RawGroup, RawTag, Reader};

impl Reader<'_> {
    /// A mapping of declarations (`groups:`, `tags:`): each key once (a
    /// repeat is reported at it, pointing at the first), with the fields of
    /// its settings at `level` (none for `key:` with nothing below it).
    /// `what` is the singular (`group`), `fix` how to write the mapping.
    pub(super) fn declarations<'n>(
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

    pub(super) fn groups(&mut self, node: &Node) -> Option<Vec<RawGroup>> {
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
    pub(super) fn tags(&mut self, node: &Node) -> Option<Vec<RawTag>> {
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
}
