//! Generator expressions kept as values: `g = (f(x) for x in xs)`, `return (... for ...)`, a
//! genexp passed to a user function or to an `itertools` function, stored in a list or tuple, or
//! looped over while it calls functions (their effects interleave with the loop body's).
//! Such a genexp is a lazy generator (`Kind::Gen`, emitted as a coroutine), not the list that
//! directly consumed genexps (`sum(...)`, `for`, `list(...)`) are made into: its first iterable is
//! evaluated where it is written and everything else when it is advanced, reading the enclosing
//! variables then (they are captured in cells, as a lambda's are).
use super::*;

/// The generator expressions of `prog` that appear where their value is kept or handed on.
pub(crate) fn kept_genexps(prog: &Program) -> HashSet<ExprId> {
    let mut w = Walker { prog, kept: HashSet::new() };
    for f in &prog.functions {
        w.stmts(&f.body);
    }
    w.stmts(&prog.body);
    w.kept
}

/// Builtins whose calls have no effects (a generator expression of only these, looped over, is
/// made up front; one calling anything else runs lazily, interleaved with the loop as in Python).
const PURE_BUILTINS: &[&str] = &[
    "range", "len", "str", "int", "float", "abs", "enumerate", "zip", "reversed", "sorted", "min", "max", "sum", "list", "tuple",
    "set", "ord", "chr", "round", "bool", "divmod", "pow", "any", "all", "repr", "hex", "bin", "oct",
];

/// Whether generator expression `e` calls a function that is not a pure builtin.
fn calls_out(e: &Expr) -> bool {
    if !matches!(e.kind, ExprKind::GenExp { .. }) {
        return false;
    }
    fn walk(e: &Expr) -> bool {
        if let ExprKind::Call { func, .. } = &e.kind {
            if !matches!(&func.kind, ExprKind::Name(n) if PURE_BUILTINS.contains(&n.as_str())) {
                return true;
            }
        }
        match &e.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::GenExp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::DictComp { elt, generators } => {
                walk(elt) || generators.iter().any(|g| walk(&g.iter) || g.ifs.iter().any(walk))
            }
            _ => {
                let mut found = false;
                crate::for_each_expr_child(e, |c| found = found || walk(c));
                found
            }
        }
    }
    walk(e)
}

/// Whether generator expression `e`, while it is advanced (its element, conditions and inner
/// iterables: the first iterable is evaluated up front), reads into a value that is not one of its
/// own variables: a subscript, an attribute, `len(...)` or an `in` test of an outside name.
fn reads_containers(e: &Expr) -> bool {
    let ExprKind::GenExp { elt, generators } = &e.kind else { return false };
    let mut own = HashSet::new();
    fn names(t: &Target, out: &mut HashSet<String>) {
        match t {
            Target::Name { name, .. } | Target::Starred { name, .. } => {
                out.insert(name.clone());
            }
            Target::Tuple { elts, .. } => elts.iter().for_each(|t| names(t, out)),
            _ => {}
        }
    }
    generators.iter().for_each(|g| names(&g.target, &mut own));
    fn root(e: &Expr) -> Option<&str> {
        match &e.kind {
            ExprKind::Name(n) => Some(n),
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => root(value),
            _ => None,
        }
    }
    fn walk(e: &Expr, own: &HashSet<String>) -> bool {
        let outside = |x: &Expr| root(x).is_some_and(|n| !own.contains(n));
        let hit = match &e.kind {
            ExprKind::Subscript { value, .. } | ExprKind::Attribute { value, .. } => outside(value),
            ExprKind::Call { func, args, .. } => {
                matches!(&func.kind, ExprKind::Name(n) if n == "len") && args.first().is_some_and(|a| outside(a))
            }
            ExprKind::Compare { comparators, .. } => comparators.iter().any(|c| outside(c)),
            _ => false,
        };
        let mut found = hit;
        crate::for_each_expr_child(e, |c| found = found || walk(c, own));
        found
    }
    walk(elt, &own)
        || generators.iter().enumerate().any(|(i, g)| (i > 0 && walk(&g.iter, &own)) || g.ifs.iter().any(|c| walk(c, &own)))
}

struct Walker<'a> {
    prog: &'a Program,
    kept: HashSet<ExprId>,
}

