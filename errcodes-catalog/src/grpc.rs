//! gRPC statuses: the canonical codes of `google.rpc.Code`, a code's status
//! (its own `grpc`, else its nearest group's, else the catalog's
//! `default_grpc`, else `UNKNOWN`), and the rules of `grpc_domain`.

use crate::diag::{did_you_mean, Problem};
use crate::read::{Placed, RawCode};

pub use errcodes_core::GrpcCode;

/// AIP-193's limit on `ErrorInfo.reason`, which is a code's name.
pub const MAX_REASON: usize = 63;

/// The status `value` names, or the problem with it (`field` is the key it
/// was written under).
pub(crate) fn status(
    value: &Placed<String>,
    field: &str,
    problems: &mut Vec<Problem>,
) -> Option<GrpcCode> {
    let name = value.value.as_str();
    match GrpcCode::from_name(name) {
        Some(GrpcCode::Ok) => {
            problems.push(Problem::at(
                value.at,
                format!("`{field}` is OK, which is not an error"),
                "an error code is never OK: choose the status a client should see, e.g. FAILED_PRECONDITION",
            ));
            None
        }
        Some(code) => Some(code),
        None => {
            let names = GrpcCode::ALL[1..].iter().map(|c| c.as_str());
            let upper = name.to_ascii_uppercase();
            let fix = match GrpcCode::from_name(&upper) {
                Some(code) if code != GrpcCode::Ok => format!("write it in capitals: `{upper}`"),
                _ => match did_you_mean(&upper, names.clone()) {
                    Some(hint) => hint,
                    None => format!(
                        "use a canonical gRPC code: {}",
                        names.collect::<Vec<_>>().join(", ")
                    ),
                },
            };
            problems.push(Problem::at(
                value.at,
                format!("`{name}` is not a gRPC status code"),
                fix,
            ));
            None
        }
    }
}

/// The problem with a `grpc_domain`, if any: it names the service, so it
/// is one word of visible characters.
pub(crate) fn domain(value: &Placed<String>, problems: &mut Vec<Problem>) -> Option<String> {
    let domain = &value.value;
    if domain.is_empty() || domain.chars().any(|c| c.is_whitespace() || c.is_control()) {
        problems.push(Problem::at(
            value.at,
            format!("`grpc_domain` {domain:?} is not a domain"),
            "write the service's name, without spaces, e.g. `grpc_domain: billing.example.com`",
        ));
        return None;
    }
    Some(domain.clone())
}

/// With `grpc_domain`, each name is an `ErrorInfo.reason`: the problem with
/// every name longer than AIP-193 allows.
pub(crate) fn reasons(codes: &[RawCode], problems: &mut Vec<Problem>) {
    for name in codes.iter().map(|code| &code.name) {
        if name.value.len() > MAX_REASON {
            problems.push(Problem::at(
                name.at,
                format!(
                    "name {} is {} characters long; with `grpc_domain` it is the gRPC `ErrorInfo.reason`, at most {MAX_REASON}",
                    name.value,
                    name.value.len(),
                ),
                "shorten the name (keep the old one in `aliases` if it was published)",
            ));
        }
    }
}
