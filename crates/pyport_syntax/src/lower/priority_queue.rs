//! `queue.PriorityQueue` in a single-threaded program is a heap: the port keeps it as a list and
//! its methods as `heapq` calls on it, the same algorithm CPython's class runs under its lock
//! (`put` is `heappush`, `get` is `heappop`), so items come out in the same order. A variable
//! bound only to `PriorityQueue()`, or an attribute every store gives `PriorityQueue()` (an
//! unbounded one: no `maxsize`, or 0), becomes that list:
//!
//! - `q.put(x)`, `q.put_nowait(x)` → `heapq.heappush(q, x)`;
//! - `q.get()`, `q.get_nowait()` → `heapq.heappop(q)` (on an empty queue CPython's `get()` waits
//!   for ever and `get_nowait()` raises `queue.Empty`; the port raises IndexError);
//! - `q.empty()` → `len(q) == 0`, `q.qsize()` → `len(q)`, `q.full()` → `False`;
//! - `q.queue` → `q`.
use std::collections::HashSet;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::kwargs_params::{name, Bindings};

/// Whether the source may make one (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("PriorityQueue")
}

/// How the module names `queue.PriorityQueue`: names bound to the class, names bound to the module.
#[derive(Default)]
struct Names {
    class: HashSet<String>,
    module: HashSet<String>,
}

impl Names {
    fn collect(body: &[Stmt]) -> Names {
        let mut n = Names::default();
        for s in body {
            match s {
                Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.id.as_str() == "queue") && i.level == 0 => {
                    for a in &i.names {
                        if a.name.id.as_str() == "PriorityQueue" {
                            n.class.insert(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                        }
                    }
                }
                Stmt::Import(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "queue" {
                            n.module.insert(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        n
    }

    /// `PriorityQueue()` (or with `maxsize=0`): an unbounded queue.
    fn is_new(&self, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        let class = match &*c.func {
            Expr::Name(n) => self.class.contains(n.id.as_str()),
            Expr::Attribute(a) => a.attr.id.as_str() == "PriorityQueue" && matches!(&*a.value, Expr::Name(m) if self.module.contains(m.id.as_str())),
            _ => false,
        };
        let zero = |x: &Expr| matches!(x, Expr::NumberLiteral(n) if matches!(&n.value, ra::Number::Int(i) if i.as_u64() == Some(0)));
        let args = &c.arguments;
        class
            && match (&args.args[..], &args.keywords[..]) {
                ([], []) => true,
                ([x], []) => zero(x),
                ([], [k]) => k.arg.as_ref().is_some_and(|a| a.as_str() == "maxsize") && zero(&k.value),
                _ => false,
            }
    }
}

/// The variables and attributes that hold only priority queues.
#[derive(Default)]
struct Holders {
    names: HashSet<String>,
    attrs: HashSet<String>,
}

struct Find<'n> {
    pq: &'n Names,
    h: Holders,
}

impl<'a> Visitor<'a> for Find<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        let (targets, value): (Vec<&Expr>, Option<&Expr>) = match s {
            Stmt::Assign(a) => (a.targets.iter().collect(), Some(&*a.value)),
            Stmt::AnnAssign(a) => (vec![&*a.target], a.value.as_deref()),
            Stmt::AugAssign(a) => (vec![&*a.target], None),
            _ => (Vec::new(), None),
        };
        let new = value.is_some_and(|v| self.pq.is_new(v));
        for t in targets {
            match t {
                Expr::Name(n) if new => {
                    self.h.names.insert(n.id.to_string());
                }
                Expr::Attribute(a) if new => {
                    self.h.attrs.insert(a.attr.id.to_string());
                }
                _ => {}
            }
        }
        visitor::walk_stmt(self, s);
    }
}

struct Rewrite<'n> {
    pq: &'n Names,
    names: HashSet<String>,
    attrs: HashSet<String>,
    heapq: String,
}

impl Rewrite<'_> {
    fn holds(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.names.contains(n.id.as_str()),
            Expr::Attribute(a) => self.attrs.contains(a.attr.id.as_str()),
            _ => false,
        }
    }

    fn heapq_call(&self, f: &str, args: Vec<Expr>, range: TextRange) -> Expr {
        let module = name(&self.heapq, range, ra::ExprContext::Load);
        let func = Expr::Attribute(ra::ExprAttribute { node_index: Default::default(), range, value: Box::new(module), attr: ra::Identifier::new(f, range), ctx: ra::ExprContext::Load });
        call(func, args, range)
    }
}

fn call(func: Expr, args: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ra::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(func),
        arguments: ra::Arguments { node_index: Default::default(), range, args: args.into(), keywords: Vec::new().into() },
    })
}

