//! Versioning of a whole loop nest over distinct lists (on top of `inbounds.rs`).
//!
//! `inbounds.rs` versions each counted loop on its own: `(flag ? v.raw(j) : v.at(j))`, which g++
//! unswitches into two copies of the loop. In a nest that leaves two inner loops in the outer
//! loop's body, and g++ then vectorizes only the inner one. It cannot vectorize the outer loop of
//!
//! ```text
//! for i in range(n):
//!     s = 0.0
//!     for j in range(n):
//!         s += a(i, j) * v[j]
//!     out[i] = s
//! ```
//!
//! (eight rows at once, each lane keeping its own `s` in order: exact) for a second reason too:
//! `v` and `out` may be one list, and g++ versions only innermost loops for aliasing.
//!
//! So when every list the nest touches is subscripted only by the variables of its counted
//! loops, whose `range` bounds are known before the nest starts, the nest is emitted once as a
//! generic lambda, instantiated twice and called as one copy or the other:
//!
//! ```text
//! auto _nest = [&](auto _fast, py::List<double>::Storage* __restrict _r_v, ...) {
//!     ... (_fast ? _r_v[j] : (_inb4 ? v.raw(j) : v.at(j))) ...
//! };
//! if (<every index of every loop lies in its lists> && !v.is(out)) _nest(std::true_type{}, v.vec().data(), ...);
//! else _nest(std::false_type{}, nullptr, ...);
//! ```
//!
//! The fast copy has no check and reads and writes each list's elements only through its
//! `__restrict` pointer (restrict parameters, not locals: g++ uses only those to vectorize an
//! outer loop); the other copy is exactly the code without this versioning. The pointers are
//! valid restrict pointers because different lists never share their element storage (the
//! runtime checks `is` between lists of one type), no list's length can change in the nest
//! (`inbounds::Scan`, so no storage moves), and nothing else in the nest reaches a list's
//! elements: every expression whose type holds a list is a planned subscript's list or the
//! argument of `len`, and the program functions it calls touch no list at all
//! (`list_free_functions`). After the nest is emitted its text is checked once more: a list it
//! names other than through its pointer (an emission path this prediction did not foresee) sends
//! every run to the checked copy.

use std::collections::HashSet;

use pyport_syntax::ast::*;
use pyport_types::{NameRef, Ty, Typed};

use super::inbounds::children;
use super::Emitter;
use crate::names::cname;

/// A loop nest being emitted as a versioned lambda.
pub(super) struct Nest {
    /// The lambda.
    name: String,
    /// Its `auto` parameter: `std::true_type` in the fast copy.
    fast: String,
    /// The `range` calls of the counted loops whose subscripts the fast copy makes unchecked.
    pub(super) loops: HashSet<ExprId>,
    /// The lists subscripted, with their pointer parameters.
    lists: Vec<NestList>,
    /// Whether every index the loops take lies in their lists, and the lists are distinct.
    cond: String,
    /// The accesses emitted through the pointers.
    emitted: Vec<String>,
    /// Where the lambda's body starts in the output.
    start: usize,
}

struct NestList {
    name: String,
    code: String,
    cty: String,
    ptr: String,
}

/// Types that may hold (or share the element storage of) a list.
fn has_list(t: &Ty) -> bool {
    match t {
        Ty::List(_) | Ty::VarTuple(_) | Ty::Iter(_) => true,
        Ty::Optional(e) | Ty::Set(e) | Ty::FrozenSet(e) | Ty::Deque(e) | Ty::Generator(e) => has_list(e),
        Ty::Dict(k, v) | Ty::Mapping(_, k, v) => has_list(k) || has_list(v),
        Ty::Tuple(ts) | Ty::Union(ts) => ts.iter().any(has_list),
        _ => false,
    }
}

/// Whether `e` calls the builtin `range` with one or two arguments (a step of 1).
fn range_call<'a>(typed: &Typed, e: &'a Expr) -> Option<&'a [Expr]> {
    let ExprKind::Call { func, args, keywords } = &e.kind else { return None };
    let is_range = typed.names.get(&func.id) == Some(&NameRef::Builtin("range".into()));
    (is_range && keywords.is_empty() && matches!(args.len(), 1 | 2)).then_some(args.as_slice())
}

