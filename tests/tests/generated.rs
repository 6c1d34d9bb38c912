//! A module written by `errcodes generate` behaves as the macro's expansion
//! of the same catalog with the same arguments: both are compiled here side
//! by side, for the LeanCloud catalog, a subset of it (with its parent),
//! the catalog of messages with values, the tags catalog, the gRPC catalog
//! and a catalog with renamed codes, and every public item is compared —
//! each code's number, name, messages, translations, descriptions, titles,
//! statuses, tags, deprecation and links; lookups by every number around
//! the catalog's and by every name and former name; formatting; serde;
//! problem details; the values' formatting and parsing; the subset's
//! conversions. (`errcodes-cli/tests/generate.rs` keeps the modules current.)

use std::fmt::{Debug, Display};

use errcodes::{Args, Code};

mod by_macro {
    pub mod leancloud {
        errcodes::error_codes!("../codes.yaml", non_exhaustive = true);
    }
    pub mod sms {
        errcodes::error_codes!(
            "../codes.yaml",
            name = SmsError,
            groups = ["sms"],
            parent = super::leancloud::ErrorCode
        );
    }
    pub mod params {
        errcodes::error_codes!("catalogs/params.yaml");
    }
    pub mod tags {
        errcodes::error_codes!("catalogs/tags.yaml");
    }
    pub mod grpc {
        errcodes::error_codes!("catalogs/grpc.yaml", name = PaymentError, vis = pub(crate));
    }
    pub mod renamed {
        errcodes::error_codes!("catalogs/renamed.yaml", non_exhaustive = true);
    }
}

/// The modules `errcodes generate` wrote for the same catalogs and
/// arguments (at the top level: a `#[path]` is relative to this file).
mod generated {
    pub(crate) use super::{
        generated_grpc as grpc, generated_params as params, generated_renamed as renamed,
        generated_sms as sms, generated_tags as tags,
    };
    /// The LeanCloud catalog's module is the runtime crate's own
    /// (`errcodes generate --non-exhaustive`, kept current by CI).
    pub(crate) use errcodes::leancloud;
}
#[path = "../generated/grpc.rs"]
mod generated_grpc;
#[path = "../generated/params.rs"]
mod generated_params;
/// The same catalog written with `--tables packed` (the macro's tables, as
/// `generate` writes catalogs of more than 1,000 codes).
#[path = "../generated/params_packed.rs"]
mod generated_params_packed;
#[path = "../generated/renamed.rs"]
mod generated_renamed;
#[path = "../generated/sms.rs"]
mod generated_sms;
#[path = "../generated/tags.rs"]
mod generated_tags;

/// Languages to ask for: the catalog's, and ones it does not have.
const ASKED: &[&str] = &["en", "zh", "fr", "de", "", "EN", "zh-Hans"];