impl Transformer for Rewrite<'_> {
    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        let range = e.range();
        if self.pq.is_new(e) {
            *e = Expr::List(ra::ExprList { node_index: Default::default(), range, elts: Vec::new(), ctx: ra::ExprContext::Load });
            return;
        }
        if let Expr::Attribute(a) = e {
            // `q.queue`: the heap itself.
            if a.attr.id.as_str() == "queue" && matches!(a.ctx, ra::ExprContext::Load) && self.holds(&a.value) {
                *e = (*a.value).clone();
            }
            return;
        }
        let Expr::Call(c) = e else { return };
        let Expr::Attribute(m) = &*c.func else { return };
        if !self.holds(&m.value) || !c.arguments.keywords.is_empty() {
            return;
        }
        let q = (*m.value).clone();
        let len = |q: Expr| call(name("len", range, ra::ExprContext::Load), vec![q], range);
        *e = match (m.attr.id.as_str(), &c.arguments.args[..]) {
            ("put" | "put_nowait", [x]) => self.heapq_call("heappush", vec![q, x.clone()], range),
            ("get" | "get_nowait", []) => self.heapq_call("heappop", vec![q], range),
            ("qsize", []) => len(q),
            ("empty", []) => Expr::Compare(ra::ExprCompare {
                node_index: Default::default(),
                range,
                left: Box::new(len(q)),
                ops: Box::new([ra::CmpOp::Eq]),
                comparators: Box::new([Expr::NumberLiteral(ra::ExprNumberLiteral { node_index: Default::default(), range, value: ra::Number::Int(ra::Int::ZERO) })]),
            }),
            ("full", []) => Expr::BooleanLiteral(ra::ExprBooleanLiteral { node_index: Default::default(), range, value: false }),
            _ => return,
        };
    }
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut Vec<Stmt>, text: &str) {
    let pq = Names::collect(body);
    if pq.class.is_empty() && pq.module.is_empty() {
        return;
    }
    let mut f = Find { pq: &pq, h: Holders::default() };
    for s in body.iter() {
        f.visit_stmt(s);
    }
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    let Holders { mut names, mut attrs } = f.h;
    names.retain(|n| b.once(n));
    attrs.retain(|a| only_new_stores(body, a, &pq));
    if names.is_empty() && attrs.is_empty() {
        return;
    }
    let mut heapq = String::from("_pyport_heapq");
    while text.contains(heapq.as_str()) {
        heapq.push('_');
    }
    let r = Rewrite { pq: &pq, names, attrs, heapq: heapq.clone() };
    for s in body.iter_mut() {
        r.visit_stmt(s);
    }
    let range = TextRange::default();
    let import = Stmt::Import(ra::StmtImport {
        node_index: Default::default(),
        range,
        names: vec![ra::Alias {
            node_index: Default::default(),
            range,
            name: ra::Identifier::new("heapq", range),
            asname: Some(ra::Identifier::new(heapq.as_str(), range)),
        }],
        is_lazy: false,
    });
    body.insert(0, import);
}

/// Whether every store of attribute `attr` in the module is `attr = PriorityQueue()`.
fn only_new_stores(body: &[Stmt], attr: &str, pq: &Names) -> bool {
    struct Stores<'n> {
        attr: &'n str,
        pq: &'n Names,
        ok: bool,
    }
    impl<'a> Visitor<'a> for Stores<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            let store_of = |t: &Expr| matches!(t, Expr::Attribute(a) if a.attr.id.as_str() == self.attr);
            match s {
                Stmt::Assign(a) if a.targets.iter().any(store_of) => {
                    if a.targets.len() != 1 || !self.pq.is_new(&a.value) {
                        self.ok = false;
                    }
                }
                Stmt::AnnAssign(a) if store_of(&a.target) => {
                    if !a.value.as_deref().is_some_and(|v| self.pq.is_new(v)) {
                        self.ok = false;
                    }
                }
                _ => {
                    // Any other store (a tuple target, `+=`, `del`, `for x.attr in`) disqualifies.
                    let mut other = OtherStore { attr: self.attr, found: false };
                    match s {
                        Stmt::Assign(a) => a.targets.iter().for_each(|t| other.visit_expr(t)),
                        Stmt::AugAssign(a) => other.visit_expr(&a.target),
                        Stmt::For(f) => other.visit_expr(&f.target),
                        Stmt::Delete(d) => d.targets.iter().for_each(|t| other.visit_expr(t)),
                        Stmt::With(w) => w.items.iter().filter_map(|i| i.optional_vars.as_deref()).for_each(|t| other.visit_expr(t)),
                        _ => {}
                    }
                    if other.found {
                        self.ok = false;
                    }
                }
            }
            visitor::walk_stmt(self, s);
        }
    }
    struct OtherStore<'n> {
        attr: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for OtherStore<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            if matches!(e, Expr::Attribute(a) if a.attr.id.as_str() == self.attr) {
                self.found = true;
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut v = Stores { attr, pq, ok: true };
    for s in body {
        v.visit_stmt(s);
    }
    v.ok
}
