//! Every generated accessor and conversion works without touching the heap,
//! proved with a global allocator that counts the calls made while they run.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;

use errcodes::leancloud::ErrorCode;
use errcodes::Open;

errcodes::error_codes!("catalogs/api.yaml", name = Api);
errcodes::error_codes!("catalogs/params.yaml", name = WithValues);

struct Counting;

thread_local! {
    /// Allocations made on this thread while counting is on (`None` when off).
    static COUNT: Cell<Option<usize>> = const { Cell::new(None) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a thread-local `Cell` that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        COUNT.with(|count| count.set(count.get().map(|n| n + 1)));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through `alloc` above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        COUNT.with(|count| count.set(count.get().map(|n| n + 1)));
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    COUNT.with(|count| count.set(Some(0)));
    f();
    COUNT.with(|count| count.replace(None)).unwrap_or(0)
}

#[test]
fn the_counter_sees_allocations() {
    assert!(allocations(|| drop(black_box(vec![1_u8; 16]))) > 0);
}

#[test]
fn generated_accessors_do_not_allocate() {
    // Room for any message, so formatting into it never grows it.
    let mut text = String::with_capacity(4096);
    let n = allocations(|| {
        for &code in ErrorCode::ALL {
            black_box(code.code());
            black_box(code.name());
            black_box(code.message());
            black_box(code.also());
            black_box(code.messages());
            black_box(code.group());
            black_box(code.http_status());
            black_box(code.description("en"));
            black_box(code.description("zh"));
            black_box(code.deprecated());
            black_box(code.entry());
            black_box(ErrorCode::from_code(code.code()));
            black_box(ErrorCode::from_name(code.name()));
            let _ = black_box(ErrorCode::try_from(code.code()));
            let _ = black_box(ErrorCode::from_str(code.name()));
            black_box(u32::from(code));
            black_box(<ErrorCode as errcodes::Code>::message(code));
            black_box(code.status());
            black_box(code.entry().descriptions().count());
            let open = Open::<ErrorCode>::from(code.code());
            text.clear();
            write!(text, "{code} {code:#} {code:?} {open} {open:?}").unwrap();
            black_box(&text);
        }
        // Documentation links format without allocating, and open codes
        // keep numbers the catalog lacks.
        for &code in Api::ALL {
            text.clear();
            write!(text, "{}", code.docs_url().unwrap()).unwrap();
            black_box(&text);
        }
        let unknown = Open::<ErrorCode>::from(987_654);
        text.clear();
        write!(text, "{unknown} {unknown:?} {}", unknown.code()).unwrap();
        black_box(&text);
        black_box(ErrorCode::from_code(9999));
        let _ = black_box(ErrorCode::try_from(9999));
        let err = ErrorCode::from_str("NO_SUCH_CODE").unwrap_err();
        text.clear();
        write!(text, "{err} {err:?}").unwrap();
        black_box(&text);
    });
    assert_eq!(n, 0, "the generated API allocated {n} times");
}

#[test]
fn messages_with_values_format_and_parse_without_allocating() {
    use errcodes::Args as _;
    use with_values::{BalanceOff, InvalidFieldType};

    let wrong = InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    };
    let off = BalanceOff {
        delta: -3,
        ratio: 0.25,
        rounded: true,
        account: "acme",
    };
    let mut text = String::with_capacity(4096);
    let mut sent = String::with_capacity(4096);
    write!(sent, "{}", wrong.localized("zh")).unwrap();
    let n = allocations(|| {
        for lang in ["en", "zh", "fr", "de"] {
            text.clear();
            write!(
                text,
                "{wrong} {} {off} {}",
                wrong.localized(lang),
                off.localized(lang)
            )
            .unwrap();
            black_box(&text);
        }
        black_box(InvalidFieldType::parse(&sent));
        text.clear();
        write!(text, "{off}").unwrap();
        black_box(BalanceOff::parse(&text));
        black_box(off.values().count());
        black_box(WithValues::BalanceOff.params());
        black_box(WithValues::InvalidFieldType.translation("zh"));
        black_box(WithValues::from(off));
    });
    assert_eq!(n, 0, "messages with values allocated {n} times");
    assert!(InvalidFieldType::parse(&sent).is_some());
}
