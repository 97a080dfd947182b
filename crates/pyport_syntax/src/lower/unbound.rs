//! `Class.method` as a function value (`sorted(ps, key=Point.norm)`, `map(Item.total, items)`):
//! the lambda `lambda _self, a, b: _self.method(a, b)`. Python calls `Class.method` itself on
//! every argument; the lambda's call goes through the object's class, which is the same method
//! only when no subclass overrides it, so that is required. The method must be a plain method
//! of a module-level class (or of its bases): no decorator, only positional parameters without
//! defaults. A call `Class.method(obj, ...)` (`Base.__init__(self)`) is not this: it stays a
//! call of that class's method.
use std::collections::HashMap;

use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;
use crate::Span;

/// A module-level class: its base's name and its methods (`Some(n)`: plain, `n` parameters after
/// `self`; `None`: anything else).
#[derive(Default, Clone)]
pub(crate) struct ClassShape {
    base: Option<String>,
    methods: HashMap<String, Option<usize>>,
}

/// The module-level classes by name (a name defined twice is left out).
pub(super) fn collect(body: &[ra::Stmt]) -> HashMap<String, ClassShape> {
    let mut out: HashMap<String, ClassShape> = HashMap::new();
    let mut twice = Vec::new();
    for s in body {
        let ra::Stmt::ClassDef(c) = s else { continue };
        let base = match c.arguments.as_deref().map(|a| &a.args[..]) {
            Some([ra::Expr::Name(n)]) => Some(n.id.as_str().to_string()),
            _ => None,
        };
        let mut methods = HashMap::new();
        for b in &c.body {
            let ra::Stmt::FunctionDef(f) = b else { continue };
            let p = &f.parameters;
            let plain = f.decorator_list.is_empty()
                && p.vararg.is_none()
                && p.kwarg.is_none()
                && p.kwonlyargs.is_empty()
                && p.posonlyargs.iter().chain(&p.args).all(|a| a.default.is_none())
                && p.posonlyargs.len() + p.args.len() >= 1;
            let n = (p.posonlyargs.len() + p.args.len()).saturating_sub(1);
            methods.insert(f.name.id.as_str().to_string(), plain.then_some(n));
        }
        if out.insert(c.name.id.as_str().to_string(), ClassShape { base, methods }).is_some() {
            twice.push(c.name.id.as_str().to_string());
        }
    }
    for t in twice {
        out.remove(&t);
    }
    out
}

impl Lowerer {
    /// `Class.method` read as a value (not called): the lambda (see the module doc); `None` when
    /// it is not such a method.
    pub(super) fn unbound_method(&mut self, a: &ra::ExprAttribute, sp: Span) -> Option<Expr> {
        let ra::Expr::Name(cls) = &*a.value else { return None };
        let (c, m) = (cls.id.as_str(), a.attr.id.as_str());
        if self.facts.bound.contains(c) && !self.facts.classes.contains(c) {
            return None;
        }
        let shapes = &self.unbound_classes;
        // The class that defines `m`, from `c` up.
        let mut k = Some(c.to_string());
        let mut arity = None;
        let mut seen = 0;
        while let Some(name) = k {
            let shape = shapes.get(&name)?;
            if let Some(def) = shape.methods.get(m) {
                arity = Some((*def)?);
                break;
            }
            k = shape.base.clone();
            seen += 1;
            if seen > 64 {
                return None;
            }
        }
        let n = arity?;
        // No subclass of `c` may override `m`.
        let descends = |mut from: Option<String>| {
            let mut steps = 0;
            while let Some(x) = from {
                if x == c {
                    return true;
                }
                from = shapes.get(&x).and_then(|s| s.base.clone());
                steps += 1;
                if steps > 64 {
                    return false;
                }
            }
            false
        };
        if shapes.iter().any(|(name, s)| name != c && s.methods.contains_key(m) && descends(s.base.clone())) {
            return None;
        }
        let asp = span(a);
        let mut params = vec![("_self".to_string(), asp)];
        params.extend((0..n).map(|i| (format!("_arg{i}"), asp)));
        let recv = self.expr(asp, ExprKind::Name("_self".into()));
        let f = self.expr(asp, ExprKind::Attribute { value: Box::new(recv), attr: m.to_string() });
        let args = (0..n).map(|i| self.expr(asp, ExprKind::Name(format!("_arg{i}")))).collect();
        let body = self.expr(sp, ExprKind::Call { func: Box::new(f), args, keywords: vec![] });
        Some(self.expr(sp, ExprKind::Lambda { params, body: Box::new(body) }))
    }
}
