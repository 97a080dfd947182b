//! Splits a variable name reused for unrelated values into separate variables ("webs"), so each can have its own type.
//!
//! `for x in names: ...` followed by `for x in floats: ...` binds `x` twice, and no value flows from the
//! first binding to a use of the second. Reaching definitions over the structured control flow find the
//! definitions that share a use; each connected group keeps one name (`x`, then `x_2`, `x_3`…).
use std::collections::{BTreeSet, HashMap, HashSet};

use pyport_syntax::ast::*;

type DefId = usize;
type State = HashMap<String, BTreeSet<DefId>>;

#[derive(Default)]
struct Webs {
    /// Definition sites: (name, span start of the target; `u32::MAX` for a parameter).
    defs: Vec<(String, u32)>,
    parent: Vec<DefId>,
    /// Uses: expression id → reaching definitions.
    uses: Vec<(ExprId, String, Vec<DefId>)>,
    by_site: HashMap<(String, u32), DefId>,
}

impl Webs {
    fn new_def(&mut self, name: &str, at: u32) -> DefId {
        // A definition site is one definition however often the loop analysis revisits it.
        if let Some(&id) = self.by_site.get(&(name.to_string(), at)) {
            return id;
        }
        let id = self.defs.len();
        self.by_site.insert((name.to_string(), at), id);
        self.defs.push((name.to_string(), at));
        self.parent.push(id);
        id
    }
    fn find(&mut self, mut d: DefId) -> DefId {
        while self.parent[d] != d {
            self.parent[d] = self.parent[self.parent[d]];
            d = self.parent[d];
        }
        d
    }
    fn union(&mut self, a: DefId, b: DefId) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The older definition stays the representative, so the first web keeps the name.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.parent[hi] = lo;
        }
    }
}

struct LoopFlow {
    breaks: Vec<State>,
    continues: Vec<State>,
}

struct Scope<'a> {
    webs: Webs,
    /// Pseudo-definitions standing for "not assigned yet" (only for the unbound-use analysis).
    unbound: HashSet<DefId>,
    /// Uses that an unbound pseudo-definition reaches: the variable may be read before assignment.
    maybe_unbound: Vec<(ExprId, String)>,
    /// Names that must not be split (globals shared with functions, `global` declarations).
    fixed: &'a HashSet<String>,
    loops: Vec<LoopFlow>,
    /// One state per enclosing `try` body: the union of every state inside it (where an exception may jump from).
    tries: Vec<State>,
}

fn join(a: &mut State, b: &State) {
    for (k, v) in b {
        a.entry(k.clone()).or_default().extend(v.iter().copied());
    }
}

