//! Messages with values: the generated `Display`, `localized` and `parse`
//! against the same work written by hand (`write!` with the same pieces, and
//! a parser of `strip_prefix` and `find`), on the test catalog of messages
//! with values. Run with `cargo bench --bench values`.

#![allow(clippy::all, clippy::pedantic)]

use std::fmt::Write as _;
use std::hint::black_box;

use errcodes_bench::harness::{bench_batch, HEADER};

errcodes::error_codes!("../tests/catalogs/params.yaml");

/// The shapes the hostile-input tests read (`tests/tests/hostile.rs`).
mod hostile {
    errcodes::error_codes!("../tests/catalogs/hostile.yaml");
    pub use error_code::*;
}

use error_code::{BalanceOff, InvalidFieldType, RefundTooLarge};

const N: usize = 1024;

/// A parser of the English message of `INVALID_FIELD_TYPE` written by hand:
/// what a service writes without the catalog.
fn parse_by_hand(text: &str) -> Option<(&str, &str, &str)> {
    let rest = text.strip_prefix("Invalid value type for field '")?;
    let end = rest.find("', expected type '")?;
    let (field, rest) = (&rest[..end], &rest[end + "', expected type '".len()..]);
    let end = rest.find("', but got '")?;
    let (expected, rest) = (&rest[..end], &rest[end + "', but got '".len()..]);
    let actual = rest.strip_suffix("'.")?;
    Some((field, expected, actual))
}

fn main() {
    // Values of the lengths real ones have, varied so nothing is constant.
    let fields: Vec<String> = (0..N).map(|i| format!("field_{i}")).collect();
    let wrong: Vec<InvalidFieldType<'_>> = fields
        .iter()
        .enumerate()
        .map(|(i, field)| InvalidFieldType {
            field,
            expected: if i % 2 == 0 { "String" } else { "Number" },
            actual: if i % 3 == 0 { "Array" } else { "Boolean" },
        })
        .collect();
    let refunds: Vec<RefundTooLarge> = (0..N as u64)
        .map(|i| RefundTooLarge {
            amount: 1_000 + i * 37,
            remaining: 900 + i,
        })
        .collect();
    let offs: Vec<BalanceOff<'_>> = fields
        .iter()
        .enumerate()
        .map(|(i, account)| BalanceOff {
            delta: i as i64 - 500,
            ratio: i as f64 / 7.0,
            rounded: i % 2 == 0,
            account,
        })
        .collect();
    let sent: Vec<String> = wrong.iter().map(ToString::to_string).collect();
    let sent_zh: Vec<String> = wrong
        .iter()
        .map(|w| w.localized("zh").to_string())
        .collect();
    let sent_off: Vec<String> = offs.iter().map(ToString::to_string).collect();
    let mut out = String::with_capacity(256);

    let rows = vec![
        bench_batch("format 3 str: errcodes", 30, N, || {
            for w in &wrong {
                out.clear();
                write!(out, "{}", black_box(w)).unwrap();
                black_box(&out);
            }
        }),
        bench_batch("format 3 str: write!", 30, N, || {
            for w in &wrong {
                let w = black_box(w);
                out.clear();
                write!(
                    out,
                    "Invalid value type for field '{}', expected type '{}', but got '{}'.",
                    w.field, w.expected, w.actual
                )
                .unwrap();
                black_box(&out);
            }
        }),
        bench_batch("format 2 u64: errcodes", 30, N, || {
            for r in &refunds {
                out.clear();
                write!(out, "{}", black_box(r)).unwrap();
                black_box(&out);
            }
        }),
        bench_batch("format 2 u64: write!", 30, N, || {
            for r in &refunds {
                let r = black_box(r);
                out.clear();
                write!(
                    out,
                    "Refund of {} cents exceeds the remaining {}.",
                    r.amount, r.remaining
                )
                .unwrap();
                black_box(&out);
            }
        }),
        bench_batch("format i64, f64, bool, str twice: errcodes", 30, N, || {
            for o in &offs {
                out.clear();
                write!(out, "{}", black_box(o)).unwrap();
                black_box(&out);
            }
        }),
        bench_batch("format i64, f64, bool, str twice: write!", 30, N, || {
            for o in &offs {
                let o = black_box(o);
                out.clear();
                write!(
                    out,
                    "Balance off by {} ({} of {{limit}}); rounding {}; account {} ({}).",
                    o.delta, o.ratio, o.rounded, o.account, o.account
                )
                .unwrap();
                black_box(&out);
            }
        }),
        bench_batch("localized(zh) 3 str: errcodes", 30, N, || {
            for w in &wrong {
                out.clear();
                write!(out, "{}", black_box(w).localized(black_box("zh"))).unwrap();
                black_box(&out);
            }
        }),
        bench_batch("localized(zh) 3 str: write!", 30, N, || {
            for w in &wrong {
                let w = black_box(w);
                out.clear();
                if black_box("zh") == "zh" {
                    write!(
                        out,
                        "字段 '{}' 的类型无效：应为 '{}'，实际为 '{}'。",
                        w.field, w.expected, w.actual
                    )
                    .unwrap();
                }
                black_box(&out);
            }
        }),
        bench_batch("parse 3 str: errcodes", 30, N, || {
            for text in &sent {
                black_box(InvalidFieldType::parse(black_box(text)));
            }
        }),
        bench_batch("parse 3 str: by hand", 30, N, || {
            for text in &sent {
                black_box(parse_by_hand(black_box(text)));
            }
        }),
        bench_batch("parse 3 str, the zh translation: errcodes", 30, N, || {
            for text in &sent_zh {
                black_box(InvalidFieldType::parse(black_box(text)));
            }
        }),
        bench_batch("parse i64, f64, bool, str twice: errcodes", 30, N, || {
            for text in &sent_off {
                black_box(BalanceOff::parse(black_box(text)));
            }
        }),
    ];
    let mut rows = rows;
    rows.extend(hostile_rows());
    println!("{HEADER}");
    for row in rows {
        println!("{}", row.row());
    }
}

