//! Loop versioning of list subscripts by a counted loop's index.
//!
//! `for j in range(n): s += a(i, j) * v[j]` reads `v[j]` through `List::at`, whose bounds check
//! (IndexError when `j` is out of range) keeps g++ from vectorizing the loop. When nothing in
//! the body can change the length of a list, rebind its name or rebind `j`, every index the loop
//! will take is known before it starts. The loop header then computes once whether all of them
//! lie in `[0, len(v))`, and each `v[j]` becomes `(flag ? v.raw(j) : v.at(j))`, which g++
//! unswitches into an unchecked and a checked copy of the loop. When the flag is false the
//! checked accesses raise exactly where CPython raises. A nest of such loops over distinct lists
//! is versioned once more, as a whole (`nests.rs`).
//!
//! "Nothing can change a length" is decided conservatively (`Scan`): no `del`, slice
//! assignment, `global`, `yield`, lambda, generator expression, nested `def`/`class` or `+=` on
//! a list; calls only of side-effect-free builtins, of `math`/`random`-style modules, of
//! methods of immutable values, and of the program's functions whose bodies pass the same test
//! (`pure_functions`); and no value of the program's classes anywhere, since their dunder
//! methods (`__lt__`, `__str__`...) run arbitrary code.

use std::collections::HashSet;

use pyport_syntax::ast::*;
use pyport_types::{NameRef, Ty, Typed};

use super::Emitter;
use crate::names::cname;

/// The versioning of one counted loop: the C++ of the lists it checks and the flag's name.
pub(super) struct InBounds {
    /// The loop variable.
    pub(super) index: String,
    /// The comprehension whose variable it is (`None`: a variable of the function).
    pub(super) comp: Option<ExprId>,
    /// The loop's `range` call (the key of `nests::Nest::loops`).
    pub(super) range: ExprId,
    /// `(python name, C++ code)` of each list subscripted by exactly the loop variable.
    pub(super) lists: Vec<(String, String)>,
    pub(super) flag: String,
}

/// Builtins that change no list's length and call no code of the program (given that no
/// value of the program's classes is involved).
const SAFE_BUILTINS: &[&str] = &[
    "len", "abs", "min", "max", "int", "float", "bool", "round", "divmod", "pow", "str", "repr", "ord", "chr", "sum",
    "any", "all", "range", "enumerate", "zip", "reversed", "sorted", "list", "tuple", "set", "frozenset", "dict",
    "isinstance", "hash", "print", "hex", "bin", "oct", "format",
];

/// Modules whose functions change no list's length.
const SAFE_MODULES: &[&str] = &["math", "random", "cmath", "operator"];

fn has_object(t: &Ty) -> bool {
    match t {
        Ty::Object(..) | Ty::Func(..) | Ty::Generator(_) => true,
        Ty::List(e) | Ty::VarTuple(e) | Ty::Iter(e) | Ty::Optional(e) | Ty::Set(e) | Ty::FrozenSet(e) | Ty::Deque(e) => has_object(e),
        Ty::Dict(k, v) | Ty::Mapping(_, k, v) => has_object(k) || has_object(v),
        Ty::Tuple(ts) | Ty::Union(ts) => ts.iter().any(has_object),
        _ => false,
    }
}

/// Walks a loop body (or a function body), deciding whether it can change a list's length.
struct Scan<'p, 'a> {
    prog: &'p Program,
    typed: &'p Typed,
    /// The function the body belongs to (`None`: the module body).
    func: Option<FuncId>,
    pure: &'p HashSet<FuncId>,
    /// The loop variable (`None` for a function body).
    index: Option<&'a str>,
    /// Lists subscripted by exactly the loop variable, in order of first use.
    lists: Vec<&'a Expr>,
    /// Names the body binds.
    bound: HashSet<&'a str>,
    ok: bool,
}

