//! Module-level functions that nothing calls or names.
//!
//! CPython compiles every function but runs only those that are called, so a program may carry a
//! function that could not run (a name it never imported, a construct pyport does not support)
//! and still print its output. `unused_functions` finds the module-level functions no code can
//! reach: undecorated, defined by `def` whose defaults and annotations are side-effect free, and
//! whose name is never read by the rest of the program (nor by other unused functions, counted
//! to a fixed point). A program that reaches names dynamically (`globals()`, `eval`, `exec`,
//! `vars()`, `locals()`, `sys.modules`, `__import__`, `getattr` of a module) has none. Leaving
//! such a function out of the translation cannot change what the program does.
use std::collections::HashSet;

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ra, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;

use crate::source::Span;

/// A module-level function nothing reaches: its name and the span of its whole `def`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnusedFunction {
    pub name: String,
    pub span: Span,
}

/// Names that reach module-level functions without naming them in code.
const DYNAMIC: &[&str] = &["globals", "locals", "vars", "eval", "exec", "__import__", "getattr", "__main__"];

#[derive(Default)]
struct Reads<'a> {
    names: HashSet<&'a str>,
    dynamic: bool,
}

impl<'a> Visitor<'a> for Reads<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                if n.ctx == ExprContext::Load || n.ctx == ExprContext::Del {
                    self.names.insert(n.id.as_str());
                }
                self.dynamic |= DYNAMIC.contains(&n.id.as_str());
            }
            Expr::Attribute(a) if a.attr.as_str() == "modules" => self.dynamic = true,
            _ => {}
        }
        walk_expr(self, expr);
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Import(i) = stmt {
            self.dynamic |= i.names.iter().any(|a| a.name.as_str() == "__main__");
        }
        walk_stmt(self, stmt);
    }
}

/// Every name the module's code reads, in any scope.
pub(crate) fn names_read(body: &[Stmt]) -> HashSet<String> {
    let mut reads = Reads::default();
    for stmt in body {
        reads.visit_stmt(stmt);
    }
    reads.names.into_iter().map(str::to_string).collect()
}

/// An expression whose evaluation has no effect but its value: a constant, or a name, attribute
/// or subscript of such (annotations like `list[int]`, `Optional[str]`, `int | None`).
fn side_effect_free(e: &Expr, defined: &HashSet<&str>) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => true,
        Expr::Name(n) => defined.contains(n.id.as_str()),
        Expr::Attribute(a) => side_effect_free(&a.value, defined),
        Expr::Subscript(s) => side_effect_free(&s.value, defined) && side_effect_free(&s.slice, defined),
        Expr::Tuple(t) => t.elts.iter().all(|x| side_effect_free(x, defined)),
        Expr::BinOp(b) if b.op == ra::Operator::BitOr => side_effect_free(&b.left, defined) && side_effect_free(&b.right, defined),
        Expr::UnaryOp(u) if u.op == ra::UnaryOp::USub => side_effect_free(&u.operand, defined),
        _ => false,
    }
}

/// Builtin names an annotation or default may read.
const BUILTIN_NAMES: &[&str] =
    &["int", "float", "str", "bool", "list", "dict", "set", "tuple", "frozenset", "bytes", "object", "complex", "type", "None"];

/// The module-level functions of `body` that no code can reach (see the module comment).
pub fn unused_functions(body: &[Stmt]) -> Vec<UnusedFunction> {
    // Every name bound at module level: what an annotation may name without a NameError.
    let mut defined: HashSet<&str> = BUILTIN_NAMES.iter().copied().collect();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(f) => drop(defined.insert(f.name.as_str())),
            Stmt::ClassDef(c) => drop(defined.insert(c.name.as_str())),
            Stmt::Import(i) => defined.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).as_str().split('.').next().unwrap_or(""))),
            Stmt::ImportFrom(i) => defined.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).as_str())),
            _ => {}
        }
    }
    let candidate = |stmt: &Stmt| -> bool {
        let Stmt::FunctionDef(f) = stmt else { return false };
        let p = &f.parameters;
        let params = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
        let loose = p.vararg.iter().chain(&p.kwarg);
        !f.is_async
            && f.decorator_list.is_empty()
            && f.type_params.is_none()
            && params.clone().all(|a| a.default.as_deref().is_none_or(|d| side_effect_free(d, &defined)))
            && params.map(|a| &a.parameter).chain(loose.map(|b| &**b)).all(|a| a.annotation.as_deref().is_none_or(|t| side_effect_free(t, &defined)))
            && f.returns.as_deref().is_none_or(|t| side_effect_free(t, &defined))
    };
    let mut unused: Vec<usize> = (0..body.len()).filter(|&i| candidate(&body[i])).collect();
    loop {
        let mut reads = Reads::default();
        for (i, stmt) in body.iter().enumerate() {
            if !unused.contains(&i) {
                reads.visit_stmt(stmt);
            }
        }
        if reads.dynamic {
            return Vec::new();
        }
        let name = |i: usize| match &body[i] {
            Stmt::FunctionDef(f) => f.name.as_str(),
            _ => "",
        };
        let before = unused.len();
        unused.retain(|&i| !reads.names.contains(name(i)));
        if unused.len() == before {
            return unused
                .into_iter()
                .map(|i| UnusedFunction {
                    name: name(i).to_string(),
                    span: Span::new(body[i].range().start().to_u32(), body[i].range().end().to_u32()),
                })
                .collect();
        }
    }
}
