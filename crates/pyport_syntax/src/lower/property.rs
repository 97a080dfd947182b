//! `@property` methods: a computed attribute. When a property's name is nowhere else an attribute
//! (no other method, no deleter, no `x.name = ...` unless the property has a setter), every
//! `x.name` read is the method call `x.name()`, and the `def` is a plain method. A setter
//! (`@name.setter def name(self, v)`) is the method `_set_name`, and each store `x.name = v` is
//! the call `x._set_name(v)` (`x.name op= v` is `x._set_name(x.name() op v)`; the object must be
//! a plain name, so it is evaluated as Python evaluates it). Otherwise `@property` stays refused.
use std::collections::HashSet;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::Span;

#[derive(Default)]
struct Props {
    props: HashSet<String>,
    conflicts: HashSet<String>,
    setters: HashSet<String>,
    /// Names stored as attributes (`x.name = v`).
    stores: HashSet<String>,
}

/// `@name.setter` on a `def name`.
pub(super) fn setter_of(f: &ra::StmtFunctionDef) -> Option<&str> {
    let [d] = &decorators(f)[..] else { return None };
    let ra::Expr::Attribute(a) = &d.expression else { return None };
    let ra::Expr::Name(n) = &*a.value else { return None };
    (a.attr.id.as_str() == "setter" && n.id.as_str() == f.name.id.as_str()).then_some(n.id.as_str())
}

fn is_property(d: &ra::Decorator) -> bool {
    matches!(&d.expression, ra::Expr::Name(n) if n.id.as_str() == "property")
}

/// `@abstractmethod` / `@abc.abstractmethod` (left out when counting a method's decorators).
fn is_abstract(d: &ra::Decorator) -> bool {
    match &d.expression {
        ra::Expr::Name(n) => n.id.as_str() == "abstractmethod",
        ra::Expr::Attribute(a) => a.attr.id.as_str() == "abstractmethod",
        _ => false,
    }
}

/// A method's decorators other than `@abstractmethod`.
fn decorators(f: &ra::StmtFunctionDef) -> Vec<&ra::Decorator> {
    f.decorator_list.iter().filter(|d| !is_abstract(d)).collect()
}

impl<'a> Visitor<'a> for Props {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::ClassDef(c) = s {
            for b in &c.body {
                match b {
                    // Properties of one name in several classes (an override in a subclass) are
                    // methods of one name: inference checks their types agree.
                    ra::Stmt::FunctionDef(f) if matches!(&decorators(f)[..], [d] if is_property(d)) => {
                        self.props.insert(f.name.id.as_str().to_string());
                    }
                    ra::Stmt::FunctionDef(f) if setter_of(f).is_some() => {
                        self.setters.insert(f.name.id.as_str().to_string());
                    }
                    ra::Stmt::FunctionDef(f) => {
                        self.conflicts.insert(f.name.id.as_str().to_string());
                        for d in &f.decorator_list {
                            // `@area.setter`, `@area.deleter`
                            if let ra::Expr::Attribute(a) = &d.expression {
                                if let ra::Expr::Name(n) = &*a.value {
                                    self.conflicts.insert(n.id.as_str().to_string());
                                }
                            }
                        }
                    }
                    ra::Stmt::Assign(a) => {
                        for t in &a.targets {
                            if let ra::Expr::Name(n) = t {
                                self.conflicts.insert(n.id.as_str().to_string());
                            }
                        }
                    }
                    ra::Stmt::AnnAssign(a) => {
                        if let ra::Expr::Name(n) = &*a.target {
                            self.conflicts.insert(n.id.as_str().to_string());
                        }
                    }
                    _ => {}
                }
            }
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Attribute(a) = e {
            match a.ctx {
                ra::ExprContext::Load => {}
                ra::ExprContext::Store => {
                    self.stores.insert(a.attr.id.as_str().to_string());
                }
                _ => {
                    self.conflicts.insert(a.attr.id.as_str().to_string());
                }
            }
        }
        if let ra::Expr::Call(c) = e {
            // `getattr(x, "area")`, `hasattr`, `setattr`, `property(...)`: refuse the name.
            if let ra::Expr::Name(n) = &*c.func {
                if matches!(n.id.as_str(), "getattr" | "setattr" | "hasattr" | "delattr" | "property") {
                    for a in c.arguments.args.iter() {
                        if let ra::Expr::StringLiteral(s) = a {
                            self.conflicts.insert(s.value.to_str().to_string());
                        }
                    }
                }
            }
        }
        visitor::walk_expr(self, e);
    }
}

