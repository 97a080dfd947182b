//! `doctest`: the docstring examples are tests of the program, not part of what it computes.
//!
//! `doctest.testmod()` (and `run_docstring_examples`) as a statement runs the examples and prints
//! only the ones that fail, so a program whose examples pass prints nothing there. Where the port
//! runs them, the statement is already a call of generated functions (`doctest_run.rs`). Otherwise
//! it is left out here, with a warning (saying why, when `doctest_run.rs` or the pipeline could not
//! run them): its output is the same exactly when every example passes, and the verifier, which
//! runs CPython beside the port, shows any failing example as an output difference.
//! `verbose=True` prints the report of a run in which all pass (`doctest_verbose.rs`); the call's
//! result (`TestResults`) and any other use of the module are refused.
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::StmtKind;
use crate::diagnostic::Severity;
use crate::{Diagnostic, Span};

/// The functions of `doctest` a statement may call.
const RUNNERS: &[&str] = &["testmod", "run_docstring_examples"];

/// What the module imported from `doctest`, and what a verbose run would test.
#[derive(Default)]
pub(super) struct DoctestNames {
    /// The namespace items `testmod` finds, from the whole module (`doctest_verbose.rs`).
    items: Option<Result<Vec<super::doctest_verbose::DocItem>, String>>,
    /// Names bound to the module (`import doctest`, `import doctest as dt`).
    modules: Vec<String>,
    /// Names bound to its runners (`from doctest import testmod`), with the runner each names.
    runner_names: Vec<(String, String)>,
    /// Why the examples of a `testmod()` statement are not run (`doctest_run.rs`).
    left_out_because: Option<String>,
}

impl DoctestNames {
    fn runner_origin(&self, bound: &str) -> Option<&str> {
        self.runner_names.iter().find(|(b, _)| b == bound).map(|(_, o)| o.as_str())
    }
}

impl Lowerer {
    /// Notes the whole module's namespace items for `testmod(verbose=True)` (before lowering, and
    /// before any function is left out: CPython's doctest sees them all).
    pub(crate) fn doctest_module(&mut self, body: &[ra::Stmt], left_out_because: Option<String>) {
        self.doctest.items = Some(super::doctest_verbose::items(body));
        self.doctest.left_out_because = left_out_because;
    }

    /// `import doctest [as name]`.
    pub(super) fn doctest_import(&mut self, bound: String) {
        self.doctest.modules.push(bound);
    }

    /// `from doctest import ...`: only the runners.
    pub(super) fn doctest_from_import(&mut self, i: &ra::StmtImportFrom) {
        for a in &i.names {
            let name = a.name.id.as_str();
            if RUNNERS.contains(&name) {
                let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string();
                self.doctest.runner_names.push((bound, name.to_string()));
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
            ra::Expr::Name(n) => self.doctest.runner_origin(n.id.as_str()).is_some(),
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
                return Some(self.doctest_verbose_stmt(c, k, sp));
            }
        }
        let message = match &self.doctest.left_out_because {
            Some(why) => format!("the docstring examples `doctest` runs here are left out of the C++: {why}"),
            None => "the docstring examples `doctest` runs here are left out of the C++".to_string(),
        };
        let mut d = Diagnostic::error("doctest-left-out", message, sp)
            .with_help("CPython prints nothing here when every example passes; a failing one shows as an output difference");
        d.severity = Severity::Warning;
        self.diagnostics.push(d);
        Some(StmtKind::Pass)
    }

    /// `testmod(verbose=True)`: prints the report of a run in which every example passes.
    fn doctest_verbose_stmt(&mut self, c: &ra::ExprCall, verbose: &ra::Keyword, sp: Span) -> StmtKind {
        let testmod = match &*c.func {
            ra::Expr::Attribute(a) => a.attr.id.as_str() == "testmod",
            ra::Expr::Name(n) => self.doctest.runner_origin(n.id.as_str()) == Some("testmod"),
            _ => false,
        };
        let mut prefix = "__main__".to_string();
        let mut refusal = (!testmod || !c.arguments.args.is_empty()).then(|| "verbose mode other than `testmod(verbose=True)`".to_string());
        for k in &c.arguments.keywords {
            match (k.arg.as_ref().map(|a| a.id.as_str()), &k.value) {
                (Some("name"), ra::Expr::StringLiteral(s)) => prefix = s.value.to_str().to_string(),
                (Some("verbose" | "optionflags" | "report" | "raise_on_error" | "exclude_empty"), _) => {}
                _ => refusal = Some(format!("`testmod(...)` with this argument")),
            }
            if k.arg.as_ref().is_some_and(|a| a.id.as_str() == "exclude_empty") && !matches!(&k.value, ra::Expr::BooleanLiteral(b) if !b.value) {
                refusal = Some("`exclude_empty=True`".into());
            }
        }
        let report = match (&refusal, &self.doctest.items) {
            (None, Some(Ok(items))) => super::doctest_verbose::report(items, sp.start, &prefix),
            (Some(r), _) => Err(r.clone()),
            (None, Some(Err(e))) => Err(e.clone()),
            (None, None) => Err("no module".into()),
        };
        match report {
            Ok(text) => {
                let mut d = Diagnostic::error("doctest-left-out", "the docstring examples `doctest` runs here are not run by the C++: it prints the report of a run in which all pass", sp)
                    .with_help("CPython prints this report when every example passes; a failing one shows as an output difference");
                d.severity = Severity::Warning;
                self.diagnostics.push(d);
                let print = self.expr(sp, crate::ast::ExprKind::Name("print".into()));
                let text = self.expr(sp, crate::ast::ExprKind::Str(text));
                let empty = self.expr(sp, crate::ast::ExprKind::Str(String::new()));
                let end = crate::ast::Keyword { name: "end".into(), span: sp, value: empty };
                let call = self.expr(sp, crate::ast::ExprKind::Call { func: Box::new(print), args: vec![text], keywords: vec![end] });
                StmtKind::Expr(call)
            }
            Err(why) => {
                self.unsupported(
                    &format!("`doctest` in verbose mode here: {why}"),
                    span(verbose),
                    "verbose mode prints every docstring example it finds; the port prints that report only where it can tell the namespace exactly",
                );
                StmtKind::Pass
            }
        }
    }

    /// A read of a name bound to `doctest` other than in a runner statement.
    pub(super) fn doctest_name_used(&mut self, name: &str, sp: Span) -> bool {
        if !self.doctest.modules.iter().any(|x| x == name) && self.doctest.runner_origin(name).is_none() {
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
