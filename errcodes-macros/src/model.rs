//! The validated catalog: plain data, checked, sorted by code, ready to expand.

/// A catalog that passed validation (or, when it did not, its valid part).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Declared description languages, in declaration order (may be empty).
    pub languages: Vec<String>,
    /// Declared groups, in declaration order (may be empty).
    pub groups: Vec<Group>,
    /// Codes in ascending order of number; numbers, names and variants are unique.
    pub codes: Vec<Code>,
    /// Retired numbers, in ascending order.
    pub reserved: Vec<Reserved>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub key: String,
    pub description: Option<String>,
    /// Inclusive range of numbers the group's codes must use.
    pub range: Option<(u32, u32)>,
}

// `code.code` is the catalog's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub code: u32,
    /// The catalog name, `OBJECT_NOT_FOUND`; also the constant's name.
    pub name: String,
    /// The enum variant, `ObjectNotFound`.
    pub variant: String,
    pub message: String,
    /// Other messages the server sends for this code.
    pub also: Vec<String>,
    pub group: Option<String>,
    pub http: Option<u16>,
    /// `(language, text)`, in the order of `languages` when declared, else as written.
    pub descriptions: Vec<(String, String)>,
    pub deprecated: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserved {
    pub code: u32,
    pub name: Option<String>,
    pub note: Option<String>,
}
