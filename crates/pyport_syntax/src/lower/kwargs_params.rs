//! `**kwargs` parameters of module-level functions and of methods (`__init__` included):
//!
//! ```text
//! def tag(name, **attrs):            def tag(name, *, attrs=None):
//!     ...                    ==>         if attrs is None:
//!                                            attrs = {}
//!                                        ...
//! tag("a", href="/", id=3)           tag("a", attrs={"href": "/", "id": 3})
//! ```
//!
//! The parameter becomes a keyword-only one holding a dict, and each call that surely reaches the
//! function gets its extra keyword arguments (those naming no parameter) as a dict display, in
//! their order, at the place of the first of them. A call with no extra keyword leaves the
//! parameter None: a new empty dict, as Python makes one on each call. `f(**d)` becomes
//! `f(attrs=dict(d))` (a copy, as Python's) when `f` has no other parameter `d` could fill.
//!
//! A call surely reaches the function when it is:
//! - `f(...)`, for a module-level function `f` bound nowhere else in the program;
//! - `C(...)`, `super().__init__(...)` in a subclass, or `C.__init__(self, ...)`, for the
//!   `__init__` of class `C` (and of its subclasses that inherit it) when these class names are
//!   bound nowhere else;
//! - `x.m(...)`, for a method `m` that only one class of the program defines and that no builtin
//!   type or module of the program has (receivers bound by `import` are left alone).
//!
//! Other calls are left as they are: one with extra keywords is then refused as before (an
//! unexpected keyword argument), one without gets the empty dict. Extra keywords separated by
//! others are moved together only when no value between them can have a side effect.
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Whether the source may hold a `**kwargs` parameter (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("**")
}

/// Methods of builtin types and library objects: a call `x.get(a=1)` may reach one of them.
const LIBRARY_METHODS: &[&str] = &[
    "append", "extend", "insert", "remove", "pop", "clear", "index", "count", "sort", "reverse", "copy", "keys", "values",
    "items", "get", "setdefault", "update", "popitem", "fromkeys", "add", "discard", "union", "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "split", "rsplit", "join", "strip", "lstrip", "rstrip",
    "replace", "find", "rfind", "format", "format_map", "startswith", "endswith", "upper", "lower", "encode", "decode",
    "appendleft", "extendleft", "popleft", "rotate", "most_common", "elements", "subtract", "total", "read", "write",
    "readline", "readlines", "writelines", "close", "seek", "tell", "flush", "send", "throw", "group", "groups", "groupdict",
    "sub", "match", "search", "fullmatch", "findall", "finditer", "to_bytes", "from_bytes", "isoformat", "strftime",
    "timestamp", "total_seconds", "quantize", "limit_denominator", "is_integer", "hex", "fromhex", "translate", "maketrans",
    "partition", "rpartition", "splitlines", "center", "ljust", "rjust", "zfill", "expandtabs", "casefold", "swapcase",
    "title", "capitalize", "ljust", "put", "get_nowait", "put_nowait", "dump", "dumps", "load", "loads",
];

/// A function with a `**` parameter, as calls see it.
struct Target {
    /// The `**` parameter's name.
    kw: String,
    /// Parameters a keyword argument can name.
    named: HashSet<String>,
    /// The positional parameters, in order (`self` included).
    positional: Vec<String>,
    /// Whether it has keyword-only parameters (besides the `**` one).
    keyword_only: bool,
    /// Whether a call `f(**d)` was rewritten: the function then checks that `d` names none of
    /// the parameters the call bound by position, as CPython does.
    spread: Cell<bool>,
}

impl Target {
    fn of(f: &ra::StmtFunctionDef) -> Option<Target> {
        let p = &f.parameters;
        let kw = p.kwarg.as_deref()?.name.id.to_string();
        let named: HashSet<String> = p.args.iter().chain(&p.kwonlyargs).map(|a| a.parameter.name.id.to_string()).collect();
        let positional = p.posonlyargs.iter().chain(&p.args).map(|a| a.parameter.name.id.to_string()).collect();
        Some(Target { kw, named, positional, keyword_only: !p.kwonlyargs.is_empty(), spread: Cell::new(false) })
    }
}