impl Scope<'_> {
    fn def(&mut self, st: &mut State, name: &str, at: u32) {
        if self.fixed.contains(name) {
            return;
        }
        let d = self.webs.new_def(name, at);
        st.insert(name.to_string(), BTreeSet::from([d]));
    }

    fn use_name(&mut self, st: &State, name: &str, id: ExprId) {
        if self.fixed.contains(name) {
            return;
        }
        if let Some(ds) = st.get(name) {
            let ds: Vec<DefId> = ds.iter().copied().collect();
            for w in ds.windows(2) {
                self.webs.union(w[0], w[1]);
            }
            if ds.iter().any(|d| self.unbound.contains(d)) {
                self.maybe_unbound.push((id, name.to_string()));
            }
            self.webs.uses.push((id, name.to_string(), ds));
        }
    }

    fn target(&mut self, st: &mut State, t: &Target) {
        match t {
            Target::Name { name, span } | Target::Starred { name, span } => self.def(st, name, span.start),
            Target::Tuple { elts, .. } => elts.iter().for_each(|e| self.target(st, e)),
            Target::Subscript { value, index, .. } => {
                self.expr(st, value, &HashSet::new());
                self.expr(st, index, &HashSet::new());
            }
            Target::Attr { value, .. } => self.expr(st, value, &HashSet::new()),
        }
    }

    fn expr(&mut self, st: &State, e: &Expr, shadow: &HashSet<String>) {
        match &e.kind {
            ExprKind::Name(n) => {
                if !shadow.contains(n) {
                    self.use_name(st, n, e.id)
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::GenExp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::DictComp { elt, generators } => {
                let mut inner = shadow.clone();
                for g in generators {
                    // The first iterable is evaluated in the enclosing scope; later ones see earlier targets.
                    self.expr(st, &g.iter, &inner);
                    collect_names(&g.target, &mut inner);
                    for c in &g.ifs {
                        self.expr(st, c, &inner);
                    }
                }
                self.expr(st, elt, &inner);
            }
            ExprKind::Lambda { params, body } => {
                let mut inner = shadow.clone();
                inner.extend(params.iter().map(|(p, _)| p.clone()));
                self.expr(st, body, &inner);
            }
            _ => for_each_child(e, |c| self.expr(st, c, shadow)),
        }
    }

    fn stmts(&mut self, st: &mut State, body: &[Stmt]) {
        for s in body {
            self.stmt(st, s);
        }
    }

    fn stmt(&mut self, st: &mut State, s: &Stmt) {
        for t in &mut self.tries {
            join(t, st);
        }
        self.stmt_inner(st, s);
        for t in &mut self.tries {
            join(t, st);
        }
    }

    fn stmt_inner(&mut self, st: &mut State, s: &Stmt) {
        let none = HashSet::new();
        match &s.kind {
            StmtKind::Expr(e) => self.expr(st, e, &none),
            StmtKind::Assign { targets, value } => {
                self.expr(st, value, &none);
                for t in targets {
                    self.target(st, t);
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(st, v, &none);
                }
                self.target(st, target);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(st, value, &none);
                match target {
                    // `x += v` reads and rebinds `x`: the same web as the value it updates.
                    Target::Name { name, span } => {
                        if !self.fixed.contains(name) {
                            let reaching: Vec<DefId> = st.get(name).map(|d| d.iter().copied().collect()).unwrap_or_default();
                            let d = self.webs.new_def(name, span.start);
                            for r in reaching {
                                self.webs.union(r, d);
                            }
                            st.insert(name.clone(), BTreeSet::from([d]));
                        }
                    }
                    other => self.target(st, other),
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(st, test, &none);
                let mut other = st.clone();
                self.stmts(st, body);
                self.stmts(&mut other, orelse);
                join(st, &other);
            }
            StmtKind::While { test, body, orelse } => {
                let before = st.clone();
                let mut head = before.clone();
                let mut after_body = State::new();
                for _ in 0..100 {
                    self.expr(&head, test, &none);
                    let mut b = head.clone();
                    self.loops.push(LoopFlow { breaks: Vec::new(), continues: Vec::new() });
                    self.stmts(&mut b, body);
                    let flow = self.loops.pop().expect("loop flow");
                    for c in &flow.continues {
                        join(&mut b, c);
                    }
                    let mut next = before.clone();
                    join(&mut next, &b);
                    after_body = head.clone();
                    for br in &flow.breaks {
                        join(&mut after_body, br);
                    }
                    if next == head {
                        break;
                    }
                    head = next;
                }
                let mut out = head.clone();
                self.stmts(&mut out, orelse);
                join(&mut out, &after_body);
                *st = out;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(st, iter, &none);
                let before = st.clone();
                let mut head = before.clone();
                let mut breaks = State::new();
                let mut body_end = State::new();
                for _ in 0..100 {
                    let mut b = head.clone();
                    self.target(&mut b, target);
                    self.loops.push(LoopFlow { breaks: Vec::new(), continues: Vec::new() });
                    self.stmts(&mut b, body);
                    let flow = self.loops.pop().expect("loop flow");
                    for c in &flow.continues {
                        join(&mut b, c);
                    }
                    breaks = State::new();
                    for br in &flow.breaks {
                        join(&mut breaks, br);
                    }
                    body_end = b.clone();
                    let mut next = before.clone();
                    join(&mut next, &b);
                    if next == head {
                        break;
                    }
                    head = next;
                }
                // A loop over a literal that is surely non-empty always rebinds the target before ending.
                let mut out = if surely_nonempty(iter) { body_end } else { head.clone() };
                self.stmts(&mut out, orelse);
                join(&mut out, &breaks);
                *st = out;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(st, v, &none);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(st, test, &none);
                if let Some(m) = msg {
                    self.expr(st, m, &none);
                }
            }
            StmtKind::Break => {
                if let Some(l) = self.loops.last_mut() {
                    l.breaks.push(st.clone());
                }
            }
            StmtKind::Continue => {
                if let Some(l) = self.loops.last_mut() {
                    l.continues.push(st.clone());
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(st, e, &none);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(st, t);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                // An exception may leave the body at any statement: each handler starts from the union
                // of every state the body passes through.
                self.tries.push(st.clone());
                self.stmts(st, body);
                let mut raised = self.tries.pop().expect("try state");
                self.stmts(st, orelse);
                let mut out = st.clone();
                for h in handlers {
                    let mut hs = raised.clone();
                    if let Some((name, sp)) = &h.name {
                        self.def(&mut hs, name, sp.start);
                    }
                    self.stmts(&mut hs, &h.body);
                    join(&mut raised, &hs);
                    join(&mut out, &hs);
                }
                if !finalbody.is_empty() {
                    // Conservative: `finally` may run after any of those paths.
                    join(&mut out, &raised);
                    self.stmts(&mut out, finalbody);
                }
                *st = out;
            }
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) | StmtKind::Pass | StmtKind::Global(_) => {}
        }
    }
}

/// `for` over a non-empty list/tuple literal or a constant non-empty `range`.
fn surely_nonempty(iter: &Expr) -> bool {
    match &iter.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().any(|x| !matches!(x.kind, ExprKind::Starred(_))),
        ExprKind::Call { func, args, keywords } if keywords.is_empty() => {
            let ExprKind::Name(n) = &func.kind else { return false };
            let c: Vec<Option<i64>> = args.iter().map(crate::const_int).collect();
            n == "range"
                && match c.as_slice() {
                    [Some(stop)] => *stop > 0,
                    [Some(a), Some(b)] => a < b,
                    _ => false,
                }
        }
        _ => false,
    }
}

fn collect_names(t: &Target, out: &mut HashSet<String>) {
    match t {
        Target::Name { name, .. } | Target::Starred { name, .. } => {
            out.insert(name.clone());
        }
        Target::Tuple { elts, .. } => elts.iter().for_each(|e| collect_names(e, out)),
        Target::Subscript { .. } | Target::Attr { .. } => {}
    }
}

fn for_each_child(e: &Expr, mut f: impl FnMut(&Expr)) {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| f(x)),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) | ExprKind::Dict(v) => v.iter().for_each(f),
        ExprKind::FString(parts) => fparts(parts, &mut f),
        ExprKind::Yield(Some(v)) | ExprKind::Starred(v) => f(v),
        ExprKind::Lambda { body, .. } => f(body),
        ExprKind::Named { value, .. } => f(value),
        ExprKind::ListComp { .. } | ExprKind::GenExp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } => {}
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Bytes(_) | ExprKind::Name(_) | ExprKind::Yield(None) => {}
    }
}

