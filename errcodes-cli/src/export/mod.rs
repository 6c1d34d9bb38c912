//! `errcodes export`: the catalog for other languages and tools.
//!
//! Every output starts with a header naming the catalog it came from and
//! saying it is generated (for JSON, a `generated` member), and is the same
//! for the same catalog, byte for byte.

mod c;
mod csharp;
mod go;
mod java;
mod json;
mod model;
mod names;
mod openapi;
mod proto;
mod python;
mod template;
mod typescript;
mod values;

use std::path::PathBuf;

use clap::ValueEnum;
use errcodes_catalog::{Catalog, Ledger};

use model::Model;

use crate::{load, CatalogArg, Outcome};

/// `errcodes export`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
    /// What to write.
    #[arg(long, value_enum, required_unless_present = "template")]
    format: Option<Format>,
    /// Render this template (minijinja: Jinja2's syntax) over the JSON
    /// export, for a language `--format` does not write.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["format", "package"])]
    template: Option<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The package: for `go`, a Go package name (default `errcodes`); for
    /// `java`, a Java package (default `errcodes`); for `proto`, a proto
    /// package (default `errcodes.v1`).
    #[arg(long)]
    package: Option<String>,
    /// The prefix of the C header's identifiers (`--format c`):
    /// `PREFIX_OBJECT_NOT_FOUND`, `prefix_message()`.
    #[arg(long, default_value = "errcodes", value_parser = c::prefix)]
    prefix: String,
    /// The namespace of the C# file (`--format csharp`).
    #[arg(long, default_value = "Errcodes", value_parser = csharp::namespace)]
    namespace: String,
    /// The OpenAPI version of `--format openapi`.
    #[arg(long, value_enum, default_value = "3.1")]
    openapi: openapi::Version,
    /// Export the codes of these groups only (and their sub-groups), as
    /// `error_codes!(…, groups = […])` selects them.
    #[arg(long, value_delimiter = ',', value_name = "KEY,…")]
    groups: Vec<String>,
    /// Export the codes with any of these tags.
    #[arg(long, value_delimiter = ',', value_name = "KEY,…")]
    tags: Vec<String>,
    /// Export these codes.
    #[arg(long, value_delimiter = ',', value_name = "NUMBER,…")]
    codes: Vec<u32>,
    /// Leave these codes out.
    #[arg(long, value_delimiter = ',', value_name = "NUMBER,…")]
    exclude: Vec<u32>,
}

/// The export formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// The whole catalog as JSON (`"format": 1`).
    Json,
    /// A TypeScript module: `ErrorCode`, a union type of the numbers, `messages`, `fromCode`.
    Typescript,
    /// A Python module: an `enum.IntEnum` and `MESSAGES`.
    Python,
    /// A Go package: typed constants and `Message(code)`.
    Go,
    /// A C99 header (also C++ and Objective-C): an enum, an X-macro list, lookups.
    C,
    /// A proto3 file: `enum ErrorCode`, with the reserved numbers and names.
    Proto,
    /// A Java 17 source file `ErrorCode.java`: an enum, and a record per code with values.
    Java,
    /// A C# file: `enum ErrorCode : uint`, lookups as extension methods, a class per code with values.
    Csharp,
    /// An OpenAPI document: the code enum, `Problem`, and a response per HTTP status.
    Openapi,
}

pub fn run(args: &Args) -> Outcome {
    let Some(format) = args.format else {
        return with_template(args);
    };
    let package = match package(args, format) {
        Ok(package) => package,
        Err(message) => {
            eprintln!("errcodes: {message}");
            return Outcome::Usage;
        }
    };
    let (catalog, from, ledger) = match inputs(args) {
        Ok(inputs) => inputs,
        Err(outcome) => return outcome,
    };
    let clashes = names::clashes(&catalog, format);
    if !clashes.is_empty() {
        for clash in &clashes {
            load::problem(&format_args!("errcodes: {clash}"));
        }
        return Outcome::Problems;
    }
    let model = Model::new(&catalog, &from, ledger.as_ref());
    let text = render(&model, format, args, &package);
    load::write(args.out.as_ref(), &text)
}