impl<'a> Scan<'_, 'a> {
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
                // `xs += ys` and `xs *= n` change the list in place.
                if matches!(self.target_ty(target), Ty::List(_) | Ty::Unknown) {
                    self.ok = false;
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
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Return(v) => {
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
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body);
                for h in handlers {
                    if let Some((n, _)) = &h.name {
                        self.bound.insert(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Global(_) | StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) | StmtKind::Delete(_) => self.ok = false,
            #[allow(unreachable_patterns)]
            _ => self.ok = false,
        }
    }

    fn target_ty(&self, t: &Target) -> Ty {
        match t {
            Target::Subscript { value, .. } => match self.typed.ty(value.id) {
                Ty::List(e) => (**e).clone(),
                _ => Ty::Unknown,
            },
            Target::Name { name, .. } => self.name_ty(name),
            Target::Attr { .. } | Target::Tuple { .. } | Target::Starred { .. } => Ty::Unknown,
        }
    }

    /// The type of a variable of the body's function (or a global).
    fn name_ty(&self, name: &str) -> Ty {
        if let Some(fid) = self.func {
            let (f, ft) = (&self.prog.functions[fid], &self.typed.funcs[fid]);
            if let Some(i) = f.params.iter().position(|p| p.name == name) {
                return ft.params[i].clone();
            }
            if let Some((_, t)) = ft.locals.iter().find(|(n, _)| n == name) {
                return t.clone();
            }
        }
        self.typed.globals.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()).unwrap_or(Ty::Unknown)
    }

    fn target(&mut self, t: &'a Target) {
        match t {
            Target::Name { name, .. } | Target::Starred { name, .. } => {
                self.bound.insert(name);
            }
            Target::Subscript { value, index, .. } => {
                if matches!(index.kind, ExprKind::Slice { .. }) {
                    self.ok = false;
                }
                self.subscript(value, index);
                self.expr(value);
                self.expr(index);
            }
            Target::Attr { value, .. } => self.expr(value),
            Target::Tuple { elts, .. } => {
                for e in elts {
                    self.target(e);
                }
            }
        }
    }

    /// Notes `xs[i]` where `xs` is a list variable and `i` the loop variable.
    fn subscript(&mut self, value: &'a Expr, index: &'a Expr) {
        let (Some(ix), ExprKind::Name(_), ExprKind::Name(i)) = (self.index, &value.kind, &index.kind) else { return };
        let var = |e: &Expr| self.typed.names.get(&e.id) == Some(&NameRef::Var);
        if i == ix && var(value) && var(index) && matches!(self.typed.ty(value.id), Ty::List(_)) {
            let ExprKind::Name(n) = &value.kind else { return };
            if !self.lists.iter().any(|l| matches!(&l.kind, ExprKind::Name(m) if m == n)) {
                self.lists.push(value);
            }
        }
    }

    fn call_ok(&self, func: &Expr) -> bool {
        match &func.kind {
            ExprKind::Name(_) => match self.typed.names.get(&func.id) {
                Some(NameRef::Builtin(b)) => SAFE_BUILTINS.contains(&b.as_str()),
                Some(NameRef::Function(fid)) => self.pure.contains(fid),
                Some(NameRef::Imported { module, .. }) => SAFE_MODULES.contains(&module.as_str()),
                _ => false,
            },
            ExprKind::Attribute { value, attr } => {
                if let Some(NameRef::Module(m)) = self.typed.names.get(&value.id) {
                    return SAFE_MODULES.contains(&m.as_str());
                }
                match self.typed.ty(value.id) {
                    Ty::Str | Ty::Int | Ty::Float | Ty::Bool | Ty::Num | Ty::Tuple(_) | Ty::VarTuple(_) | Ty::Fraction | Ty::Complex => true,
                    Ty::List(_) => matches!(attr.as_str(), "index" | "count" | "copy"),
                    Ty::Dict(..) | Ty::Mapping(..) => matches!(attr.as_str(), "get" | "keys" | "values" | "items" | "copy"),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        if !self.ok {
            return;
        }
        if has_object(&self.typed.ty(e.id)) && !matches!(self.typed.names.get(&e.id), Some(NameRef::Module(_))) {
            // Function values may be called later; objects run their dunder methods.
            let callee = matches!(self.typed.names.get(&e.id), Some(NameRef::Function(_) | NameRef::Builtin(_) | NameRef::Imported { .. }));
            if !callee {
                self.ok = false;
                return;
            }
        }
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::Lambda { .. } | ExprKind::GenExp { .. } => {
                self.ok = false;
                return;
            }
            ExprKind::Call { func, args, keywords } => {
                if !self.call_ok(func) {
                    self.ok = false;
                    return;
                }
                if let ExprKind::Attribute { value, .. } = &func.kind {
                    self.expr(value);
                }
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                return;
            }
            ExprKind::Name(_) => {
                if let Some(NameRef::Function(fid)) = self.typed.names.get(&e.id) {
                    // A function passed as a value (`key=f`) is called by whoever receives it.
                    if !self.pure.contains(fid) {
                        self.ok = false;
                    }
                }
                return;
            }
            ExprKind::Named { name, .. } => {
                self.bound.insert(name);
            }
            ExprKind::Subscript { value, index } => self.subscript(value, index),
            _ => {}
        }
        let mut kids: Vec<&'a Expr> = Vec::new();
        children(e, &mut kids);
        for c in kids {
            self.expr(c);
        }
    }
}

/// The direct sub-expressions of `e` (comprehension parts included).
pub(super) fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => out.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::BoolOp { values, .. } => out.extend(values.iter()),
        ExprKind::Compare { left, comparators, .. } => {
            out.push(left);
            out.extend(comparators.iter());
        }
        ExprKind::IfExp { test, body, orelse } => out.extend([&**test, &**body, &**orelse]),
        ExprKind::Call { func, args, keywords } => {
            out.push(func);
            out.extend(args.iter());
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => out.push(value),
        ExprKind::Named { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => out.extend([&**value, &**index]),
        ExprKind::Slice { lower, upper, step } => out.extend([lower, upper, step].into_iter().flatten().map(|b| &**b)),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) | ExprKind::Dict(v) => out.extend(v.iter()),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::DictComp { elt, generators }
        | ExprKind::GenExp { elt, generators } => {
            out.push(elt);
            for g in generators {
                out.push(&g.iter);
                out.extend(g.ifs.iter());
            }
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FPart::Field { value, spec, .. } = p {
                    out.push(value);
                    for s in spec {
                        if let FPart::Field { value, .. } = s {
                            out.push(value);
                        }
                    }
                }
            }
        }
        ExprKind::Yield(v) => out.extend(v.iter().map(|b| &**b)),
        ExprKind::Lambda { body, .. } => out.push(body),
        _ => {}
    }
}