fn fparts(parts: &[FPart], f: &mut impl FnMut(&Expr)) {
    for p in parts {
        if let FPart::Field { value, spec, .. } = p {
            f(value);
            fparts(spec, f);
        }
    }
}

/// New names: definition site (span start) → name, and use (expression id) → name.
#[derive(Default)]
struct Renames {
    defs: HashMap<u32, String>,
    uses: HashMap<ExprId, String>,
    aliases: HashMap<String, String>,
}

fn plan(webs: &mut Webs, taken: &mut HashSet<String>, out: &mut Renames, only: Option<&HashSet<String>>) {
    // Representative definitions per name, in source order of first definition.
    let mut reps: HashMap<String, Vec<DefId>> = HashMap::new();
    let mut seen: HashSet<DefId> = HashSet::new();
    for d in 0..webs.defs.len() {
        let r = webs.find(d);
        if seen.insert(r) {
            reps.entry(webs.defs[d].0.clone()).or_default().push(r);
        }
    }
    let mut new_name: HashMap<DefId, String> = HashMap::new();
    let mut names: Vec<_> = reps.into_iter().collect();
    names.sort();
    for (name, mut roots) in names {
        if only.is_some_and(|o| !o.contains(&name)) {
            continue;
        }
        roots.sort();
        // Suffixes only grow within a name, so each search starts where the last one ended
        // (linear in the number of parts, however often a name is rebound).
        let mut k = 2;
        for r in roots.into_iter().skip(1) {
            let mut candidate = format!("{name}_{k}");
            while taken.contains(&candidate) {
                k += 1;
                candidate = format!("{name}_{k}");
            }
            k += 1;
            taken.insert(candidate.clone());
            out.aliases.insert(candidate.clone(), name.clone());
            new_name.insert(r, candidate);
        }
    }
    for d in 0..webs.defs.len() {
        let r = webs.find(d);
        if let Some(n) = new_name.get(&r) {
            let at = webs.defs[d].1;
            if at != u32::MAX {
                out.defs.insert(at, n.clone());
            }
        }
    }
    let uses = std::mem::take(&mut webs.uses);
    for (id, _, ds) in uses {
        if let Some(&d) = ds.first() {
            let r = webs.find(d);
            if let Some(n) = new_name.get(&r) {
                out.uses.insert(id, n.clone());
            }
        }
    }
}

