//! Parse Python (through ruff's parser, pinned) into pyport's own AST, reporting every problem as a [`Diagnostic`].
pub mod ast;
pub mod diagnostic;
mod lower;
pub mod source;

pub use diagnostic::{Diagnostic, DiagnosticJson, Label, Severity};
pub use lower::SUPPORTED_MODULES;
pub use source::{SourceFile, Span};

use ruff_python_ast::PySourceType;

/// The result of parsing: the program (possibly partial) and every diagnostic found.
pub struct Parsed {
    pub program: ast::Program,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// True when no error was reported.
    pub fn is_ok(&self) -> bool {
        !self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Parses and lowers `file`. Never panics on any input; syntax errors and unsupported constructs are all reported.
pub fn parse(file: &SourceFile) -> Parsed {
    let parsed = ruff_python_parser::parse_unchecked_source(&file.text, PySourceType::Python);
    let mut diagnostics = Vec::new();
    for err in parsed.errors() {
        let sp = Span::new(err.location.start().to_u32(), err.location.end().to_u32());
        diagnostics.push(Diagnostic::error("syntax-error", format!("syntax error: {}", err.error), sp));
    }
    for err in parsed.unsupported_syntax_errors() {
        let sp = Span::new(err.range.start().to_u32(), err.range.end().to_u32());
        diagnostics.push(Diagnostic::error("syntax-error", format!("syntax error: {err}"), sp));
    }
    if !diagnostics.is_empty() {
        return Parsed { program: ast::Program::default(), diagnostics };
    }
    let mut lowerer = lower::Lowerer::new();
    lowerer.module(&parsed.syntax().body);
    diagnostics.extend(lowerer.diagnostics);
    Parsed { program: lowerer.program, diagnostics }
}
