//! Catalog codes over gRPC: a real tonic server on `127.0.0.1:0` answers
//! with catalog codes (a full catalog's, a subset's, a struct of values),
//! and a real tonic client reads the status, the message and the
//! `google.rpc.ErrorInfo` back, and `Open::from_status` recovers the code.
//!
//! The service is gRPC's health-checking one (`tonic-health`'s generated
//! code, so no protoc is needed), implemented here so that `check` answers
//! with the error the requested "service" names.

use std::time::Duration;

use errcodes::{Code, GrpcCode, Open};
use tonic::transport::{Channel, Server};
use tonic::{Request, Response, Status};
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::health_server::{Health, HealthServer};
use tonic_health::pb::{HealthCheckRequest, HealthCheckResponse};
use tonic_types::StatusExt;

errcodes::error_codes!("../catalogs/grpc.yaml");

/// The card service's subset.
mod card {
    errcodes::error_codes!(
        "../catalogs/grpc.yaml",
        name = CardError,
        groups = ["card"],
        parent = super::ErrorCode,
    );
}

/// Answers every check with the error its service name asks for.
struct Failing;

#[tonic::async_trait]
impl Health for Failing {
    async fn check(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        Err(match request.into_inner().service.as_str() {
            "declined" => Status::from(ErrorCode::CardDeclined),
            "subset" => Status::from(card::CardError::CardChallengeFailed),
            "limited" => ErrorCode::RateLimited.into(),
            "default" => ErrorCode::LedgerUnavailable.into(),
            "refund" => error_code::RefundTooLarge {
                amount: 1500,
                remaining_total: 900,
            }
            .into(),
            _ => Status::not_found("no such check"),
        })
    }

    type WatchStream = tokio_stream::Empty<Result<HealthCheckResponse, Status>>;

    async fn watch(
        &self,
        _: Request<HealthCheckRequest>,
    ) -> Result<Response<Self::WatchStream>, Status> {
        Err(Status::unimplemented("watch"))
    }
}

/// The server on a fresh loopback port, and a client connected to it.
async fn serve() -> HealthClient<Channel> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    tokio::spawn(
        Server::builder()
            .add_service(HealthServer::new(Failing))
            .serve_with_incoming(incoming),
    );
    let endpoint = Channel::from_shared(format!("http://{address}")).unwrap();
    let channel = tokio::time::timeout(Duration::from_secs(30), endpoint.connect())
        .await
        .expect("the server accepts within 30 s")
        .unwrap();
    HealthClient::new(channel)
}

/// The status the server answers the check of `service` with.
async fn fails(client: &mut HealthClient<Channel>, service: &str) -> Status {
    let request = HealthCheckRequest {
        service: service.to_owned(),
    };
    let answer = tokio::time::timeout(Duration::from_secs(30), client.check(request))
        .await
        .expect("the server answers within 30 s");
    answer.expect_err("every check fails")
}

#[tokio::test]
async fn a_tonic_client_reads_catalog_codes_back() {
    let mut client = serve().await;

    // A group's status, the message, and the ErrorInfo.
    let status = fails(&mut client, "declined").await;
    assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    assert_eq!(status.message(), "The card was declined.");
    let info = status
        .get_details_error_info()
        .expect("an ErrorInfo detail");
    assert_eq!(
        (info.reason.as_str(), info.domain.as_str()),
        ("CARD_DECLINED", "billing.example.com")
    );
    assert_eq!(info.metadata["code"], "4001");
    assert_eq!(
        Open::<ErrorCode>::from_status(&status),
        Some(Open::Known(ErrorCode::CardDeclined))
    );

    // A subset's code: its sub-group inherits `card`'s status.
    let status = fails(&mut client, "subset").await;
    assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    assert_eq!(
        Open::<ErrorCode>::from_status(&status),
        Some(Open::Known(ErrorCode::CardChallengeFailed))
    );

    // A code's own status wins; a client whose subset lacks the code keeps
    // its number.
    let status = fails(&mut client, "limited").await;
    assert_eq!(status.code(), tonic::Code::ResourceExhausted);
    assert_eq!(
        Open::<card::CardError>::from_status(&status),
        Some(Open::Unknown(4290))
    );

    // No status of its own or its group's: the catalog's default.
    let status = fails(&mut client, "default").await;
    assert_eq!(status.code(), tonic::Code::Internal);

    // A struct of values: the formatted message, the values as metadata.
    let status = fails(&mut client, "refund").await;
    assert_eq!(status.code(), tonic::Code::OutOfRange);
    assert_eq!(
        status.message(),
        "Refund of 1500 cents exceeds the remaining 900."
    );
    let info = status.get_details_error_info().unwrap();
    assert_eq!(info.reason, "REFUND_TOO_LARGE");
    assert_eq!(info.metadata["amount"], "1500");
    assert_eq!(info.metadata["remainingTotal"], "900");
    assert_eq!(info.metadata["code"], "4105");
    assert_eq!(
        Open::<ErrorCode>::from_status(&status).and_then(Open::known),
        Some(ErrorCode::RefundTooLarge)
    );
    let back = error_code::RefundTooLarge::parse(status.message()).unwrap();
    assert_eq!(back.remaining_total, 900);

    // A status that is not one of ours.
    let status = fails(&mut client, "other").await;
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(Open::<ErrorCode>::from_status(&status), None);
}

#[test]
fn statuses_and_error_info_without_a_network() {
    assert_eq!(
        ErrorCode::CardDeclined.grpc_code(),
        GrpcCode::FailedPrecondition
    );
    assert_eq!(
        Code::grpc_code(ErrorCode::RateLimited),
        GrpcCode::ResourceExhausted
    );
    const STATUS: GrpcCode = ErrorCode::LedgerUnavailable.grpc_code();
    assert_eq!(STATUS.as_str(), "INTERNAL");
    // Another domain's ErrorInfo is not ours.
    let foreign = Status::with_error_details(
        tonic::Code::Internal,
        "x",
        tonic_types::ErrorDetails::with_error_info(
            "CARD_DECLINED",
            "other.example.com",
            std::collections::HashMap::from([("code".to_owned(), "4001".to_owned())]),
        ),
    );
    assert_eq!(Open::<ErrorCode>::from_status(&foreign), None);
    // Without the `code` metadata, the reason names the code, former names
    // included.
    let by_reason = Status::with_error_details(
        tonic::Code::Internal,
        "x",
        tonic_types::ErrorDetails::with_error_info(
            "THREE_DS_FAILED",
            "billing.example.com",
            std::collections::HashMap::new(),
        ),
    );
    assert_eq!(
        Open::<ErrorCode>::from_status(&by_reason),
        Some(Open::Known(ErrorCode::CardChallengeFailed))
    );
}