/// Returns a copy of `program` where each name reused for unrelated values is split into several variables,
/// plus the new names with the Python names they stand for (for messages).
pub fn split_variables(program: &Program, only: Option<&HashSet<String>>) -> (Program, Vec<(String, String)>) {
    let mut taken: HashSet<String> = HashSet::new();
    let all_names = |body: &[Stmt], taken: &mut HashSet<String>| {
        let mut v = Vec::new();
        crate::infer::assigned_names_pub(body, &mut v);
        taken.extend(v);
    };
    all_names(&program.body, &mut taken);
    for f in &program.functions {
        all_names(&f.body, &mut taken);
        taken.extend(f.params.iter().map(|p| p.name.clone()));
        taken.insert(f.name.clone());
    }
    taken.extend(program.module_imports.iter().map(|m| m.0.clone()));
    taken.extend(program.from_imports.iter().map(|m| m.0.clone()));

    let mut renames = Renames::default();
    // Module names read or declared `global` inside functions stay whole: a function may see any of their values.
    let mut shared: HashSet<String> = HashSet::new();
    for f in &program.functions {
        let mut locals = Vec::new();
        crate::infer::assigned_names_pub(&f.body, &mut locals);
        let mut globals = HashSet::new();
        crate::infer::global_names_pub(&f.body, &mut globals);
        let params: HashSet<&str> = f.params.iter().map(|p| p.name.as_str()).collect();
        let mut reads = HashSet::new();
        names_read(&f.body, &mut reads);
        for r in reads {
            if !params.contains(r.as_str()) && (!locals.contains(&r) || globals.contains(&r)) {
                shared.insert(r);
            }
        }
        shared.extend(globals.iter().cloned());
        for p in &f.params {
            if let Some(d) = &p.default {
                let mut v = HashSet::new();
                expr_names(d, &mut v);
                shared.extend(v);
            }
        }
    }
    // Class attribute values read module variables from outside the module body's flow.
    for c in &program.classes {
        for (_, _, v) in &c.attrs {
            expr_names(v, &mut shared);
        }
    }
    shared.extend(walrus_names(&program.body));
    {
        let mut scope = Scope { webs: Webs::default(), fixed: &shared, loops: Vec::new(), tries: Vec::new(), unbound: HashSet::new(), maybe_unbound: Vec::new() };
        let mut st = State::new();
        scope.stmts(&mut st, &program.body);
        plan(&mut scope.webs, &mut taken, &mut renames, only);
    }
    for (i, f) in program.functions.iter().enumerate() {
        let mut globals = HashSet::new();
        crate::infer::global_names_pub(&f.body, &mut globals);
        globals.extend(closure_fixed(program, i));
        let mut scope = Scope { webs: Webs::default(), fixed: &globals, loops: Vec::new(), tries: Vec::new(), unbound: HashSet::new(), maybe_unbound: Vec::new() };
        let mut st = State::new();
        for p in &f.params {
            scope.def(&mut st, &p.name, u32::MAX);
        }
        scope.stmts(&mut st, &f.body);
        plan(&mut scope.webs, &mut taken, &mut renames, only);
    }
    let mut out = program.clone();
    if renames.defs.is_empty() && renames.uses.is_empty() {
        return (out, Vec::new());
    }
    crate::rewrite::stmts(&mut out.body, &mut &renames);
    for f in &mut out.functions {
        crate::rewrite::stmts(&mut f.body, &mut &renames);
    }
    let mut aliases: Vec<(String, String)> = renames.aliases.into_iter().collect();
    aliases.sort();
    (out, aliases)
}