/// How many times each name is bound anywhere in the module (defs, classes, parameters,
/// assignments, imports, loop and `with` targets, `global`...).
#[derive(Default)]
pub(crate) struct Bindings {
    pub(crate) count: HashMap<String, usize>,
    /// Names bound by `import`.
    imported: HashSet<String>,
}

impl Bindings {
    fn bind(&mut self, n: &str) {
        *self.count.entry(n.to_string()).or_default() += 1;
    }

    pub(crate) fn once(&self, n: &str) -> bool {
        self.count.get(n).copied().unwrap_or(0) == 1
    }
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.bind(&f.name.id),
            Stmt::ClassDef(c) => self.bind(&c.name.id),
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().map_or_else(|| a.name.id.split('.').next().unwrap_or(""), |x| x.id.as_str());
                    self.bind(n);
                    self.imported.insert(n.to_string());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
                    self.bind(n);
                    self.imported.insert(n.to_string());
                }
            }
            Stmt::Global(g) => g.names.iter().for_each(|n| self.bind(&n.id)),
            Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.bind(&n.id)),
            _ => {}
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Name(n) = e {
            if !matches!(n.ctx, ra::ExprContext::Load) {
                self.bind(&n.id);
            }
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        self.bind(&p.name.id);
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(x) = h;
        if let Some(n) = &x.name {
            self.bind(&n.id);
        }
        visitor::walk_except_handler(self, h);
    }

    fn visit_pattern(&mut self, p: &'a ra::Pattern) {
        // Names a `match` case binds.
        match p {
            ra::Pattern::MatchAs(ra::PatternMatchAs { name: Some(n), .. }) | ra::Pattern::MatchStar(ra::PatternMatchStar { name: Some(n), .. }) => self.bind(&n.id),
            ra::Pattern::MatchMapping(ra::PatternMatchMapping { rest: Some(n), .. }) => self.bind(&n.id),
            _ => {}
        }
        visitor::walk_pattern(self, p);
    }
}

/// The module-level classes: each one's single plain base and methods.
struct Class<'m> {
    base: Option<String>,
    methods: Vec<&'m ra::StmtFunctionDef>,
}

fn classes(body: &[Stmt]) -> HashMap<String, Class<'_>> {
    let mut out = HashMap::new();
    for s in body {
        let Stmt::ClassDef(c) = s else { continue };
        let bases: Vec<&Expr> = c.arguments.as_deref().map(|a| a.args.iter().collect()).unwrap_or_default();
        let base = match bases[..] {
            [] => None,
            [Expr::Name(b)] => Some(b.id.to_string()),
            // Other bases (several, or not a plain name): its calls are left alone.
            _ => Some(String::new()),
        };
        let methods = c.body.iter().filter_map(|s| if let Stmt::FunctionDef(f) = s { Some(f) } else { None }).collect();
        out.insert(c.name.id.to_string(), Class { base, methods });
    }
    out
}

/// The rewrites to make: which calls reach which `**` functions (indexes into `targets`; a call
/// that may reach several is rewritten when they all sort its keywords alike).
#[derive(Default)]
struct Plan {
    /// Every function with a `**` parameter that some call may be traced to.
    targets: Vec<Target>,
    /// The index in `targets` of each such `def`, by where it starts.
    by_def: HashMap<TextSize, usize>,
    /// `f(...)` of a module-level function.
    functions: HashMap<String, Vec<usize>>,
    /// `C(...)`: the `__init__` its instances run.
    constructors: HashMap<String, Vec<usize>>,
    /// `super().__init__(...)` inside class `D`: the `__init__` it reaches.
    supers: HashMap<String, Vec<usize>>,
    /// `cls(...)` in a class method of class `D`: the `__init__`s `D` and its subclasses run.
    cls_calls: HashMap<String, Vec<usize>>,
    /// `x.m(...)`: every definition of `m`.
    methods: HashMap<String, Vec<usize>>,
    /// The module-level classes' names.
    class_names: HashSet<String>,
}

