//! Messages with values in them: the parameters a catalog declares for a
//! code (`params:`), their values, and the trait every generated struct of
//! values implements.

use core::fmt;
use core::iter::FusedIterator;

pub use errcodes_core::ParamKind;

use crate::Code;

/// A parameter of a code's message: `ErrorCode::params()` lists them in
/// the catalog's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Param {
    name: &'static str,
    kind: ParamKind,
}

impl Param {
    /// A parameter; for the generated tables only.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(name: &'static str, kind: ParamKind) -> Param {
        Param { name, kind }
    }

    /// The name, `lower_snake_case`: the placeholder `{name}` and the
    /// struct's field.
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its type.
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> ParamKind {
        self.kind
    }
}

/// The value of one parameter, borrowed from its struct.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Value<'a> {
    /// A `str` parameter.
    Str(&'a str),
    /// A `bool` parameter.
    Bool(bool),
    /// A `u32` parameter.
    U32(u32),
    /// A `u64` parameter.
    U64(u64),
    /// An `i32` parameter.
    I32(i32),
    /// An `i64` parameter.
    I64(i64),
    /// An `f64` parameter.
    F64(f64),
}

impl Value<'_> {
    /// The parameter's type.
    #[must_use]
    pub const fn kind(&self) -> ParamKind {
        match self {
            Value::Str(_) => ParamKind::Str,
            Value::Bool(_) => ParamKind::Bool,
            Value::U32(_) => ParamKind::U32,
            Value::U64(_) => ParamKind::U64,
            Value::I32(_) => ParamKind::I32,
            Value::I64(_) => ParamKind::I64,
            Value::F64(_) => ParamKind::F64,
        }
    }
}

/// The value as the message writes it: text as it is, `true`/`false`,
/// numbers as Rust's `Display` writes them (`1500`, `-3`, `0.25`, `NaN`,
/// `inf`). Width and precision are ignored, as in the message.
impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Str(text) => f.write_str(text),
            Value::Bool(value) => f.write_str(if value { "true" } else { "false" }),
            Value::U32(n) => write!(f, "{n}"),
            Value::U64(n) => write!(f, "{n}"),
            Value::I32(n) => write!(f, "{n}"),
            Value::I64(n) => write!(f, "{n}"),
            Value::F64(n) => write!(f, "{n}"),
        }
    }
}

/// A code's message with its values: implemented by the struct
/// `error_codes!` generates for every code with `params` (in the constants
/// module, named after the variant), so generic code can log, answer or
/// forward any of them.
///
/// `Display` writes the message with the values in it, without allocating.
///
/// ```
/// errcodes::error_codes!("../tests/catalogs/params.yaml");
/// use errcodes::{Args, Code, Value};
///
/// fn log_line<A: Args>(args: &A) -> String {
///     let mut line = format!("{} {}", args.code().code(), args.code().name());
///     for (name, value) in args.values() {
///         line += &format!(" {name}={value}");
///     }
///     line
/// }
///
/// let refund = error_code::RefundTooLarge { amount: 1500, remaining: 900 };
/// assert_eq!(refund.to_string(), "Refund of 1500 cents exceeds the remaining 900.");
/// assert_eq!(log_line(&refund), "4105 REFUND_TOO_LARGE amount=1500 remaining=900");
/// assert_eq!(refund.value(1), Some(Value::U64(900)));
/// ```
pub trait Args: fmt::Display + fmt::Debug {
    /// The enum of the catalog the code belongs to.
    type Code: Code;

    /// The code these are the values of.
    fn code(&self) -> Self::Code;

    /// The parameters, in the catalog's order (the struct's fields).
    fn params(&self) -> &'static [Param] {
        self.code().entry().params()
    }

    /// The value of the parameter at `index` of [`params`](Args::params).
    fn value(&self, index: usize) -> Option<Value<'_>>;

    /// Each parameter's name and value, in order.
    fn values(&self) -> Values<'_, Self> {
        Values {
            args: self,
            next: 0,
        }
    }

    /// The message in language `lang` (the catalog's translation), or the
    /// message itself when there is none, with the values written in.
    fn localized(&self, lang: &str) -> Localized<'_, Self> {
        Localized {
            template: self.__template(lang),
            args: self,
        }
    }

    /// Which template `localized(lang)` writes: 0 for the message, else
    /// the translation's place among the code's plus one.
    #[doc(hidden)]
    fn __template(&self, lang: &str) -> usize;

    /// Writes template `template` of the code (0 is the message, then its
    /// translations in the catalog's order) with the values in it.
    #[doc(hidden)]
    fn __write(&self, template: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// The names and values of a struct's parameters: [`Args::values`].
#[derive(Debug)]
pub struct Values<'a, A: ?Sized> {
    args: &'a A,
    next: usize,
}

impl<'a, A: Args + ?Sized> Iterator for Values<'a, A> {
    type Item = (&'static str, Value<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let param = self.args.params().get(self.next)?;
        let value = self.args.value(self.next)?;
        self.next += 1;
        Some((param.name(), value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.args.params().len().saturating_sub(self.next);
        (left, Some(left))
    }
}

impl<A: Args + ?Sized> ExactSizeIterator for Values<'_, A> {}

impl<A: Args + ?Sized> FusedIterator for Values<'_, A> {}

impl<A: ?Sized> Clone for Values<'_, A> {
    fn clone(&self) -> Self {
        Values {
            args: self.args,
            next: self.next,
        }
    }
}

/// A message in one language with its values: [`Args::localized`]. Formats
/// without allocating.
pub struct Localized<'a, A: ?Sized> {
    args: &'a A,
    template: usize,
}

impl<A: Args + ?Sized> fmt::Display for Localized<'_, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.args.__write(self.template, f)
    }
}

impl<A: Args + ?Sized> fmt::Debug for Localized<'_, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localized")
            .field("args", &self.args)
            .field("template", &self.template)
            .finish()
    }
}

impl<A: ?Sized> Clone for Localized<'_, A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A: ?Sized> Copy for Localized<'_, A> {}