fn names_read(body: &[Stmt], out: &mut HashSet<String>) {
    fn visit_stmt(s: &Stmt, out: &mut HashSet<String>) {
        let mut e = |x: &Expr| expr_names(x, out);
        match &s.kind {
            StmtKind::Expr(x) | StmtKind::Return(Some(x)) => e(x),
            StmtKind::Assign { value, targets } => {
                e(value);
                targets.iter().for_each(|t| target_reads(t, out));
            }
            StmtKind::AugAssign { target, value, .. } => {
                expr_names(value, out);
                if let Target::Name { name, .. } = target {
                    out.insert(name.clone());
                }
                target_reads(target, out);
            }
            StmtKind::AnnAssign { value, target, .. } => {
                if let Some(v) = value {
                    expr_names(v, out);
                }
                target_reads(target, out);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                expr_names(test, out);
                names_read(body, out);
                names_read(orelse, out);
            }
            StmtKind::For { target, iter, body, orelse } => {
                expr_names(iter, out);
                target_reads(target, out);
                names_read(body, out);
                names_read(orelse, out);
            }
            StmtKind::Assert { test, msg } => {
                expr_names(test, out);
                if let Some(m) = msg {
                    expr_names(m, out);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for x in [exc, cause].into_iter().flatten() {
                    expr_names(x, out);
                }
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| target_reads(t, out)),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                names_read(body, out);
                for h in handlers {
                    names_read(&h.body, out);
                }
                names_read(orelse, out);
                names_read(finalbody, out);
            }
            _ => {}
        }
    }
    for s in body {
        visit_stmt(s, out);
    }
}

fn target_reads(t: &Target, out: &mut HashSet<String>) {
    match t {
        Target::Subscript { value, index, .. } => {
            expr_names(value, out);
            expr_names(index, out);
        }
        Target::Tuple { elts, .. } => elts.iter().for_each(|e| target_reads(e, out)),
        Target::Attr { value, .. } => expr_names(value, out),
        Target::Name { .. } | Target::Starred { .. } => {}
    }
}

