//! The codes accepted so far while validating, indexed by number, name,
//! variant and former name: how clashes are found in time linear in the
//! catalog.

use std::collections::HashMap;

use crate::model::Code;
use crate::read::Placed;

/// The accepted entries in file order, indexed by number, name, variant
/// and former name, so checking for clashes stays linear in the size of the
/// catalog.
///
/// The indexes hold rows of `codes`, not copies of the keys: open addressing
/// over hashes of the keys, the keys compared in the rows. (Built for the
/// unoptimized code proc macros get by default, where the standard hash map
/// and its hasher cost many times more per lookup.)
pub(crate) struct SeenIndex {
    /// The accepted codes, in file order.
    pub(crate) codes: Vec<Code>,
    numbers: Slots,
    names: Slots,
    variants: Slots,
    /// Each former name: its code's number and where the name is written.
    aliases: HashMap<String, (u32, usize)>,
    /// The variant of each former name (a deprecated associated constant
    /// of the enum): the former name, its code's number, where it is written.
    alias_variants: HashMap<String, (String, u32, usize)>,
}

impl SeenIndex {
    pub(crate) fn with_capacity(codes: usize) -> SeenIndex {
        SeenIndex {
            codes: Vec::with_capacity(codes),
            numbers: Slots::with_capacity(codes),
            names: Slots::with_capacity(codes),
            variants: Slots::with_capacity(codes),
            aliases: HashMap::new(),
            alias_variants: HashMap::new(),
        }
    }

    /// Accepts `code`, whose former names are written at `aliases`.
    pub(crate) fn insert(&mut self, code: Code, aliases: Vec<Placed<String>>) {
        let row = self.codes.len();
        self.numbers.insert(number_hash(code.code), row);
        self.names.insert(errcodes_core::fnv1a(&code.name), row);
        self.variants
            .insert(errcodes_core::fnv1a(&code.variant), row);
        for alias in aliases {
            let variant = crate::names::variant_of(&alias.value);
            self.alias_variants
                .insert(variant, (alias.value.clone(), code.code, alias.at));
            self.aliases.insert(alias.value, (code.code, alias.at));
        }
        self.codes.push(code);
    }

    /// The code that already has `name` as an alias, and where it is written.
    pub(crate) fn by_alias(&self, name: &str) -> Option<(u32, usize)> {
        self.aliases.get(name).copied()
    }

    /// The former name whose variant is `variant`: the name, its code's
    /// number, and where it is written.
    pub(crate) fn by_alias_variant(&self, variant: &str) -> Option<(&str, u32, usize)> {
        self.alias_variants
            .get(variant)
            .map(|(name, code, at)| (name.as_str(), *code, *at))
    }

    pub(crate) fn by_code(&self, number: u32) -> Option<&Code> {
        self.row(&self.numbers, number_hash(number), |code| {
            code.code == number
        })
    }

    pub(crate) fn by_name(&self, name: &str) -> Option<&Code> {
        self.row(&self.names, errcodes_core::fnv1a(name), |code| {
            code.name == name
        })
    }

    pub(crate) fn by_variant(&self, variant: &str) -> Option<&Code> {
        self.row(&self.variants, errcodes_core::fnv1a(variant), |code| {
            code.variant == variant
        })
    }

    fn row(&self, slots: &Slots, hash: u64, is: impl Fn(&Code) -> bool) -> Option<&Code> {
        slots
            .find(hash, |row| self.codes.get(row).is_some_and(&is))
            .and_then(|row| self.codes.get(row))
    }
}

/// An open-addressing table of rows: a power of two of slots, each 0 (free)
/// or a row plus one, at least half of them free.
struct Slots {
    slots: Vec<u32>,
    mask: usize,
}

impl Slots {
    fn with_capacity(rows: usize) -> Slots {
        let size = rows.saturating_mul(2).max(2).next_power_of_two();
        Slots {
            slots: vec![0; size],
            mask: size - 1,
        }
    }

    /// The first row from `hash`'s slot on that `is`.
    fn find(&self, hash: u64, is: impl Fn(usize) -> bool) -> Option<usize> {
        // Truncating the hash to the table's size is the point.
        #[allow(clippy::cast_possible_truncation)]
        let mut at = hash as usize & self.mask;
        // At most every slot once, whatever happens.
        for _ in 0..self.slots.len() {
            let row = *self.slots.get(at)?;
            if row == 0 {
                return None;
            }
            let row = row as usize - 1;
            if is(row) {
                return Some(row);
            }
            at = (at + 1) & self.mask;
        }
        None
    }

    fn insert(&mut self, hash: u64, row: usize) {
        let Ok(stored) = u32::try_from(row + 1) else {
            return;
        };
        #[allow(clippy::cast_possible_truncation)]
        let mut at = hash as usize & self.mask;
        for _ in 0..self.slots.len() {
            match self.slots.get_mut(at) {
                Some(slot) if *slot == 0 => {
                    *slot = stored;
                    return;
                }
                Some(_) => at = (at + 1) & self.mask,
                None => return,
            }
        }
    }
}

/// A number spread over the hash's high bits, folded to the low ones.
fn number_hash(number: u32) -> u64 {
    let spread = u64::from(number).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    spread ^ (spread >> 32)
}
