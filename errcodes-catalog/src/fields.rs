//! Every field of the catalog format, once: its key, the level it belongs
//! to, the shape of its value, what it means and an example.
//!
//! The reader takes its list of known keys from here (and so do its "did you
//! mean" suggestions and its duplicate check), the JSON Schema is written
//! from it (`schema`), and the command-line tool's JSON export and the
//! README's format section are tested against it. A new field is one entry
//! here, its reading rule in `read`, its checks in `valid`, and its use.

/// Where in a catalog a field is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// The top of the file.
    Top,
    /// A group's settings under `groups:`.
    Group,
    /// An entry of `codes:`.
    Code,
    /// An entry of `reserved:`.
    Reserved,
    /// A tag's settings under `tags:`.
    Tag,
}

impl Level {
    /// Every level, top first.
    pub const ALL: [Level; 5] = [
        Level::Top,
        Level::Group,
        Level::Code,
        Level::Reserved,
        Level::Tag,
    ];

    /// The fields of this level, in the order the format documents them.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Level::Top => TOP_FIELDS,
            Level::Group => GROUP_FIELDS,
            Level::Code => CODE_FIELDS,
            Level::Reserved => RESERVED_FIELDS,
            Level::Tag => TAG_FIELDS,
        }
    }

    /// The field of this level whose key is `key`.
    pub fn field(self, key: &str) -> Option<&'static Field> {
        self.fields().iter().find(|field| field.key == key)
    }

    /// The keys of this level's fields, comma-separated, for messages.
    pub(crate) fn key_list(self) -> String {
        let keys: Vec<&str> = self.fields().iter().map(|field| field.key).collect();
        keys.join(", ")
    }
}

/// The shape of a field's value: its type and, for names and keys, the
/// pattern it must match. The JSON Schema of the format (`schema`) is
/// written from these, one rule per shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// A string.
    Text,
    /// A code's name: `UPPER_SNAKE_CASE`.
    Name,
    /// A list of names (`UPPER_SNAKE_CASE`), each once.
    Names,
    /// A group key: lowercase words, `.` between levels.
    GroupKey,
    /// A list of language keys (`en`, `pt-BR`), each once.
    Languages,
    /// A list of tag keys (`lower_snake_case`), each once.
    TagKeys,
    /// An absolute URI template with `{code}` and `{name}` placeholders.
    Url,
    /// A domain name: text without spaces.
    Domain,
    /// A whole number from 0 to 4294967295.
    Number,
    /// An HTTP status, 100 to 599.
    Status,
    /// A list of strings.
    Texts,
    /// A mapping from language key to text.
    Translations,
    /// `[first, last]`, two numbers.
    Range,
    /// A mapping from parameter name (`lower_snake_case`) to its type
    /// (`str`, `bool`, `u32`, `u64`, `i32`, `i64`, `f64`), in order.
    Params,
    /// A mapping from group key to the group's fields.
    Groups,
    /// A list of code entries.
    Codes,
    /// A list of reserved entries.
    ReservedList,
    /// `true` or `false`.
    Flag,
    /// A canonical gRPC status name (`NOT_FOUND`), not `OK`.
    Grpc,
    /// A mapping from tag key (`lower_snake_case`) to the tag's fields.
    Tags,
}

/// A field's key. Only the constants below exist (the field is private to
/// this file), so the reader names each key by a constant and a misspelt
/// one does not compile, as `serde_derive`'s `symbol.rs` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key(&'static str);

impl Key {
    /// The key as the catalog writes it.
    pub(crate) const fn name(self) -> &'static str {
        self.0
    }
}