impl Plan {
    fn target(&mut self, f: &ra::StmtFunctionDef) -> Option<usize> {
        if !f.decorator_list.is_empty() {
            return None;
        }
        let start = f.range.start();
        if let Some(&i) = self.by_def.get(&start) {
            return Some(i);
        }
        let t = Target::of(f)?;
        self.targets.push(t);
        self.by_def.insert(start, self.targets.len() - 1);
        Some(self.targets.len() - 1)
    }

    /// `targets` when each is known and all name their `**` parameter alike.
    fn all(&mut self, fs: &[&ra::StmtFunctionDef]) -> Option<Vec<usize>> {
        let ts: Vec<usize> = fs.iter().map(|f| self.target(f)).collect::<Option<_>>()?;
        let kw = &self.targets[*ts.first()?].kw;
        ts.iter().all(|&i| self.targets[i].kw == *kw).then_some(ts)
    }

    fn new(body: &[Stmt], b: &Bindings) -> Plan {
        let mut plan = Plan::default();
        for s in body {
            if let Stmt::FunctionDef(f) = s {
                if b.once(&f.name.id) {
                    if let Some(i) = plan.target(f) {
                        plan.functions.insert(f.name.id.to_string(), vec![i]);
                    }
                }
            }
        }
        let cls = classes(body);
        plan.class_names = cls.keys().cloned().collect();
        let init_of = |c: &str| cls.get(c).and_then(|k| k.methods.iter().find(|m| m.name.id.as_str() == "__init__").copied());
        // The class whose `__init__` instances of `c` run (walking up plain single bases); `None`
        // when it is `object`'s or not known.
        let init_owner = |c: &str| -> Option<&str> {
            let mut cur = c;
            for _ in 0..64 {
                let (name, k) = cls.get_key_value(cur)?;
                if init_of(cur).is_some() {
                    return Some(name.as_str());
                }
                cur = k.base.as_deref().filter(|b| !b.is_empty())?;
            }
            None
        };
        let base_of = |c: &str| cls.get(c).and_then(|k| k.base.as_deref()).filter(|b| !b.is_empty());
        // The classes whose `__init__` instances of each class or of its subclasses run.
        let mut owners_below: HashMap<&str, HashSet<Option<&str>>> = HashMap::new();
        for name in cls.keys() {
            let owner = init_owner(name);
            let mut cur = Some(name.as_str());
            for _ in 0..64 {
                let Some(c) = cur else { break };
                owners_below.entry(c).or_default().insert(owner);
                cur = base_of(c);
            }
        }
        for name in cls.keys() {
            if !b.once(name) {
                continue;
            }
            let init = |o: Option<&str>| o.filter(|o| b.once(o)).and_then(init_of);
            if let Some(f) = init(init_owner(name)) {
                if let Some(ts) = plan.all(&[f]) {
                    plan.constructors.insert(name.clone(), ts);
                }
            }
            if let Some(f) = init(base_of(name).and_then(init_owner)) {
                if let Some(ts) = plan.all(&[f]) {
                    plan.supers.insert(name.clone(), ts);
                }
            }
            let below: Option<Vec<_>> = owners_below.get(name.as_str()).map(|os| os.iter().map(|&o| init(o)).collect()).unwrap_or_default();
            if let Some(fs) = below {
                if let Some(ts) = plan.all(&fs) {
                    plan.cls_calls.insert(name.clone(), ts);
                }
            }
        }
        // Methods: every definition of the name.
        let mut defs: HashMap<&str, Vec<&ra::StmtFunctionDef>> = HashMap::new();
        for k in cls.values() {
            for m in &k.methods {
                defs.entry(m.name.id.as_str()).or_default().push(m);
            }
        }
        for (name, ms) in defs {
            if name.starts_with("__") || LIBRARY_METHODS.contains(&name) || b.count.get(name) != Some(&ms.len()) {
                continue;
            }
            if ms.iter().all(|m| m.parameters.posonlyargs.len() + m.parameters.args.len() > 0) {
                if let Some(ts) = plan.all(&ms) {
                    plan.methods.insert(name.to_string(), ts);
                }
            }
        }
        plan
    }
}

