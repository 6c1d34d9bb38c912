//! The runtime of [errcodes](https://docs.rs/errcodes): the [`Code`] trait,
//! [`Entry`], the tables generated enums read, the wire types and the
//! bundled LeanCloud catalog — everything but the `error_codes!` macro.
//!
//! Depend on `errcodes`, which re-exports all of this (and the macro), not
//! on this crate: its versions are matched exactly. It is a crate of its
//! own so that a build compiles it beside the macro's pipeline instead of
//! after it.

#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(clippy::pedantic, missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// Lets the generated code name this crate `::errcodes` from inside it too.
extern crate self as errcodes;

#[doc(hidden)]
pub mod __private;
mod args;
#[cfg(feature = "axum")]
mod axum;
mod code;
mod docs_url;
mod entry;
mod error;
mod group;
mod grpc;
mod open;
#[cfg(feature = "utoipa")]
mod openapi;
#[cfg(feature = "problem")]
mod problem;
mod reader;
mod tag;

#[cfg(feature = "leancloud")]
pub mod leancloud;

pub use args::{Args, Localized, Param, ParamKind, Value, Values};
#[cfg(feature = "axum")]
pub use axum::AcceptLanguage;
pub use code::Code;
pub use docs_url::DocsUrl;
pub use entry::Entry;
pub use error::{UnknownCode, UnknownName};
pub use group::Group;
pub use grpc::GrpcCode;
pub use open::Open;
#[cfg(feature = "problem")]
pub use problem::{Member, Problem, CONTENT_TYPE as PROBLEM_CONTENT_TYPE};
pub use tag::Tag;
