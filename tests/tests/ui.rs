//! Malformed catalogs and arguments fail to compile with a clear message.

#[test]
fn ui() {
    // trybuild compiles each case in a scratch crate under `target/`, so the
    // catalogs next to the cases are found through the override the macro
    // documents for test harnesses (dtolnay/trybuild#202).
    std::env::set_var(
        "ERRCODES_CATALOG_DIR",
        concat!(env!("CARGO_MANIFEST_DIR"), "/ui"),
    );
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
