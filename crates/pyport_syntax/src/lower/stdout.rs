//! `sys.stdout.write(s)` and `sys.stdout.flush()` as statements (also after `from sys import
//! stdout`): `print(s + "", end="")` (the `+ ""` keeps CPython's demand for a str: anything else
//! is refused at compile time) and nothing (pyport's stdout is flushed when the program ends, and
//! only stdout is compared). The same for `sys.stderr`, printing with `file=sys.stderr`.
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

impl Lowerer {
    /// The statement an expression statement `sys.stdout.write(s)` / `sys.stdout.flush()` is.
    pub(super) fn stdout_stmt(&mut self, e: &ra::Expr, sp: Span) -> Option<StmtKind> {
        let ra::Expr::Call(c) = e else { return None };
        let ra::Expr::Attribute(a) = &*c.func else { return None };
        let stream = self.sys_stream(&a.value)?;
        if !c.arguments.keywords.is_empty() {
            return None;
        }
        match (a.attr.id.as_str(), &c.arguments.args[..]) {
            ("flush", []) => Some(StmtKind::Pass),
            ("write", [arg]) if !matches!(arg, ra::Expr::Starred(_)) => {
                let s = self.lower_expr(arg);
                let asp = span(arg);
                let empty = self.expr(asp, ExprKind::Str(String::new()));
                let s = self.expr(asp, ExprKind::BinOp { op: BinOp::Add, left: Box::new(s), right: Box::new(empty) });
                let end = self.expr(sp, ExprKind::Str(String::new()));
                let print = self.expr(span(&*c.func), ExprKind::Name("print".into()));
                let mut keywords = vec![Keyword { name: "end".into(), span: sp, value: end }];
                if stream == "stderr" {
                    let file = self.lower_expr(&a.value);
                    keywords.push(Keyword { name: "file".into(), span: sp, value: file });
                }
                let call = self.expr(sp, ExprKind::Call { func: Box::new(print), args: vec![s], keywords });
                Some(StmtKind::Expr(call))
            }
            _ => None,
        }
    }

    /// `sys.stdout` / `sys.stderr` (through `import sys`), or `stdout` / `stderr` bound by one
    /// `from sys import ...`: which one.
    fn sys_stream(&self, e: &ra::Expr) -> Option<&'static str> {
        let pick = |n: &str| ["stdout", "stderr"].into_iter().find(|s| *s == n);
        match e {
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "sys")) => pick(a.attr.id.as_str()),
            ra::Expr::Name(n) => {
                let name = n.id.as_str();
                let imports: Vec<_> = self.program.from_imports.iter().filter(|(b, ..)| b == name).collect();
                if imports.len() == 1 && imports[0].1 == "sys" {
                    pick(imports[0].2.as_str())
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}
