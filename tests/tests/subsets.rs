//! Per-service subsets, conversions into the full catalog, reserved numbers
//! and compile-time constants, on the LeanCloud catalog.

errcodes::error_codes!("../codes.yaml", name = Full);
errcodes::error_codes!(
    "../codes.yaml",
    name = SmsCode,
    groups = ["sms"],
    parent = Full
);
errcodes::error_codes!(
    "../codes.yaml",
    name = RealtimeCode,
    groups = ["realtime"],
    parent = Full
);
errcodes::error_codes!(
    "../codes.yaml",
    name = StorageCode,
    groups = ["storage"],
    codes = [1, 124],
    exclude = [300, 304],
    parent = Full,
);
errcodes::error_codes!("../codes.yaml", name = Picked, codes = [101, 104]);
errcodes::error_codes!(
    "../codes.yaml",
    name = AllButRealtimeClose,
    exclude = [0, 1006]
);

#[test]
fn a_group_selects_its_codes_with_the_full_catalog_numbers() {
    let numbers: Vec<u32> = SmsCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(numbers, [600, 601, 602, 603, 604, 605, 606, 608]);
    for &code in SmsCode::ALL {
        let full = Full::from_code(code.code()).unwrap();
        assert_eq!(code.name(), full.name());
        assert_eq!(code.messages(), full.messages());
        assert_eq!(code.group(), full.group());
        assert_eq!(code.entry(), full.entry());
    }
    assert_eq!(sms_code::INVALID_SMS_CODE, full::INVALID_SMS_CODE);
    assert_eq!(SmsCode::GROUPS.len(), 1);
    assert_eq!(SmsCode::from_code(101), None, "not in the subset");
    assert_eq!(SmsCode::from_name("OBJECT_NOT_FOUND"), None);
}

#[test]
fn a_group_key_selects_its_dotted_sub_groups() {
    assert_eq!(RealtimeCode::ALL.len(), 60);
    assert!(RealtimeCode::ALL
        .iter()
        .all(|c| c.group().is_some_and(|g| g.starts_with("realtime."))));
    let groups: Vec<&str> = RealtimeCode::GROUPS
        .iter()
        .map(errcodes::Group::key)
        .collect();
    assert_eq!(groups[0], "realtime");
    assert!(groups.contains(&"realtime.session"));
}

#[test]
fn selection_is_groups_and_codes_minus_exclude() {
    assert!(StorageCode::from_code(1).is_some());
    assert!(StorageCode::from_code(124).is_some());
    assert!(StorageCode::from_code(101).is_some());
    assert_eq!(StorageCode::from_code(300), None);
    assert_eq!(StorageCode::from_code(304), None);
    let picked: Vec<u32> = Picked::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(picked, [101, 104]);
    assert_eq!(AllButRealtimeClose::ALL.len(), 147);
    assert_eq!(AllButRealtimeClose::from_code(1006), None);
}

#[test]
fn subsets_convert_into_the_full_enum_and_back() {
    for &code in SmsCode::ALL {
        let full = Full::from(code);
        assert_eq!(full.code(), code.code());
        assert_eq!(SmsCode::try_from(full), Ok(code));
    }
    let err = SmsCode::try_from(Full::ObjectNotFound).unwrap_err();
    assert_eq!((err.code(), err.enum_name()), (101, "SmsCode"));
    assert_eq!(err.to_string(), "101 is not a code of SmsCode");
    assert_eq!(Full::from(RealtimeCode::Silienced), Full::Silienced);
    assert_eq!(Full::from(StorageCode::Timeout), Full::Timeout);
}

#[test]
fn reserved_numbers_are_listed_and_never_codes() {
    assert_eq!(Full::RESERVED, [220, 4319, 4501, 4521]);
    for &retired in Full::RESERVED {
        assert_eq!(Full::from_code(retired), None);
        assert!(Full::try_from(retired).is_err());
    }
}

#[test]
fn constants_in_const_contexts_and_patterns() {
    const SENT: Option<SmsCode> = SmsCode::from_code(sms_code::SMS_TOO_FREQUENT);
    const STATUS: Option<u16> = Full::ObjectNotFound.http_status();
    // Checked by the compiler: a wrong number would fail the build.
    const _: () = assert!(matches!(Full::from_code(124), Some(Full::Timeout)));
    assert_eq!(SENT, Some(SmsCode::SmsTooFrequent));
    assert_eq!(STATUS, Some(404));

    // A raw number from the wire, matched on the constants.
    let retry_after = |raw: u32| match raw {
        full::TIMEOUT | full::TOO_MANY_REQUESTS => Some(1),
        full::SMS_TOO_FREQUENT => Some(60),
        _ => None,
    };
    assert_eq!(retry_after(124), Some(1));
    assert_eq!(retry_after(601), Some(60));
    assert_eq!(retry_after(101), None);
}

#[test]
fn a_subset_maps_to_http_statuses() {
    // What an SMS service answers with: the catalog's status, else 400.
    fn status(code: SmsCode) -> u16 {
        code.http_status().unwrap_or(400)
    }
    assert!(SmsCode::ALL.iter().all(|&c| status(c) == 400));
    assert_eq!(Full::Unauthorized.http_status(), Some(401));
}
