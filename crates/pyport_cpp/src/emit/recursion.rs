//! Which of the program's functions may take part in a recursion.
//!
//! CPython stops a runaway recursion with a RecursionError; compiled code would overflow its
//! stack and die of SIGSEGV. A function that may recurse therefore starts with
//! `py::stack_check()` (main.hpp), one compare of the stack pointer. A function that cannot be
//! part of a cycle of calls goes without it: the check is an exit from the loop a small
//! function is inlined into, and keeps g++ from vectorizing it (spectral_norm's `eval_a`).
//!
//! The call graph is conservative. A function's edges go to every function whose name it reads
//! (called or passed on: `sorted(key=f)`), to every method of a class it names (constructing
//! runs `__init__`), and to every method named like an attribute it reads or stores (properties
//! are method calls by then). An operation that may run a dunder method (an operator, a
//! comparison, a subscript, `print`, `str`, a sort, an iteration, a test of truth) on a value
//! whose type holds the program's objects has edges to all of them. Calling something that is
//! not a name of the program (a variable holding a function, a subscript) may reach any
//! function. A function may recurse when it can reach itself.
use std::collections::{HashMap, HashSet};

use pyport_syntax::ast::*;
use pyport_types::{NameRef, Ty, Typed};

/// The functions that may reach themselves through calls.
pub(super) fn recursive_functions(prog: &Program, typed: &Typed) -> HashSet<FuncId> {
    let n = prog.functions.len();
    let dunders: Vec<FuncId> = (0..n)
        .filter(|&f| {
            let name = &prog.functions[f].name;
            prog.functions[f].class.is_some() && name.starts_with("__") && name.ends_with("__") && name != "__init__"
        })
        .collect();
    // Methods by name, for `obj.name` (which class's is known only at run time).
    let mut by_name: HashMap<&str, Vec<FuncId>> = HashMap::new();
    for (f, func) in prog.functions.iter().enumerate().filter(|(_, func)| func.class.is_some()) {
        by_name.entry(func.name.as_str()).or_default().push(f);
    }
    let edges: Vec<Option<Vec<FuncId>>> = (0..n)
        .map(|f| {
            let mut g = Graph { prog, typed, methods: &by_name, out: HashSet::new(), anything: false, dunder: false };
            g.stmts(&prog.functions[f].body);
            for p in &prog.functions[f].params {
                if let Some(d) = &p.default {
                    g.expr(d);
                }
            }
            if g.anything {
                return None;
            }
            if g.dunder {
                g.out.extend(dunders.iter().copied());
            }
            Some(g.out.into_iter().collect())
        })
        .collect();
    (0..n)
        .filter(|&start| {
            // Depth-first from `start`'s callees; a function that may call anything reaches all.
            let mut seen = vec![false; n];
            let mut todo: Vec<FuncId> = match &edges[start] {
                None => return true,
                Some(v) => v.clone(),
            };
            while let Some(f) = todo.pop() {
                if f == start {
                    return true;
                }
                if std::mem::replace(&mut seen[f], true) {
                    continue;
                }
                match &edges[f] {
                    None => return true,
                    Some(v) => todo.extend(v.iter().copied()),
                }
            }
            false
        })
        .collect()
}

struct Graph<'a> {
    prog: &'a Program,
    typed: &'a Typed,
    /// The program's methods by name.
    methods: &'a HashMap<&'a str, Vec<FuncId>>,
    out: HashSet<FuncId>,
    /// A call of something other than a name of the program: may reach any function.
    anything: bool,
    /// An operation that may run a dunder method of the program's classes.
    dunder: bool,
}

