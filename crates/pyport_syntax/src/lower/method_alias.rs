//! Bound methods kept in a local only to be called: `push = stack.append` ... `push(x)`.
//!
//! Programs tuned for CPython look a method up once (`perm1_ins = perm1.insert`,
//! `bb = bisect.bisect`) and call the local in a hot loop. When the local is bound once, by a
//! statement of the scope's own body (not inside a branch or loop), is only ever called (never
//! passed on), only after that statement, and no nested scope mentions it, and when the receiver
//! is a name that cannot change in between (a parameter never rebound, a local bound once by an
//! earlier statement of the body, or a module-level name bound once in the whole program), every
//! call `push(x)` is the call `stack.append(x)`: the assignment is dropped and the calls are lowered
//! as method calls, which the builtin engine compiles with the method's own signature.
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

use super::small_ints;

/// What the pre-pass found in the whole module.
#[derive(Default)]
pub(crate) struct MethodAliases {
    /// Starts of the alias statements, which lower to nothing.
    pub dropped: HashSet<u32>,
    /// Start of a called name → the `receiver.method` expression it stands for.
    pub calls: HashMap<u32, ra::ExprAttribute>,
}

impl MethodAliases {
    pub(crate) fn collect(module: &[ra::Stmt]) -> MethodAliases {
        let bindings = small_ints::binding_counts(module);
        let mut out = MethodAliases::default();
        let mut scopes: Vec<(&[ra::Stmt], Vec<&str>)> = vec![(module, Vec::new())];
        while let Some((body, params)) = scopes.pop() {
            let mut occ = Occurrences::default();
            for s in body {
                occ.visit_stmt(s);
            }
            scopes.extend(occ.nested.drain(..));
            scope_aliases(body, &params, &occ, &bindings, &mut out);
        }
        stdin_aliases(module, &bindings, &mut out);
        out
    }
}

/// `input = sys.stdin.readline` (also `read`, `readlines`), the competitive programmer's fast
/// input: a statement at the top of the module or of a function body binding a name the whole
/// program binds nowhere else, whose every read anywhere is a call, and whose reads at module
/// level come after it. Every call `input()` is then `sys.stdin.readline()`. (A read in a function
/// runs when the function is called, after the module's first statements have bound the name.)
fn stdin_aliases(module: &[ra::Stmt], bindings: &HashMap<String, usize>, out: &mut MethodAliases) {
    let mut bodies: Vec<(&[ra::Stmt], bool)> = vec![(module, true)];
    let mut found: Vec<(&str, u32, &ra::ExprAttribute, bool)> = Vec::new();
    while let Some((body, top)) = bodies.pop() {
        for s in body {
            match s {
                ra::Stmt::FunctionDef(f) => bodies.push((&f.body, false)),
                ra::Stmt::Assign(a) => {
                    let ([ra::Expr::Name(n)], ra::Expr::Attribute(attr)) = (&a.targets[..], &*a.value) else { continue };
                    let from_stdin = matches!(&*attr.value, ra::Expr::Attribute(st) if st.attr.id.as_str() == "stdin" && matches!(&*st.value, ra::Expr::Name(m) if m.id.as_str() == "sys"));
                    if from_stdin && matches!(attr.attr.id.as_str(), "readline" | "read" | "readlines") && bindings.get(n.id.as_str()) == Some(&1) && bindings.get("sys") == Some(&1) {
                        found.push((n.id.as_str(), s.start().to_u32(), attr, top));
                    }
                }
                _ => {}
            }
        }
    }
    for (name, at, attr, top) in found {
        let mut loads = Loads { name, top_level: true, found: Vec::new() };
        for s in module {
            loads.visit_stmt(s);
        }
        let ok = loads.found.iter().all(|&(start, called, top_level)| called && (!top || !top_level || start > at));
        if ok {
            out.dropped.insert(at);
            for (start, _, _) in loads.found {
                out.calls.insert(start, attr.clone());
            }
        }
    }
}

