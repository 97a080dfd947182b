//! Names defined twice at module level: a tutorial's `class Account` and then an improved
//! `class Account`, `def solve` and a faster `def solve`. CPython rebinds the name, so every
//! statement between the two `def`s sees the first and every one after sees the second. The port
//! compiles each definition but the last under a name of its own (`solve_v1`, its Python name
//! still `solve`: see [`crate::ast::Program::py_names`]) and renames the reads that can only mean
//! it: those the module-level statements between it and the next definition evaluate right away
//! (including the next definition's own decorators, defaults and bases, as in
//! `class Stack(Stack)`), and, for a function called only there, its own recursive calls.
//!
//! A name a module-level assignment binds after its last definition (`total = reduce(...)` after
//! `def total`) is treated the same way: the assignment is the last definition, and from it on
//! the name is a variable.
//!
//! A name is left alone (and "defined twice" is refused as before) when code that runs later
//! reads it: another function's body, a lambda, a generator expression, a method of an earlier
//! class (its instances may outlive the next definition), an earlier function that is decorated,
//! a generator or used as a value (other than `name(...)` and `name.attr`). Which definition such code sees depends on when it runs. A
//! name that anything else binds (an assignment, an import, a parameter, `global`) is left alone
//! too (other than that one assignment).
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::TextSize;

use super::kwargs_params::Bindings;

/// Where a read of a redefined name happens.
#[derive(Clone, Copy, PartialEq)]
enum When {
    /// While the module-level statement at this index runs.
    Now(usize),
    /// When the function (or a method of the class) defined by the module-level statement at
    /// this index runs.
    Body(usize),
    /// At some later time: a lambda, a generator expression, a nested function.
    Later,
}

struct Read {
    name: String,
    at: TextSize,
    when: When,
    /// The read only calls the object or reads its attributes (`name(...)`, `name.__name__`): the
    /// object does not escape.
    callee: bool,
}

/// The reads of `names` in the module, each with when it happens.
struct Reads<'n> {
    names: &'n HashSet<String>,
    top: usize,
    /// Inside the body of a module-level `def` (or a method of a module-level class): its index.
    body_of: Option<usize>,
    /// Nesting of lambdas, generator expressions and functions inside such a body.
    later: usize,
    callees: HashSet<TextSize>,
    reads: Vec<Read>,
}

impl Reads<'_> {
    fn when(&self) -> When {
        match (self.later, self.body_of) {
            (0, None) => When::Now(self.top),
            (0, Some(d)) => When::Body(d),
            _ => When::Later,
        }
    }

    /// A function's decorators, defaults and annotations run where it is defined; its body later.
    fn function(&mut self, f: &ra::StmtFunctionDef) {
        for d in &f.decorator_list {
            self.visit_decorator(d);
        }
        self.visit_parameters(&f.parameters);
        if let Some(r) = &f.returns {
            self.visit_expr(r);
        }
        let saved = (self.body_of, self.later);
        if self.body_of.is_none() && self.later == 0 {
            self.body_of = Some(self.top);
        } else {
            self.later += 1;
        }
        self.visit_body(&f.body);
        (self.body_of, self.later) = saved;
    }
}

impl<'a> Visitor<'a> for Reads<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.function(f),
            // A class body runs where the class is defined; its methods' bodies later.
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if matches!(n.ctx, ra::ExprContext::Load) && self.names.contains(n.id.as_str()) => {
                let at = n.range.start();
                self.reads.push(Read { name: n.id.to_string(), at, when: self.when(), callee: self.callees.contains(&at) });
            }
            Expr::Call(ra::ExprCall { func: x, .. }) | Expr::Attribute(ra::ExprAttribute { value: x, .. }) => {
                if let Expr::Name(n) = &**x {
                    self.callees.insert(n.range.start());
                }
            }
            Expr::Lambda(_) | Expr::Generator(_) => {
                self.later += 1;
                visitor::walk_expr(self, e);
                self.later -= 1;
                return;
            }
            _ => {}
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        // Annotations only (a parameter's name binds, see `Bindings`).
        visitor::walk_parameter(self, p);
    }
}