/// Every accessor of every code of `A` and `B` gives the same answer, and
/// so do the lookups of every number up to past the largest code and of
/// every name, former name and near miss.
fn same_codes<A, B>()
where
    A: Code + Debug + Display + PartialEq + serde::Serialize,
    B: Code + Debug + Display + PartialEq + serde::Serialize,
{
    assert_eq!(A::ALL.len(), B::ALL.len());
    let name_of = |entry: errcodes::Entry| entry.name();
    for (&a, &b) in A::ALL.iter().zip(B::ALL) {
        let (x, y) = (a.entry(), b.entry());
        let at = x.name();
        assert_eq!(x.code(), y.code(), "{at}");
        assert_eq!(x.name(), y.name(), "{at}");
        assert_eq!(x.message(), y.message(), "{at}");
        assert_eq!(x.also(), y.also(), "{at}");
        assert_eq!(x.messages(), y.messages(), "{at}");
        assert_eq!(x.group(), y.group(), "{at}");
        assert_eq!(x.http_status(), y.http_status(), "{at}");
        assert_eq!(x.status(), y.status(), "{at}");
        assert_eq!(
            x.docs_url().map(|u| u.to_string()),
            y.docs_url().map(|u| u.to_string()),
            "{at}"
        );
        assert_eq!(x.params(), y.params(), "{at}");
        assert_eq!(x.tags(), y.tags(), "{at}");
        assert!(x.wire_tags().eq(y.wire_tags()), "{at}");
        assert_eq!(x.grpc_code(), y.grpc_code(), "{at}");
        assert_eq!(x.grpc_domain(), y.grpc_domain(), "{at}");
        assert_eq!(x.title(), y.title(), "{at}");
        assert_eq!(x.deprecated(), y.deprecated(), "{at}");
        assert!(x.descriptions().eq(y.descriptions()), "{at}");
        assert!(x.translations().eq(y.translations()), "{at}");
        for lang in ASKED {
            assert_eq!(x.description(lang), y.description(lang), "{at} {lang}");
            assert_eq!(x.translation(lang), y.translation(lang), "{at} {lang}");
            assert_eq!(
                x.title_translation(lang),
                y.title_translation(lang),
                "{at} {lang}"
            );
        }
        for tag in ["retryable", "client", "billing", "internal", "nope", ""] {
            assert_eq!(x.has_tag(tag), y.has_tag(tag), "{at} {tag}");
        }
        assert_eq!(a.to_string(), b.to_string(), "{at}");
        assert_eq!(format!("{a:#}"), format!("{b:#}"), "{at}");
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{at}");
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        let problem = |p: errcodes::Problem| serde_json::to_value(p).unwrap();
        assert_eq!(
            problem(errcodes::Problem::of(a)),
            problem(errcodes::Problem::of(b)),
            "{at}"
        );
        for name in [
            at.to_owned(),
            at.to_lowercase(),
            format!("{at}_"),
            at[1..].to_owned(),
        ] {
            assert_eq!(
                A::from_name(&name).map(|c| name_of(c.entry())),
                B::from_name(&name).map(|c| name_of(c.entry())),
                "{name}"
            );
        }
    }
    let last = A::ALL.iter().map(|c| c.entry().code()).max().unwrap_or(0);
    for number in (0..=last.saturating_add(2)).chain([u32::MAX - 1, u32::MAX]) {
        assert_eq!(
            A::from_code(number).map(|c| name_of(c.entry())),
            B::from_code(number).map(|c| name_of(c.entry())),
            "{number}"
        );
    }
    for name in ["", "OBJECT", "_", "NOT_A_CODE", "ÉTÉ"] {
        assert!(A::from_name(name).is_none() && B::from_name(name).is_none());
    }
}

/// The enum's inherent constants of both sides.
macro_rules! same_constants {
    ($a:ty, $b:ty) => {{
        assert_eq!(<$a>::LANGUAGES, <$b>::LANGUAGES);
        assert_eq!(<$a>::RESERVED, <$b>::RESERVED);
        assert_eq!(<$a>::GROUPS, <$b>::GROUPS);
        assert_eq!(<$a>::TAGS, <$b>::TAGS);
        let (a, b): (Vec<_>, Vec<_>) = (
            <$a>::ALL.iter().map(|c| (c.code(), c.name())).collect(),
            <$b>::ALL.iter().map(|c| (c.code(), c.name())).collect(),
        );
        assert_eq!(a, b);
    }};
}

#[test]
fn leancloud() {
    use by_macro::leancloud::{error_code as m, ErrorCode as M};
    use generated::leancloud::{error_code as g, ErrorCode as G};
    same_codes::<M, G>();
    same_constants!(M, G);
    assert_eq!(M::ObjectNotFound.code(), G::ObjectNotFound.code());
    assert_eq!(m::OBJECT_NOT_FOUND, g::OBJECT_NOT_FOUND);
    assert_eq!(
        M::ObjectNotFound.http_status_code(),
        G::ObjectNotFound.http_status_code()
    );
}

#[test]
fn a_subset_and_its_parent() {
    use by_macro::{leancloud::ErrorCode as MFull, sms::SmsError as M};
    use generated::{leancloud::ErrorCode as GFull, sms::SmsError as G};
    same_codes::<M, G>();
    same_constants!(M, G);
    assert!(!G::ALL.is_empty() && G::ALL.len() < GFull::ALL.len());
    for (&m, &g) in M::ALL.iter().zip(G::ALL) {
        assert_eq!(MFull::from(m).code(), GFull::from(g).code());
    }
    for (&m, &g) in MFull::ALL.iter().zip(GFull::ALL) {
        assert_eq!(
            M::try_from(m).map(|c| c.code()).map_err(|e| e.to_string()),
            G::try_from(g).map(|c| c.code()).map_err(|e| e.to_string())
        );
    }
}

#[test]
fn tags_and_grpc() {
    use by_macro::{grpc::PaymentError as MP, tags::ErrorCode as MT};
    use generated::{grpc::PaymentError as GP, tags::ErrorCode as GT};
    same_codes::<MT, GT>();
    same_constants!(MT, GT);
    same_codes::<MP, GP>();
    same_constants!(MP, GP);
    let tagged = |codes: &[MT]| codes.iter().map(|c| c.code()).collect::<Vec<_>>();
    let tagged_g = |codes: &[GT]| codes.iter().map(|c| c.code()).collect::<Vec<_>>();
    assert_eq!(
        tagged(
            &MT::ALL
                .iter()
                .copied()
                .filter(|c| c.is_retryable())
                .collect::<Vec<_>>()
        ),
        tagged_g(
            &GT::ALL
                .iter()
                .copied()
                .filter(|c| c.is_retryable())
                .collect::<Vec<_>>()
        )
    );
}