/// The reads of `name` in a module: (start, whether it is a call's function, whether at module level).
struct Loads<'a> {
    name: &'a str,
    top_level: bool,
    found: Vec<(u32, bool, bool)>,
}

impl<'a> Visitor<'a> for Loads<'_> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::FunctionDef(f) = s {
            for d in &f.decorator_list {
                self.visit_decorator(d);
            }
            let saved = std::mem::replace(&mut self.top_level, false);
            self.visit_parameters(&f.parameters);
            self.visit_body(&f.body);
            self.top_level = saved;
            return;
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == self.name && matches!(n.ctx, ra::ExprContext::Load)) => {
                self.found.push((c.func.start().to_u32(), true, self.top_level));
                self.visit_arguments(&c.arguments);
            }
            ra::Expr::Name(n) if n.id.as_str() == self.name && matches!(n.ctx, ra::ExprContext::Load) => self.found.push((n.start().to_u32(), false, self.top_level)),
            ra::Expr::Lambda(_) => {
                let saved = std::mem::replace(&mut self.top_level, false);
                visitor::walk_expr(self, e);
                self.top_level = saved;
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Name occurrences of one scope; nested scopes are only noted (and queued).
#[derive(Default)]
struct Occurrences<'a> {
    /// (name, start, stored, called): `called` for a load that is a call's function.
    names: Vec<(&'a str, u32, bool, bool)>,
    /// Names declared `global`/`nonlocal`, deleted, or mentioned by a nested scope.
    escaped: HashSet<&'a str>,
    nested: Vec<(&'a [ra::Stmt], Vec<&'a str>)>,
}

impl<'a> Occurrences<'a> {
    fn mention_all(&mut self, f: impl FnOnce(&mut AllNames<'a>)) {
        let mut all = AllNames::default();
        f(&mut all);
        self.escaped.extend(all.0);
    }
}

impl<'a> Visitor<'a> for Occurrences<'a> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => {
                // Decorators and defaults run in this scope; the body is a scope of its own.
                self.names.push((f.name.id.as_str(), f.start().to_u32(), true, false));
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                let p = &f.parameters;
                for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
                    if let Some(d) = &a.default {
                        self.visit_expr(d);
                    }
                }
                self.mention_all(|all| all.visit_body(&f.body));
                let mut params: Vec<&str> = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).map(|a| a.parameter.name.id.as_str()).collect();
                params.extend(p.vararg.iter().chain(&p.kwarg).map(|a| a.name.id.as_str()));
                self.nested.push((&f.body, params));
            }
            ra::Stmt::ClassDef(c) => {
                self.names.push((c.name.id.as_str(), c.start().to_u32(), true, false));
                self.mention_all(|all| all.visit_stmt(s));
                for m in &c.body {
                    if let ra::Stmt::FunctionDef(f) = m {
                        let p = &f.parameters;
                        let mut params: Vec<&str> = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).map(|a| a.parameter.name.id.as_str()).collect();
                        params.extend(p.vararg.iter().chain(&p.kwarg).map(|a| a.name.id.as_str()));
                        self.nested.push((&f.body, params));
                    }
                }
            }
            ra::Stmt::Global(g) => self.escaped.extend(g.names.iter().map(|n| n.id.as_str())),
            ra::Stmt::Nonlocal(g) => self.escaped.extend(g.names.iter().map(|n| n.id.as_str())),
            ra::Stmt::Delete(d) => {
                for t in &d.targets {
                    if let ra::Expr::Name(n) = t {
                        self.escaped.insert(n.id.as_str());
                    }
                }
                visitor::walk_stmt(self, s);
            }
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.names.push((n.id.split('.').next().unwrap_or(""), a.start().to_u32(), true, false));
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.names.push((a.asname.as_ref().unwrap_or(&a.name).id.as_str(), a.start().to_u32(), true, false));
                }
            }
            ra::Stmt::Try(t) => {
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.names.push((n.id.as_str(), n.start().to_u32(), true, false));
                    }
                }
                visitor::walk_stmt(self, s);
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) => self.names.push((n.id.as_str(), n.start().to_u32(), n.ctx != ra::ExprContext::Load, false)),
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(_)) => {
                let ra::Expr::Name(n) = &*c.func else { unreachable!() };
                self.names.push((n.id.as_str(), n.start().to_u32(), false, true));
                self.visit_arguments(&c.arguments);
            }
            ra::Expr::Lambda(_) | ra::Expr::ListComp(_) | ra::Expr::SetComp(_) | ra::Expr::DictComp(_) | ra::Expr::Generator(_) => {
                // Their own scopes (a comprehension's first iterable aside, which is conservative).
                self.mention_all(|all| all.visit_expr(e));
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Every name mentioned anywhere inside.
#[derive(Default)]
struct AllNames<'a>(HashSet<&'a str>);

