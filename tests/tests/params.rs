//! Messages with values: the struct of each code with `params` formats,
//! localizes and parses back; the enum lists its parameters and
//! translations; problem details carry the values.

use errcodes::{Args, Code, ParamKind, Problem, Value};
use serde_json::json;

errcodes::error_codes!("catalogs/params.yaml");

use error_code::{BalanceOff, CqlSyntaxError, InvalidFieldType, RefundTooLarge};

#[test]
fn display_writes_the_values_into_the_message() {
    let wrong = InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    };
    assert_eq!(
        wrong.to_string(),
        "Invalid value type for field 'nick', expected type 'String', but got 'Number'."
    );
    let refund = RefundTooLarge {
        amount: 1500,
        remaining: 900,
    };
    assert_eq!(
        refund.to_string(),
        "Refund of 1500 cents exceeds the remaining 900."
    );
    // `{{`/`}}` are braces, a value used twice is written twice, and
    // numbers and booleans are written as Rust writes them.
    let off = BalanceOff {
        delta: -3,
        ratio: 0.25,
        rounded: true,
        account: "acme",
    };
    assert_eq!(
        off.to_string(),
        "Balance off by -3 (0.25 of {limit}); rounding true; account acme (acme)."
    );
    // The formatter's width is not applied to each value.
    assert_eq!(format!("{refund:>40}"), refund.to_string());
}

#[test]
fn localized_writes_the_translation_or_the_message() {
    let wrong = InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    };
    assert_eq!(
        wrong.localized("zh").to_string(),
        "字段 'nick' 的类型无效：应为 'String'，实际为 'Number'。"
    );
    assert_eq!(
        wrong.localized("fr").to_string(),
        "Type invalide pour le champ « nick » : attendu « String », reçu « Number »."
    );
    for other in ["en", "de", "", "ZH"] {
        assert_eq!(wrong.localized(other).to_string(), wrong.to_string());
    }
    let refund = RefundTooLarge {
        amount: 1,
        remaining: 0,
    };
    assert_eq!(
        refund.localized("zh").to_string(),
        "退款 1 分超过剩余的 0 分。"
    );
    assert_eq!(refund.localized("fr").to_string(), refund.to_string());
}

#[test]
fn the_struct_names_its_code() {
    assert_eq!(InvalidFieldType::CODE, ErrorCode::InvalidFieldType);
    let refund = RefundTooLarge {
        amount: 5,
        remaining: 1,
    };
    assert_eq!(ErrorCode::from(refund), ErrorCode::RefundTooLarge);
    assert_eq!(refund.code(), ErrorCode::RefundTooLarge);
    assert_eq!(refund.code().code(), 4105);
    #[allow(deprecated)]
    let retry = error_code::RetryLater {
        seconds: -1,
        attempt: 2,
    };
    assert_eq!(retry.to_string(), "Retry in -1 s (attempt 2).");
    assert_eq!(
        ErrorCode::from(retry).deprecated(),
        Some("use RATE_LIMITED")
    );
}

#[test]
fn the_enum_lists_parameters_and_translations() {
    let params = ErrorCode::BalanceOff.params();
    let listed: Vec<(&str, ParamKind)> = params.iter().map(|p| (p.name(), p.kind())).collect();
    assert_eq!(
        listed,
        [
            ("delta", ParamKind::I64),
            ("ratio", ParamKind::F64),
            ("rounded", ParamKind::Bool),
            ("account", ParamKind::Str)
        ]
    );
    assert_eq!(ParamKind::F64.to_string(), "f64");
    assert!(ErrorCode::Plain.params().is_empty());
    // Through the trait too.
    assert_eq!(Code::params(ErrorCode::RefundTooLarge).len(), 2);
    // `message()` stays the text as written.
    assert_eq!(
        ErrorCode::RefundTooLarge.message(),
        "Refund of {amount} cents exceeds the remaining {remaining}."
    );
    assert_eq!(
        ErrorCode::RefundTooLarge.translation("zh"),
        Some("退款 {amount} 分超过剩余的 {remaining} 分。")
    );
    assert_eq!(ErrorCode::RefundTooLarge.translation("fr"), None);
    // Without params, braces are plain text.
    assert_eq!(
        ErrorCode::Plain.translation("zh"),
        Some("这里的括号原样保留：{className: 'Post'}。")
    );
    let translations: Vec<_> = ErrorCode::InvalidFieldType.entry().translations().collect();
    assert_eq!(translations.len(), 2);
    assert_eq!(translations[1].0, "fr");
}

