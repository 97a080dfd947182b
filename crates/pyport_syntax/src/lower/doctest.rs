//! `doctest`: the docstring examples are tests of the program, not part of what it computes.
//!
//! `doctest.testmod()` (and `run_docstring_examples`) as a statement runs the examples and prints
//! only the ones that fail, so a program whose examples pass prints nothing there. The port leaves
//! the call out, with a warning: its output is the same exactly when every example passes, and the
//! verifier, which runs CPython beside the port, shows any failing example as an output difference.
//! Everything that would need the examples run is refused: `verbose=True` (which prints each one),
//! the call's result (`TestResults`), any other use of the module.
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::StmtKind;
use crate::diagnostic::Severity;
use crate::{Diagnostic, Span};

/// The functions of `doctest` a statement may call.
const RUNNERS: &[&str] = &["testmod", "run_docstring_examples"];

/// What the module imported from `doctest`.
#[derive(Default)]
pub(super) struct DoctestNames {
    /// Names bound to the module (`import doctest`, `import doctest as dt`).
    modules: Vec<String>,
    /// Names bound to its runners (`from doctest import testmod`).
    runners: Vec<String>,
}

impl Lowerer {
    /// `import doctest [as name]`.
    pub(super) fn doctest_import(&mut self, bound: String) {
        self.doctest.modules.push(bound);
    }

    /// `from doctest import ...`: only the runners.
    pub(super) fn doctest_from_import(&mut self, i: &ra::StmtImportFrom) {
        for a in &i.names {
            let name = a.name.id.as_str();
            if RUNNERS.contains(&name) {
                self.doctest.runners.push(a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string());
            } else {
                self.unsupported(&format!("`doctest.{name}`"), span(a), "only `doctest.testmod()` and `doctest.run_docstring_examples()` as statements are accepted");
            }
        }
    }

    /// A statement that only runs docstring examples (`doctest.testmod()`, `testmod()`,
    /// `__import__("doctest").testmod()`): left out, with a warning. `None` for other statements.
    pub(super) fn doctest_stmt(&mut self, e: &ra::Expr, sp: Span) -> Option<StmtKind> {
        let ra::Expr::Call(c) = e else { return None };
        let runner = match &*c.func {
            ra::Expr::Name(n) => self.doctest.runners.iter().any(|r| r == n.id.as_str()),
            ra::Expr::Attribute(a) => {
                RUNNERS.contains(&a.attr.id.as_str())
                    && match &*a.value {
                        ra::Expr::Name(m) => self.doctest.modules.iter().any(|x| x == m.id.as_str()),
                        ra::Expr::Call(imp) => is_import_of_doctest(imp),
                        _ => false,
                    }
            }
            _ => false,
        };
        if !runner {
            return None;
        }
        for k in &c.arguments.keywords {
            let quiet = matches!(&k.value, ra::Expr::BooleanLiteral(b) if !b.value) || matches!(&k.value, ra::Expr::NoneLiteral(_));
            if k.arg.as_ref().is_some_and(|a| a.id.as_str() == "verbose") && !quiet {
                self.unsupported(
                    "`doctest` in verbose mode",
                    span(k),
                    "verbose mode prints every docstring example as it runs it; the port does not run the examples",
                );
                return Some(StmtKind::Pass);
            }
        }
        let mut d = Diagnostic::error(
            "doctest-left-out",
            "the docstring examples `doctest` runs here are left out of the C++",
            sp,
        )
        .with_help("CPython prints nothing here when every example passes; a failing one shows as an output difference");
        d.severity = Severity::Warning;
        self.diagnostics.push(d);
        Some(StmtKind::Pass)
    }

    /// A read of a name bound to `doctest` other than in a runner statement.
    pub(super) fn doctest_name_used(&mut self, name: &str, sp: Span) -> bool {
        if !self.doctest.modules.iter().chain(&self.doctest.runners).any(|x| x == name) {
            return false;
        }
        let what = if self.doctest.modules.iter().any(|x| x == name) {
            format!("`{name}` (the `doctest` module) used other than in a `{name}.testmod()` statement")
        } else {
            format!("`{name}` (from `doctest`) used other than as a `{name}()` statement")
        };
        self.unsupported(
            &what,
            sp,
            "the port does not run docstring examples, so their results (`TestResults`) are not available",
        );
        true
    }
}

/// `__import__("doctest")`.
fn is_import_of_doctest(c: &ra::ExprCall) -> bool {
    matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "__import__")
        && matches!(c.arguments.args.as_ref(), [ra::Expr::StringLiteral(s)] if s.value.to_str() == "doctest")
        && c.arguments.keywords.is_empty()
}
