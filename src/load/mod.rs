//! The loading stage: input files parsed into raw structures, with their diagnostics.

pub mod content;
pub mod locales;
pub mod templates;