/// Walks a nest's body (or a function's), collecting its list subscripts and refusing anything
/// else that could reach a list's elements.
struct NestScan<'p, 'a> {
    typed: &'p Typed,
    /// Functions known to touch no list.
    list_free: &'p HashSet<FuncId>,
    /// A function body (`return` allowed, no loop may subscript a list).
    func_body: bool,
    /// The counted loops around the walk: variable and `range` call.
    stack: Vec<(&'a str, &'a Expr)>,
    /// Every counted loop: variable and `range` call.
    loops: Vec<(&'a str, &'a Expr)>,
    /// `(list, index variable, the range call of the loop binding it)` of each subscript.
    accesses: Vec<(&'a Expr, &'a str, ExprId)>,
    /// Names bound other than as a counted loop's variable.
    bound: HashSet<&'a str>,
    /// Counted loops' variables.
    loop_vars: HashSet<&'a str>,
    ok: bool,
}

impl<'a> NestScan<'_, 'a> {
    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            if !self.ok {
                return;
            }
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                // `xs[i] += f(...)` is emitted through a copy of the list's handle (Python reads
                // the item before the call runs), which the fast copy cannot use.
                if matches!(target, Target::Subscript { value: l, .. } if has_list(self.typed.ty(l.id))) && super::impure(value, self.typed) {
                    self.ok = false;
                    return;
                }
                self.expr(value);
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target: Target::Name { name, .. }, iter, body, orelse } if range_call(self.typed, iter).is_some() => {
                for a in range_call(self.typed, iter).unwrap_or_default() {
                    self.expr(a);
                }
                // A loop inside another loop over the same variable would make its subscripts ambiguous.
                if self.stack.iter().any(|(v, _)| v == name) {
                    self.ok = false;
                    return;
                }
                self.loops.push((name, iter));
                self.loop_vars.insert(name);
                self.stack.push((name, iter));
                self.stmts(body);
                self.stack.pop();
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Return(v) if self.func_body => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            // A `return` would leave the lambda only; `try` is left out for simplicity.
            _ => self.ok = false,
        }
    }

    fn target(&mut self, t: &'a Target) {
        match t {
            Target::Name { name, .. } | Target::Starred { name, .. } => {
                self.bound.insert(name);
            }
            Target::Subscript { value, index, .. } => self.subscript(value, index),
            Target::Attr { value, .. } => self.expr(value),
            Target::Tuple { elts, .. } => {
                for e in elts {
                    self.target(e);
                }
            }
        }
    }

    /// `value[index]`, read or stored.
    fn subscript(&mut self, value: &'a Expr, index: &'a Expr) {
        if !has_list(self.typed.ty(value.id)) {
            self.expr(value);
            self.expr(index);
            return;
        }
        let var = |e: &Expr| self.typed.names.get(&e.id) == Some(&NameRef::Var);
        let (ExprKind::Name(_), ExprKind::Name(x)) = (&value.kind, &index.kind) else {
            self.ok = false;
            return;
        };
        let Some(&(_, range)) = self.stack.iter().rev().find(|(v, _)| v == x) else {
            self.ok = false;
            return;
        };
        if !var(value) || !var(index) || !matches!(self.typed.ty(value.id), Ty::List(e) if !has_list(e)) {
            self.ok = false;
            return;
        }
        self.accesses.push((value, x, range.id));
    }

    fn expr(&mut self, e: &'a Expr) {
        if !self.ok {
            return;
        }
        match &e.kind {
            ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } | ExprKind::GenExp { .. } | ExprKind::Lambda { .. } | ExprKind::Yield(_) => {
                self.ok = false;
                return;
            }
            ExprKind::Subscript { value, index } => {
                self.subscript(value, index);
                return;
            }
            ExprKind::Call { func, args, keywords } => {
                match self.typed.names.get(&func.id) {
                    // `len(xs)` reads no element.
                    Some(NameRef::Builtin(b)) if b == "len" && args.len() == 1 && keywords.is_empty() && matches!(args[0].kind, ExprKind::Name(_)) => return,
                    Some(NameRef::Function(fid)) if !self.list_free.contains(fid) => {
                        self.ok = false;
                        return;
                    }
                    _ => {}
                }
            }
            ExprKind::Named { name, .. } => {
                self.bound.insert(name);
            }
            _ => {}
        }
        if has_list(self.typed.ty(e.id)) {
            self.ok = false;
            return;
        }
        if let ExprKind::Name(_) = &e.kind {
            if let Some(NameRef::Function(fid)) = self.typed.names.get(&e.id) {
                if !self.list_free.contains(fid) {
                    self.ok = false;
                }
            }
            return;
        }
        let mut kids: Vec<&'a Expr> = Vec::new();
        children(e, &mut kids);
        for c in kids {
            self.expr(c);
        }
    }
}

