//! `@property` methods: a read-only computed attribute. When a property's name is nowhere else an
//! attribute (no other method, no `x.name = ...`, no setter or deleter), every `x.name` read is the
//! method call `x.name()`, and the `def` is a plain method. Otherwise `@property` stays refused.
use std::collections::HashSet;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

#[derive(Default)]
struct Props {
    props: HashSet<String>,
    conflicts: HashSet<String>,
}

fn is_property(d: &ra::Decorator) -> bool {
    matches!(&d.expression, ra::Expr::Name(n) if n.id.as_str() == "property")
}

impl<'a> Visitor<'a> for Props {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::ClassDef(c) = s {
            for b in &c.body {
                match b {
                    ra::Stmt::FunctionDef(f) if f.decorator_list.len() == 1 && is_property(&f.decorator_list[0]) => {
                        if !self.props.insert(f.name.id.as_str().to_string()) {
                            // Two properties of one name (in two classes): types could differ.
                            self.conflicts.insert(f.name.id.as_str().to_string());
                        }
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
            if !matches!(a.ctx, ra::ExprContext::Load) {
                self.conflicts.insert(a.attr.id.as_str().to_string());
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

/// The property names of a module whose reads can all be method calls.
pub(super) fn collect(body: &[ra::Stmt]) -> HashSet<String> {
    let mut p = Props::default();
    for s in body {
        p.visit_stmt(s);
    }
    p.props.retain(|n| !p.conflicts.contains(n));
    p.props
}