/// How many times `body` binds `n`.
fn stores(body: &[Stmt], n: &str) -> usize {
    let mut b = Bindings::default();
    for s in body {
        b.visit_stmt(s);
    }
    b.count.get(n).copied().unwrap_or(0)
}

/// A value whose evaluation cannot have a side effect (moving it changes nothing).
fn inert(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::Name(_) => true,
        Expr::UnaryOp(u) => inert(&u.operand),
        _ => false,
    }
}

fn str_lit(s: &str, range: TextRange) -> Expr {
    Expr::StringLiteral(ra::ExprStringLiteral {
        node_index: Default::default(),
        range,
        value: ra::StringLiteralValue::single(ra::StringLiteral {
            range,
            node_index: Default::default(),
            value: s.into(),
            flags: ra::StringLiteralFlags::empty(),
        }),
    })
}

pub(super) fn name(id: &str, range: TextRange, ctx: ra::ExprContext) -> Expr {
    Expr::Name(ra::ExprName { node_index: Default::default(), range, id: id.into(), ctx })
}

/// Moves a call's extra keyword arguments into one `kw=` dict; `false` when the call cannot be
/// rewritten (then it is left as it was). `ts`: the functions it may reach (with one `**` name);
/// `skip`: how many parameters the form of the call binds (`self` in `x.m(...)`).
fn rewrite_call(ts: &[&Target], skip: usize, call: &mut ra::ExprCall) -> bool {
    let Some(t) = ts.first() else { return false };
    let kws = &call.arguments.keywords;
    let extra = |k: &ra::Keyword| k.arg.as_ref().is_some_and(|a| !t.named.contains(a.as_str()));
    // Each function must take the same keywords as extra ones.
    if ts.iter().any(|u| kws.iter().any(|k| k.arg.as_ref().is_some_and(|a| u.named.contains(a.as_str()) == extra(k)))) {
        return false;
    }
    let extras: Vec<usize> = (0..kws.len()).filter(|&i| extra(&kws[i])).collect();
    let spreads: Vec<usize> = (0..kws.len()).filter(|&i| kws[i].arg.is_none()).collect();
    let (value, at) = match (&extras[..], &spreads[..]) {
        ([], []) => return true,
        ([], [s]) => {
            // `f(**d)`: the copy Python binds, when every other parameter is bound by position
            // (`d` cannot fill one; the function checks that `d` names none of them).
            let args = &call.arguments.args;
            // The arguments before a `*` one are the ones surely bound by position.
            let lead = args.iter().take_while(|a| !matches!(a, Expr::Starred(_))).count();
            let fills = |u: &&Target| u.keyword_only || skip + lead < u.positional.len();
            if kws.len() != 1 || ts.iter().any(fills) {
                return false;
            }
            ts.iter().for_each(|u| u.spread.set(true));
            let d = kws[*s].value.clone();
            let range = d.range();
            let copy = Expr::Call(ra::ExprCall {
                node_index: Default::default(),
                range_start: range.start(),
                func: Box::new(name("dict", range, ra::ExprContext::Load)),
                arguments: ra::Arguments { range, node_index: Default::default(), args: vec![d].into(), keywords: Vec::new().into() },
            });
            (copy, *s)
        }
        (xs, []) => {
            let (first, last) = (xs[0], xs[xs.len() - 1]);
            let moved_past = (first..=last).any(|i| !extra(&kws[i]));
            if moved_past && !(first..=last).all(|i| inert(&kws[i].value)) {
                return false;
            }
            let items = xs
                .iter()
                .map(|&i| {
                    let k = &kws[i];
                    let key = k.arg.as_ref().map(|a| a.as_str()).unwrap_or_default();
                    ra::DictItem { key: Some(str_lit(key, k.range)), value: k.value.clone() }
                })
                .collect();
            let range = TextRange::new(kws[first].range.start(), kws[last].range.end());
            (Expr::Dict(ra::ExprDict { node_index: Default::default(), range, items }), first)
        }
        // Extra keywords and `**d` together: left alone.
        _ => return false,
    };
    let range = value.range();
    let moved: HashSet<usize> = extras.iter().chain(&spreads).copied().collect();
    let mut out = Vec::new();
    for (i, k) in kws.iter().enumerate() {
        if i == at {
            out.push(ra::Keyword { range, node_index: Default::default(), arg: Some(ra::Identifier::new(t.kw.as_str(), range)), value: value.clone() });
        }
        if !moved.contains(&i) {
            out.push(k.clone());
        }
    }
    call.arguments.keywords = out.into();
    true
}

