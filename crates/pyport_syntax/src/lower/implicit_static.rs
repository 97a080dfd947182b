//! A function in a class body that the program only ever reaches through the class
//! (`RomanNumerals.to_roman(1990)`) is a static method, decorated or not: in Python 3 `C.f` is the
//! plain function, so `def to_roman(val)` takes `val` as an ordinary parameter (which it may
//! rebind). Such a `def` gets an implicit `@staticmethod` when:
//! - it is an undecorated, non-dunder `def` directly in the body of a module-level class;
//! - no other class of the program defines a function of that name;
//! - every attribute access of that name anywhere in the program is a call `C.f(...)`, with `C`
//!   the class's own name (no `self.f`, `obj.f`, `Sub.f`, `type(x).f`, no `C.f` as a value, which
//!   the port supports as an unbound method, and no store or `del`), and there is one;
//! - the class's name is bound only by its `class` statement.
//!
//! Through an instance such a function would get the object as its first argument; the program
//! never does that, so the decorator changes nothing it can see.
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::Ranged;

use super::kwargs_params::{name, Bindings};

/// Whether the source may have one (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("class ")
}

/// How a function name is reached by attribute access.
#[derive(Default)]
struct Access {
    /// Read as `Name.f`: the names `Name` seen.
    through: HashSet<String>,
    /// Reached some other way (another object, a store, a `del`).
    other: bool,
}

#[derive(Default)]
struct Accesses {
    by_name: HashMap<String, Access>,
    /// Ranges of the callees of calls: `C.f` there is called, not read as a value.
    callees: HashSet<ruff_text_size::TextRange>,
}

impl<'a> Visitor<'a> for Accesses {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Call(c) = e {
            self.callees.insert(c.func.range());
        }
        if let Expr::Attribute(a) = e {
            let called = self.callees.contains(&a.range());
            let entry = self.by_name.entry(a.attr.id.as_str().to_string()).or_default();
            match &*a.value {
                Expr::Name(n) if called && matches!(a.ctx, ra::ExprContext::Load) => {
                    entry.through.insert(n.id.as_str().to_string());
                }
                // `C.f` as a value (`key=C.f`) keeps the unbound method the port supports.
                _ => entry.other = true,
            }
        }
        visitor::walk_expr(self, e);
    }
}

fn is_candidate(f: &ra::StmtFunctionDef) -> bool {
    let n = f.name.id.as_str();
    f.decorator_list.is_empty() && !(n.starts_with("__") && n.ends_with("__"))
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    // Function names defined in class bodies, with the classes defining them.
    let mut defined: HashMap<String, Vec<String>> = HashMap::new();
    for s in body.iter() {
        let Stmt::ClassDef(c) = s else { continue };
        for b in &c.body {
            if let Stmt::FunctionDef(f) = b {
                defined.entry(f.name.id.as_str().to_string()).or_default().push(c.name.id.as_str().to_string());
            }
        }
    }
    if defined.is_empty() {
        return;
    }
    let mut acc = Accesses::default();
    let mut bindings = Bindings::default();
    for s in body.iter() {
        acc.visit_stmt(s);
        bindings.visit_stmt(s);
    }
    for s in body.iter_mut() {
        let Stmt::ClassDef(c) = s else { continue };
        let class = c.name.id.as_str().to_string();
        for b in c.body.iter_mut() {
            let Stmt::FunctionDef(f) = b else { continue };
            if !is_candidate(f) {
                continue;
            }
            let fname = f.name.id.as_str();
            let only_here = defined.get(fname).is_some_and(|cs| cs.len() == 1);
            let through_class_only = acc.by_name.get(fname).is_some_and(|a| !a.other && a.through.len() == 1 && a.through.contains(&class));
            if only_here && through_class_only && bindings.once(&class) {
                let range = f.range();
                f.decorator_list.push(ra::Decorator {
                    range,
                    node_index: Default::default(),
                    expression: name("staticmethod", range, ra::ExprContext::Load),
                });
            }
        }
    }
}