impl<'a> Visitor<'a> for AllNames<'a> {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Name(n) = e {
            self.0.insert(n.id.as_str());
        }
        visitor::walk_expr(self, e);
    }
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => drop(self.0.insert(f.name.id.as_str())),
            ra::Stmt::ClassDef(c) => drop(self.0.insert(c.name.id.as_str())),
            ra::Stmt::Global(g) => self.0.extend(g.names.iter().map(|n| n.id.as_str())),
            ra::Stmt::Nonlocal(g) => self.0.extend(g.names.iter().map(|n| n.id.as_str())),
            _ => {}
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        self.0.insert(p.name.id.as_str());
        visitor::walk_parameter(self, p);
    }
}

/// The aliases of one scope (see the module comment).
fn scope_aliases(body: &[ra::Stmt], params: &[&str], occ: &Occurrences, bindings: &HashMap<String, usize>, out: &mut MethodAliases) {
    fn stores<'o>(occ: &'o Occurrences, name: &'o str) -> impl Iterator<Item = &'o (&'o str, u32, bool, bool)> {
        occ.names.iter().filter(move |o| o.0 == name && o.2)
    }
    for (i, s) in body.iter().enumerate() {
        let ra::Stmt::Assign(a) = s else { continue };
        let ([ra::Expr::Name(alias)], ra::Expr::Attribute(attr)) = (&a.targets[..], &*a.value) else { continue };
        let ra::Expr::Name(recv) = &*attr.value else { continue };
        let (name, recv_name) = (alias.id.as_str(), recv.id.as_str());
        let end = s.end().to_u32();
        if name == recv_name || params.contains(&name) || occ.escaped.contains(name) || occ.escaped.contains(recv_name) || stores(occ, name).count() != 1 {
            continue;
        }
        let uses: Vec<u32> = occ.names.iter().filter(|o| o.0 == name && !o.2).map(|o| o.1).collect();
        if uses.is_empty() || occ.names.iter().any(|o| o.0 == name && !o.2 && (!o.3 || o.1 < end)) {
            continue;
        }
        // The receiver names the same object at every call.
        let recv_stores: Vec<u32> = stores(occ, recv_name).map(|o| o.1).collect();
        let steady = if params.contains(&recv_name) {
            recv_stores.is_empty()
        } else if let [at] = recv_stores[..] {
            body[..i].iter().any(|b| {
                b.start().to_u32() <= at
                    && at < b.end().to_u32()
                    && !matches!(b, ra::Stmt::If(_) | ra::Stmt::For(_) | ra::Stmt::While(_) | ra::Stmt::With(_) | ra::Stmt::Try(_) | ra::Stmt::Match(_))
            })
        } else {
            recv_stores.is_empty() && bindings.get(recv_name).copied().unwrap_or(0) <= 1
        };
        if !steady {
            continue;
        }
        out.dropped.insert(s.start().to_u32());
        for u in uses {
            out.calls.insert(u, attr.clone());
        }
    }
}
