//! Nothing here: the tests are in `tests/`, in a crate of their own so
//! that the UI tests' second build (with an outside target directory)
//! does not build tonic.