#[test]
fn args_give_each_value_by_name() {
    let off = BalanceOff {
        delta: i64::MIN,
        ratio: -0.5,
        rounded: false,
        account: "",
    };
    let values: Vec<(&str, Value<'_>)> = off.values().collect();
    assert_eq!(
        values,
        [
            ("delta", Value::I64(i64::MIN)),
            ("ratio", Value::F64(-0.5)),
            ("rounded", Value::Bool(false)),
            ("account", Value::Str(""))
        ]
    );
    assert_eq!(off.values().len(), 4);
    assert_eq!(off.value(4), None);
    assert_eq!(Value::F64(-0.5).kind(), ParamKind::F64);
    assert_eq!(Value::Bool(true).to_string(), "true");
}

#[test]
fn parse_reads_the_message_back() {
    let text = "Invalid value type for field 'nick', expected type 'String', but got 'Number'.";
    assert_eq!(
        InvalidFieldType::parse(text),
        Some(InvalidFieldType {
            field: "nick",
            expected: "String",
            actual: "Number",
        })
    );
    // Values borrow from the text.
    let parsed = InvalidFieldType::parse(text).unwrap();
    assert!(text
        .as_bytes()
        .as_ptr_range()
        .contains(&parsed.field.as_ptr()));
    // Translations and `also` texts with every value are read too.
    assert_eq!(
        InvalidFieldType::parse("字段 'a' 的类型无效：应为 'b'，实际为 'c'。").map(|p| p.actual),
        Some("c")
    );
    assert_eq!(
        RefundTooLarge::parse("退款 10 分超过剩余的 2 分。"),
        Some(RefundTooLarge {
            amount: 10,
            remaining: 2
        })
    );
    assert_eq!(
        CqlSyntaxError::parse("CQL syntax error.Detail: Parse error at line 1, column 10"),
        Some(CqlSyntaxError {
            line: 1,
            column: 10
        })
    );
    // An `also` text without every value cannot give them all.
    assert_eq!(CqlSyntaxError::parse("CQL syntax error at line 1."), None);
}

#[test]
fn parse_refuses_what_the_templates_do_not_give() {
    for text in [
        "",
        "Refund of 1500 cents exceeds the remaining 900",
        "Refund of 1500 cents exceeds the remaining 900.!",
        "refund of 1500 cents exceeds the remaining 900.",
        "Refund of -1 cents exceeds the remaining 900.",
        "Refund of 18446744073709551616 cents exceeds the remaining 900.",
        "Refund of  cents exceeds the remaining 900.",
        "Refund of 1.5 cents exceeds the remaining 900.",
        "Refund of 0x10 cents exceeds the remaining 900.",
    ] {
        assert_eq!(RefundTooLarge::parse(text), None, "{text:?}");
    }
    // A value used twice must read the same both times.
    assert!(
        BalanceOff::parse("Balance off by 1 (0.5 of {limit}); rounding true; account a (b).")
            .is_none()
    );
    // `bool` is `true` or `false` only.
    assert!(
        BalanceOff::parse("Balance off by 1 (0.5 of {limit}); rounding yes; account a (a).")
            .is_none()
    );
    // Numbers parse whole as their type, as Rust's `FromStr` reads them.
    assert_eq!(
        RefundTooLarge::parse("Refund of +7 cents exceeds the remaining 007."),
        Some(RefundTooLarge {
            amount: 7,
            remaining: 7
        })
    );
}

#[test]
fn a_text_value_takes_the_shortest_text_that_lets_the_rest_match() {
    // `field` may hold the literal piece that follows it: the shortest
    // reading that matches wins, and it formats back to the same text.
    let tricky = InvalidFieldType {
        field: "a', expected type 'b",
        expected: "c",
        actual: "d'.",
    };
    let text = tricky.to_string();
    let parsed = InvalidFieldType::parse(&text).unwrap();
    assert_eq!(
        (parsed.field, parsed.expected, parsed.actual),
        ("a", "b', expected type 'c", "d'.")
    );
    assert_eq!(parsed.to_string(), text);
    // A longer reading is taken when the shorter one cannot match: the
    // first `'` after the field would leave a number that is not one.
    let off = BalanceOff {
        delta: 1,
        ratio: 2.0,
        rounded: true,
        account: "x) (y",
    };
    let text = off.to_string();
    assert_eq!(BalanceOff::parse(&text), Some(off));
}

/// A small deterministic generator (xorshift), so the round trips cover
/// many values and fail the same way every run.
struct Values(u64);

impl Values {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }

    /// Text built from pieces that trouble a reader: nothing, the
    /// templates' own literal pieces, quotes, braces, unicode.
    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "",
            "'",
            "', expected type '",
            "', but got '",
            "'.",
            "{",
            "}}",
            "字段",
            "é",
            " ",
            "nick",
            "(",
            ") (",
            "; rounding ",
            "0",
        ];
        (0..self.next() % 4).map(|_| self.pick(PIECES)).collect()
    }

    fn float(&mut self) -> f64 {
        let edges = [
            0.0,
            -0.0,
            0.1,
            1.0,
            -2.5,
            1e21,
            1e-7,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        if self.next() % 2 == 0 {
            edges[(self.next() % edges.len() as u64) as usize]
        } else {
            f64::from_bits(self.next())
        }
    }
}

