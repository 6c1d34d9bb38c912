//! Tags: declared once, inherited through dotted groups, generated as
//! `const` predicates, lists and selections, carried by problem details.

use std::collections::BTreeSet;

use errcodes::{Code, Open, Problem};

errcodes::error_codes!("catalogs/tags.yaml");

/// A service that sees only what may be retried.
mod retries {
    errcodes::error_codes!(
        "catalogs/tags.yaml",
        name = Retry,
        tags = ["retryable"],
        exclude = [6],
        parent = super::ErrorCode,
    );
}

/// Codes with any of two tags, with one code added.
mod alerts {
    errcodes::error_codes!(
        "catalogs/tags.yaml",
        name = Alert,
        tags = ["billing_alert", "internal_only"],
        codes = [7],
    );
}

#[test]
fn a_code_has_its_own_tags_and_its_groups() {
    assert_eq!(ErrorCode::HostUnreachable.tags(), ["retryable", "network"]);
    // `storage` gives `retryable`; `storage.cache` adds `internal_only`.
    assert_eq!(ErrorCode::ObjectLocked.tags(), ["retryable"]);
    assert_eq!(
        ErrorCode::CacheMiss.tags(),
        ["retryable", "network", "internal_only"]
    );
    // Declaration order, whatever order the code lists them in.
    assert_eq!(
        ErrorCode::GatewayTimeout.tags(),
        ["retryable", "network", "billing_alert"]
    );
    assert!(ErrorCode::BadRequest.tags().is_empty());
    assert!(ErrorCode::CacheMiss.has_tag("internal_only"));
    assert!(!ErrorCode::CacheMiss.has_tag("billing_alert"));
    assert!(!ErrorCode::CacheMiss.has_tag("no_such_tag"));
    // Through the trait too.
    assert!(Code::has_tag(ErrorCode::CardDeclined, "billing_alert"));
    assert_eq!(Code::tags(ErrorCode::CardDeclined), ["billing_alert"]);
}

#[test]
fn predicates_work_in_const_items() {
    const RETRY: bool = ErrorCode::HostUnreachable.is_retryable();
    const LOCAL: bool = ErrorCode::BadRequest.is_network();
    const _: () = assert!(ErrorCode::CacheMiss.is_internal_only());
    const RETRYABLE: usize = {
        let mut n = 0;
        let mut i = 0;
        while i < ErrorCode::ALL.len() {
            if ErrorCode::ALL[i].is_retryable() {
                n += 1;
            }
            i += 1;
        }
        n
    };
    assert_eq!((RETRY, LOCAL), (true, false));
    assert_eq!(RETRYABLE, 4);
    assert!(ErrorCode::CardDeclined.is_billing_alert());
}

#[test]
fn tags_are_declared_once_with_their_settings() {
    let tags: Vec<(&str, Option<&str>, bool)> = ErrorCode::TAGS
        .iter()
        .map(|t| (t.key(), t.description(), t.wire()))
        .collect();
    assert_eq!(
        tags,
        [
            (
                "retryable",
                Some("May succeed if sent again after a delay."),
                true
            ),
            (
                "network",
                Some("The connection to a dependency failed."),
                false
            ),
            (
                "internal_only",
                Some("Passed between our services, never returned to a client."),
                false
            ),
            ("billing_alert", None, true),
        ]
    );
}

#[test]
fn tagged_lists_codes_in_order() {
    let retryable: Vec<u32> = ErrorCode::tagged("retryable")
        .map(ErrorCode::code)
        .collect();
    assert_eq!(retryable, [6, 100, 150, 201]);
    let network: Vec<ErrorCode> = ErrorCode::tagged("network").collect();
    assert_eq!(
        network,
        [
            ErrorCode::HostUnreachable,
            ErrorCode::CacheMiss,
            ErrorCode::GatewayTimeout
        ]
    );
    assert_eq!(ErrorCode::tagged("no_such_tag").count(), 0);
}

#[test]
fn subsets_select_by_tag() {
    let retry: Vec<u32> = retries::Retry::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(retry, [100, 150, 201]);
    assert_eq!(
        ErrorCode::from(retries::Retry::CacheMiss),
        ErrorCode::CacheMiss
    );
    // A subset keeps the catalog's tags and each code's.
    assert_eq!(retries::Retry::TAGS.len(), 4);
    assert!(retries::Retry::GatewayTimeout.is_billing_alert());
    let alert: Vec<u32> = alerts::Alert::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(alert, [7, 150, 200, 201]);
}

