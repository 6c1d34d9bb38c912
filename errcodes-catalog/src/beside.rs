//! The one policy for a second thread. The macro runs inside a compiler
//! whose front end leaves the machine's other core idle, so the large steps
//! of a big catalog split their work in two: reading the YAML of the
//! `codes` list (and checking its characters), reading its entries, and
//! writing the expansion. Each pays on the 10,000-code catalog
//! (BENCHMARKS.md, "Threads"); below [`PARALLEL_FROM`] entries none is worth
//! starting a thread for.

use std::any::Any;
use std::cell::Cell;
use std::sync::{Condvar, Mutex};

/// From this many code entries on, a step's work is split over two threads.
pub const PARALLEL_FROM: usize = 2000;

/// Whether work on `entries` code entries is split over two threads.
pub fn worth_a_thread(entries: usize) -> bool {
    entries >= PARALLEL_FROM && !ONE_THREAD.with(Cell::get)
}

thread_local! {
    /// Set by [`one_thread`]: every step runs on the calling thread.
    static ONE_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with every step of the pipeline on this thread, as when no
/// second thread can be started (for the tests of that path).
pub fn one_thread<R>(f: impl FnOnce() -> R) -> R {
    let before = ONE_THREAD.with(|one| one.replace(true));
    let out = f();
    ONE_THREAD.with(|one| one.set(before));
    out
}

/// Runs `other` on a second thread (named `name`) while this one runs
/// `here`, and returns both results. Without a second thread (none could be
/// started, or [`one_thread`] says so) this thread runs `other`, then
/// `here`; so `here` may wait for what `other` sends it. A panic on the
/// second thread is resumed on this one.
///
/// Generic only in this thin wrapper: the threads are started by one
/// function of `dyn` closures (`both`), so the standard library's thread
/// and synchronisation code is compiled once, not once per caller (the
/// macro's dependencies are compiled in every user's clean build).
pub fn beside<O: Send, H, F: FnOnce() -> O + Send>(
    name: &str,
    other: F,
    here: impl FnOnce() -> H,
) -> (O, H) {
    let (mut other, mut here) = (Some(other), Some(here));
    let (mut other_out, mut here_out) = (None, None);
    both(
        name,
        &mut || other_out = other.take().map(|f| f()),
        &mut || here_out = here.take().map(|f| f()),
    );
    match (other_out, here_out) {
        (Some(other), Some(here)) => (other, here),
        // `both` runs each closure once, or resumes the panic that stopped one.
        _ => unreachable!("both closures ran"),
    }
}

/// `other` on a second thread while this one runs `here`; both on this one
/// (`other` first) when no thread can be started.
fn both(name: &str, other: &mut (dyn FnMut() + Send), here: &mut dyn FnMut()) {
    if ONE_THREAD.with(Cell::get) {
        other();
        here();
        return;
    }
    // The work stays here until the thread takes it, so it is still this
    // thread's to do when no thread can be started.
    let work: Mutex<Option<&mut (dyn FnMut() + Send)>> = Mutex::new(Some(other));
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn_scoped(scope, || {
                let taken = work.lock().map(|mut slot| slot.take()).ok().flatten();
                if let Some(other) = taken {
                    other();
                }
            });
        if spawned.is_err() {
            let taken = work.lock().map(|mut slot| slot.take()).ok().flatten();
            if let Some(other) = taken {
                other();
            }
        }
        here();
        if let Ok(thread) = spawned {
            if let Err(panic) = thread.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

/// A value handed from the second thread to this one as soon as it is
/// ready: what `send` puts in, `receive` waits for; `None` once the sending
/// side is gone without sending (it panicked, and the panic is resumed by
/// [`beside`]). Type-erased, so compiled once.
pub struct Handoff {
    slot: Mutex<Slot>,
    ready: Condvar,
}

enum Slot {
    Waiting,
    Sent(Box<dyn Any + Send>),
    Closed,
}

impl Default for Handoff {
    fn default() -> Self {
        Handoff {
            slot: Mutex::new(Slot::Waiting),
            ready: Condvar::new(),
        }
    }
}

impl Handoff {
    /// Hands `value` over.
    pub fn send<T: Send + 'static>(&self, value: T) {
        self.put(Slot::Sent(Box::new(value)));
    }

    /// Marks the sending side gone: a `receive` still waiting gets `None`.
    /// A value already sent stays.
    pub fn close(&self) {
        if let Ok(slot) = self.slot.lock() {
            if matches!(*slot, Slot::Sent(_)) {
                return;
            }
        }
        self.put(Slot::Closed);
    }

    fn put(&self, value: Slot) {
        if let Ok(mut slot) = self.slot.lock() {
            *slot = value;
        }
        self.ready.notify_all();
    }

    /// The value sent, waiting for it; `None` if none of type `T` will come.
    pub fn receive<T: 'static>(&self) -> Option<T> {
        let mut slot = self.slot.lock().ok()?;
        loop {
            match std::mem::replace(&mut *slot, Slot::Closed) {
                Slot::Sent(value) => return value.downcast().ok().map(|value| *value),
                Slot::Closed => return None,
                Slot::Waiting => {
                    *slot = Slot::Waiting;
                    slot = self.ready.wait(slot).ok()?;
                }
            }
        }
    }
}

/// Closes a [`Handoff`] when dropped: on every way out of the sending
/// side, a panic included.
pub struct CloseOnDrop<'a>(pub &'a Handoff);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}