struct Calls<'p> {
    plan: &'p Plan,
    imported: &'p HashSet<String>,
    /// The module-level class whose body is being rewritten.
    class: RefCell<Option<String>>,
    /// The first parameter of the class method being rewritten (`cls`), if it is never rebound.
    cls_param: RefCell<Option<String>>,
}

impl Calls<'_> {
    /// The functions a call of `func` may reach (all of them, or `None`), and how many of their
    /// parameters the form of the call binds.
    fn targets(&self, func: &Expr) -> Option<(&[usize], usize)> {
        let p = self.plan;
        let class = self.class.borrow();
        let class = class.as_deref();
        match func {
            Expr::Name(n) if self.cls_param.borrow().as_deref() == Some(n.id.as_str()) => class.and_then(|d| p.cls_calls.get(d)).map(|t| (&t[..], 1)),
            Expr::Name(n) => {
                let n = n.id.as_str();
                p.functions.get(n).map(|t| (&t[..], 0)).or_else(|| p.constructors.get(n).map(|t| (&t[..], 1)))
            }
            Expr::Attribute(a) if a.attr.as_str() == "__init__" => match &*a.value {
                // `super().__init__(...)`
                Expr::Call(c) if matches!(&*c.func, Expr::Name(s) if s.id.as_str() == "super") && c.arguments.is_empty() => {
                    class.and_then(|d| p.supers.get(d)).map(|t| (&t[..], 1))
                }
                // `Base.__init__(self, ...)`
                Expr::Name(b) => p.constructors.get(b.id.as_str()).map(|t| (&t[..], 0)),
                _ => None,
            },
            Expr::Attribute(a) => match &*a.value {
                Expr::Name(r) if self.imported.contains(r.id.as_str()) => None,
                // `Cls.m(obj, ...)` binds nothing; an object's `x.m(...)` binds `self`.
                Expr::Name(r) if p.class_names.contains(r.id.as_str()) => p.methods.get(a.attr.as_str()).map(|t| (&t[..], 0)),
                _ => p.methods.get(a.attr.as_str()).map(|t| (&t[..], 1)),
            },
            _ => None,
        }
    }
}

impl Transformer for Calls<'_> {
    fn visit_stmt(&self, s: &mut Stmt) {
        match s {
            Stmt::ClassDef(c) => {
                let outer = self.class.replace(Some(c.name.id.to_string()));
                transformer::walk_stmt(self, s);
                *self.class.borrow_mut() = outer;
            }
            Stmt::FunctionDef(f) => {
                let classmethod = f.decorator_list.iter().any(|d| matches!(&d.expression, Expr::Name(n) if n.id.as_str() == "classmethod"));
                let first = f.parameters.posonlyargs.iter().chain(&f.parameters.args).next().map(|p| p.parameter.name.id.to_string());
                let cls = first.filter(|c| classmethod && self.class.borrow().is_some() && stores(&f.body, c) == 0);
                let outer = self.cls_param.replace(cls);
                transformer::walk_stmt(self, s);
                *self.cls_param.borrow_mut() = outer;
            }
            _ => transformer::walk_stmt(self, s),
        }
    }

    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        let Expr::Call(c) = e else { return };
        if let Some((ts, skip)) = self.targets(&c.func) {
            let ts: Vec<&Target> = ts.iter().map(|&i| &self.plan.targets[i]).collect();
            rewrite_call(&ts, skip, c);
        }
    }
}

