//! Sorting by a number, compiled once.
//!
//! Each `sort_by_key` call with its own element and key type compiles the
//! standard library's sort again (a hundred functions each, at opt-level 0
//! in every user's clean build, since this crate is a dependency of the
//! macro). Every sort of the pipeline goes through [`sort_by`]: the keys
//! and positions are sorted as one `u64`/`u32` pair type, and the items
//! moved into that order.

/// Sorts `items` by `key`, stably.
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(at, item)| (key(item), u32::try_from(at).unwrap_or(u32::MAX)))
        .collect();
    if order.windows(2).all(|pair| pair[0] <= pair[1]) {
        return;
    }
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&(_, at)| slots.get_mut(at as usize).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::sort_by(&mut items, |item| item.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
    }
}