/// `unit` repeated to about a megabyte, between `before` and `after`.
fn built(before: &str, unit: &str, after: &str) -> String {
    let mut text = String::from(before);
    while text.len() < 1_000_000 {
        text.push_str(unit);
    }
    text.push_str(after);
    text
}

/// The worst texts of the hostile-input tests at 1 MB, one row each: a
/// reader that tried every split would take minutes to hours on each.
fn hostile_rows() -> Vec<errcodes_bench::harness::Summary> {
    use hostile::*;
    let cases: Vec<(&str, String, fn(&str) -> bool)> = vec![
        (
            "hostile 1 MB, 2 str, no split",
            built("Values ", ", ", ""),
            |t| TwoValues::parse(t).is_some(),
        ),
        (
            "hostile 1 MB, 3 str (INVALID_FIELD_TYPE), no split",
            built(
                "Invalid value type for field '",
                "', expected type '', but got '",
                "'",
            ),
            |t| InvalidFieldType::parse(t).is_some(),
        ),
        (
            "hostile 1 MB, 3 str, the separators' first byte throughout",
            built("Invalid value type for field '", "'", "'."),
            |t| InvalidFieldType::parse(t).is_some(),
        ),
        (
            "hostile 1 MB, 4 str, every split",
            built("", ",, ", ","),
            |t| FourValues::parse(t).is_some(),
        ),
        ("hostile 1 MB, 5 str, no split", built("", "; ", ""), |t| {
            FiveValues::parse(t).is_some()
        }),
        (
            "hostile 1 MB, u64 x str x i64, no split",
            built("", "1 x ", "-"),
            |t| NumbersBesideText::parse(t).is_some(),
        ),
        ("hostile 1 MB, f64 e str", built("", "1e", ""), |t| {
            DecimalBesideE::parse(t).is_some()
        }),
        (
            "hostile 1 MB, u32 0 u32, all zeros",
            built("", "0", ""),
            |t| ZeroBetweenNumbers::parse(t).is_some(),
        ),
        (
            "hostile 1 MB, a value used twice (step budget)",
            built("", "x (", ""),
            |t| UsedTwice::parse(t).is_some(),
        ),
    ];
    cases
        .into_iter()
        .map(|(name, text, parse)| {
            bench_batch(name, 10, 1, || {
                black_box(parse(black_box(&text)));
            })
        })
        .collect()
}