#[test]
fn generated_values_round_trip() {
    let mut values = Values(0x5eed_1234_abcd_0001);
    for _ in 0..2_000 {
        let (field, expected, actual) = (values.text(), values.text(), values.text());
        let wrong = InvalidFieldType {
            field: &field,
            expected: &expected,
            actual: &actual,
        };
        for lang in ["en", "zh", "fr"] {
            let text = wrong.localized(lang).to_string();
            let back = InvalidFieldType::parse(&text)
                .unwrap_or_else(|| panic!("{text:?} did not parse back"));
            // The same text again; the same values when none holds the
            // piece that follows it.
            assert_eq!(back.localized(lang).to_string(), text);
            if !field.contains('\'') && !expected.contains('\'') && lang == "en" {
                assert_eq!(back, wrong, "{text:?}");
            }
        }

        let refund = RefundTooLarge {
            amount: values.next() >> (values.next() % 64),
            remaining: *[0, u64::MAX, values.next()]
                .get((values.next() % 3) as usize)
                .unwrap(),
        };
        assert_eq!(RefundTooLarge::parse(&refund.to_string()), Some(refund));
        assert_eq!(
            RefundTooLarge::parse(&refund.localized("zh").to_string()),
            Some(refund)
        );

        let account = values.text();
        #[allow(clippy::cast_possible_wrap)]
        let off = BalanceOff {
            delta: values.next() as i64,
            ratio: values.float(),
            rounded: values.next() % 2 == 0,
            account: &account,
        };
        for lang in ["en", "fr"] {
            let text = off.localized(lang).to_string();
            let back = BalanceOff::parse(&text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(back.localized(lang).to_string(), text);
            assert_eq!(back.delta, off.delta);
            // Every decimal but NaN (whose bits the text does not keep)
            // reads back bit for bit.
            if off.ratio.is_nan() {
                assert!(back.ratio.is_nan());
            } else {
                assert_eq!(back.ratio.to_bits(), off.ratio.to_bits(), "{text:?}");
            }
        }
    }
    // NaN formats as `NaN` and reads back as NaN.
    let nan = BalanceOff {
        delta: 0,
        ratio: f64::NAN,
        rounded: false,
        account: "n",
    };
    assert!(BalanceOff::parse(&nan.to_string()).unwrap().ratio.is_nan());
}

#[test]
fn problem_details_carry_the_values() {
    let off = BalanceOff {
        delta: -3,
        ratio: f64::NAN,
        rounded: true,
        account: "acme",
    };
    let problem = Problem::from(off);
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "https://docs.example.com/errors/4106",
            "title": "Balance off",
            "status": 500,
            "detail": "Balance off by -3 (NaN of {limit}); rounding true; account acme (acme).",
            "code": 4106,
            "name": "BALANCE_OFF",
            "delta": -3,
            "ratio": "NaN",
            "rounded": true,
            "account": "acme",
        })
    );
    let refund = Problem::from(RefundTooLarge {
        amount: 1500,
        remaining: 900,
    });
    assert_eq!(refund.status(), Some(422));
    assert_eq!(refund.extensions()["amount"], json!(1500));
    // A template is no title: without `title:`, the name in words.
    assert_eq!(refund.title(), Some("Refund too large"));
}