/// What every export is made from: the valid catalog, where it came from,
/// and the ledger beside it (if any); or `Err` after printing why not.
fn inputs(args: &Args) -> Result<(Catalog, Header, Option<Ledger>), Outcome> {
    let catalog = load::catalog(&args.catalog.catalog)?;
    let selection = errcodes_catalog::Selection {
        groups: args.groups.clone(),
        codes: args.codes.clone(),
        tags: args.tags.clone(),
        exclude: args.exclude.clone(),
    };
    // A subset, as the macro selects one; its problems are the macro's.
    let (catalog, problems) = errcodes_catalog::select(catalog, &selection);
    if !problems.is_empty() {
        for problem in &problems {
            load::problem(&format_args!("errcodes: {}", problem.message));
        }
        return Err(Outcome::Usage);
    }
    let from = Header {
        source: args.catalog.catalog.display().to_string(),
    };
    let (ledger, problems) = load::ledger(&args.catalog.catalog);
    if !problems.is_empty() {
        for problem in &problems {
            load::problem(problem);
        }
        return Err(Outcome::Problems);
    }
    Ok((catalog, from, ledger))
}

/// `export --template FILE`.
fn with_template(args: &Args) -> Outcome {
    let Some(path) = &args.template else {
        eprintln!("errcodes: give --format or --template");
        return Outcome::Usage;
    };
    let shown = path.display().to_string();
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(err) => {
            eprintln!("errcodes: cannot read the template {shown}: {err}");
            return Outcome::Usage;
        }
    };
    let (catalog, from, ledger) = match inputs(args) {
        Ok(inputs) => inputs,
        Err(outcome) => return outcome,
    };
    let model = Model::new(&catalog, &from, ledger.as_ref());
    let mut document = json::document(&model);
    document["generated"] = from.generated(&format!("--template {shown}")).into();
    match template::render(&shown, &source, &document) {
        Ok(text) => load::write(args.out.as_ref(), &text),
        Err(problem) => {
            load::problem(&format_args!("errcodes: {problem}"));
            Outcome::Problems
        }
    }
}

/// The `--package` of the format: checked, or its default.
fn package(args: &Args, format: Format) -> Result<String, String> {
    let given = args.package.as_deref();
    match format {
        Format::Go => go::package_name(given.unwrap_or("errcodes")),
        Format::Proto => proto::package_name(given.unwrap_or("errcodes.v1")),
        Format::Java => java::package_name(given.unwrap_or("errcodes")),
        format => match given {
            Some(_) => Err(format!(
                "--package is for `--format go`, `java` and `proto`, not {}",
                format.label()
            )),
            None => Ok(String::new()),
        },
    }
    .map_err(|why| format!("--package: {why}"))
}

fn render(model: &Model<'_>, format: Format, args: &Args, package: &str) -> String {
    match format {
        Format::Json => json::render(model),
        Format::Typescript => model::write(model, typescript::TypeScript::default()),
        Format::Python => model::write(model, python::Python::default()),
        Format::Go => model::write(model, go::Go::new(package)),
        Format::C => model::write(model, c::C::new(&args.prefix)),
        Format::Proto => model::write(model, proto::Proto::new(package)),
        Format::Java => model::write(model, java::Java::new(package)),
        Format::Csharp => model::write(model, csharp::CSharp::new(&args.namespace)),
        Format::Openapi => openapi::render(model, args.openapi),
    }
}

impl Format {
    /// The format as the user names it in prose.
    fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Typescript => "TypeScript",
            Format::Python => "Python",
            Format::Go => "Go",
            Format::C => "C",
            Format::Proto => "proto",
            Format::Java => "Java",
            Format::Csharp => "C#",
            Format::Openapi => "OpenAPI",
        }
    }
}

/// Where an export came from, for its header.
pub struct Header {
    /// The catalog's path as given on the command line.
    pub source: String,
}

impl Header {
    /// "Generated by errcodes X from PATH; do not edit …", without comment markers.
    pub fn line(&self, format: &str) -> String {
        self.generated(&format!("--format {format}"))
    }

    /// The same line for the export made with `how` (`--template FILE`).
    pub fn generated(&self, how: &str) -> String {
        format!(
            "Generated by errcodes {} from {}. Do not edit: change the catalog and run `errcodes export {}`.",
            env!("CARGO_PKG_VERSION"),
            crate::text::one_line(&self.source),
            crate::text::one_line(how)
        )
    }
}