fn expr_names(e: &Expr, out: &mut HashSet<String>) {
    match &e.kind {
        ExprKind::Name(n) => {
            out.insert(n.clone());
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::GenExp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::DictComp { elt, generators } => {
            expr_names(elt, out);
            for g in generators {
                expr_names(&g.iter, out);
                g.ifs.iter().for_each(|c| expr_names(c, out));
            }
        }
        _ => for_each_child(e, |c| expr_names(c, out)),
    }
}

impl crate::rewrite::Rewriter for &Renames {
    fn expr(&mut self, e: &mut Expr) {
        if let ExprKind::Name(n) = &mut e.kind {
            if let Some(new) = self.uses.get(&e.id) {
                *n = new.clone();
            }
        }
    }
    fn bound(&mut self, name: &mut String, at: pyport_syntax::Span) {
        if let Some(n) = self.defs.get(&at.start) {
            *name = n.clone();
        }
    }
}

/// Reads of variables that may happen before any assignment (CPython raises `UnboundLocalError`, or
/// `NameError` at module level): the uses, and the (function, name) pairs that need a run-time check.
pub fn maybe_unbound(program: &Program) -> (HashSet<ExprId>, HashSet<(Option<FuncId>, String)>) {
    let mut uses = HashSet::new();
    let mut vars = HashSet::new();
    let mut shared: HashSet<String> = HashSet::new();
    for f in &program.functions {
        let mut reads = HashSet::new();
        names_read(&f.body, &mut reads);
        let mut locals = Vec::new();
        crate::infer::assigned_names_pub(&f.body, &mut locals);
        let mut globals = HashSet::new();
        crate::infer::global_names_pub(&f.body, &mut globals);
        for r in reads {
            if !locals.contains(&r) || globals.contains(&r) {
                shared.insert(r);
            }
        }
        shared.extend(globals);
    }
    shared.extend(walrus_names(&program.body));
    let mut run = |body: &[Stmt], fixed: &HashSet<String>, params: &[String], func: Option<FuncId>| {
        let mut scope = Scope { webs: Webs::default(), fixed, loops: Vec::new(), tries: Vec::new(), unbound: HashSet::new(), maybe_unbound: Vec::new() };
        let mut st = State::new();
        let mut names = Vec::new();
        crate::infer::assigned_names_pub(body, &mut names);
        for n in names {
            if fixed.contains(&n) || params.contains(&n) {
                continue;
            }
            let d = scope.webs.new_def(&n, u32::MAX - 1);
            scope.unbound.insert(d);
            st.insert(n, BTreeSet::from([d]));
        }
        for p in params {
            scope.def(&mut st, p, u32::MAX);
        }
        scope.stmts(&mut st, body);
        for (id, name) in scope.maybe_unbound {
            uses.insert(id);
            vars.insert((func, name));
        }
    };
    run(&program.body, &shared, &[], None);
    for (i, f) in program.functions.iter().enumerate() {
        let mut globals = HashSet::new();
        crate::infer::global_names_pub(&f.body, &mut globals);
        globals.extend(closure_fixed(program, i));
        let params: Vec<String> = f.params.iter().map(|p| p.name.clone()).collect();
        run(&f.body, &globals, &params, Some(i));
    }
    (uses, vars)
}

/// Calls `f` on each direct subexpression of `e` (for inference's own walks).
/// Calls `f` on each direct sub-expression of `e`.
pub fn for_each_child_pub(e: &Expr, f: impl FnMut(&Expr)) {
    for_each_child(e, f)
}

/// Names of function `fid` that are neither split nor checked for unbound reads: those shared with
/// its nested functions (closures see the variable, not one of its values), `nonlocal` ones, names
/// bound by a nested `def`, and `:=` targets (which can bind inside comprehensions).
fn closure_fixed(program: &Program, fid: FuncId) -> HashSet<String> {
    let f = &program.functions[fid];
    let mut out: HashSet<String> = f.nonlocals.iter().cloned().collect();
    out.extend(walrus_names(&f.body));
    for (i, g) in program.functions.iter().enumerate() {
        let mut p = g.parent;
        while let Some(k) = p {
            if k == fid {
                if g.parent == Some(fid) {
                    out.insert(g.name.clone());
                }
                names_read(&program.functions[i].body, &mut out);
                let mut v = Vec::new();
                crate::infer::assigned_names_pub(&g.body, &mut v);
                out.extend(v);
                for p in &g.params {
                    if let Some(d) = &p.default {
                        expr_names(d, &mut out);
                    }
                }
                break;
            }
            p = program.functions[k].parent;
        }
    }
    out
}

/// Targets of `:=` anywhere in `body` (not inside nested functions).
pub fn walrus_names(body: &[Stmt]) -> Vec<String> {
    fn expr(e: &Expr, out: &mut Vec<String>) {
        if let ExprKind::Named { name, .. } = &e.kind {
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
        match &e.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::GenExp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::DictComp { elt, generators } => {
                expr(elt, out);
                for g in generators {
                    expr(&g.iter, out);
                    g.ifs.iter().for_each(|c| expr(c, out));
                }
            }
            _ => for_each_child(e, |c| expr(c, out)),
        }
    }
    fn target(t: &Target, out: &mut Vec<String>) {
        match t {
            Target::Subscript { value, index, .. } => {
                expr(value, out);
                expr(index, out);
            }
            Target::Attr { value, .. } => expr(value, out),
            Target::Tuple { elts, .. } => elts.iter().for_each(|x| target(x, out)),
            Target::Name { .. } | Target::Starred { .. } => {}
        }
    }
    fn stmts(body: &[Stmt], out: &mut Vec<String>) {
        for s in body {
            match &s.kind {
                StmtKind::Expr(x) | StmtKind::Return(Some(x)) => expr(x, out),
                StmtKind::Assign { targets, value } => {
                    expr(value, out);
                    targets.iter().for_each(|t| target(t, out));
                }
                StmtKind::AugAssign { target: t, value, .. } => {
                    expr(value, out);
                    target(t, out);
                }
                StmtKind::AnnAssign { target: t, value, .. } => {
                    if let Some(v) = value {
                        expr(v, out);
                    }
                    target(t, out);
                }
                StmtKind::If { test, .. } | StmtKind::While { test, .. } => expr(test, out),
                StmtKind::For { target: t, iter, .. } => {
                    expr(iter, out);
                    target(t, out);
                }
                StmtKind::Assert { test, msg } => {
                    expr(test, out);
                    if let Some(m) = msg {
                        expr(m, out);
                    }
                }
                StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().for_each(|x| expr(x, out)),
                StmtKind::Delete(ts) => ts.iter().for_each(|t| target(t, out)),
                _ => {}
            }
            for b in s.child_blocks() {
                stmts(b, out);
            }
        }
    }
    let mut out = Vec::new();
    stmts(body, &mut out);
    out
}