/// The functions of `pure` (`inbounds::pure_functions`) that reach no list: no expression of
/// theirs has a type holding one, and they call only such functions (a greatest fixpoint).
fn list_free_functions(prog: &Program, typed: &Typed, pure: &HashSet<FuncId>) -> HashSet<FuncId> {
    let mut free = pure.clone();
    loop {
        let keep: HashSet<FuncId> = free
            .iter()
            .copied()
            .filter(|&fid| {
                let mut s = NestScan {
                    typed,
                    list_free: &free,
                    func_body: true,
                    stack: Vec::new(),
                    loops: Vec::new(),
                    accesses: Vec::new(),
                    bound: HashSet::new(),
                    loop_vars: HashSet::new(),
                    ok: true,
                };
                s.stmts(&prog.functions[fid].body);
                s.ok && s.accesses.is_empty()
            })
            .collect();
        if keep.len() == free.len() {
            return keep;
        }
        free = keep;
    }
}

impl Emitter<'_> {
    /// The versioning of the nest `for target in iter: body` (see the module doc), whose own
    /// loop has an `inbounds` plan; `None` when it does not qualify.
    pub(super) fn nest_plan(&mut self, target: &Target, iter: &Expr, body: &[Stmt]) -> Option<Nest> {
        let Target::Name { name: x, .. } = target else { return None };
        if self.nest.is_some() || !self.comp_stack.is_empty() || self.cur_func.is_some_and(|f| self.prog.functions[f].is_generator) {
            return None;
        }
        range_call(self.typed, iter)?;
        if self.list_free.is_none() {
            let pure = self.pure_funcs.get_or_insert_with(|| super::inbounds::pure_functions(self.prog, self.typed)).clone();
            self.list_free = Some(list_free_functions(self.prog, self.typed, &pure));
        }
        let list_free = self.list_free.take().unwrap_or_default();
        let mut s = NestScan {
            typed: self.typed,
            list_free: &list_free,
            func_body: false,
            stack: vec![(x.as_str(), iter)],
            loops: vec![(x.as_str(), iter)],
            accesses: Vec::new(),
            bound: HashSet::new(),
            loop_vars: HashSet::from([x.as_str()]),
            ok: true,
        };
        s.stmts(body);
        let (ok, loops, accesses) = (s.ok, s.loops.clone(), s.accesses.clone());
        let bound: HashSet<String> = s.bound.iter().chain(s.loop_vars.iter()).map(|b| b.to_string()).collect();
        let other_bound: HashSet<String> = s.bound.iter().map(|b| b.to_string()).collect();
        drop(s);
        self.list_free = Some(list_free);
        // A nest: some inner loop subscripts a list.
        if !ok || !accesses.iter().any(|&(_, _, r)| r != iter.id) {
            return None;
        }
        let mut lists: Vec<NestList> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        let mut planned = HashSet::new();
        for (var, range) in loops {
            let mine: Vec<&Expr> = accesses.iter().filter(|&&(_, _, r)| r == range.id).map(|&(l, _, _)| l).collect();
            if mine.is_empty() {
                continue;
            }
            // As `inbounds_plan` requires of the loop variable, and no other binding of it.
            if self.var_ty(var) != Ty::Int || !(self.int64 || self.small_ints.contains(var)) || self.in_cell(var) || other_bound.contains(var) {
                return None;
            }
            let args = range_call(self.typed, range)?;
            if !args.iter().all(|a| self.hoistable(a, &bound)) || (args.len() == 2 && !matches!(args[0].kind, ExprKind::Int(_))) {
                return None;
            }
            let (start, stop, _) = self.range_args(range)?;
            let stop = self.range_stop(range, stop);
            let mut sizes = Vec::new();
            for l in mine {
                let ExprKind::Name(n) = &l.kind else { return None };
                if bound.contains(n.as_str()) || self.in_cell(n) {
                    return None;
                }
                let code = self.expr(l);
                if code != cname(n) {
                    return None;
                }
                sizes.push(format!("{stop} - 1 < {code}.size()"));
                if !lists.iter().any(|m| &m.name == n) {
                    let cty = self.cty(&self.ty(l), l.span);
                    lists.push(NestList { name: n.clone(), code, cty, ptr: String::new() });
                }
            }
            sizes.dedup();
            if start != "0" {
                sizes.insert(0, format!("{start} >= 0"));
            }
            conds.push(format!("({stop} <= {start} || ({}))", sizes.join(" && ")));
            planned.insert(range.id);
        }
        for (k, a) in lists.iter().enumerate() {
            for b in &lists[k + 1..] {
                if a.cty == b.cty {
                    conds.push(format!("!{}.is({})", a.code, b.code));
                }
            }
        }
        // Numbered apart from `fresh`, so that the rest of the output keeps its names.
        self.nests_made += 1;
        let k = self.nests_made;
        for (m, l) in lists.iter_mut().enumerate() {
            l.ptr = format!("_rp{k}_{m}");
        }
        let (name, fast) = (format!("_nest{k}"), format!("_fast{k}"));
        Some(Nest { name, fast, loops: planned, lists, cond: conds.join(" && "), emitted: Vec::new(), start: 0 })
    }

    /// Whether a `range` argument can be evaluated before the nest, giving the value it has in
    /// every run of its loop: an int literal, an int variable the nest does not bind, or the
    /// length of a list variable the nest does not bind.
    fn hoistable(&mut self, a: &Expr, bound: &HashSet<String>) -> bool {
        let var = |e: &Expr| self.typed.names.get(&e.id) == Some(&NameRef::Var);
        match &a.kind {
            ExprKind::Int(_) => true,
            ExprKind::Name(n) => var(a) && self.ty(a) == Ty::Int && !bound.contains(n.as_str()) && !self.in_cell(n) && self.expr(a) == cname(n),
            ExprKind::Call { func, args, keywords } => {
                let len = self.typed.names.get(&func.id) == Some(&NameRef::Builtin("len".into()));
                let [l] = args.as_slice() else { return false };
                let ExprKind::Name(n) = &l.kind else { return false };
                len && keywords.is_empty() && var(l) && matches!(self.ty(l), Ty::List(_)) && !bound.contains(n.as_str()) && !self.in_cell(n) && self.expr(l) == cname(n)
            }
            _ => false,
        }
    }

    /// Opens the lambda of a planned nest.
    pub(super) fn nest_open(&mut self, mut nest: Nest) {
        let params: String = nest.lists.iter().map(|l| format!(", {}::Storage* __restrict {}", l.cty, l.ptr)).collect();
        self.w(format!("auto {} = [&](auto {}{params}) {{", nest.name, nest.fast));
        self.indent += 1;
        nest.start = self.out.len();
        self.nest = Some(nest);
    }

    /// Closes the nest's lambda and calls its fast or checked copy.
    pub(super) fn nest_close(&mut self) {
        let Some(nest) = self.nest.take() else { return };
        // Every mention of a list in the body must be one of the fast accesses (or its length).
        let clean = self.out.get(nest.start..).is_some_and(|body| {
            let mut text = body.to_string();
            for a in &nest.emitted {
                text = text.replace(a.as_str(), "");
            }
            nest.lists.iter().all(|l| !mentions(&text.replace(&format!("{}.size()", l.code), ""), &l.code))
        });
        self.indent -= 1;
        self.w("};");
        let cond = if clean && !nest.emitted.is_empty() { nest.cond.as_str() } else { "false" };
        let data: Vec<String> = nest.lists.iter().map(|l| format!("{}.vec().data()", l.code)).collect();
        let nulls: Vec<&str> = nest.lists.iter().map(|_| "nullptr").collect();
        self.w(format!("if ({cond}) {}(std::true_type{{}}, {});", nest.name, data.join(", ")));
        self.w(format!("else {}(std::false_type{{}}, {});", nest.name, nulls.join(", ")));
    }

    /// `access` (an `inbounds` versioned subscript of list `name`, code `cont`, by `i`) as the
    /// nest's fast copy reads it, when its loop belongs to the nest being emitted.
    pub(super) fn nest_access(&mut self, range: ExprId, name: &str, cont: &str, i: &str, access: String) -> String {
        let Some(nest) = self.nest.as_mut() else { return access };
        if !nest.loops.contains(&range) {
            return access;
        }
        let Some(l) = nest.lists.iter().find(|l| l.name == name && l.code == cont) else { return access };
        let fast = format!("({} ? {}[{i}] : {access})", nest.fast, l.ptr);
        nest.emitted.push(fast.clone());
        fast
    }
}

/// Whether C++ `text` names the identifier `id` (not as part of a longer name; a member of that
/// name counts too, erring on the side of the checked copy).
fn mentions(text: &str, id: &str) -> bool {
    let b = text.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    text.match_indices(id).any(|(k, _)| {
        let end = k + id.len();
        let before = k == 0 || !ident(b[k - 1]);
        let after = end >= b.len() || !ident(b[end]);
        before && after
    })
}
