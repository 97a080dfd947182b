//! C++ emission from the typed AST, and the C++ runtime it targets (header files embedded in the binary).
mod emit;
mod names;

use pyport_syntax::ast::Program;
use pyport_syntax::{Diagnostic, SourceFile};
use pyport_types::Typed;

/// The generated translation unit plus anything the emitter could not translate.
pub struct Emitted {
    pub cpp: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Emits C++ for a program that parsed and type-checked without errors. Pure and panic-free.
pub fn emit(program: &Program, typed: &Typed, file: &SourceFile) -> Emitted {
    emit::Emitter::new(program, typed, file).run()
}

/// How a Python `int` is represented in the generated C++.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IntMode {
    /// Exact at any size: `py::int_t` is `py::Int` (int64 inline, a heap big int on overflow).
    #[default]
    Exact,
    /// `--int64`: `py::int_t` is `int64_t` with checked arithmetic ("pyport: integer overflow");
    /// the C++ starts with `#define PYPORT_INT64 1`.
    Int64,
}

/// [`emit`] with a chosen int representation.
pub fn emit_with(program: &Program, typed: &Typed, file: &SourceFile, ints: IntMode) -> Emitted {
    let mut e = emit::Emitter::new(program, typed, file);
    e.int64 = ints == IntMode::Int64;
    e.run()
}

/// The runtime header files: (path relative to the include directory, contents).
pub const RUNTIME_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// A short hash of the runtime sources, used to key caches of the written-out headers.
pub fn runtime_hash() -> u64 {
    // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
    let mut h: u64 = 0xcbf29ce484222325;
    for (path, text) in RUNTIME_FILES {
        for b in path.bytes().chain(text.bytes()) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}
