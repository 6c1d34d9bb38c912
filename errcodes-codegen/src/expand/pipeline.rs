//! The bulky items written beside the compiler's lexing.

use errcodes_catalog::{
    __CloseOnDrop as CloseOnDrop, __Handoff as Handoff, __beside as beside,
    __worth_a_thread as worth_a_thread,
};
use proc_macro2::TokenStream;

use super::bulk::{const_text, variant_text};
use super::tables::lists;
use super::Cx;
use crate::text::Spelled;

/// The bulky items, written as text and handed to the compiler's lexer by
/// this thread (the only one that may call it): the enum, the constants
/// module and the tables.
///
/// rustc's front end is single-threaded, so for a large catalog the other
/// core is otherwise idle: a second thread writes the constants, then the
/// tables' lists, then the later half of the variants, handing each over as
/// it is done, while this thread writes the first half of the variants and
/// lexes each piece as it arrives, so the writing of one overlaps the
/// lexing of another. Without a second thread (a small catalog, or none
/// could start), this one writes everything first and then lexes it.
pub(super) fn written_in_parallel(
    cx: &Cx<'_>,
    enum_name: &Spelled,
    inner: &Spelled,
    structs: &TokenStream,
) -> (TokenStream, TokenStream, TokenStream) {
    let catalog = cx.catalog;
    let (first, later) = catalog.codes.split_at(catalog.codes.len() / 2);
    let (consts_written, lists_written) = (Handoff::default(), Handoff::default());
    let write_the_rest = || {
        // However this work ends, nothing waits for what it did not send.
        let _closing = (CloseOnDrop(&consts_written), CloseOnDrop(&lists_written));
        consts_written.send(const_text(catalog, enum_name, inner));
        lists_written.send(lists(catalog, enum_name));
        variant_text(catalog, later)
    };
    let lex_as_written = || {
        let variants = variant_text(catalog, first).tokens();
        // Each is sent before the work ends, so received whichever thread
        // did it; written here again only if it was not.
        let consts = consts_written
            .receive()
            .unwrap_or_else(|| const_text(catalog, enum_name, inner));
        let consts = cx.consts_module(&consts, structs);
        let lists = lists_written
            .receive()
            .unwrap_or_else(|| lists(catalog, enum_name));
        (variants, consts, cx.tables(&lists))
    };
    let (rest, (variants, consts, tables)) = if worth_a_thread(catalog.codes.len()) {
        beside("errcodes-expand", write_the_rest, lex_as_written)
    } else {
        let rest = write_the_rest();
        (rest, lex_as_written())
    };
    (cx.enum_item(&[variants, rest.tokens()]), consts, tables)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    /// A catalog large enough for the second thread expands to the same
    /// tokens when the work stays on one thread.
    #[test]
    fn one_thread_writes_the_same_expansion() {
        let count = 4002;
        let mut text = String::from("codes:\n");
        for n in 0..count {
            let _ = writeln!(
                text,
                "  - code: {n}\n    name: CODE_{n}\n    message: Message {n}.\n    aliases: [OLD_{n}]"
            );
        }
        assert!(errcodes_catalog::__worth_a_thread(count));
        let args = crate::args::Args::parse("\"codes.yaml\"".parse().unwrap())
            .ok()
            .unwrap();
        let expand = || {
            let catalog = errcodes_catalog::check("codes.yaml", &text).ok().unwrap();
            super::super::expand(&catalog, &args, &[], crate::expand::Target::Macro).to_string()
        };
        let threads = expand();
        let alone = errcodes_catalog::__one_thread(expand);
        assert!(threads == alone, "the expansions differ");
        assert!(threads.contains("CODE_4001"));
    }
}
