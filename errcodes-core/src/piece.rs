//! The parts of a message template.

/// One part of a message template: text written as it is, or the value of
/// the parameter at an index. The catalog pipeline holds its text as
/// `String`s (`errcodes_catalog::TemplatePart`); the tables the macro writes
/// hold it as `&'static str`s, which `parse` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Piece<S> {
    /// Text written as it is (braces unescaped).
    Text(S),
    /// The value of the parameter at this index.
    Value(usize),
}
