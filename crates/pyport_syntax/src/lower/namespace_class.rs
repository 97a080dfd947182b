//! Classes used as plain namespaces of constants and passed around as values:
//! `class DefaultArgs: width = 256; height = 256` ... `main(None, DefaultArgs)`.
//!
//! The builtin engine does not keep classes as values. A class whose body only binds class
//! attributes to values (no methods, no bases but `object`, no decorators), bound once, whose
//! attributes no statement of the program ever assigns (`x.width = ...` anywhere but on `self`:
//! such stores go to objects of other classes), reads the same through an instance as through
//! itself. Where the program uses such a class as a value (not called, not read an attribute of,
//! not a class argument of `isinstance`/`issubclass`/`type`), the value is lowered to a new
//! instance `DefaultArgs()`: every attribute read through it gives what the class attribute holds. A program that compares the value's identity, prints it, or asks for
//! its type is left alone (those uses refuse the class as a value, as before).
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

use super::small_ints;

/// Starts of the names that stand for an instance of their namespace class.
pub(crate) fn collect(body: &[ra::Stmt]) -> HashSet<u32> {
    let bindings = small_ints::binding_counts(body);
    let mut classes: HashMap<&str, HashSet<&str>> = HashMap::new();
    for s in body {
        let ra::Stmt::ClassDef(c) = s else { continue };
        let plain_base = c.arguments.as_deref().is_none_or(|a| a.keywords.is_empty() && a.args.iter().all(|b| matches!(b, ra::Expr::Name(n) if n.id.as_str() == "object")));
        let mut attrs = HashSet::new();
        let only_values = c.body.iter().all(|m| match m {
            ra::Stmt::Assign(a) => match &a.targets[..] {
                [ra::Expr::Name(n)] => attrs.insert(n.id.as_str()) || true,
                _ => false,
            },
            ra::Stmt::AnnAssign(a) if a.value.is_some() => match &*a.target {
                ra::Expr::Name(n) => attrs.insert(n.id.as_str()) || true,
                _ => false,
            },
            ra::Stmt::Pass(_) => true,
            ra::Stmt::Expr(e) => matches!(&*e.value, ra::Expr::StringLiteral(_)),
            _ => false,
        });
        if plain_base && only_values && !attrs.is_empty() && c.decorator_list.is_empty() && c.type_params.is_none() && bindings.get(c.name.id.as_str()) == Some(&1) {
            classes.insert(c.name.id.as_str(), attrs);
        }
    }
    if classes.is_empty() {
        return HashSet::new();
    }
    let mut uses = Uses { classes: &classes, values: Vec::new(), stored_attrs: HashSet::new(), refused: HashSet::new() };
    uses.visit_body(body);
    let spoiled: HashSet<&str> = classes
        .iter()
        .filter(|(name, attrs)| uses.refused.contains(*name) || attrs.iter().any(|a| uses.stored_attrs.contains(*a)))
        .map(|(name, _)| *name)
        .collect();
    uses.values.into_iter().filter(|(n, _)| !spoiled.contains(n)).map(|(_, at)| at).collect()
}

struct Uses<'a, 'c> {
    classes: &'c HashMap<&'a str, HashSet<&'a str>>,
    /// Uses of a class as a value: (class, start).
    values: Vec<(&'a str, u32)>,
    /// Attribute names any statement assigns, deletes or augments.
    stored_attrs: HashSet<&'a str>,
    /// Classes whose value is used where an instance would differ (`type(C)`, `C is x`, `print(C)`).
    refused: HashSet<&'a str>,
}

impl<'a> Uses<'a, '_> {
    fn class_of(&self, e: &'a ra::Expr) -> Option<&'a str> {
        match e {
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Load && self.classes.contains_key(n.id.as_str()) => Some(n.id.as_str()),
            _ => None,
        }
    }
}

impl<'a> Visitor<'a> for Uses<'a, '_> {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Attribute(a) => {
                // `self.x = ...` in a method stores into an object of another class (a namespace
                // class has no methods and no subclasses).
                if a.ctx != ra::ExprContext::Load && !matches!(&*a.value, ra::Expr::Name(n) if n.id.as_str() == "self") {
                    self.stored_attrs.insert(a.attr.id.as_str());
                }
                if self.class_of(&a.value).is_some() {
                    // `C.x`: a class attribute read, as before.
                    return;
                }
                visitor::walk_expr(self, e);
            }
            ra::Expr::Call(c) => {
                let builtin = match &*c.func {
                    ra::Expr::Name(n) => Some(n.id.as_str()),
                    _ => None,
                };
                if matches!(builtin, Some("type" | "id" | "print" | "repr" | "str" | "hash" | "vars" | "dir" | "getattr" | "setattr" | "hasattr")) {
                    for a in c.arguments.args.iter() {
                        if let Some(cn) = self.class_of(a) {
                            self.refused.insert(cn);
                        }
                    }
                }
                if matches!(builtin, Some("isinstance" | "issubclass")) {
                    // The class argument stays a class.
                    if let Some(first) = c.arguments.args.first() {
                        self.visit_expr(first);
                    }
                    return;
                }
                if self.class_of(&c.func).is_none() {
                    self.visit_expr(&c.func);
                }
                self.visit_arguments(&c.arguments);
            }
            ra::Expr::Compare(c) => {
                for x in std::iter::once(&*c.left).chain(c.comparators.iter()) {
                    if let Some(cn) = self.class_of(x) {
                        self.refused.insert(cn);
                    }
                }
                visitor::walk_expr(self, e);
            }
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Load => {
                if let Some(cn) = self.class_of(e) {
                    self.values.push((cn, n.start().to_u32()));
                }
            }
            _ => visitor::walk_expr(self, e),
        }
    }
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::ClassDef(c) = s {
            // A base stays a class.
            for b in c.arguments.iter().flat_map(|a| a.args.iter()) {
                if let Some(cn) = self.class_of(b) {
                    self.refused.insert(cn);
                }
            }
        }
        if let ra::Stmt::AugAssign(a) = s {
            if let ra::Expr::Attribute(t) = &*a.target {
                self.stored_attrs.insert(t.attr.id.as_str());
            }
        }
        visitor::walk_stmt(self, s);
    }
}
