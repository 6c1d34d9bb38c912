//! The export model: the catalog turned once into what every language's
//! export needs, and the one walk that writes an export section by section.
//!
//! Which sections exist is decided here, once, for every language: the
//! codes and their former names and deprecations, the messages with their
//! translations, the metadata (HTTP status, descriptions, titles), the gRPC
//! statuses, the tags, the retired numbers, and the codes with values. A
//! language is a [`Writer`]: one method per section, so a new section is
//! one new method, and every language that lacks it fails to compile.

use errcodes_catalog::{Catalog, Code, Ledger, State};

use super::values::{self, Templates};
use super::Header;

/// What every export writes, decided once.
pub struct Model<'a> {
    /// The catalog.
    pub catalog: &'a Catalog,
    /// Where the catalog came from, for the header.
    pub from: &'a Header,
    /// The codes with values, each with its templates.
    pub values: Vec<(&'a Code, Templates<'a>)>,
    /// The numbers no code may use: the catalog's `reserved:` and the
    /// ledger's removed codes, in ascending order.
    pub retired: Vec<Retired>,
}

/// A number no code may use again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retired {
    /// The number.
    pub code: u32,
    /// The name it had, if known.
    pub name: Option<String>,
    /// Why it was retired, if the catalog says.
    pub note: Option<String>,
}

impl<'a> Model<'a> {
    /// The model of `catalog`, whose ledger (if it has one) is `ledger`.
    pub fn new(catalog: &'a Catalog, from: &'a Header, ledger: Option<&Ledger>) -> Model<'a> {
        let mut retired: Vec<Retired> = catalog
            .reserved
            .iter()
            .map(|r| Retired {
                code: r.code,
                name: r.name.clone(),
                note: r.note.clone(),
            })
            .collect();
        let removed = ledger
            .into_iter()
            .flat_map(Ledger::entries)
            .filter(|e| e.state == State::Removed || e.state == State::Reserved);
        for entry in removed {
            if catalog.code(entry.code).is_none() && !retired.iter().any(|r| r.code == entry.code) {
                retired.push(Retired {
                    code: entry.code,
                    name: entry.name.clone(),
                    note: (entry.state == State::Removed).then(|| "removed".to_owned()),
                });
            }
        }
        retired.sort_by_key(|r| r.code);
        Model {
            catalog,
            from,
            values: values::with_params(&catalog.codes),
            retired,
        }
    }

    /// The codes, in ascending order.
    pub fn codes(&self) -> &'a [Code] {
        &self.catalog.codes
    }
}

/// One language's export, written section by section by [`write`].
pub trait Writer {
    /// The start of the file: what it is, where it came from, imports.
    fn start(&mut self, model: &Model<'_>);
    /// The codes: numbers and names, each former name a deprecated name of
    /// the same number, each deprecated code marked in the language's way;
    /// the lookup of a number, which never fails on an unknown one.
    fn codes(&mut self, model: &Model<'_>);
    /// Each code's message, and in a language (the translation, else the
    /// message).
    fn messages(&mut self, model: &Model<'_>);
    /// Each code's HTTP status, title and descriptions by language.
    fn metadata(&mut self, model: &Model<'_>);
    /// Each code's gRPC status (only when the catalog uses gRPC).
    fn grpc(&mut self, model: &Model<'_>);
    /// The codes of each tag and a code's tag test (only when the catalog
    /// declares tags).
    fn tags(&mut self, model: &Model<'_>);
    /// The numbers no code may use (only when there are any).
    fn retired(&mut self, model: &Model<'_>);
    /// For each code with values: its typed values, the formatted message
    /// (in a language too), and the values read back from a message (only
    /// when a code has values).
    fn values(&mut self, model: &Model<'_>);
    /// The export's text.
    fn finish(self) -> String;
}

/// Writes the export of `model` with `writer`: every section, in order,
/// each only when the catalog has what it is about.
pub fn write(model: &Model<'_>, mut writer: impl Writer) -> String {
    writer.start(model);
    writer.codes(model);
    writer.messages(model);
    writer.metadata(model);
    if model.catalog.uses_grpc() {
        writer.grpc(model);
    }
    if !model.catalog.tags.is_empty() {
        writer.tags(model);
    }
    if !model.retired.is_empty() {
        writer.retired(model);
    }
    if !model.values.is_empty() {
        writer.values(model);
    }
    writer.finish()
}
