//! gRPC's canonical status codes.

use core::fmt;

/// A canonical gRPC status code (`google.rpc.Code`): what
/// `ErrorCode::grpc_code()` gives, from the catalog's `grpc`, the code's
/// group's, or `default_grpc` (`UNKNOWN` when none is given).
///
/// A closed set: the 17 codes gRPC has had since its first release, matched
/// exhaustively wherever errcodes handles them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

impl GrpcCode {
    /// Every code, in order of number.
    pub const ALL: [GrpcCode; 17] = [
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
}

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
        while index < GrpcCode::ALL.len() {
            if GrpcCode::ALL[index].number() == number {
                return Some(GrpcCode::ALL[index]);
            }
            index += 1;
        }
        None
    }

    /// The code whose canonical name is `name` (`"NOT_FOUND"`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        GrpcCode::ALL.into_iter().find(|code| code.as_str() == name)
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

/// The code as tonic numbers it (feature `tonic` of `errcodes`).
#[cfg(feature = "tonic")]
impl From<GrpcCode> for tonic::Code {
    fn from(code: GrpcCode) -> tonic::Code {
        tonic::Code::from_i32(code.number())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names() {
        for (n, code) in GrpcCode::ALL.iter().enumerate() {
            assert_eq!(GrpcCode::from_name(code.as_str()), Some(*code));
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