pub(crate) const ALIASES: Key = Key("aliases");
pub(crate) const ALSO: Key = Key("also");
pub(crate) const CODE: Key = Key("code");
pub(crate) const CODES: Key = Key("codes");
pub(crate) const DEFAULT_GRPC: Key = Key("default_grpc");
pub(crate) const DEFAULT_HTTP: Key = Key("default_http");
pub(crate) const DEPRECATED: Key = Key("deprecated");
pub(crate) const DESCRIPTION: Key = Key("description");
pub(crate) const DOCS_URL: Key = Key("docs_url");
pub(crate) const EXPLANATION: Key = Key("explanation");
pub(crate) const GROUP: Key = Key("group");
pub(crate) const GROUPS: Key = Key("groups");
pub(crate) const GRPC: Key = Key("grpc");
pub(crate) const GRPC_DOMAIN: Key = Key("grpc_domain");
pub(crate) const HTTP: Key = Key("http");
pub(crate) const LANGUAGES: Key = Key("languages");
pub(crate) const MESSAGE: Key = Key("message");
pub(crate) const NAME: Key = Key("name");
pub(crate) const NOTE: Key = Key("note");
pub(crate) const PARAMS: Key = Key("params");
pub(crate) const RANGE: Key = Key("range");
pub(crate) const RESERVED: Key = Key("reserved");
pub(crate) const TAGS: Key = Key("tags");
pub(crate) const TITLE: Key = Key("title");
pub(crate) const TITLE_TRANSLATIONS: Key = Key("title_translations");
pub(crate) const TRANSLATIONS: Key = Key("translations");
pub(crate) const WIRE: Key = Key("wire");

/// One field of the catalog format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Field {
    /// The key, as written in the catalog.
    pub key: &'static str,
    /// What its value is.
    pub shape: Shape,
    /// Whether an entry must have it.
    pub required: bool,
    /// What it means, in one line.
    pub description: &'static str,
    /// The key the command-line tool's JSON export writes it under (at the
    /// same level).
    pub json: &'static str,
    /// An example of its value, as it is written in a catalog (YAML).
    pub example: &'static str,
}

const fn field(key: Key, shape: Shape, description: &'static str, example: &'static str) -> Field {
    Field {
        key: key.0,
        shape,
        required: false,
        description,
        json: key.0,
        example,
    }
}

const fn required(
    key: Key,
    shape: Shape,
    description: &'static str,
    example: &'static str,
) -> Field {
    Field {
        required: true,
        ..field(key, shape, description, example)
    }
}

impl Field {
    /// The field written under another key in the JSON export.
    const fn in_json(self, json: &'static str) -> Field {
        Field { json, ..self }
    }
}

const TOP_FIELDS: &[Field] = &[
    field(
        LANGUAGES,
        Shape::Languages,
        "The description languages; when present, every description has exactly these keys.",
        "[en, zh]",
    ),
    field(
        TAGS,
        Shape::Tags,
        "Properties that cut across groups (`retryable`): tag key (lower_snake_case) to its settings.",
        "{retryable: {description: Sending the request again may succeed., wire: true}}",
    ),
    field(
        GROUPS,
        Shape::Groups,
        "The groups codes belong to: group key (lowercase, dotted) to its settings.",
        "{storage: {description: Objects and queries., range: [100, 199]}}",
    ),
    required(
        CODES,
        Shape::Codes,
        "The error codes, at least one, in any order.",
        "[{code: 101, name: OBJECT_NOT_FOUND, message: Object not found.}]",
    ),
    field(
        RESERVED,
        Shape::ReservedList,
        "Retired numbers that must never be used again.",
        "[{code: 102, name: OBJECT_GONE, note: Merged into 101 in 2.0.}]",
    ),
    field(
        DOCS_URL,
        Shape::Url,
        "Each code's documentation link, an absolute URI with `{code}` and `{name}` placeholders.",
        "\"https://docs.example.com/errors/{code}\"",
    ),
    field(
        DEFAULT_HTTP,
        Shape::Status,
        "The HTTP status of codes without `http` (500 when absent).",
        "400",
    ),
    field(
        GRPC_DOMAIN,
        Shape::Domain,
        "The `domain` of every code's gRPC `ErrorInfo` (the service's name); enables `ErrorInfo`.",
        "storage.example.com",
    ),
    field(
        DEFAULT_GRPC,
        Shape::Grpc,
        "The gRPC status of codes whose entry and groups give none (`UNKNOWN` when absent).",
        "INTERNAL",
    ),
];

const GROUP_FIELDS: &[Field] = &[
    field(
        DESCRIPTION,
        Shape::Text,
        "What the group is about.",
        "Objects and queries.",
    ),
    field(
        RANGE,
        Shape::Range,
        "The inclusive range of numbers the group's codes must use.",
        "[100, 199]",
    ),
    field(
        TAGS,
        Shape::TagKeys,
        "Tags every code of the group and of its dotted sub-groups has.",
        "[retryable]",
    ),
    field(
        GRPC,
        Shape::Grpc,
        "The gRPC status of the group's codes and sub-groups that give none of their own.",
        "FAILED_PRECONDITION",
    ),
];

