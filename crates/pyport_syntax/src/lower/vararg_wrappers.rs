//! Decorators whose wrapper takes `*args` (a memoizing or counting decorator):
//!
//! ```text
//! def memo(f):
//!     cache = {}
//!     @functools.wraps(f)
//!     def wrapper(*args, **kwargs):
//!         if args not in cache:
//!             cache[args] = f(*args, **kwargs)
//!         return cache[args]
//!     return wrapper
//!
//! @memo
//! def paths(r, c): ...
//! ```
//!
//! When every function the decorator decorates takes the same `k` plain positional parameters
//! and the decorator's name is used nowhere else, its wrapper is given `k` parameters
//! (`_pyport_a0`...) and starts with `args = (_pyport_a0, ...)`: the tuple Python would pack.
//! `f(*args)` (and `f(*args, **kwargs)`) become `f(_pyport_a0, ...)`. `**kwargs` must be used only
//! so, and `args` never rebound: then the calls the decorated functions receive (positional, as
//! their parameters allow) behave as in Python. Other shapes are left as they are (and refused
//! later, as before).
use std::collections::HashMap;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::TextRange;

/// Whether the source may hold such a wrapper (the quick check before [`specialize`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("(*") && text.contains('@')
}

/// What the module does with each module-level name: decorator uses (with the decorated
/// function's parameter count, `None` when it is not plain) and other reads.
#[derive(Default)]
struct Uses {
    decorates: HashMap<String, Vec<Option<usize>>>,
    reads: HashMap<String, usize>,
}

fn plain_arity(f: &ra::StmtFunctionDef) -> Option<usize> {
    let p = &f.parameters;
    let plain = p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty() && p.posonlyargs.iter().chain(&p.args).all(|a| a.default.is_none());
    plain.then(|| p.posonlyargs.len() + p.args.len())
}

impl<'a> Visitor<'a> for Uses {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::FunctionDef(f) = s {
            for d in &f.decorator_list {
                if let Expr::Name(n) = &d.expression {
                    self.decorates.entry(n.id.to_string()).or_default().push(plain_arity(f));
                    continue;
                }
                self.visit_expr(&d.expression);
            }
            // The rest of the def, without its decorators.
            let mut g = f.clone();
            g.decorator_list.clear();
            visitor::walk_stmt(self, &Stmt::FunctionDef(g));
            return;
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Name(n) = e {
            *self.reads.entry(n.id.to_string()).or_default() += 1;
        }
        visitor::walk_expr(self, e);
    }
}

/// Reads of a name inside a body.
#[derive(Default)]
struct NameUses<'n> {
    name: &'n str,
    /// Reads anywhere.
    reads: usize,
    /// Reads as `**name` in a call, or as `*name` alone in a call's positional arguments.
    forwarded: usize,
    /// Bindings (assignments, loop targets, `del`...).
    stores: usize,
}

impl<'a> Visitor<'a> for NameUses<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if n.id.as_str() == self.name => {
                if matches!(n.ctx, ra::ExprContext::Load) {
                    self.reads += 1;
                } else {
                    self.stores += 1;
                }
            }
            Expr::Call(c) => {
                for k in c.arguments.keywords.iter() {
                    if k.arg.is_none() && matches!(&k.value, Expr::Name(n) if n.id.as_str() == self.name) {
                        self.forwarded += 1;
                    }
                }
                if let [Expr::Starred(st)] = &c.arguments.args[..] {
                    if matches!(&*st.value, Expr::Name(n) if n.id.as_str() == self.name) {
                        self.forwarded += 1;
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
}

fn uses<'n>(body: &[Stmt], name: &'n str) -> NameUses<'n> {
    let mut u = NameUses { name, reads: 0, forwarded: 0, stores: 0 };
    for s in body {
        u.visit_stmt(s);
    }
    u
}

/// Rewrites `f(*args)` / `f(*args, **kwargs)` into `f(a0, a1, ...)`.
struct Forward<'n> {
    args: &'n str,
    kwargs: Option<&'n str>,
    params: Vec<String>,
    range: TextRange,
}

impl Transformer for Forward<'_> {
    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        let Expr::Call(c) = e else { return };
        let star_args = matches!(&c.arguments.args[..], [Expr::Starred(st)] if matches!(&*st.value, Expr::Name(n) if n.id.as_str() == self.args));
        if !star_args {
            return;
        }
        let kw_ok = c.arguments.keywords.iter().all(|k| k.arg.is_none() && matches!(&k.value, Expr::Name(n) if Some(n.id.as_str()) == self.kwargs));
        if !kw_ok {
            return;
        }
        c.arguments.args = self.params.iter().map(|p| name(p, self.range, ra::ExprContext::Load)).collect::<Vec<_>>().into();
        c.arguments.keywords = Vec::new().into();
    }
}