impl Graph<'_> {
    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                // `x += v` on an object runs `__iadd__`/`__add__` (the target's type is not at hand).
                self.dunder |= !self.prog.classes.is_empty();
                self.expr(value);
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
            }
            StmtKind::If { test, .. } | StmtKind::While { test, .. } => {
                self.operands([test]);
                self.expr(test);
            }
            StmtKind::For { target, iter, .. } => {
                // Iterating an object runs its `__iter__`; a list of objects only hands them out.
                self.dunder |= matches!(self.typed.ty(iter.id), Ty::Object(..) | Ty::Union(_) | Ty::Rec(_));
                self.expr(iter);
                self.target(target);
            }
            StmtKind::Assert { test, msg } => {
                self.operands([test]);
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().for_each(|e| self.expr(e)),
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            // A nested `def` is a function of its own (reached through its name); its defaults
            // are evaluated here.
            StmtKind::FunctionDef(f) => {
                self.out.insert(*f);
                for p in &self.prog.functions[*f].params {
                    if let Some(d) = &p.default {
                        self.expr(d);
                    }
                }
            }
            StmtKind::ClassDef(c) => self.class(*c),
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Global(_) | StmtKind::Try { .. } => {}
        }
        for b in s.child_blocks() {
            self.stmts(b);
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Subscript { value, index, .. } => {
                self.operands([&**value, &**index]);
                self.expr(value);
                self.expr(index);
            }
            Target::Attr { value, attr, .. } => {
                self.expr(value);
                self.methods_named(attr);
            }
            Target::Tuple { elts, .. } => elts.iter().for_each(|t| self.target(t)),
            Target::Name { .. } | Target::Starred { .. } => {}
        }
    }

    /// Every method of class `c` and of its bases.
    fn class(&mut self, c: ClassId) {
        let mut cur = Some(c);
        while let Some(k) = cur {
            self.out.extend(self.prog.classes[k].methods.iter().copied());
            cur = self.prog.classes[k].base.as_ref().and_then(|(b, _)| self.prog.classes.iter().position(|x| x.name == *b));
            if cur == Some(k) {
                break;
            }
        }
    }

    fn methods_named(&mut self, attr: &str) {
        if let Some(fs) = self.methods.get(attr) {
            self.out.extend(fs.iter().copied());
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(_) => match self.typed.names.get(&e.id) {
                Some(NameRef::Function(f)) => {
                    self.out.insert(*f);
                }
                Some(NameRef::Class(c)) => self.class(*c),
                _ => {}
            },
            ExprKind::Attribute { attr, .. } => self.methods_named(attr),
            ExprKind::Call { func, args, keywords } => match &func.kind {
                ExprKind::Name(_) => match self.typed.names.get(&func.id) {
                    Some(NameRef::Var) | None => self.anything = true,
                    Some(NameRef::Function(_) | NameRef::Class(_)) => {}
                    Some(NameRef::Builtin(b)) if matches!(b.as_str(), "isinstance" | "type" | "id" | "callable") => {}
                    // A builtin (`print`, `str`, `sorted`, `hash`...) may run dunders of its arguments.
                    Some(_) => self.operands(args.iter().chain(keywords.iter().map(|k| &k.value))),
                },
                ExprKind::Attribute { value, attr } => {
                    if !self.methods.contains_key(attr.as_str()) {
                        // A method of a library value (`xs.index(o)`, `xs.sort()`) may run dunders of
                        // what it holds and of its arguments.
                        self.operands(std::iter::once(&**value).chain(args.iter()).chain(keywords.iter().map(|k| &k.value)));
                    }
                }
                _ => self.anything = true,
            },
            ExprKind::Lambda { .. } | ExprKind::List(_) | ExprKind::Tuple(_) => {}
            _ => {
                let mut kids = Vec::new();
                super::inbounds::children(e, &mut kids);
                self.operands(kids);
            }
        }
        let mut kids = Vec::new();
        super::inbounds::children(e, &mut kids);
        for k in kids {
            self.expr(k);
        }
    }

    /// Operands of an operation that may run their dunder methods.
    fn operands<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) {
        if !self.dunder {
            self.dunder = es.into_iter().any(|e| holds_objects(self.typed.ty(e.id)));
        }
    }
}

/// Whether a value of type `t` may be or hold an object of the program's classes (whose dunder
/// methods an operation on it may run).
fn holds_objects(t: &Ty) -> bool {
    match t {
        Ty::Object(..) | Ty::Exception | Ty::Rec(_) => true,
        Ty::List(x) | Ty::VarTuple(x) | Ty::Generator(x) | Ty::Iter(x) | Ty::Optional(x) | Ty::Set(x) | Ty::FrozenSet(x) | Ty::Deque(x) => holds_objects(x),
        Ty::Dict(k, v) | Ty::Mapping(_, k, v) => holds_objects(k) || holds_objects(v),
        Ty::Tuple(xs) | Ty::Union(xs) => xs.iter().any(|x| holds_objects(x)),
        _ => false,
    }
}