fn has_yield(body: &[Stmt]) -> bool {
    struct Y(bool);
    impl<'a> Visitor<'a> for Y {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut y = Y(false);
    y.visit_body(body);
    y.0
}

/// The new names: each read (by its start) and each renamed definition (by its statement index).
struct Renames {
    reads: HashMap<TextSize, String>,
    defs: HashMap<usize, String>,
}

impl Transformer for Renames {
    fn visit_expr(&self, e: &mut Expr) {
        if let Expr::Name(n) = e {
            if let Some(new) = self.reads.get(&n.range.start()) {
                n.id = new.as_str().into();
            }
        }
        transformer::walk_expr(self, e);
    }
}

/// An unused identifier `{name}_v{k}` (more `_` before `v` until the source has no such text).
fn fresh(name: &str, k: usize, text: &str, taken: &HashSet<String>) -> String {
    let mut sep = String::from("_");
    loop {
        let n = format!("{name}{sep}v{k}");
        if !text.contains(n.as_str()) && !taken.contains(&n) {
            return n;
        }
        sep.push('_');
    }
}

/// Renames every definition but the last of each name defined more than once at module level,
/// where that is exact (see the module doc). Returns the new names' Python names.
pub(crate) fn rename(body: &mut [Stmt], text: &str) -> HashMap<String, String> {
    let mut defs: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in body.iter().enumerate() {
        let name = match s {
            Stmt::FunctionDef(f) if !f.is_async => f.name.id.as_str(),
            Stmt::ClassDef(c) => c.name.id.as_str(),
            _ => continue,
        };
        defs.entry(name.to_string()).or_default().push(i);
    }
    // `name = value` after the last definition (`sum_numbers = reduce(...)` after
    // `def sum_numbers`): from there on the name is a variable, the last "definition".
    for (i, s) in body.iter().enumerate() {
        let Stmt::Assign(a) = s else { continue };
        let [Expr::Name(n)] = &a.targets[..] else { continue };
        if let Some(at) = defs.get_mut(n.id.as_str()) {
            let last = *at.last().expect("one definition");
            if last < i && matches!(body[last], Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                at.push(i);
            }
        }
    }
    defs.retain(|_, v| v.len() > 1);
    if defs.is_empty() {
        return HashMap::new();
    }
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    defs.retain(|n, v| b.count.get(n).copied().unwrap_or(0) == v.len());
    let names: HashSet<String> = defs.keys().cloned().collect();
    let mut r = Reads { names: &names, top: 0, body_of: None, later: 0, callees: HashSet::new(), reads: Vec::new() };
    for (i, s) in body.iter().enumerate() {
        r.top = i;
        r.visit_stmt(s);
    }

    let mut out = Renames { reads: HashMap::new(), defs: HashMap::new() };
    let mut py_names = HashMap::new();
    let mut taken = HashSet::new();
    let mut sorted: Vec<(&String, &Vec<usize>)> = defs.iter().collect();
    sorted.sort();
    for (name, at) in sorted {
        let last = *at.last().expect("two or more definitions");
        let reads: Vec<&Read> = r.reads.iter().filter(|x| &x.name == name).collect();
        // The definition whose stretch a statement is in: the last one before it (a definition's
        // own decorators, defaults and bases run before it binds the name).
        let stretch = |i: usize| at.iter().rposition(|&d| d < i);
        let exact = reads.iter().all(|x| match x.when {
            When::Now(_) => true,
            When::Later => false,
            When::Body(d) if d == last => true,
            When::Body(d) if !at.contains(&d) => false,
            When::Body(d) => match &body[d] {
                Stmt::FunctionDef(f) => {
                    let k = at.iter().position(|&x| x == d).expect("a definition");
                    f.decorator_list.is_empty()
                        && !has_yield(&f.body)
                        && reads.iter().all(|y| !matches!(y.when, When::Now(i) if stretch(i) == Some(k)) || y.callee)
                }
                _ => false,
            },
        });
        if !exact {
            continue;
        }
        for (k, &d) in at[..at.len() - 1].iter().enumerate() {
            let new = fresh(name, k + 1, text, &taken);
            taken.insert(new.clone());
            for x in &reads {
                let mine = match x.when {
                    When::Now(i) => stretch(i) == Some(k),
                    When::Body(b) => b == d,
                    When::Later => false,
                };
                if mine {
                    out.reads.insert(x.at, new.clone());
                }
            }
            out.defs.insert(d, new.clone());
            py_names.insert(new, name.clone());
        }
    }
    for (i, s) in body.iter_mut().enumerate() {
        if let Some(new) = out.defs.get(&i) {
            match s {
                Stmt::FunctionDef(f) => f.name = ra::Identifier::new(new.as_str(), f.name.range),
                Stmt::ClassDef(c) => c.name = ra::Identifier::new(new.as_str(), c.name.range),
                _ => {}
            }
        }
        if !out.reads.is_empty() {
            out.visit_stmt(s);
        }
    }
    py_names
}
