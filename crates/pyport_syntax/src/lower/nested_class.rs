//! Classes defined inside a module-level class body (`class Deque: class _Node: ...`).
//!
//! A class body is not a scope its methods see, so a nested class is reached only as an attribute
//! (`Deque._Node(...)`, `self._Node(...)`, `cls._Node`) or by its bare name in the outer class
//! body itself. When its name is free at module level, never given to anything else, and never
//! stored as an attribute, the nested class is moved out, just before its outer class, and every
//! `<name>.Inner` attribute read lowers to the class itself. Only `__qualname__` (shown in the
//! default `repr` of an instance, with its address) tells the two apart.
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, ExprContext, Stmt};

/// Every name bound at module level, how often each class name is defined anywhere, and every
/// attribute name stored.
#[derive(Default)]
struct Census<'a> {
    class_defs: HashMap<&'a str, usize>,
    attr_stores: HashSet<&'a str>,
}

impl<'a> Visitor<'a> for Census<'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::ClassDef(c) = s {
            *self.class_defs.entry(c.name.as_str()).or_default() += 1;
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Attribute(a) = e {
            if a.ctx != ExprContext::Load {
                self.attr_stores.insert(a.attr.as_str());
            }
        }
        walk_expr(self, e);
    }
}

/// Moves the nested classes that can be (see the module comment) out of their outer classes;
/// returns their names.
pub(crate) fn hoist(body: &mut Vec<Stmt>) -> HashSet<String> {
    let nested = |s: &Stmt| match s {
        Stmt::ClassDef(c) => c.body.iter().any(|m| matches!(m, Stmt::ClassDef(_))),
        _ => false,
    };
    if !body.iter().any(nested) {
        return HashSet::new();
    }
    let mut census = Census::default();
    census.visit_body(body);
    let module_names = super::module_bindings(body);
    let movable: HashSet<String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::ClassDef(c) => Some(c),
            _ => None,
        })
        .flat_map(|c| c.body.iter())
        .filter_map(|m| match m {
            Stmt::ClassDef(n) if n.decorator_list.is_empty() && n.type_params.is_none() => Some(n.name.as_str()),
            _ => None,
        })
        .filter(|n| !module_names.contains(*n) && census.class_defs.get(n) == Some(&1) && !census.attr_stores.contains(n))
        .map(str::to_string)
        .collect();
    if movable.is_empty() {
        return movable;
    }
    let mut out = Vec::with_capacity(body.len() + movable.len());
    for mut s in std::mem::take(body) {
        if let Stmt::ClassDef(c) = &mut s {
            let (inner, rest): (Vec<Stmt>, Vec<Stmt>) =
                std::mem::take(&mut c.body).into_iter().partition(|m| matches!(m, Stmt::ClassDef(n) if movable.contains(n.name.as_str())));
            out.extend(inner);
            c.body = rest.into_iter().collect();
            if c.body.is_empty() {
                c.body.push(Stmt::Pass(ruff_python_ast::StmtPass { range: c.range, node_index: Default::default() }));
            }
        }
        out.push(s);
    }
    *body = out;
    movable
}
