//! The one policy for a second thread. The macro runs inside a compiler
//! whose front end leaves the machine's other core idle, so the large steps
//! of a big catalog split their work in two: reading the YAML of the
//! `codes` list (and checking its characters), reading its entries, and
//! writing the expansion. Each pays on the 10,000-code catalog
//! (BENCHMARKS.md, "Threads"); below [`PARALLEL_FROM`] entries none is worth
//! starting a thread for.

use std::cell::Cell;
use std::sync::mpsc;

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
pub fn beside<O: Send, H, F: FnOnce() -> O + Send>(
    name: &str,
    other: F,
    here: impl FnOnce() -> H,
) -> (O, H) {
    if ONE_THREAD.with(Cell::get) {
        return sequential(other, here);
    }
    std::thread::scope(|scope| {
        // The thread gets its work once it runs, so the work is still this
        // thread's to do when no thread can be started.
        let (send, receive) = mpsc::sync_channel::<F>(1);
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn_scoped(scope, move || receive.recv().map(|other| other()));
        let Ok(thread) = spawned else {
            return sequential(other, here);
        };
        if let Err(mpsc::SendError(other)) = send.send(other) {
            return sequential(other, here);
        }
        let here = here();
        match thread.join() {
            Ok(Ok(other)) => (other, here),
            // Unreachable whatever the catalog: `recv` fails only on a
            // channel that is empty and has no sender left, and the work
            // was sent on it above (the thread's first act is to receive
            // it; a panic there is resumed in the arm below).
            Ok(Err(mpsc::RecvError)) => unreachable!("the second thread received its work"),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `other`, then `here`, on this thread.
fn sequential<O, H>(other: impl FnOnce() -> O, here: impl FnOnce() -> H) -> (O, H) {
    let other = other();
    (other, here())
}
