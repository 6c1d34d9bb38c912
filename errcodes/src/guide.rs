//! The guide: everything about errcodes beyond the API reference, a page a
//! module. Every Rust example on these pages is a doctest, and every YAML
//! catalog is checked by the catalog pipeline in the test suite, so a page
//! cannot show code that does not build or a catalog the build rejects.
//!
//! | page | what it covers |
//! |---|---|
//! | [`catalog_format`] | every field of the YAML catalog and the rules the build enforces |
//! | [`editors`] | the catalog's JSON Schema: completion and checking as it is typed |
//! | [`generated_api`] | what `error_codes!` generates, and how to use it |
//! | [`generated_code`] | the macro, or the same code checked in with `errcodes generate` |
//! | [`parameters`] | messages with typed values: formatting, translations, parsing back |
//! | [`tags`] | properties that cut across groups |
//! | [`subsets`] | a per-service enum from a shared catalog |
//! | [`lifecycle`] | deprecation, aliases, reserved numbers, the ledger, `diff` |
//! | [`wire`] | `Open` codes, problem details, axum, tonic |
//! | [`command`] | the `errcodes` command, and the pipeline as a library |
//! | [`exports`] | JSON, TypeScript, Python, Go, Java, C#, C, protobuf and template exports |
//! | [`site`] | explanations, and the error-code site: a page per code, search, languages |
//! | [`diagnostics`] | what a broken catalog reports, and how fast |
//! | [`leancloud`] | the bundled LeanCloud catalog |
//! | [`performance`] | lookups, expansion and compile cost |
//! | [`no_std_and_features`] | the optional features, `no_std`, strict lints, the MSRV |
//! | [`testing`] | how errcodes is tested |
//! | [`alternatives`] | errcodes beside other ways of keeping error codes |

#[doc = include_str!("../docs/guide/catalog_format.md")]
pub mod catalog_format {}

#[doc = include_str!("../docs/guide/editors.md")]
pub mod editors {}

#[doc = include_str!("../docs/guide/generated_api.md")]
pub mod generated_api {}

#[doc = include_str!("../docs/guide/generated_code.md")]
pub mod generated_code {}

#[doc = include_str!("../docs/guide/parameters.md")]
pub mod parameters {}

#[doc = include_str!("../docs/guide/tags.md")]
pub mod tags {}

#[doc = include_str!("../docs/guide/subsets.md")]
pub mod subsets {}

#[doc = include_str!("../docs/guide/lifecycle.md")]
pub mod lifecycle {}

#[doc = include_str!("../docs/guide/wire.md")]
pub mod wire {}

#[doc = include_str!("../docs/guide/command.md")]
pub mod command {}

#[doc = include_str!("../docs/guide/exports.md")]
pub mod exports {}

#[doc = include_str!("../docs/guide/site.md")]
// The picture of the LeanCloud site's index the page ends on, written by
// the site's browser test (`ERRCODES_BLESS=1`) as a `data:` address, so it
// shows wherever the documentation is read, offline too.
#[doc = concat!(
    "\n\n![The index of the LeanCloud error-code site: a search box, a group filter, a language switch and the table of codes](data:image/png;base64,",
    include_str!("../docs/guide/site.png.base64"),
    ")\n"
)]
pub mod site {}

#[doc = include_str!("../docs/guide/diagnostics.md")]
pub mod diagnostics {}

#[doc = include_str!("../docs/guide/leancloud.md")]
pub mod leancloud {}

#[doc = include_str!("../docs/guide/performance.md")]
pub mod performance {}

#[doc = include_str!("../docs/guide/no_std_and_features.md")]
pub mod no_std_and_features {}

#[doc = include_str!("../docs/guide/testing.md")]
pub mod testing {}

#[doc = include_str!("../docs/guide/alternatives.md")]
pub mod alternatives {}
