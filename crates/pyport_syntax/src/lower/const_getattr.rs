//! `getattr(x, "name")` is `x.name`, and the statement `setattr(obj, "name", v)` (`obj` a
//! variable) is `obj.name = v`, when the name is a string literal that spells an identifier and
//! the program binds no `getattr`/`setattr` of its own: the same lookup, the same AttributeError.
//! (Private names are mangled before, `lower/mangle.rs`: these attributes stay as spelled, as
//! CPython leaves the strings.)
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{self as ra, Expr, Stmt};

use super::kwargs_params::Bindings;

/// Whether the source may call them (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("getattr(") || text.contains("setattr(")
}

/// The attribute name a string literal spells, if it is an identifier.
fn ident(e: &Expr) -> Option<String> {
    let Expr::StringLiteral(s) = e else { return None };
    let text = s.value.to_str();
    let mut chars = text.chars();
    let first = chars.next()?;
    ((first.is_alphabetic() || first == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')).then(|| text.to_string())
}

/// `f(args...)` of the builtin `f` with plain arguments only.
fn builtin_args<'c>(c: &'c ra::ExprCall, f: &str) -> Option<&'c [Expr]> {
    let Expr::Name(n) = &*c.func else { return None };
    let plain = c.arguments.keywords.is_empty() && !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)));
    (n.id.as_str() == f && plain).then_some(&c.arguments.args[..])
}

struct Rewrite {
    getattr: bool,
    setattr: bool,
}

impl Transformer for Rewrite {
    fn visit_stmt(&self, s: &mut Stmt) {
        transformer::walk_stmt(self, s);
        if !self.setattr {
            return;
        }
        let Stmt::Expr(x) = s else { return };
        let Expr::Call(c) = &*x.value else { return };
        let Some([obj @ Expr::Name(_), name, value]) = builtin_args(c, "setattr") else { return };
        let Some(attr) = ident(name) else { return };
        let range = x.range;
        let mut target = obj.clone();
        if let Expr::Name(n) = &mut target {
            n.ctx = ra::ExprContext::Load;
        }
        let target = Expr::Attribute(ra::ExprAttribute {
            node_index: Default::default(),
            range,
            value: Box::new(target),
            attr: ra::Identifier::new(attr.as_str(), range),
            ctx: ra::ExprContext::Store,
        });
        *s = Stmt::Assign(ra::StmtAssign { node_index: Default::default(), range, targets: vec![target], value: Box::new(value.clone()) });
    }

    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        if !self.getattr {
            return;
        }
        let Expr::Call(c) = e else { return };
        let Some([obj, name]) = builtin_args(c, "getattr") else { return };
        let Some(attr) = ident(name) else { return };
        let range = ruff_text_size::Ranged::range(&*c);
        *e = Expr::Attribute(ra::ExprAttribute {
            node_index: Default::default(),
            range,
            value: Box::new(obj.clone()),
            attr: ra::Identifier::new(attr.as_str(), range),
            ctx: ra::ExprContext::Load,
        });
    }
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    let free = |n: &str| b.count.get(n).is_none();
    let r = Rewrite { getattr: free("getattr"), setattr: free("setattr") };
    for s in body.iter_mut() {
        r.visit_stmt(s);
    }
}
