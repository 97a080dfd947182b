//! A classmethod's `cls` is compiled as the class that defines the method. In Python it is the
//! class the call goes through (`ConcreteA.template()`, or an instance of a subclass), which is
//! the same unless a subclass redefines what the body reaches through `cls`: the template
//! method pattern's `cls.step_one()` over steps the subclasses override, or `cls(...)` making an
//! instance. Those classmethods are refused here rather than compiled with the wrong class, unless
//! the program only ever calls them through their own class (`Account.empty("bob")`).
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::Span;

/// Module-level classes: each one's base (a name) and the names its body defines.
#[derive(Default)]
pub(super) struct ClassTree {
    base: HashMap<String, String>,
    defines: HashMap<String, HashSet<String>>,
    /// For each attribute name read anywhere (`x.name`), what it is read on: the name `x`, or
    /// `None` for any other expression.
    receivers: HashMap<String, HashSet<Option<String>>>,
    /// Each class's instance methods: no `@staticmethod`/`@classmethod`, a first parameter.
    instance_methods: HashMap<String, HashSet<String>>,
}

struct Receivers<'t>(&'t mut HashMap<String, HashSet<Option<String>>>);

impl<'v> Visitor<'v> for Receivers<'_> {
    fn visit_expr(&mut self, e: &'v Expr) {
        if let Expr::Attribute(a) = e {
            let on = match &*a.value {
                Expr::Name(n) => Some(n.id.to_string()),
                _ => None,
            };
            self.0.entry(a.attr.id.to_string()).or_default().insert(on);
        }
        visitor::walk_expr(self, e);
    }
}

impl ClassTree {
    pub(super) fn collect(body: &[Stmt]) -> ClassTree {
        let mut t = ClassTree::default();
        let mut r = Receivers(&mut t.receivers);
        for s in body {
            r.visit_stmt(s);
        }
        for s in body {
            let Stmt::ClassDef(c) = s else { continue };
            let name = c.name.id.to_string();
            if let Some([Expr::Name(b)]) = c.arguments.as_deref().map(|a| &a.args[..]) {
                t.base.insert(name.clone(), b.id.to_string());
            }
            let mut defs = HashSet::new();
            for m in &c.body {
                match m {
                    Stmt::FunctionDef(f) => {
                        defs.insert(f.name.id.to_string());
                        let named = |d: &ra::Decorator, n: &str| match &d.expression {
                            Expr::Name(x) => x.id.as_str() == n,
                            Expr::Attribute(a) => a.attr.id.as_str() == n,
                            _ => false,
                        };
                        let plain = !f.decorator_list.iter().any(|d| named(d, "staticmethod") || named(d, "classmethod"));
                        if plain && !f.parameters.args.is_empty() {
                            t.instance_methods.entry(name.clone()).or_default().insert(f.name.id.to_string());
                        }
                    }
                    Stmt::Assign(a) => {
                        for x in &a.targets {
                            if let Expr::Name(n) = x {
                                defs.insert(n.id.to_string());
                            }
                        }
                    }
                    Stmt::AnnAssign(a) => {
                        if let Expr::Name(n) = &*a.target {
                            defs.insert(n.id.to_string());
                        }
                    }
                    _ => {}
                }
            }
            t.defines.insert(name, defs);
        }
        t
    }

    /// Whether the program reads `cls.name` anywhere (through the class itself).
    pub(super) fn read_through(&self, cls: &str, name: &str) -> bool {
        self.receivers.get(name).is_some_and(|on| on.contains(&Some(cls.to_string())))
    }

    /// Whether class `cls` defines an instance method `name`.
    pub(super) fn has_instance_method(&self, cls: &str, name: &str) -> bool {
        self.instance_methods.get(cls).is_some_and(|m| m.contains(name))
    }

    /// The classes below `cls` (its subclasses, theirs...).
    pub(super) fn below(&self, cls: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut frontier = vec![cls];
        while let Some(c) = frontier.pop() {
            for (k, b) in &self.base {
                if b == c && !out.contains(&k.as_str()) && k != cls {
                    out.push(k);
                    frontier.push(k);
                }
            }
        }
        out
    }

    /// Where the body of classmethod `f` of class `cls` reaches something through its class
    /// parameter that a subclass of `cls` changes (`cls.name` a subclass defines, or `cls` as a
    /// value: `cls(...)`, `return cls`): the place, and what it is.
    pub(super) fn class_dependent_use(&self, cls: &str, f: &ra::StmtFunctionDef) -> Option<(Span, String)> {
        let param = f.parameters.posonlyargs.iter().chain(&f.parameters.args).next()?.parameter.name.id.to_string();
        let below = self.below(cls);
        if below.is_empty() {
            return None;
        }
        // The classes `cls` may be: those the method is called through when every call names a
        // class (`Cls.method(...)`, `Sub.method(...)`), else any class below.
        let on = self.receivers.get(f.name.id.as_str()).cloned().unwrap_or_default();
        let named: Option<Vec<&str>> = on.iter().map(|x| x.as_deref().filter(|n| *n == cls || below.contains(n))).collect();
        let through: Vec<&str> = match named {
            Some(ns) => ns.into_iter().filter(|n| *n != cls).collect(),
            None => below.clone(),
        };
        // What those classes (and the classes between them and `cls`) define.
        let mut redefined: HashSet<&str> = HashSet::new();
        for t in through {
            let mut cur = Some(t);
            // (Bounded: a class defined twice may make the names' chain a cycle.)
            for _ in 0..=self.base.len() {
                let Some(c) = cur.filter(|c| *c != cls) else { break };
                redefined.extend(self.defines.get(c).into_iter().flatten().map(String::as_str));
                cur = self.base.get(c).map(String::as_str);
            }
        }
        // `cls(...)` makes an instance of the defining class: one that behaves like an instance
        // of each subclass when no subclass defines anything of its own (only `type()` and
        // `isinstance` could tell, and the verdict compares what the program prints).
        let mut find = Find { param: &param, redefined: &redefined, value_matters: !redefined.is_empty(), found: None };
        for s in &f.body {
            find.visit_stmt(s);
        }
        find.found
    }
}

struct Find<'a> {
    param: &'a str,
    redefined: &'a HashSet<&'a str>,
    /// Whether `cls` as a value (`cls(...)`) is refused.
    value_matters: bool,
    found: Option<(Span, String)>,
}

impl<'v> Visitor<'v> for Find<'_> {
    fn visit_expr(&mut self, e: &'v Expr) {
        if self.found.is_some() {
            return;
        }
        match e {
            Expr::Attribute(a) if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == self.param) => {
                if self.redefined.contains(a.attr.id.as_str()) {
                    let sp = Span::new(a.range.start().to_u32(), a.range.end().to_u32());
                    self.found = Some((sp, format!("`{}.{}`, which a subclass redefines", self.param, a.attr.id)));
                }
                return;
            }
            Expr::Name(n) if n.id.as_str() == self.param && self.value_matters => {
                let r = n.range();
                self.found = Some((Span::new(r.start().to_u32(), r.end().to_u32()), format!("`{}` as a value", self.param)));
                return;
            }
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
}