#[test]
fn open_codes_know_tags_only_of_known_numbers() {
    assert_eq!(Open::<ErrorCode>::from(6).has_tag("network"), Some(true));
    assert_eq!(Open::<ErrorCode>::from(7).has_tag("network"), Some(false));
    assert_eq!(Open::<ErrorCode>::from(999).has_tag("network"), None);
}

#[test]
fn problem_details_list_the_wire_tags() {
    let json = serde_json::to_value(Problem::from(ErrorCode::GatewayTimeout)).unwrap();
    // `network` is not a wire tag.
    assert_eq!(
        json["tags"],
        serde_json::json!(["retryable", "billing_alert"])
    );
    let json = serde_json::to_value(Problem::from(ErrorCode::CacheMiss)).unwrap();
    assert_eq!(json["tags"], serde_json::json!(["retryable"]));
    let json = serde_json::to_value(Problem::from(ErrorCode::BadRequest)).unwrap();
    assert!(json.get("tags").is_none(), "{json}");
    // It reads back as an extension member.
    let back: Problem = serde_json::from_value(
        serde_json::to_value(Problem::from(ErrorCode::HostUnreachable)).unwrap(),
    )
    .unwrap();
    assert_eq!(back.extensions()["tags"], serde_json::json!(["retryable"]));
}

errcodes::error_codes!("catalogs/tagged.yaml", name = Tagged);

/// Each code's tags recomputed from the YAML alone: its own, and those of
/// every declared group its group is, or is inside, in declaration order.
fn expected_tags() -> Vec<(u32, Vec<String>)> {
    let text = include_str!("../catalogs/tagged.yaml");
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    let declared: Vec<String> = yaml["tags"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    let strings = |value: &serde_yaml::Value| -> BTreeSet<String> {
        value
            .as_sequence()
            .map(|list| {
                list.iter()
                    .map(|t| t.as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let groups = yaml["groups"].as_mapping().unwrap();
    let mut out: Vec<(u32, Vec<String>)> = yaml["codes"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|code| {
            let mut tags = strings(&code["tags"]);
            if let Some(group) = code["group"].as_str() {
                for (key, settings) in groups {
                    let key = key.as_str().unwrap();
                    if group == key || group.starts_with(&format!("{key}.")) {
                        tags.extend(strings(&settings["tags"]));
                    }
                }
            }
            let ordered = declared
                .iter()
                .filter(|t| tags.contains(*t))
                .cloned()
                .collect();
            (
                u32::try_from(code["code"].as_u64().unwrap()).unwrap(),
                ordered,
            )
        })
        .collect();
    out.sort_by_key(|(code, _)| *code);
    out
}

#[test]
fn every_predicate_of_a_generated_catalog_matches_the_yaml() {
    let expected = expected_tags();
    assert_eq!(expected.len(), Tagged::ALL.len());
    let declared: Vec<&str> = Tagged::TAGS.iter().map(|t| t.key()).collect();
    assert_eq!(
        declared,
        [
            "retryable",
            "network",
            "internal_only",
            "throttled",
            "user_error",
            "paging"
        ]
    );
    let mut inherited = 0;
    for ((number, want), &code) in expected.iter().zip(Tagged::ALL) {
        assert_eq!(code.code(), *number);
        assert_eq!(code.tags(), want.as_slice(), "{number}");
        let predicates = [
            ("retryable", code.is_retryable()),
            ("network", code.is_network()),
            ("internal_only", code.is_internal_only()),
            ("throttled", code.is_throttled()),
            ("user_error", code.is_user_error()),
            ("paging", code.is_paging()),
        ];
        for (tag, has) in predicates {
            let wanted = want.iter().any(|t| t == tag);
            assert_eq!(has, wanted, "{number} is_{tag}");
            assert_eq!(code.has_tag(tag), wanted, "{number} has_tag({tag})");
            assert_eq!(
                Tagged::tagged(tag).any(|c| c == code),
                wanted,
                "{number} tagged({tag})"
            );
        }
        inherited += usize::from(code.group().is_some() && !want.is_empty());
    }
    // The catalog exercises what it is for: many tagged codes, some by group.
    assert!(inherited > 50, "{inherited}");
}