const CODE_FIELDS: &[Field] = &[
    required(
        CODE,
        Shape::Number,
        "The number, unique in the catalog.",
        "101",
    ),
    required(
        NAME,
        Shape::Name,
        "The UPPER_SNAKE_CASE name, unique; the constant's name, and the variant's in UpperCamelCase.",
        "OBJECT_NOT_FOUND",
    ),
    required(
        MESSAGE,
        Shape::Text,
        "The text sent with the code, byte for byte (\"\" for none).",
        "Object not found.",
    ),
    field(
        GROUP,
        Shape::GroupKey,
        "The key of the code's group (declared under `groups:` when that is present).",
        "storage",
    ),
    field(
        HTTP,
        Shape::Status,
        "The HTTP status that carries the code.",
        "404",
    ),
    field(
        GRPC,
        Shape::Grpc,
        "The gRPC status that carries the code (else its group's, else `default_grpc`).",
        "NOT_FOUND",
    ),
    field(
        TAGS,
        Shape::TagKeys,
        "The code's own tags (it also has its groups').",
        "[retryable]",
    ),
    field(
        DESCRIPTION,
        Shape::Translations,
        "What the code means, by language.",
        "{en: The object does not exist., zh: 对象不存在。}",
    )
    .in_json("descriptions"),
    field(
        EXPLANATION,
        Shape::Translations,
        "The long explanation, in Markdown, by language: why the code happens and what to do (raw HTML is shown as text).",
        "{en: \"Check the `objectId`.\\n\", zh: \"检查 `objectId`。\\n\"}",
    )
    .in_json("explanations"),
    field(
        PARAMS,
        Shape::Params,
        "The values in the message, name to type, in order: `message` becomes a template with `{name}` placeholders.",
        "{field: str, limit: u32}",
    ),
    field(
        TRANSLATIONS,
        Shape::Translations,
        "The message in other languages, by language (with `params`, templates with the same placeholders).",
        "{zh: 对象不存在。}",
    ),
    field(
        TITLE,
        Shape::Text,
        "A short summary of the code, plain text (no placeholders): the problem details' `title`. Without it, the message, or for a code with `params` its name in words.",
        "Refund too large",
    ),
    field(
        TITLE_TRANSLATIONS,
        Shape::Translations,
        "The title in other languages, by language.",
        "{zh: 退款金额过大}",
    ),
    field(
        ALSO,
        Shape::Texts,
        "Other messages the server sends with this code.",
        "[Object not found]",
    ),
    field(
        ALIASES,
        Shape::Names,
        "Former names of the code that keep working.",
        "[NOT_FOUND]",
    ),
    field(
        DEPRECATED,
        Shape::Text,
        "Why the code is deprecated; its variant and constant become `#[deprecated]`.",
        "Use OBJECT_NOT_FOUND.",
    ),
];

const TAG_FIELDS: &[Field] = &[
    field(
        DESCRIPTION,
        Shape::Text,
        "What the tag means.",
        "Sending the request again may succeed.",
    ),
    field(
        WIRE,
        Shape::Flag,
        "Whether problem details list the tag (`false` when absent).",
        "true",
    ),
];

const RESERVED_FIELDS: &[Field] = &[
    required(CODE, Shape::Number, "The retired number.", "102"),
    field(NAME, Shape::Text, "The name it had.", "OBJECT_GONE"),
    field(
        NOTE,
        Shape::Text,
        "Why it was retired.",
        "Merged into 101 in 2.0.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_per_level_and_described() {
        for level in Level::ALL {
            let fields = level.fields();
            for (i, field) in fields.iter().enumerate() {
                assert!(
                    fields[..i].iter().all(|other| other.key != field.key),
                    "{level:?}: `{}` twice",
                    field.key
                );
                assert!(field.description.ends_with('.'), "{}", field.key);
                assert_eq!(level.field(field.key), Some(field));
            }
        }
    }
}