fn name(id: &str, range: TextRange, ctx: ra::ExprContext) -> Expr {
    Expr::Name(ra::ExprName { node_index: Default::default(), range, id: id.into(), ctx })
}

/// The wrapper `def` of decorator `d` (one positional parameter; a nested `def` with only `*args`
/// and maybe `**kwargs`, returned by the last statement), as an index into `d.body`.
fn wrapper_of(d: &ra::StmtFunctionDef) -> Option<usize> {
    let p = &d.parameters;
    if p.posonlyargs.len() + p.args.len() != 1 || p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
        return None;
    }
    let Some(Stmt::Return(ra::StmtReturn { value: Some(v), .. })) = d.body.last() else { return None };
    let Expr::Name(ret) = &**v else { return None };
    let mut found = None;
    for (i, s) in d.body.iter().enumerate() {
        if let Stmt::FunctionDef(w) = s {
            if w.name.id.as_str() == ret.id.as_str() {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
    }
    let i = found?;
    let Stmt::FunctionDef(w) = &d.body[i] else { return None };
    let wp = &w.parameters;
    (wp.vararg.is_some() && wp.posonlyargs.is_empty() && wp.args.is_empty() && wp.kwonlyargs.is_empty()).then_some(i)
}

/// See the module doc.
pub(crate) fn specialize(body: &mut [Stmt]) {
    let mut u = Uses::default();
    for s in body.iter() {
        u.visit_stmt(s);
    }
    for s in body.iter_mut() {
        let Stmt::FunctionDef(d) = s else { continue };
        let dname = d.name.id.to_string();
        let Some(arities) = u.decorates.get(&dname) else { continue };
        // Used only as a decorator, always on functions of one plain shape.
        let k = match arities.first() {
            Some(Some(k)) if arities.iter().all(|a| *a == Some(*k)) => *k,
            _ => continue,
        };
        if u.reads.get(&dname).copied().unwrap_or(0) > 0 {
            continue;
        }
        let Some(wi) = wrapper_of(d) else { continue };
        let Stmt::FunctionDef(orig) = &mut d.body[wi] else { continue };
        // Rewritten on a copy, kept only when every use fits.
        let mut w = orig.clone();
        let Some(va) = w.parameters.vararg.as_deref() else { continue };
        let (args, range) = (va.name.id.to_string(), va.range);
        let kwargs = w.parameters.kwarg.as_deref().map(|p| p.name.id.to_string());
        let a = uses(&w.body, &args);
        if a.stores > 0 {
            continue;
        }
        if let Some(kw) = &kwargs {
            let ku = uses(&w.body, kw);
            if ku.stores > 0 || ku.reads != ku.forwarded {
                continue;
            }
        }
        let params: Vec<String> = (0..k).map(|i| format!("_pyport_a{i}")).collect();
        let fwd = Forward { args: &args, kwargs: kwargs.as_deref(), params: params.clone(), range };
        for st in w.body.iter_mut() {
            fwd.visit_stmt(st);
        }
        if kwargs.as_deref().is_some_and(|kw| uses(&w.body, kw).reads > 0) {
            // `**kwargs` forwarded somewhere else than with `*args`: left as it was (refused later).
            continue;
        }
        let param = |p: &str| ra::ParameterWithDefault {
            range,
            node_index: Default::default(),
            parameter: ra::Parameter { range, node_index: Default::default(), name: ra::Identifier::new(p, range), annotation: None },
            default: None,
        };
        w.parameters.args = params.iter().map(|p| param(p)).collect();
        w.parameters.vararg = None;
        w.parameters.kwarg = None;
        if a.reads > a.forwarded || uses(&w.body, &args).reads > 0 {
            // `args` itself is read (a cache key): the tuple Python packs.
            let tuple = Expr::Tuple(ra::ExprTuple {
                node_index: Default::default(),
                range,
                elts: params.iter().map(|p| name(p, range, ra::ExprContext::Load)).collect(),
                ctx: ra::ExprContext::Load,
                parenthesized: true,
            });
            let assign = Stmt::Assign(ra::StmtAssign {
                node_index: Default::default(),
                range,
                targets: vec![name(&args, range, ra::ExprContext::Store)],
                value: Box::new(tuple),
            });
            w.body.insert(0, assign);
        }
        *orig = w;
    }
}
