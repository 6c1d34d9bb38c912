//! Texts built to defeat a backtracking reader: `parse` reads each in time
//! proportional to its length. Each shape repeats what its template's
//! separators are made of so that a search would try every split, and the
//! texts grow from 1 KB to 1 MB; the limit is generous (a loaded machine,
//! an unoptimized build), a reader that tries every split misses it by
//! orders of magnitude (minutes at 10 KB).

use std::time::{Duration, Instant};

errcodes::error_codes!("catalogs/hostile.yaml");

use error_code::{
    DecimalBesideE, FiveValues, FourValues, InvalidFieldType, NumbersBesideText, TwoValues,
    UsedTwice, ZeroBetweenNumbers,
};

/// The sizes every shape is read at.
const SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];

/// `unit` repeated to `size` bytes, between `before` and `after`.
fn built(before: &str, unit: &str, size: usize, after: &str) -> String {
    let mut text = String::with_capacity(size + before.len() + after.len());
    text.push_str(before);
    while text.len() < size {
        text.push_str(unit);
    }
    text.push_str(after);
    text
}

/// Parses `text` with `parse`, which must answer `want` (whether it reads)
/// within the limit.
fn within(what: &str, text: &str, parse: impl Fn(&str) -> bool, want: bool) {
    let start = Instant::now();
    let read = parse(text);
    let took = start.elapsed();
    assert_eq!(read, want, "{what}, {} bytes", text.len());
    assert!(
        took < Duration::from_secs(20),
        "{what}, {} bytes: {took:?}",
        text.len()
    );
}

#[test]
fn values_of_text_between_repeated_separators() {
    for size in SIZES {
        // No closing `.`: every split of the commas fails.
        within(
            "two",
            &built("Values ", ", ", size, ""),
            |t| TwoValues::parse(t).is_some(),
            false,
        );
        within(
            "two, read",
            &built("Values ", ", ", size, "."),
            |t| TwoValues::parse(t).is_some(),
            true,
        );
        within(
            "three",
            &built(
                "Invalid value type for field '",
                "', expected type '', but got '",
                size,
                "'",
            ),
            |t| InvalidFieldType::parse(t).is_some(),
            false,
        );
        within(
            "three, read",
            &built(
                "Invalid value type for field '",
                "', expected type '', but got '",
                size,
                "'.",
            ),
            |t| InvalidFieldType::parse(t).is_some(),
            true,
        );
        within(
            "four",
            &built("", ", ", size, "x"),
            |t| FourValues::parse(t).is_some(),
            true,
        );
        within(
            "four, none",
            &built("", ",, ", size, ","),
            |t| FourValues::parse(t).is_some(),
            true,
        );
        within(
            "five",
            &built("", "; ", size, ""),
            |t| FiveValues::parse(t).is_some(),
            false,
        );
        within(
            "five, read",
            &built("", "; ", size, "."),
            |t| FiveValues::parse(t).is_some(),
            true,
        );
    }
}

#[test]
fn numbers_beside_text_and_their_own_characters() {
    for size in SIZES {
        within(
            "counts",
            &built("", "1 x ", size, "-"),
            |t| NumbersBesideText::parse(t).is_some(),
            false,
        );
        within(
            "counts, read",
            &built("", "1 x ", size, "7"),
            |t| NumbersBesideText::parse(t).is_some(),
            true,
        );
        within(
            "exponents",
            &built("", "1e", size, ""),
            |t| DecimalBesideE::parse(t).is_some(),
            true,
        );
        within(
            "exponents, none",
            &built("", "e1", size, ""),
            |t| DecimalBesideE::parse(t).is_some(),
            false,
        );
        within(
            "zeros",
            &built("", "0", size, ""),
            |t| ZeroBetweenNumbers::parse(t).is_some(),
            false,
        );
        within(
            "zeros, read",
            &built("", "0", size, "."),
            |t| ZeroBetweenNumbers::parse(t).is_some(),
            true,
        );
        within(
            "digits",
            &built("", "10", size, "1."),
            |t| ZeroBetweenNumbers::parse(t).is_some(),
            false,
        );
    }
}

#[test]
fn a_value_used_twice() {
    for size in SIZES {
        within(
            "twice",
            &built("", "x (", size, ""),
            |t| UsedTwice::parse(t).is_some(),
            false,
        );
        within(
            "twice, nested",
            &built("", "x (x) ", size, ""),
            |t| UsedTwice::parse(t).is_some(),
            false,
        );
    }
    // A message whose value holds the separator a hundred times reads
    // back; one that holds it fifty thousand times needs more steps than
    // the search is given (a step budget proportional to the text), and
    // reads nothing rather than taking quadratic time.
    for (copies, read) in [(100, Some(3)), (50_000, None)] {
        let account = "a (b".repeat(copies);
        let text = UsedTwice {
            account: &account,
            attempt: 3,
        }
        .to_string();
        within(
            "twice, formatted",
            &text,
            |t| UsedTwice::parse(t).is_some(),
            read.is_some(),
        );
        assert_eq!(UsedTwice::parse(&text).map(|u| u.attempt), read);
    }
}

#[test]
fn long_values_read_back_whole() {
    let zeros = format!("{}{}", "0".repeat(1_000_000), 4_294_967_295_u32);
    let text = format!("{zeros}0{zeros}.");
    // The first value cannot stop sooner: the second would have more
    // than ten significant digits.
    let read = ZeroBetweenNumbers::parse(&text).unwrap();
    assert_eq!((read.high, read.low), (4_294_967_295, 4_294_967_295));
    let digits = format!("{}.5", "9".repeat(500_000));
    let text = format!("{digits}e{digits}");
    let read = DecimalBesideE::parse(&text).unwrap();
    assert!(read.ratio.is_infinite());
    assert_eq!(read.rest, digits);
}
