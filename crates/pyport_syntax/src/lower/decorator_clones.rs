//! Decorators whose wrapper forwards `*args, **kwargs` (a timing, logging or counting decorator),
//! on functions of different signatures:
//!
//! ```text
//! def timed(f):                              def timed_pyport_1(f):       (for `add`)
//!     def wrapper(*args, **kwargs):              def wrapper(a, b):
//!         ...                          ==>           ...
//!         r = f(*args, **kwargs)                     r = f(a, b)
//!         ...                                        ...
//!     return wrapper                             return wrapper
//!
//! @timed                                     @timed_pyport_1
//! def add(a, b): ...                         def add(a, b): ...
//! @timed                                     @timed_pyport_2              (its own copy)
//! def greet(name): ...                       def greet(name): ...
//! ```
//!
//! The decorator `D` (a module-level function bound once, read only as `@D` or `@D(...)`) returns
//! a nested `def` taking only `*args` (and maybe `**kwargs`), directly or through one more nested
//! `def` for a decorator factory `@D(prefix)`. When that wrapper reads `args` and `kwargs` only in
//! `f(*args, **kwargs)`, `f` being the decorated function, each decorated function gets its own
//! copy of `D` whose wrapper takes exactly the function's parameters (the same names; without
//! `**kwargs` in the wrapper, positional-only ones) and passes them on. The decorator runs once per
//! decorated function, as in Python. `D` itself goes when every use has its copy.
//!
//! A function is left to `D` as it is (refused later) when it has `*args`/`**kwargs`, defaults or
//! keyword-only parameters (a decorated function is called as a function value, which takes
//! plain positional arguments only), or a parameter named like a name `D` uses.
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::Ranged;

use super::kwargs_params::Bindings;

/// Whether the source may hold such a decorator (the quick check before [`specialize`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("(*") && text.contains('@')
}


/// Module-level names used as decorators (`@D` / `@D(...)`): the functions they decorate; and
/// how many times each name is read elsewhere.
#[derive(Default)]
struct Uses {
    decorates: HashMap<String, Vec<usize>>,
    reads: HashMap<String, usize>,
}

fn decorator_name(d: &ra::Decorator) -> Option<&str> {
    match &d.expression {
        Expr::Name(n) => Some(n.id.as_str()),
        Expr::Call(c) => match &*c.func {
            Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Visitor<'a> for Uses {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Name(n) = e {
            if matches!(n.ctx, ra::ExprContext::Load) {
                *self.reads.entry(n.id.to_string()).or_default() += 1;
            }
        }
        visitor::walk_expr(self, e);
    }
}

impl Uses {
    fn collect(body: &[Stmt]) -> Uses {
        let mut u = Uses::default();
        for s in body {
            u.visit_stmt(s);
        }
        let note = |f: &ra::StmtFunctionDef, place: usize, u: &mut Uses| {
            for d in &f.decorator_list {
                if let Some(n) = decorator_name(d) {
                    u.decorates.entry(n.to_string()).or_default().push(place);
                    // That read was counted above: a decorator use is not "elsewhere".
                    if let Some(r) = u.reads.get_mut(n) {
                        *r -= 1;
                    }
                }
            }
        };
        // Module-level functions only (the builtin engine takes no decorators on methods: a
        // decorator used there counts as read elsewhere, and is left alone).
        for (i, s) in body.iter().enumerate() {
            if let Stmt::FunctionDef(f) = s {
                note(f, i, &mut u);
            }
        }
        u
    }
}

/// Every identifier a subtree names (variables, parameters, attributes are not included).
#[derive(Default)]
struct Names(HashSet<String>);

impl<'a> Visitor<'a> for Names {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Name(n) = e {
            self.0.insert(n.id.to_string());
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        self.0.insert(p.name.id.to_string());
        visitor::walk_parameter(self, p);
    }

    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::FunctionDef(f) = s {
            self.0.insert(f.name.id.to_string());
        }
        visitor::walk_stmt(self, s);
    }
}

/// The nested `def` named by `body`'s last statement (`return name`), as an index into `body`.
fn returned_def(body: &[Stmt]) -> Option<usize> {
    let Some(Stmt::Return(ra::StmtReturn { value: Some(v), .. })) = body.last() else { return None };
    let Expr::Name(ret) = &**v else { return None };
    let defs: Vec<usize> = (0..body.len()).filter(|&i| matches!(&body[i], Stmt::FunctionDef(w) if w.name.id == ret.id)).collect();
    match defs[..] {
        [i] => Some(i),
        _ => None,
    }
}

/// The single plain positional parameter of `f`, if that is all it takes.
fn single_param(f: &ra::StmtFunctionDef) -> Option<String> {
    let p = &f.parameters;
    let plain = p.posonlyargs.is_empty() && p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty();
    match &p.args[..] {
        [a] if plain && a.default.is_none() => Some(a.parameter.name.id.to_string()),
        _ => None,
    }
}

