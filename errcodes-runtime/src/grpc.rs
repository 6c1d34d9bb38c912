//! gRPC status codes (defined in `errcodes-core`, shared with the catalog
//! pipeline), and (feature `tonic`) codes as `tonic::Status` and back.

pub use errcodes_core::GrpcCode;

#[cfg(feature = "tonic")]
mod status {
    use std::borrow::ToOwned as _;
    use std::collections::HashMap;
    use std::string::{String, ToString};

    use tonic_types::{ErrorDetails, StatusExt};

    use crate::{Code, Entry, Open};

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
