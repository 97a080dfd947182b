//! The `gc` module's statements: the port's objects are reference counted and a cycle is never
//! freed, as if CPython's collector were off.
use ruff_python_ast as ra;

use super::Lowerer;
use crate::ast::*;

impl Lowerer {
    /// `gc.collect()`, `gc.enable()`, `gc.disable()` and `gc.freeze()` as statements do nothing in the
    /// port (its objects are reference counted, and a cycle is never freed, as if the collector
    /// were off; nothing a program prints can tell). Only as statements: the value of
    /// `gc.collect()` counts objects CPython's collector found, which the port cannot know.
    pub(super) fn gc_stmt(&self, e: &ra::Expr) -> Option<StmtKind> {
        let ra::Expr::Call(c) = e else { return None };
        let name = match &*c.func {
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "gc")) => a.attr.id.as_str(),
            ra::Expr::Name(n) => {
                let imports: Vec<_> = self.program.from_imports.iter().filter(|(b, ..)| b == n.id.as_str()).collect();
                match imports[..] {
                    [(_, m, orig, _)] if m == "gc" => orig.as_str(),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let simple = |a: &ra::Expr| matches!(a, ra::Expr::NumberLiteral(_));
        match name {
            "enable" | "disable" | "freeze" if c.arguments.is_empty() => Some(StmtKind::Pass),
            "collect" if c.arguments.keywords.is_empty() && c.arguments.args.iter().all(simple) && c.arguments.args.len() <= 1 => Some(StmtKind::Pass),
            _ => None,
        }
    }
}