/// The path to the wrapper inside decorator `d`: indexes of nested `def`s (one for `@D`, two
/// for a factory `@D(...)`), with the decorated function's parameter name in the last but one.
fn wrapper_path(d: &ra::StmtFunctionDef, factory: bool) -> Option<(Vec<usize>, String)> {
    let (outer_body, mut path) = if factory {
        let g = returned_def(&d.body)?;
        let Stmt::FunctionDef(gdef) = &d.body[g] else { return None };
        (gdef, vec![g])
    } else {
        (d, Vec::new())
    };
    let f = single_param(outer_body)?;
    let w = returned_def(&outer_body.body)?;
    let Stmt::FunctionDef(wdef) = &outer_body.body[w] else { return None };
    let p = &wdef.parameters;
    if p.vararg.is_none() || !p.posonlyargs.is_empty() || !p.args.is_empty() || !p.kwonlyargs.is_empty() {
        return None;
    }
    path.push(w);
    Some((path, f))
}

fn def_at<'d>(d: &'d mut ra::StmtFunctionDef, path: &[usize]) -> Option<&'d mut ra::StmtFunctionDef> {
    let mut cur = d;
    for &i in path {
        let Stmt::FunctionDef(next) = cur.body.get_mut(i)? else { return None };
        cur = next;
    }
    Some(cur)
}

/// Reads of `args`/`kwargs` in a wrapper body, and how many are `f(*args, **kwargs)` forwards.
struct Forwards<'n> {
    f: &'n str,
    args: &'n str,
    kwargs: Option<&'n str>,
    reads: usize,
    forwarded: usize,
    /// `f`, `args` or `kwargs` bound in the wrapper.
    rebound: bool,
}

impl<'a> Visitor<'a> for Forwards<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if [Some(self.f), Some(self.args), self.kwargs].contains(&Some(n.id.as_str())) => {
                if matches!(n.ctx, ra::ExprContext::Load) {
                    if n.id.as_str() != self.f {
                        self.reads += 1;
                    }
                } else {
                    self.rebound = true;
                }
            }
            Expr::Call(c) if self.is_forward(c) => {
                self.forwarded += 1 + usize::from(self.kwargs.is_some());
            }
            _ => {}
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        if [Some(self.f), Some(self.args), self.kwargs].contains(&Some(p.name.id.as_str())) {
            self.rebound = true;
        }
    }
}

impl Forwards<'_> {
    /// `f(*args, **kwargs)` (or `f(*args)` when the wrapper has no `**kwargs`).
    fn is_forward(&self, c: &ra::ExprCall) -> bool {
        let callee = matches!(&*c.func, Expr::Name(n) if n.id.as_str() == self.f);
        let star = matches!(&c.arguments.args[..], [Expr::Starred(st)] if matches!(&*st.value, Expr::Name(n) if n.id.as_str() == self.args));
        let kws = &c.arguments.keywords;
        let kw_ok = match self.kwargs {
            Some(kw) => matches!(&kws[..], [k] if k.arg.is_none() && matches!(&k.value, Expr::Name(n) if n.id.as_str() == kw)),
            None => kws.is_empty(),
        };
        callee && star && kw_ok
    }
}

/// Rewrites the forwards into calls with the wrapper's own parameters.
struct Forward<'n> {
    test: &'n Forwards<'n>,
    positional: Vec<String>,
    keyword: Vec<String>,
}

impl Transformer for Forward<'_> {
    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        let Expr::Call(c) = e else { return };
        if !self.test.is_forward(c) {
            return;
        }
        let range = c.range();
        let name = |id: &str| Expr::Name(ra::ExprName { node_index: Default::default(), range, id: id.into(), ctx: ra::ExprContext::Load });
        c.arguments.args = self.positional.iter().map(|p| name(p)).collect::<Vec<_>>().into();
        c.arguments.keywords = self
            .keyword
            .iter()
            .map(|k| ra::Keyword { range, node_index: Default::default(), arg: Some(ra::Identifier::new(k.as_str(), range)), value: name(k) })
            .collect::<Vec<_>>()
            .into();
    }
}