/// Property names that a class which has no such property (itself or up its bases) stores on
/// `self` (`self.state = state` in a Memento beside an Originator's `state` property): there the
/// name is a plain field, so it cannot be a method call everywhere.
fn self_stores_outside_owner(body: &[ra::Stmt], props: &HashSet<String>) -> HashSet<String> {
    struct Stores<'s> {
        me: &'s str,
        out: HashSet<String>,
    }
    impl<'a> Visitor<'a> for Stores<'_> {
        fn visit_expr(&mut self, e: &'a ra::Expr) {
            if let ra::Expr::Attribute(a) = e {
                if matches!(a.ctx, ra::ExprContext::Store) && matches!(&*a.value, ra::Expr::Name(n) if n.id.as_str() == self.me) {
                    self.out.insert(a.attr.id.as_str().to_string());
                }
            }
            visitor::walk_expr(self, e);
        }
    }
    let classes: Vec<&ra::StmtClassDef> = body.iter().filter_map(|s| if let ra::Stmt::ClassDef(c) = s { Some(c) } else { None }).collect();
    let own_props = |c: &ra::StmtClassDef| -> HashSet<String> {
        c.body
            .iter()
            .filter_map(|b| match b {
                ra::Stmt::FunctionDef(f) if matches!(&decorators(f)[..], [d] if is_property(d)) => Some(f.name.id.as_str().to_string()),
                _ => None,
            })
            .collect()
    };
    let mut out = HashSet::new();
    for c in &classes {
        // The properties of the class and of its bases (by name, within the module).
        let mut have = HashSet::new();
        let mut cur = Some(*c);
        let mut seen = 0;
        while let Some(k) = cur {
            have.extend(own_props(k));
            seen += 1;
            let base = k.arguments.as_deref().and_then(|a| match &a.args[..] {
                [ra::Expr::Name(b)] => classes.iter().find(|x| x.name.id.as_str() == b.id.as_str()).copied(),
                _ => None,
            });
            cur = if seen > classes.len() { None } else { base };
        }
        for b in &c.body {
            let ra::Stmt::FunctionDef(f) = b else { continue };
            let Some(me) = f.parameters.args.first().map(|a| a.parameter.name.id.as_str()) else { continue };
            let mut st = Stores { me, out: HashSet::new() };
            for s in &f.body {
                st.visit_stmt(s);
            }
            out.extend(st.out.into_iter().filter(|n| props.contains(n) && !have.contains(n)));
        }
    }
    out
}

/// The property names of a module whose reads can all be method calls, and those of them whose
/// stores are setter calls.
pub(super) fn collect(body: &[ra::Stmt]) -> (HashSet<String>, HashSet<String>) {
    let mut p = Props::default();
    for s in body {
        p.visit_stmt(s);
    }
    for n in self_stores_outside_owner(body, &p.props) {
        p.conflicts.insert(n);
    }
    let (conflicts, stores, setters) = (&p.conflicts, &p.stores, &p.setters);
    p.props.retain(|n| !conflicts.contains(n) && (!stores.contains(n) || setters.contains(n)));
    let setters = p.setters.iter().filter(|n| p.props.contains(*n)).cloned().collect();
    (p.props, setters)
}

impl Lowerer {
    /// `x.name = v` where `name` is a property with a setter: `x._set_name(v)`. `Some(None)`
    /// when such a store is refused (reported); `None` for any other statement.
    /// `x.a.b`: names and attributes that are not properties (reading them runs no code).
    fn plain_attr_chain(&self, e: &ra::Expr) -> bool {
        match e {
            ra::Expr::Name(_) => true,
            ra::Expr::Attribute(a) => !self.facts.properties.contains(a.attr.id.as_str()) && self.plain_attr_chain(&a.value),
            _ => false,
        }
    }

    /// A value whose evaluation runs no code of the program: literals, names, plain attribute
    /// chains, and tuples or lists of those.
    fn inert_value(&self, e: &ra::Expr) -> bool {
        match e {
            ra::Expr::NumberLiteral(_) | ra::Expr::StringLiteral(_) | ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_) => true,
            ra::Expr::Name(_) | ra::Expr::Attribute(_) => self.plain_attr_chain(e),
            ra::Expr::Tuple(t) => t.elts.iter().all(|x| self.inert_value(x)),
            ra::Expr::List(l) => l.elts.iter().all(|x| self.inert_value(x)),
            _ => false,
        }
    }

    pub(super) fn property_store(&mut self, targets: &[ra::Expr], value: &ra::Expr, op: Option<BinOp>, sp: Span) -> Option<Option<Stmt>> {
        let is_setter = |me: &Self, t: &ra::Expr| matches!(t, ra::Expr::Attribute(a) if me.facts.setters.contains(a.attr.id.as_str()));
        let nested = |me: &Self, t: &ra::Expr| matches!(t, ra::Expr::Tuple(x) if x.elts.iter().any(|e| is_setter(me, e)))
            || matches!(t, ra::Expr::List(x) if x.elts.iter().any(|e| is_setter(me, e)));
        if !targets.iter().any(|t| is_setter(self, t) || nested(self, t)) {
            return None;
        }
        let [ra::Expr::Attribute(a)] = targets else {
            self.unsupported("a property setter among other assignment targets", sp, "assign the property in its own statement");
            return Some(None);
        };
        // The object is evaluated after the value here (before it in Python): exact when it is a
        // name, or a chain of plain attributes (`self._state.context = v`) and the value runs no
        // code that could rebind one of them.
        let chain_ok = op.is_none() && self.plain_attr_chain(&a.value) && self.inert_value(value);
        if !matches!(&*a.value, ra::Expr::Name(_)) && !chain_ok {
            self.unsupported("assigning a property of this expression", span(&*a.value), "assign the object to a variable first");
            return Some(None);
        }
        let attr = a.attr.id.as_str();
        let asp = span(a);
        let obj = self.lower_expr(&a.value);
        let mut v = self.lower_expr(value);
        if let Some(op) = op {
            let obj2 = self.lower_expr(&a.value);
            let getter = self.expr(asp, ExprKind::Attribute { value: Box::new(obj2), attr: attr.to_string() });
            let cur = self.expr(asp, ExprKind::Call { func: Box::new(getter), args: vec![], keywords: vec![] });
            v = self.expr(sp, ExprKind::BinOp { op, left: Box::new(cur), right: Box::new(v) });
        }
        let f = self.expr(asp, ExprKind::Attribute { value: Box::new(obj), attr: format!("_set_{attr}") });
        let call = self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![v], keywords: vec![] });
        Some(Some(Stmt { span: sp, kind: StmtKind::Expr(call) }))
    }
}
