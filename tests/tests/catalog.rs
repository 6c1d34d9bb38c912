//! The bundled LeanCloud catalog (`codes.yaml`) compiles and keeps the
//! server's exact texts.

errcodes::error_codes!("../codes.yaml", name = LeanCloud);

/// Every number on LeanCloud's error-code page.
const DOCUMENTED: [u32; 149] = [
    0, 1, 100, 101, 103, 104, 105, 106, 107, 108, 109, 111, 112, 113, 114, 116, 117, 119, 120, 121,
    122, 123, 124, 125, 126, 127, 128, 137, 139, 140, 141, 142, 145, 150, 154, 160, 200, 201, 202,
    203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 221, 250, 251,
    252, 300, 301, 302, 303, 304, 305, 401, 403, 413, 429, 430, 431, 502, 503, 504, 511, 524, 529,
    600, 601, 602, 603, 604, 605, 606, 608, 700, 1006, 2100, 2101, 2102, 2103, 4100, 4101, 4102,
    4103, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4200, 4201,
    4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315,
    4316, 4317, 4318, 4320, 4321, 4322, 4323, 4324, 4325, 4401, 4402, 4403, 4404, 4405, 4406, 4407,
    4408, 4543, 4544, 4546, 4548, 4561, 4563,
];

#[test]
fn every_documented_code_and_nothing_else() {
    assert_eq!(LeanCloud::ALL.len(), 149);
    let numbers: Vec<u32> = LeanCloud::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(numbers, DOCUMENTED);
}

#[test]
fn names_are_unique() {
    let mut names: Vec<&str> = LeanCloud::ALL.iter().map(|c| c.name()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 149);
}

#[test]
fn exact_messages() {
    assert_eq!(
        LeanCloud::InternalServerError.message(),
        "Internal server error. No information available."
    );
    assert_eq!(
        LeanCloud::ObjectNotFound.message(),
        "Object doesn't exist, or has an incorrect password."
    );
    // Full-width commas, as the server sends them.
    assert_eq!(
        LeanCloud::from_code(140).map(LeanCloud::message),
        Some("超过应用额度，请升级到商用版或联系我们处理。")
    );
    assert_eq!(
        LeanCloud::from_code(219).map(LeanCloud::message),
        Some("登录失败次数超过限制，请稍候再试，或者通过忘记密码重设密码。")
    );
    for (code, messages) in [
        (251, ["Invalid linked session", "Invalid Weibo session"]),
        (
            403,
            [
                "Forbidden to read/write by class permissions",
                "The user cannot be altered by a client without the session.",
            ],
        ),
        (605, ["SMS template not verified.", "SMS sign not verified"]),
    ] {
        assert_eq!(
            LeanCloud::from_code(code).map(LeanCloud::messages),
            Some(&messages[..])
        );
    }
    for silent in [0, 1006] {
        assert_eq!(
            LeanCloud::from_code(silent).map(LeanCloud::message),
            Some("")
        );
    }
    assert_eq!(
        LeanCloud::from_code(4563).map(LeanCloud::name),
        Some("SILIENCED")
    );
}

#[test]
fn every_code_is_grouped_and_described_in_both_languages() {
    for &code in LeanCloud::ALL {
        assert!(code.group().is_some(), "{code:?} has no group");
        for lang in LeanCloud::LANGUAGES {
            assert!(code.description(lang).is_some(), "{code:?} lacks {lang}");
        }
    }
    assert_eq!(LeanCloud::LANGUAGES, ["en", "zh"]);
}

#[test]
fn reserved_numbers_are_not_codes() {
    for retired in [220, 4319, 4501, 4521] {
        assert_eq!(LeanCloud::from_code(retired), None);
    }
}

#[test]
fn realtime_codes_are_named_by_the_protocol() {
    for &code in LeanCloud::ALL.iter().filter(|c| c.code() >= 4100) {
        assert_eq!(code.name(), code.message());
    }
    assert_eq!(
        LeanCloud::from_code(4561).map(LeanCloud::message),
        Some("SILIENCED_MEMBER_LIST_FULL")
    );
}

/// `Debug` is written at run time from the catalog name, the variants at
/// compile time by the macro; for every code both must give the variant's
/// name. The names here come from the catalog library the macro uses.
#[test]
fn debug_prints_the_variant_name_of_every_code() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../codes.yaml"))
        .expect("codes.yaml");
    let catalog = errcodes_catalog::check("codes.yaml", &text)
        .ok()
        .expect("the bundled catalog is valid");
    assert_eq!(catalog.codes.len(), LeanCloud::ALL.len());
    for code in &catalog.codes {
        let generated = LeanCloud::from_code(code.code).expect("every code is generated");
        assert_eq!(format!("{generated:?}"), code.variant, "{}", code.name);
    }
    // Spot checks against identifiers written here by hand.
    assert_eq!(format!("{:?}", LeanCloud::ObjectNotFound), "ObjectNotFound");
    assert_eq!(format!("{:?}", LeanCloud::Silienced), "Silienced");
    assert_eq!(
        format!("{:?}", LeanCloud::SmsTemplateNotVerified),
        "SmsTemplateNotVerified"
    );
}

/// The bundled catalog's ledger (`codes.lock`) records the four retired
/// numbers as reserved, and every code as it is published.
#[test]
fn the_ledger_records_every_code_and_the_retired_numbers() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../codes.lock"))
        .expect("codes.lock");
    let ledger = errcodes_catalog::Ledger::parse("codes.lock", &text).expect("a valid ledger");
    let reserved: Vec<u32> = ledger
        .entries()
        .iter()
        .filter(|e| e.state == errcodes_catalog::State::Reserved)
        .map(|e| e.code)
        .collect();
    assert_eq!(reserved, [220, 4319, 4501, 4521]);
    for code in LeanCloud::ALL {
        let published = ledger
            .entries()
            .iter()
            .find(|e| e.code == code.code())
            .expect("every code is recorded");
        assert_eq!(published.name.as_deref(), Some(code.name()));
        assert_eq!(published.http, code.http_status());
    }
}
