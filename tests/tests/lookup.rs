//! `from_code` finds every code and nothing else, through a table of rows
//! for numbers close together, a bitmap for numbers further apart and a
//! search for thinly spread ones.

use errcodes::leancloud::ErrorCode;

errcodes::error_codes!("catalogs/sparse.yaml", name = Sparse);
errcodes::error_codes!("catalogs/shop.yaml", name = Shop);
errcodes::error_codes!("catalogs/spread.yaml", name = Spread);

/// Every number from 0 to past the largest code, checked against `ALL`.
fn exhaustive<C: errcodes::Code>(past: u32) {
    let numbers: Vec<u32> = C::ALL.iter().map(|c| c.code()).collect();
    for number in 0..=past {
        let expected = numbers
            .iter()
            .position(|&n| n == number)
            .map(|row| C::ALL[row]);
        assert_eq!(C::from_code(number), expected, "{number}");
    }
}

#[test]
fn close_numbers_every_hit_and_miss() {
    exhaustive::<ErrorCode>(5_000);
    exhaustive::<Shop>(300);
    for number in [u32::MAX, u32::MAX - 1, 1 << 31, 4_564, 4_600] {
        assert_eq!(ErrorCode::from_code(number), None, "{number}");
    }
}

#[test]
fn numbers_further_apart_every_hit_and_miss() {
    exhaustive::<Spread>(1_000);
    assert_eq!(Spread::from_code(164), Some(Spread::Third));
    assert_eq!(Spread::from_code(u32::MAX), None);
}

#[test]
fn thinly_spread_numbers() {
    assert_eq!(Sparse::from_code(0), Some(Sparse::Zero));
    assert_eq!(Sparse::from_code(1_000_000), Some(Sparse::Million));
    assert_eq!(Sparse::from_code(u32::MAX), Some(Sparse::Last));
    for number in [1, 999_999, 1_000_001, u32::MAX - 1] {
        assert_eq!(Sparse::from_code(number), None, "{number}");
    }
    assert_eq!(Sparse::Last.code(), u32::MAX);
    assert_eq!(Sparse::Million.message(), "A million.");
}