/// The program's functions that change no list's length when called: plain functions (not
/// methods, generators or closures) whose bodies pass `Scan`, as a greatest fixpoint (mutual
/// recursion between such functions is fine).
pub(super) fn pure_functions(prog: &Program, typed: &Typed) -> HashSet<FuncId> {
    let mut pure: HashSet<FuncId> = (0..prog.functions.len())
        .filter(|&fid| {
            let f = &prog.functions[fid];
            let ft = &typed.funcs[fid];
            f.class.is_none() && !f.is_generator && f.parent.is_none() && ft.captured.is_empty() && ft.free.is_empty() && f.nonlocals.is_empty()
                && !ft.params.iter().any(has_object)
        })
        .collect();
    loop {
        let before = pure.len();
        let keep: HashSet<FuncId> = pure
            .iter()
            .copied()
            .filter(|&fid| {
                let mut s = Scan { prog, typed, func: Some(fid), pure: &pure, index: None, lists: Vec::new(), bound: HashSet::new(), ok: true };
                s.stmts(&prog.functions[fid].body);
                s.ok
            })
            .collect();
        pure = keep;
        if pure.len() == before {
            return pure;
        }
    }
}

impl Emitter<'_> {
    /// The versioning of `for target in range(...): body` (see the module doc), when the loop
    /// variable is an `int64_t` local and some list is subscripted by it; `None` otherwise.
    pub(super) fn inbounds_plan(&mut self, target: &Target, iter: &Expr, body: &[Stmt]) -> Option<InBounds> {
        let Target::Name { name: x, .. } = target else { return None };
        if self.var_ty(x) != Ty::Int || !(self.int64 || self.small_ints.contains(x)) || self.in_cell(x) {
            return None;
        }
        if self.comp_stack.iter().any(|(_, vs)| vs.contains(x)) {
            return None;
        }
        self.plan_for(x, iter, None, |s| s.stmts(body))
    }

    /// The versioning of level `i` of a comprehension being emitted (`gens[i]` loops over a
    /// `range` into an `int64_t` comprehension variable): its body is the later levels and the
    /// element. Not for a generator expression kept as a value, whose body runs between the
    /// consumer's steps.
    pub(super) fn comp_inbounds_plan(&mut self, gens: &[Comprehension], i: usize, elt: &Expr) -> Option<InBounds> {
        let Target::Name { name: x, .. } = &gens[i].target else { return None };
        let &(comp, ref vars) = self.comp_stack.last()?;
        if !vars.contains(x) || !self.small_comp.contains(&(comp, x.clone())) {
            return None;
        }
        self.plan_for(x, &gens[i].iter, Some(comp), |s| {
            for c in &gens[i].ifs {
                s.expr(c);
            }
            for g in &gens[i + 1..] {
                s.expr(&g.iter);
                s.target(&g.target);
                for c in &g.ifs {
                    s.expr(c);
                }
            }
            s.expr(elt);
        })
    }

    fn plan_for<'a>(&mut self, x: &'a str, iter: &Expr, comp: Option<ExprId>, scan: impl for<'p> FnOnce(&mut Scan<'p, 'a>)) -> Option<InBounds> {
        let ExprKind::Call { func, .. } = &iter.kind else { return None };
        if self.typed.names.get(&func.id) != Some(&NameRef::Builtin("range".into())) {
            return None;
        }
        if self.pure_funcs.is_none() {
            self.pure_funcs = Some(pure_functions(self.prog, self.typed));
        }
        let pure = self.pure_funcs.take().unwrap_or_default();
        let mut s = Scan { prog: self.prog, typed: self.typed, func: self.cur_func, pure: &pure, index: Some(x), lists: Vec::new(), bound: HashSet::new(), ok: true };
        scan(&mut s);
        let (ok, lists) = (s.ok, s.lists.clone());
        let bound: HashSet<String> = s.bound.iter().map(|b| b.to_string()).collect();
        drop(s);
        self.pure_funcs = Some(pure);
        if !ok || bound.contains(x) {
            return None;
        }
        let mut out = Vec::new();
        for l in lists {
            let ExprKind::Name(n) = &l.kind else { continue };
            if bound.contains(n.as_str()) || self.in_cell(n) || self.comp_stack.iter().any(|(_, vs)| vs.contains(n)) {
                continue;
            }
            let code = self.expr(l);
            if code == cname(n) {
                out.push((n.clone(), code));
            }
        }
        if out.is_empty() {
            return None;
        }
        let flag = self.fresh("inb");
        Some(InBounds { index: x.to_string(), comp, range: iter.id, lists: out, flag })
    }

    /// Whether `name` lives in a closure cell in the function being emitted.
    pub(super) fn in_cell(&self, name: &str) -> bool {
        self.cur_func.is_some_and(|fid| {
            let ft = &self.typed.funcs[fid];
            ft.captured.iter().any(|c| c == name) || ft.free.iter().any(|c| c == name)
        })
    }

    /// The condition that every index in `[lo, hi]` (C++ expressions, evaluated once) lies in
    /// each planned list.
    pub(super) fn inbounds_cond(plan: &InBounds, lo: &str, hi: &str) -> String {
        let sizes: Vec<String> = plan.lists.iter().map(|(_, c)| format!("{hi} < {c}.size()")).collect();
        format!("{lo} >= 0 && {}", sizes.join(" && "))
    }

    /// `xs[i]` (read, or the target of a store when `set`) as a versioned access when a loop
    /// being emitted planned it (inside a versioned nest, its fast copy's pointer first); `None`
    /// otherwise.
    pub(super) fn inbounds_access(&mut self, container: &Expr, cont: &str, index: &Expr, i: &str, set: bool) -> Option<String> {
        let (ExprKind::Name(l), ExprKind::Name(x)) = (&container.kind, &index.kind) else { return None };
        if self.comp_stack.iter().any(|(_, vs)| vs.contains(l)) {
            return None;
        }
        // The comprehension `x` belongs to here must be the one the plan was made for.
        let owner = self.comp_stack.iter().rev().find(|(_, vs)| vs.contains(x)).map(|(c, _)| *c);
        let plan = self.inbounds.iter().rev().find(|p| &p.index == x && p.lists.iter().any(|(n, c)| n == l && c == cont))?;
        if plan.comp != owner {
            return None;
        }
        if i != cname(x) {
            return None;
        }
        let checked = if set { "at_set" } else { "at" };
        let access = format!("({} ? {cont}.raw({i}) : {cont}.{checked}({i}))", plan.flag);
        let range = plan.range;
        Some(self.nest_access(range, l, cont, i, access))
    }
}
