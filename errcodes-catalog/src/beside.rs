//! Two pieces of work at once: the macro runs inside a compiler whose front
//! end leaves the machine's other core idle, so the large steps of reading
//! a big catalog split their work over two threads.

/// Runs `other` on a second thread (named `name`) while this one runs
/// `here`: `other`'s result, `None` if no thread could be started (`other`
/// is then dropped unrun, and the caller does without it or runs its work
/// itself), and `here`'s. A panic on the second thread is resumed on this
/// one.
pub(crate) fn beside<O: Send, H>(
    name: &str,
    other: impl FnOnce() -> O + Send,
    here: impl FnOnce() -> H,
) -> (Option<O>, H) {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn_scoped(scope, other);
        let here = here();
        let other = spawned.ok().map(|handle| {
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        (other, here)
    })
}
