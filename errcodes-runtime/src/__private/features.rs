//! The impls of the optional features, as macros the generated code calls:
//! each is defined twice, once for its feature on and once (expanding to
//! nothing) for it off, so what a generated enum gets follows the features
//! of this crate as the user's build resolved them — the same for an enum
//! the macro expands and for one `errcodes generate` wrote to a file.
//!
//! Invoked by path (`errcodes::__private::code_impls!`), so they work under
//! any name the user gives the crate; `$crate` names this crate inside.

/// Everything the optional features give a generated enum:
/// `code_impls! { VIS NAME "NAME" }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __code_impls {
    ($(#[$attr:meta])* $vis:vis $name:ident $label:literal) => {
        $crate::__private::serde_impls! { $name $label }
        $crate::__private::problem_method! { $(#[$attr])* $vis $name }
        $crate::__private::http_method! { $(#[$attr])* $vis $name }
        $crate::__private::axum_impls! { $name }
        $crate::__private::tonic_impls! { $name }
        $crate::__private::utoipa_impls! { $name $label }
    };
}

/// Everything the optional features give a struct of values:
/// `args_impls! { PATH<'_> }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __args_impls {
    ($args:ty) => {
        $crate::__private::problem_from_args! { $args }
        $crate::__private::axum_args! { $args }
        $crate::__private::tonic_args! { $args }
    };
}

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($name:ident $label:literal) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_u32(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let code =
                    <u32 as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                Self::from_code(code).ok_or_else(|| $crate::__private::unknown_code(code, $label))
            }
        }
    };
}

#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __problem_method {
    ($(#[$attr:meta])* $vis:vis $name:ident) => {
        $(#[$attr])*
        impl $name {
            /// The code as RFC 9457 problem details: `type` from the
            /// catalog's `docs_url`, `title` the code's title, `status`,
            /// `code` and `name`.
            #[must_use]
            $vis fn problem(self) -> $crate::Problem {
                $crate::Problem::of(self)
            }
        }
    };
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_method {
    ($(#[$attr:meta])* $vis:vis $name:ident) => {
        $(#[$attr])*
        impl $name {
            /// [`Self::status`] as the `http` crate's status code.
            #[must_use]
            $vis fn http_status_code(self) -> $crate::__private::http::StatusCode {
                $crate::__private::status_code(self.status())
            }
        }
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($name:ident) => {
        #[automatically_derived]
        impl $crate::__private::axum::response::IntoResponse for $name {
            /// Answers with the code's problem details
            /// (`application/problem+json`) and its status.
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum::response::IntoResponse::into_response($crate::Problem::of(
                    self,
                ))
            }
        }
    };
}

#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($name:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$name> for $crate::__private::tonic::Status {
            /// The code's gRPC status and message, with a
            /// `google.rpc.ErrorInfo` detail when the catalog gives `grpc_domain`.
            fn from(code: $name) -> $crate::__private::tonic::Status {
                $crate::__private::grpc_status(code.entry())
            }
        }
    };
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($name:ident $label:literal) => {
        #[automatically_derived]
        impl $crate::__private::utoipa::PartialSchema for $name {
            /// The codes: an integer enum of their numbers, named by
            /// `x-enum-varnames`.
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::code_schema::<Self>()
            }
        }

        #[automatically_derived]
        impl $crate::__private::utoipa::ToSchema for $name {
            fn name() -> $crate::__private::Cow<'static, str> {
                $crate::__private::Cow::Borrowed($label)
            }
        }

        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $name {
            /// One response per HTTP status of these codes, each code
            /// an example problem.
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<
                    $crate::__private::utoipa::openapi::response::Response,
                >,
            > {
                $crate::__private::code_responses::<Self>()
            }
        }
    };
}

/// `from_problem`, inside the impl of a struct of values:
/// `from_problem_method! { 'LIFE VIS field "member", … }`.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __from_problem_method {
    ($life:lifetime $vis:vis $($field:ident $member:literal),*) => {
        /// The values of a received problem of this code: its members
        /// (as `Problem::from` writes them), or, when one is missing or
        /// of another type, `detail` read back with
        /// [`parse`](Self::parse). `None` for a problem of another code,
        /// or one that carries neither.
        #[must_use]
        $vis fn from_problem(problem: &$life $crate::Problem) -> ::core::option::Option<Self> {
            if problem.code() != ::core::option::Option::Some($crate::Code::code(Self::CODE)) {
                return ::core::option::Option::None;
            }
            let members = || -> ::core::option::Option<Self> {
                ::core::option::Option::Some(Self {
                    $( $field: problem.member($member)?, )*
                })
            };
            members().or_else(|| Self::parse(problem.detail()?))
        }
    };
}

#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __problem_from_args {
    ($args:ty) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::From<$args> for $crate::Problem {
            /// The code's problem details with `detail` the message
            /// and a member per parameter.
            fn from(args: $args) -> $crate::Problem {
                $crate::Problem::from_args(&args)
            }
        }
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_args {
    ($args:ty) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::axum::response::IntoResponse for $args {
            /// Answers with the code's problem details, the values included.
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum::response::IntoResponse::into_response(
                    $crate::Problem::from_args(&self),
                )
            }
        }
    };
}

#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_args {
    ($args:ty) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::convert::From<$args> for $crate::__private::tonic::Status {
            /// The code's gRPC status with the formatted message, and
            /// each value in the `ErrorInfo` metadata.
            fn from(args: $args) -> $crate::__private::tonic::Status {
                $crate::__private::grpc_args_status(&args)
            }
        }
    };
}

// The same macros for the features that are off: they expand to nothing.

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __problem_method {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __from_problem_method {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __problem_from_args {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_method {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_args {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_args {
    ($($anything:tt)*) => {};
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impls {
    ($($anything:tt)*) => {};
}

pub use crate::{
    __args_impls as args_impls, __axum_args as axum_args, __axum_impls as axum_impls,
    __code_impls as code_impls, __from_problem_method as from_problem_method,
    __http_method as http_method, __problem_from_args as problem_from_args,
    __problem_method as problem_method, __serde_impls as serde_impls, __tonic_args as tonic_args,
    __tonic_impls as tonic_impls, __utoipa_impls as utoipa_impls,
};