#[test]
#[allow(deprecated)]
fn renamed_codes_keep_their_former_names() {
    use by_macro::renamed::ErrorCode as M;
    use generated::renamed::ErrorCode as G;
    same_codes::<M, G>();
    same_constants!(M, G);
    for former in ["MAIL_TAKEN", "ADDRESS_TAKEN"] {
        assert_eq!(
            M::from_name(former).map(M::code),
            G::from_name(former).map(G::code)
        );
        assert!(G::from_name(former).is_some());
    }
    assert_eq!(M::MailTaken.code(), G::MailTaken.code());
}

/// Both sides' struct of values of one code read each text alike, and what
/// they read formats, localizes and converts alike.
macro_rules! same_values {
    ($a:ty, $b:ty, $($text:expr),+ $(,)?) => {{
        for text in [$($text),+] {
            let (a, b) = (<$a>::parse(text), <$b>::parse(text));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{text}");
            if let (Some(a), Some(b)) = (a, b) {
                assert_eq!(a.to_string(), b.to_string());
                for lang in ASKED {
                    assert_eq!(a.localized(lang).to_string(), b.localized(lang).to_string());
                }
                assert_eq!(
                    format!("{:?}", a.values().collect::<Vec<_>>()),
                    format!("{:?}", b.values().collect::<Vec<_>>())
                );
                assert_eq!(Args::code(&a).code(), Args::code(&b).code());
                let (pa, pb) = (errcodes::Problem::from(a), errcodes::Problem::from(b));
                assert_eq!(serde_json::to_value(&pa).unwrap(), serde_json::to_value(&pb).unwrap());
                assert_eq!(
                    format!("{:?}", <$a>::from_problem(&pa)),
                    format!("{:?}", <$b>::from_problem(&pb))
                );
            }
        }
    }};
}

#[test]
fn packed_tables_answer_as_rows_do() {
    use generated::params::ErrorCode as Rows;
    use generated_params_packed::ErrorCode as Packed;
    same_codes::<Rows, Packed>();
    same_constants!(Rows, Packed);
    same_codes::<by_macro::params::ErrorCode, Packed>();
}

#[test]
#[allow(deprecated)]
fn values_format_and_parse_alike() {
    use by_macro::params::{error_code as m, ErrorCode as M};
    use generated::params::{error_code as g, ErrorCode as G};
    same_codes::<M, G>();
    same_constants!(M, G);
    same_values!(
        m::InvalidFieldType<'_>,
        g::InvalidFieldType<'_>,
        "Invalid value type for field 'nick', expected type 'String', but got 'Number'.",
        "字段 'nick' 的类型无效：应为 'String'，实际为 'Number'。",
        "Type invalide pour le champ « a » : attendu « b », reçu « c ».",
        "Invalid value type for field '', expected type '', but got ''.",
        "",
        "Invalid value type for field 'x'"
    );
    same_values!(
        m::CqlSyntaxError,
        g::CqlSyntaxError,
        "CQL syntax error.Detail: Parse error at line 3, column 14",
        "CQL syntax error at line 3.",
        "CQL syntax error.Detail: Parse error at line -3, column 14",
        "CQL syntax error.Detail: Parse error at line 99999999999, column 1"
    );
    same_values!(
        m::RefundTooLarge,
        g::RefundTooLarge,
        "Refund of 1500 cents exceeds the remaining 900.",
        "退款 1500 分超过剩余的 900 分。",
        "Refund of 18446744073709551616 cents exceeds the remaining 0."
    );
    same_values!(
        m::BalanceOff<'_>,
        g::BalanceOff<'_>,
        "Balance off by -3 (0.25 of {limit}); rounding true; account acme (acme).",
        "Balance off by -3 (0.25 of {limit}); rounding true; account acme (other).",
        "Solde décalé de 7 (1e300 de {limite}) ; arrondi false ; compte x (x).",
        "Balance off by 3 (NaN of {limit}); rounding maybe; account a (a)."
    );
    same_values!(
        m::RetryLater,
        g::RetryLater,
        "Retry in 30 s (attempt 2).",
        "Retry in -1 s (attempt 0)."
    );
}