/// The copy of decorator `d` (its wrapper at `path`, the decorated function's parameter `f`) for
/// a function with parameters `fp`; `None` when it cannot be made.
fn specialized(d: &ra::StmtFunctionDef, path: &[usize], f: &str, fp: &ra::Parameters) -> Option<ra::StmtFunctionDef> {
    if fp.vararg.is_some() || fp.kwarg.is_some() {
        return None;
    }
    let all: Vec<&ra::ParameterWithDefault> = fp.posonlyargs.iter().chain(&fp.args).chain(&fp.kwonlyargs).collect();
    // A decorated function is called as a function value: plain positional parameters only.
    if !fp.kwonlyargs.is_empty() || all.iter().any(|p| p.default.is_some()) {
        return None;
    }
    let mut names = Names::default();
    names.visit_stmt(&Stmt::FunctionDef(d.clone()));
    if all.iter().any(|p| names.0.contains(p.parameter.name.id.as_str())) {
        return None;
    }
    let mut copy = d.clone();
    let w = def_at(&mut copy, path)?;
    let args = w.parameters.vararg.as_deref()?.name.id.to_string();
    let kwargs = w.parameters.kwarg.as_deref().map(|k| k.name.id.to_string());
    let mut test = Forwards { f, args: &args, kwargs: kwargs.as_deref(), reads: 0, forwarded: 0, rebound: false };
    for s in &w.body {
        test.visit_stmt(s);
    }
    if test.rebound || test.reads != test.forwarded || test.forwarded == 0 {
        return None;
    }
    if kwargs.is_none() && !fp.kwonlyargs.is_empty() {
        return None;
    }
    let strip = |p: &ra::ParameterWithDefault| {
        let mut p = p.clone();
        p.parameter.annotation = None;
        p
    };
    let positional: Vec<String> = fp.posonlyargs.iter().chain(&fp.args).map(|p| p.parameter.name.id.to_string()).collect();
    let keyword: Vec<String> = fp.kwonlyargs.iter().map(|p| p.parameter.name.id.to_string()).collect();
    let mut params = (*w.parameters).clone();
    params.vararg = None;
    params.kwarg = None;
    if kwargs.is_some() {
        params.posonlyargs = fp.posonlyargs.iter().map(strip).collect();
        params.args = fp.args.iter().map(strip).collect();
        params.kwonlyargs = fp.kwonlyargs.iter().map(strip).collect();
    } else {
        // A wrapper without `**kwargs` takes no keyword arguments.
        params.posonlyargs = fp.posonlyargs.iter().chain(&fp.args).map(strip).collect();
    }
    let rewrite = Forward { test: &test, positional, keyword };
    for s in w.body.iter_mut() {
        rewrite.visit_stmt(s);
    }
    w.parameters = Box::new(params);
    Some(copy)
}

/// See the module doc.
pub(crate) fn specialize(body: &mut Vec<Stmt>) {
    let uses = Uses::collect(body);
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    let decorators: Vec<(usize, String)> = body
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Stmt::FunctionDef(d) if uses.decorates.contains_key(d.name.id.as_str()) => Some((i, d.name.id.to_string())),
            _ => None,
        })
        .collect();
    // What to insert after each decorator (and whether the decorator itself goes): applied last,
    // so that the places found first stay right.
    let mut inserts: Vec<(usize, Vec<Stmt>, bool)> = Vec::new();
    let mut copies = 0;
    for (at, dname) in decorators {
        if !b.once(&dname) || uses.reads.get(&dname).copied().unwrap_or(0) > 0 {
            continue;
        }
        let places = &uses.decorates[&dname];
        let Stmt::FunctionDef(d) = &body[at] else { continue };
        let d = d.clone();
        // The decorated functions (module statements), each using `@D` or `@D(...)` once, all alike.
        let decorated: Option<Vec<(&ra::StmtFunctionDef, bool)>> = places
            .iter()
            .map(|&i| {
                let Stmt::FunctionDef(f) = &body[i] else { return None };
                let ds: Vec<&ra::Decorator> = f.decorator_list.iter().filter(|x| decorator_name(x) == Some(dname.as_str())).collect();
                match ds[..] {
                    [x] => Some((f, matches!(x.expression, Expr::Call(_)))),
                    _ => None,
                }
            })
            .collect();
        let Some(decorated) = decorated else { continue };
        let factory = decorated[0].1;
        if decorated.iter().any(|(_, x)| *x != factory) {
            continue;
        }
        let Some((path, f)) = wrapper_path(&d, factory) else { continue };
        let made: Vec<Option<ra::StmtFunctionDef>> = decorated.iter().map(|(g, _)| specialized(&d, &path, &f, &g.parameters)).collect();
        let all_made = made.iter().all(Option::is_some);
        if made.iter().all(Option::is_none) {
            continue;
        }
        // The copies, named apart, go right after `D`; each function names its own.
        let mut new_defs = Vec::new();
        for (p, m) in places.iter().zip(made) {
            let Some(mut copy) = m else { continue };
            copies += 1;
            let name = format!("{dname}_pyport_{copies}");
            copy.name = ra::Identifier::new(name.as_str(), copy.name.range);
            let Stmt::FunctionDef(f) = &mut body[*p] else { continue };
            for dec in f.decorator_list.iter_mut() {
                if decorator_name(dec) == Some(dname.as_str()) {
                    match &mut dec.expression {
                        Expr::Name(n) => n.id = name.as_str().into(),
                        Expr::Call(c) => {
                            if let Expr::Name(n) = &mut *c.func {
                                n.id = name.as_str().into();
                            }
                        }
                        _ => {}
                    }
                }
            }
            new_defs.push(Stmt::FunctionDef(copy));
        }
        inserts.push((at, new_defs, all_made));
    }
    inserts.sort_by_key(|(at, ..)| std::cmp::Reverse(*at));
    for (at, defs, replaces) in inserts {
        for (k, s) in defs.into_iter().enumerate() {
            body.insert(at + 1 + k, s);
        }
        if replaces {
            // Every use has its own copy: the decorator itself is read no more.
            body.remove(at);
        }
    }
}
