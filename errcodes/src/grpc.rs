//! gRPC status codes, and (feature `tonic`) codes as `tonic::Status` and back.

use core::fmt;

/// A canonical gRPC status code (`google.rpc.Code`): what
/// `ErrorCode::grpc_code()` gives, from the catalog's `grpc`, the code's
/// group's, or `default_grpc` (`UNKNOWN` when none is given).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GrpcCode {
    /// 0: not an error.
    Ok,
    /// 1: the operation was cancelled, typically by the caller.
    Cancelled,
    /// 2: an unknown error.
    Unknown,
    /// 3: the client gave an invalid argument.
    InvalidArgument,
    /// 4: the deadline expired before the operation could complete.
    DeadlineExceeded,
    /// 5: something requested was not found.
    NotFound,
    /// 6: something the client tried to create already exists.
    AlreadyExists,
    /// 7: the caller may not do this.
    PermissionDenied,
    /// 8: a resource (a quota, space) has been exhausted.
    ResourceExhausted,
    /// 9: the system is not in a state the operation requires.
    FailedPrecondition,
    /// 10: the operation was aborted, typically by a concurrency conflict.
    Aborted,
    /// 11: the operation was attempted past the valid range.
    OutOfRange,
    /// 12: the operation is not implemented or supported.
    Unimplemented,
    /// 13: an internal error.
    Internal,
    /// 14: the service is currently unavailable; retrying may help.
    Unavailable,
    /// 15: unrecoverable data loss or corruption.
    DataLoss,
    /// 16: the request lacks valid credentials.
    Unauthenticated,
}

/// Every code, in order of number.
const ALL: [GrpcCode; 17] = [
    GrpcCode::Ok,
    GrpcCode::Cancelled,
    GrpcCode::Unknown,
    GrpcCode::InvalidArgument,
    GrpcCode::DeadlineExceeded,
    GrpcCode::NotFound,
    GrpcCode::AlreadyExists,
    GrpcCode::PermissionDenied,
    GrpcCode::ResourceExhausted,
    GrpcCode::FailedPrecondition,
    GrpcCode::Aborted,
    GrpcCode::OutOfRange,
    GrpcCode::Unimplemented,
    GrpcCode::Internal,
    GrpcCode::Unavailable,
    GrpcCode::DataLoss,
    GrpcCode::Unauthenticated,
];

impl GrpcCode {
    /// The number, 0 to 16, as `google.rpc.Code` gives it.
    #[inline]
    #[must_use]
    pub const fn number(self) -> i32 {
        self as i32
    }

    /// The code numbered `number`, if there is one.
    #[inline]
    #[must_use]
    pub const fn from_number(number: i32) -> Option<GrpcCode> {
        let mut index = 0;
        while index < ALL.len() {
            if ALL[index].number() == number {
                return Some(ALL[index]);
            }
            index += 1;
        }
        None
    }

    /// The canonical name: `"NOT_FOUND"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            GrpcCode::Ok => "OK",
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::Unknown => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
        }
    }
}

/// The canonical name.
impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names() {
        for (n, code) in ALL.iter().enumerate() {
            let n = i32::try_from(n).unwrap();
            assert_eq!(code.number(), n);
            assert_eq!(GrpcCode::from_number(n), Some(*code));
        }
        assert_eq!(GrpcCode::from_number(17), None);
        assert_eq!(GrpcCode::from_number(-1), None);
        assert_eq!(GrpcCode::FailedPrecondition.as_str(), "FAILED_PRECONDITION");
        assert_eq!(GrpcCode::Unauthenticated.number(), 16);
    }
}

#[cfg(feature = "tonic")]
mod status {
    use std::borrow::ToOwned as _;
    use std::collections::HashMap;
    use std::string::{String, ToString};

    use tonic_types::{ErrorDetails, StatusExt};

    use crate::{Code, Entry, GrpcCode, Open};

    impl From<GrpcCode> for tonic::Code {
        fn from(code: GrpcCode) -> tonic::Code {
            tonic::Code::from_i32(code.number())
        }
    }

    /// The status of `entry`'s code, with `message`: its gRPC code, and
    /// with the catalog's `grpc_domain` a `google.rpc.ErrorInfo` detail
    /// whose `reason` is the name, `domain` the catalog's, and metadata
    /// `code` (the number) and `values` (the parameters').
    pub(crate) fn status_of(
        entry: Entry,
        message: String,
        values: impl IntoIterator<Item = (String, String)>,
    ) -> tonic::Status {
        let code = tonic::Code::from(entry.grpc_code());
        let Some(domain) = entry.grpc_domain() else {
            return tonic::Status::new(code, message);
        };
        let mut metadata: HashMap<String, String> = values.into_iter().collect();
        metadata.insert("code".to_owned(), entry.code().to_string());
        let details = ErrorDetails::with_error_info(entry.name(), domain, metadata);
        tonic::Status::with_error_details(code, message, details)
    }

    impl<C: Code> Open<C> {
        /// The code a status carries, read from its `google.rpc.ErrorInfo`
        /// when that detail's `domain` is the catalog's: by its `code`
        /// metadata (a number the catalog lacks is [`Open::Unknown`]), else
        /// by its `reason` (the name, former names included). `None` for a
        /// status without such a detail.
        #[must_use]
        pub fn from_status(status: &tonic::Status) -> Option<Open<C>> {
            let domain = C::ALL.first()?.entry().grpc_domain()?;
            let info = status.get_details_error_info()?;
            if info.domain != domain {
                return None;
            }
            if let Some(number) = info
                .metadata
                .get("code")
                .and_then(|n| n.parse::<u32>().ok())
            {
                return Some(Open::from(number));
            }
            C::from_name(&info.reason).map(Open::Known)
        }
    }
}

#[cfg(feature = "tonic")]
pub(crate) use status::status_of;
