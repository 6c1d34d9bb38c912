//! The closed sets errcodes' runtime (`errcodes`, `no_std`) and its catalog
//! pipeline (`errcodes-catalog`) both use, defined once so the two cannot
//! drift: the gRPC status codes, the parameter types, the parts of a message
//! template, and the hash of the generated name tables. Depend on `errcodes`, which re-exports them.

#![no_std]
#![forbid(unsafe_code)]
#![warn(clippy::pedantic, missing_docs)]

mod grpc;
mod hash;
mod param;
mod piece;
mod wire;

pub use grpc::GrpcCode;
pub use hash::fnv1a;
pub use param::ParamKind;
pub use piece::Piece;
pub use wire::lower_camel;
