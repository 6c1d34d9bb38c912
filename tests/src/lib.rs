//! Behaviour and UI tests of errcodes (no library code).
