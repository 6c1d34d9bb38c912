//! Where each node of a file starts, for the files the general reader reads.
//!
//! `serde_yaml` gives positions only with its errors. It runs on libyaml (the
//! `unsafe-libyaml` translation), whose events carry the byte offset at which
//! each node starts; this module drives that parser over the text once and
//! writes those offsets into the tree `serde_yaml` built. So every position
//! is the one `serde_yaml` itself reports for an error at that node, found in
//! one pass for all of them. This is the only unsafe code of the crate: the
//! parser's C-style interface, kept to [`Parser`].

use std::collections::HashMap;
use std::ffi::CStr;
use std::mem::MaybeUninit;

use super::{Kind, Node};

/// One event of the parser, as far as positions need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    Scalar,
    Start,
    End,
    /// An alias of the node whose event is at this index.
    Alias(usize),
}

/// The events of `text`'s first document: what each is and where it starts.
/// `None` when the parser fails (the general reader reports that itself).
fn events(text: &str) -> Option<Vec<(Event, usize)>> {
    let mut parser = Parser::new(text)?;
    let mut events = Vec::new();
    let mut anchors: HashMap<Vec<u8>, usize> = HashMap::new();
    loop {
        let raw = parser.next()?;
        let event = match raw.kind {
            RawKind::Scalar => Event::Scalar,
            RawKind::Start => Event::Start,
            RawKind::End => Event::End,
            RawKind::Alias => Event::Alias(*anchors.get(raw.anchor.as_ref()?)?),
            RawKind::Other => continue,
            RawKind::DocumentEnd => return Some(events),
        };
        if let (Some(anchor), Event::Scalar | Event::Start) = (raw.anchor, event) {
            anchors.insert(anchor, events.len());
        }
        events.push((event, raw.at));
    }
}

/// Writes into `node` and its children where each starts in `text`, which
/// the general reader read to `node`. A tree the events do not fit (which
/// would be a bug) keeps the offsets it has.
pub(super) fn place(node: &mut Node<'_>, text: &str) {
    if let Some(events) = events(text) {
        let mut next = 0;
        let _ = Placer { events: &events }.node(node, &mut next, 0);
    }
}

struct Placer<'e> {
    events: &'e [(Event, usize)],
}

/// Deeper than the general reader's own limit: a tree this deep is not one
/// it built.
const MAX_DEPTH: usize = 512;

impl Placer<'_> {
    /// Places `node`, whose first event is at `*next`; moves `*next` past
    /// the node's events. `None` when they do not fit the node.
    fn node(&self, node: &mut Node<'_>, next: &mut usize, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        let &(event, at) = self.events.get(*next)?;
        *next += 1;
        if let Event::Alias(target) = event {
            // The general reader replays the anchored node's events, with
            // their positions; so does this.
            let mut replay = target;
            return self.node(node, &mut replay, depth + 1);
        }
        node.at = at;
        match (&mut node.kind, event) {
            // A tagged collection is one node of the tree: its events are skipped.
            (Kind::Tagged(_), Event::Start) => self.skip(next),
            (Kind::Seq(items), Event::Start) => {
                for item in items {
                    self.node(item, next, depth + 1)?;
                }
                self.end(next)
            }
            (Kind::Map(pairs), Event::Start) => {
                for (key, value) in pairs {
                    self.node(key, next, depth + 1)?;
                    self.node(value, next, depth + 1)?;
                }
                self.end(next)
            }
            (
                Kind::Null
                | Kind::Bool(_)
                | Kind::Int(_)
                | Kind::Float(_)
                | Kind::Str(_)
                | Kind::Tagged(_),
                Event::Scalar,
            ) => Some(()),
            _ => None,
        }
    }

    fn end(&self, next: &mut usize) -> Option<()> {
        let &(event, _) = self.events.get(*next)?;
        *next += 1;
        (event == Event::End).then_some(())
    }

    /// Moves `*next` past the end of the collection whose start it follows.
    fn skip(&self, next: &mut usize) -> Option<()> {
        let mut open = 1_usize;
        while open > 0 {
            let &(event, _) = self.events.get(*next)?;
            *next += 1;
            match event {
                Event::Start => open += 1,
                Event::End => open -= 1,
                Event::Scalar | Event::Alias(_) => {}
            }
        }
        Some(())
    }
}

