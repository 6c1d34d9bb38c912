//! The bulky items written beside the compiler's lexing.

use proc_macro2::TokenStream;

use super::bulk::{const_text, variant_text};
use super::tables::lists;
use super::Cx;
use crate::text::{Spelled, Text};

/// The bulky items, written as text on two threads and handed to the
/// compiler's lexer by this one (the only thread that may call it): the
/// enum, the constants module and the tables.
///
/// rustc's front end is single-threaded, so the second core is otherwise
/// idle. The second thread writes the constants, then the tables' lists,
/// then the later half of the variants, handing each over as it is done;
/// meanwhile this thread writes the first half of the variants and lexes
/// each piece as it arrives, so the writing of one overlaps the lexing of
/// another. Without a second thread, this one writes everything.
pub(super) fn written_in_parallel(
    cx: &Cx<'_>,
    enum_name: &Spelled,
    inner: &Spelled,
) -> (TokenStream, TokenStream, TokenStream) {
    let catalog = cx.catalog;
    let (first, later) = catalog.codes.split_at(catalog.codes.len() / 2);
    let consts_of = |text: Option<Text>| {
        cx.consts_module(&text.unwrap_or_else(|| const_text(catalog, enum_name, inner)))
    };
    std::thread::scope(|scope| {
        let (send_consts, consts_written) = std::sync::mpsc::channel();
        let (send_lists, lists_written) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("errcodes-expand".to_owned())
            .spawn_scoped(scope, move || {
                // The receiving side stays until this thread is joined.
                let _ = send_consts.send(const_text(catalog, enum_name, inner));
                let _ = send_lists.send(lists(catalog, enum_name));
                variant_text(catalog, later)
            });
        let mut variants = vec![variant_text(catalog, first).tokens()];
        let (consts, tables, rest) = match spawned {
            Ok(handle) => {
                let consts = consts_of(consts_written.recv().ok());
                let lists = lists_written
                    .recv()
                    .unwrap_or_else(|_| lists(catalog, enum_name));
                let tables = cx.tables(&lists);
                let rest = handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (consts, tables, rest)
            }
            Err(_) => (
                consts_of(None),
                cx.tables(&lists(catalog, enum_name)),
                variant_text(catalog, later),
            ),
        };
        variants.push(rest.tokens());
        (cx.enum_item(&variants), consts, tables)
    })
}