#[test]
fn a_title_is_plain_text_and_translated() {
    let entry = ErrorCode::InvalidFieldType.entry();
    assert_eq!(entry.title(), "Invalid field type");
    assert_eq!(entry.title_translation("zh"), Some("字段类型无效"));
    assert_eq!(
        entry.title_translation("fr"),
        Some("Type de champ invalide")
    );
    assert_eq!(entry.title_translation("en"), None);
    let problem = Problem::from(InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    });
    assert_eq!(problem.title(), Some("Invalid field type"));
    // Without values and without `title:`, the title is the message, in
    // every language the message has.
    let plain = ErrorCode::ALL
        .iter()
        .find(|c| c.entry().params().is_empty() && !c.message().is_empty())
        .expect("a code without values");
    assert_eq!(plain.entry().title(), plain.message());
    assert_eq!(Problem::from(*plain).title(), Some(plain.message()));
}

/// Through the wire and back: the problem of each struct, serialized and
/// read as any client reads it, gives back the same values.
#[test]
fn values_come_back_from_a_received_problem() {
    fn through_json(problem: &Problem) -> Problem {
        serde_json::from_str(&serde_json::to_string(problem).unwrap()).unwrap()
    }
    let wrong = InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    };
    let received = through_json(&Problem::from(wrong));
    assert_eq!(InvalidFieldType::from_problem(&received), Some(wrong));
    let line = CqlSyntaxError {
        line: 4_000_000_000,
        column: 0,
    };
    let received = through_json(&Problem::from(line));
    assert_eq!(CqlSyntaxError::from_problem(&received), Some(line));
    let refund = RefundTooLarge {
        amount: u64::MAX,
        remaining: 900,
    };
    let received = through_json(&Problem::from(refund));
    assert_eq!(RefundTooLarge::from_problem(&received), Some(refund));
    for ratio in [f64::NAN, f64::INFINITY, -0.5, 1e300] {
        let off = BalanceOff {
            delta: i64::MIN,
            ratio,
            rounded: true,
            account: "acme",
        };
        let received = through_json(&Problem::from(off));
        let back = BalanceOff::from_problem(&received).expect("read back");
        assert_eq!(
            (back.delta, back.rounded, back.account, back.ratio.to_bits()),
            (off.delta, off.rounded, off.account, ratio.to_bits()),
        );
    }
    #[allow(deprecated)]
    {
        let retry = error_code::RetryLater {
            seconds: i32::MIN,
            attempt: u32::MAX,
        };
        let received = through_json(&Problem::from(retry));
        assert_eq!(error_code::RetryLater::from_problem(&received), Some(retry));
    }
    // Without the members (a server that sends the detail only), or with
    // one of another type, `detail` is read back.
    let only_detail: Problem = serde_json::from_value(json!({
        "type": "about:blank", "code": 4105, "detail": "Refund of 1500 cents exceeds the remaining 900.",
        "amount": "fifteen hundred",
    }))
    .unwrap();
    assert_eq!(
        RefundTooLarge::from_problem(&only_detail),
        Some(RefundTooLarge {
            amount: 1500,
            remaining: 900
        })
    );
    // Out of range for the type: not taken as a member.
    let too_big: Problem = serde_json::from_value(json!({
        "code": 300, "line": 4_294_967_296_u64, "column": 1,
    }))
    .unwrap();
    assert_eq!(CqlSyntaxError::from_problem(&too_big), None);
    // Another code's problem is none of these values.
    assert_eq!(CqlSyntaxError::from_problem(&received_of(4105)), None);
}

fn received_of(code: u32) -> Problem {
    serde_json::from_value(json!({ "code": code, "line": 1, "column": 2 })).unwrap()
}
