//! The bundled LeanCloud catalog (`codes.yaml`) compiles and keeps the
//! server's exact texts.

errcodes::error_codes!("../codes.yaml", name = LeanCloud);

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
    assert_eq!(LeanCloud::from_code(220), None);
}