/// What the parser's event is.
enum RawKind {
    Scalar,
    Start,
    End,
    Alias,
    DocumentEnd,
    Other,
}

struct RawEvent {
    kind: RawKind,
    at: usize,
    anchor: Option<Vec<u8>>,
}

/// The libyaml parser over a text it borrows.
struct Parser<'t> {
    /// Boxed: the parser must not move once initialized.
    sys: Box<MaybeUninit<unsafe_libyaml::yaml_parser_t>>,
    _text: &'t str,
}

impl<'t> Parser<'t> {
    fn new(text: &'t str) -> Option<Parser<'t>> {
        let mut sys = Box::new(MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit());
        let parser = sys.as_mut_ptr();
        // SAFETY: `parser` points at memory the box owns, which
        // `yaml_parser_initialize` sets up; the input outlives the parser
        // (`_text` borrows it for the parser's lifetime).
        unsafe {
            if unsafe_libyaml::yaml_parser_initialize(parser).fail {
                return None;
            }
            unsafe_libyaml::yaml_parser_set_encoding(parser, unsafe_libyaml::YAML_UTF8_ENCODING);
            unsafe_libyaml::yaml_parser_set_input_string(parser, text.as_ptr(), text.len() as u64);
        }
        Some(Parser { sys, _text: text })
    }

    /// The next event; `None` at an error (the callers stop there).
    fn next(&mut self) -> Option<RawEvent> {
        let parser = self.sys.as_mut_ptr();
        let mut event = MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
        // SAFETY: the parser was initialized in `new`; after a successful
        // `yaml_parser_parse` the event is initialized, its anchor pointers
        // are null or point at NUL-terminated strings, and it is read before
        // `yaml_event_delete` frees it.
        unsafe {
            let event = event.as_mut_ptr();
            if unsafe_libyaml::yaml_parser_parse(parser, event).fail {
                return None;
            }
            let anchor = |ptr: *const u8| {
                (!ptr.is_null()).then(|| CStr::from_ptr(ptr.cast()).to_bytes().to_vec())
            };
            let (kind, anchor) = match (*event).type_ {
                unsafe_libyaml::YAML_SCALAR_EVENT => {
                    (RawKind::Scalar, anchor((*event).data.scalar.anchor))
                }
                unsafe_libyaml::YAML_SEQUENCE_START_EVENT => {
                    (RawKind::Start, anchor((*event).data.sequence_start.anchor))
                }
                unsafe_libyaml::YAML_MAPPING_START_EVENT => {
                    (RawKind::Start, anchor((*event).data.mapping_start.anchor))
                }
                unsafe_libyaml::YAML_SEQUENCE_END_EVENT
                | unsafe_libyaml::YAML_MAPPING_END_EVENT => (RawKind::End, None),
                unsafe_libyaml::YAML_ALIAS_EVENT => {
                    (RawKind::Alias, anchor((*event).data.alias.anchor))
                }
                unsafe_libyaml::YAML_DOCUMENT_END_EVENT | unsafe_libyaml::YAML_STREAM_END_EVENT => {
                    (RawKind::DocumentEnd, None)
                }
                _ => (RawKind::Other, None),
            };
            let at = usize::try_from((*event).start_mark.index).unwrap_or(usize::MAX);
            unsafe_libyaml::yaml_event_delete(event);
            Some(RawEvent { kind, at, anchor })
        }
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: the parser was initialized in `new` (a parser that failed
        // to initialize is never built) and is deleted once.
        unsafe { unsafe_libyaml::yaml_parser_delete(self.sys.as_mut_ptr()) }
    }
}