/// `def f(a, **kw)` as `def f(a, *, kw=None)` starting with `if kw is None: kw = {}` (after a
/// docstring); when a call `f(**d)` was rewritten, followed by CPython's TypeError for a key of
/// `d` that names a parameter (`elif "a" in kw: raise TypeError(...)`).
fn rewrite_def(f: &mut ra::StmtFunctionDef, t: &Target, class: Option<&str>, py_names: &HashMap<String, String>) {
    let py = |n: &str| py_names.get(n).map_or(n, String::as_str).to_string();
    let qualname = match class {
        Some(c) => format!("{}.{}", py(c), f.name.id),
        None => py(f.name.id.as_str()),
    };
    let method = class.is_some();
    let Some(kw) = f.parameters.kwarg.take() else { return };
    let range = kw.range;
    let id = kw.name.id.to_string();
    let none = || Expr::NoneLiteral(ra::ExprNoneLiteral { node_index: Default::default(), range });
    f.parameters.kwonlyargs.push(ra::ParameterWithDefault { range, node_index: Default::default(), parameter: *kw, default: Some(Box::new(none())) });
    let compare = |left: Expr, op: ra::CmpOp, right: Expr| {
        Expr::Compare(ra::ExprCompare { node_index: Default::default(), range, left: Box::new(left), ops: vec![op].into(), comparators: vec![right].into() })
    };
    let assign = Stmt::Assign(ra::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(&id, range, ra::ExprContext::Store)],
        value: Box::new(Expr::Dict(ra::ExprDict { node_index: Default::default(), range, items: Vec::new() })),
    });
    let mut checks = Vec::new();
    if t.spread.get() {
        for p in t.positional.iter().skip(usize::from(method)) {
            let msg = format!("{qualname}() got multiple values for argument '{p}'");
            let error = Expr::Call(ra::ExprCall {
                node_index: Default::default(),
                range_start: range.start(),
                func: Box::new(name("TypeError", range, ra::ExprContext::Load)),
                arguments: ra::Arguments { range, node_index: Default::default(), args: vec![str_lit(&msg, range)].into(), keywords: Vec::new().into() },
            });
            let raise = Stmt::Raise(ra::StmtRaise { node_index: Default::default(), range, exc: Some(Box::new(error)), cause: None });
            let test = compare(str_lit(p, range), ra::CmpOp::In, name(&id, range, ra::ExprContext::Load));
            checks.push(ra::ElifElseClause { range, node_index: Default::default(), test: Some(test), body: vec![raise].into() });
        }
    }
    let test = compare(name(&id, range, ra::ExprContext::Load), ra::CmpOp::Is, none());
    let guard = Stmt::If(ra::StmtIf { node_index: Default::default(), range, test: Box::new(test), body: vec![assign].into(), elif_else_clauses: checks });
    let docstring = matches!(f.body.first(), Some(Stmt::Expr(x)) if matches!(&*x.value, Expr::StringLiteral(_)));
    f.body.insert(usize::from(docstring), guard);
}

/// See the module doc. `py_names` gives the Python names of renamed definitions
/// (`redefined.rs`), for CPython's messages.
pub(crate) fn rewrite(body: &mut [Stmt], py_names: &HashMap<String, String>) {
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    let plan = Plan::new(body, &b);
    if plan.targets.is_empty() {
        return;
    }
    let calls = Calls { plan: &plan, imported: &b.imported, class: RefCell::new(None), cls_param: RefCell::new(None) };
    for s in body.iter_mut() {
        calls.visit_stmt(s);
    }
    // Every `def` some rewritten call may reach (the others keep their `**` parameter, refused).
    for s in body.iter_mut() {
        match s {
            Stmt::FunctionDef(f) => {
                if let Some(&i) = plan.by_def.get(&f.range.start()) {
                    rewrite_def(f, &plan.targets[i], None, py_names);
                }
            }
            Stmt::ClassDef(c) => {
                for m in c.body.iter_mut() {
                    let Stmt::FunctionDef(f) = m else { continue };
                    if let Some(&i) = plan.by_def.get(&f.range.start()) {
                        rewrite_def(f, &plan.targets[i], Some(c.name.id.as_str()), py_names);
                    }
                }
            }
            _ => {}
        }
    }
}