impl Walker<'_> {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            match &s.kind {
                StmtKind::Assign { targets, value } => {
                    targets.iter().for_each(|t| self.target(t));
                    self.expr(value, true);
                }
                StmtKind::AnnAssign { target, value, .. } => {
                    self.target(target);
                    if let Some(v) = value {
                        self.expr(v, true);
                    }
                }
                StmtKind::AugAssign { target, value, .. } => {
                    self.target(target);
                    self.expr(value, false);
                }
                StmtKind::Return(Some(v)) => self.expr(v, true),
                StmtKind::Expr(e) | StmtKind::If { test: e, .. } | StmtKind::While { test: e, .. } => self.expr(e, false),
                StmtKind::For { target, iter, .. } => {
                    self.target(target);
                    self.expr(iter, calls_out(iter));
                }
                StmtKind::Assert { test, msg } => {
                    self.expr(test, false);
                    if let Some(m) = msg {
                        self.expr(m, false);
                    }
                }
                StmtKind::Raise { exc, cause } => {
                    for x in [exc, cause].into_iter().flatten() {
                        self.expr(x, false);
                    }
                }
                StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
                _ => {}
            }
            for b in s.child_blocks() {
                self.stmts(b);
            }
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Subscript { value, index, .. } => {
                self.expr(value, false);
                self.expr(index, false);
            }
            Target::Attr { value, .. } => self.expr(value, false),
            Target::Tuple { elts, .. } => elts.iter().for_each(|t| self.target(t)),
            _ => {}
        }
    }

    /// Whether a call of `func` keeps its arguments: a user function or class (curried calls and
    /// function values included) or an `itertools` function (which advances it lazily).
    fn keeps_args(&self, func: &Expr) -> bool {
        match &func.kind {
            ExprKind::Name(n) => {
                self.prog.functions.iter().any(|f| f.name == *n && f.class.is_none())
                    || self.prog.classes.iter().any(|c| c.name == *n)
                    || self.prog.from_imports.iter().any(|(b, m, _, _)| b == n && m == "itertools")
            }
            ExprKind::Attribute { value, .. } => {
                matches!(&value.kind, ExprKind::Name(m) if self.prog.module_imports.iter().any(|(b, module, _)| b == m && module == "itertools"))
            }
            ExprKind::Call { .. } | ExprKind::Lambda { .. } => true,
            _ => false,
        }
    }

    /// Visits `e`; `kept`: a generator expression right here is kept as a value.
    fn expr(&mut self, e: &Expr, kept: bool) {
        match &e.kind {
            ExprKind::GenExp { elt, generators } => {
                if kept {
                    self.kept.insert(e.id);
                }
                self.comp(elt, generators, kept);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::DictComp { elt, generators } => {
                self.comp(elt, generators, false)
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, false);
                self.expr(body, kept);
                self.expr(orelse, kept);
            }
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(|x| self.expr(x, true)),
            ExprKind::Call { func, args, keywords } => {
                self.expr(func, false);
                let keep = self.keeps_args(func);
                // `xs.extend(f(xs[i]) for i in ...)`: Python appends each item before computing the
                // next, which may read the container being extended (or one aliasing it).
                let extending = matches!(&func.kind, ExprKind::Attribute { attr, .. } if attr == "extend" || attr == "extendleft");
                if extending && args.first().is_some_and(reads_containers) {
                    self.kept.insert(args[0].id);
                }
                args.iter().for_each(|a| self.expr(a, keep));
                keywords.iter().for_each(|k| self.expr(&k.value, keep));
            }
            ExprKind::Lambda { body, .. } => self.expr(body, true),
            ExprKind::Yield(Some(v)) => self.expr(v, true),
            _ => crate::for_each_expr_child(e, |c| self.expr(c, false)),
        }
    }

    /// `lazy`: the comprehension is a kept generator expression, whose first iterable (evaluated
    /// where it is written) it advances lazily: a generator expression there is kept too
    /// (`chain.from_iterable(f(x) for x in xs)`).
    fn comp(&mut self, elt: &Expr, generators: &[Comprehension], lazy: bool) {
        // An element that is itself a generator expression is a value stored or yielded.
        self.expr(elt, true);
        for (i, g) in generators.iter().enumerate() {
            self.target(&g.target);
            self.expr(&g.iter, calls_out(&g.iter) || (lazy && i == 0));
            g.ifs.iter().for_each(|c| self.expr(c, false));
        }
    }
}

impl Infer<'_> {
    /// A generator expression kept as a value (see [`kept_genexps`]): a `Generator` of its
    /// elements. Its first iterable is read in the enclosing scope; the rest of it, like a lambda
    /// body, reads enclosing variables through cells.
    pub(super) fn kept_genexp(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension]) -> TV {
        let prev = self.aux_tv.get(&(e.id, 0)).copied();
        let el = match prev.map(|g| self.k(g)) {
            Some(Kind::Gen(el)) => el,
            _ => self.fresh(Kind::Unknown),
        };
        let g = self.aux(e.id, 0, Kind::Gen(el));
        self.comp_scopes.push((e.id, HashMap::new()));
        for (i, gen) in generators.iter().enumerate() {
            let it = self.infer(&gen.iter);
            if i == 0 {
                self.lambda_stack.push(e.id);
            }
            let elem = self.iter_elem(it, gen.iter.span);
            self.declare_comp_target(e.id, &gen.target);
            self.assign(&gen.target, elem);
            for cond in &gen.ifs {
                self.infer_cond(cond);
            }
        }
        let t = self.infer(elt);
        self.cur_span = elt.span;
        self.flow(t, el);
        if !generators.is_empty() {
            self.lambda_stack.pop();
        }
        self.comp_scopes.pop();
        g
    }
}
