//! A module-level function decorated by assignment right after its `def`, the way decorators were
//! written before the `@` syntax:
//!
//! ```text
//! def f(x): ...                          @outer(arg)
//! f = outer(arg)(inner(f))       ==>     @inner
//!                                        def f(x): ...
//! ```
//!
//! `f = A(B(f))` is what `@A @B def f` does; the only difference is when `A` and `B` are evaluated
//! (before the `def` with `@`, after it here), which nothing can tell apart when the `def` runs no
//! code of its own: its defaults are literals. Decorators already on the `def` stay innermost.
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::Ranged;

/// The decorator expressions of `value` when it is `D1(D2(...(name)))`, outermost first.
fn chain(value: &Expr, name: &str) -> Option<Vec<Expr>> {
    let mut out = Vec::new();
    let mut cur = value;
    loop {
        match cur {
            Expr::Name(n) if n.id.as_str() == name => return (!out.is_empty()).then_some(out),
            Expr::Call(c) if c.arguments.keywords.is_empty() && c.arguments.args.len() == 1 => {
                if matches!(&c.arguments.args[0], Expr::Starred(_)) || mentions_name(&c.func, name) {
                    return None;
                }
                out.push((*c.func).clone());
                cur = &c.arguments.args[0];
            }
            _ => return None,
        }
    }
}

fn mentions_name(e: &Expr, name: &str) -> bool {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Find<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Find<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            if matches!(e, Expr::Name(n) if n.id.as_str() == self.0) {
                self.1 = true;
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut f = Find(name, false);
    f.visit_expr(e);
    f.1
}

/// Defaults that run no code: literals (signed numbers too) and None.
fn literal_defaults(f: &ra::StmtFunctionDef) -> bool {
    let p = &f.parameters;
    p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).filter_map(|a| a.default.as_deref()).all(|d| match d {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::BytesLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
        _ => false,
    })
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut Vec<Stmt>) {
    let mut i = 0;
    while i + 1 < body.len() {
        let decorators = match (&body[i], &body[i + 1]) {
            (Stmt::FunctionDef(f), Stmt::Assign(a)) if !f.is_async && literal_defaults(f) => match &a.targets[..] {
                [Expr::Name(t)] if t.id.as_str() == f.name.id.as_str() => chain(&a.value, f.name.id.as_str()),
                _ => None,
            },
            _ => None,
        };
        if let Some(ds) = decorators {
            let Stmt::FunctionDef(f) = &mut body[i] else { unreachable!() };
            let mut list: Vec<ra::Decorator> =
                ds.into_iter().map(|expression| ra::Decorator { range: expression.range(), node_index: Default::default(), expression }).collect();
            list.extend(f.decorator_list.drain(..));
            f.decorator_list = list.into_iter().collect();
            body.remove(i + 1);
        }
        i += 1;
    }
}
