//! Function facts lowering resolves by name: `*args` functions (calls pack their extra arguments
//! into a tuple), docstrings (`f.__doc__`, the module's `__doc__`) and `f.__name__`.
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

/// What a pre-pass over the whole module knows about each function name.
#[derive(Default)]
pub(crate) struct FuncFacts {
    /// `def name(a, b, *rest)` (not a method), defined once and never rebound: the number of
    /// positional parameters before `*rest`. Calls by this name pack their extra positional
    /// arguments into one tuple argument.
    pub varargs: HashMap<String, usize>,
    /// Names of methods with a `*rest` parameter: `obj.m(*xs)` may pass a `*` argument (inference
    /// packs it with the other extra arguments once it knows the method).
    pub vararg_methods: HashSet<String>,
    /// Names of every method of the program's classes: `obj.m(*t)` may pass a `*` argument
    /// (inference spreads a tuple over the parameters once it knows the method).
    pub methods: HashSet<String>,
    /// Docstring (or `None`) of every function defined once (not a method) and never rebound.
    pub docs: HashMap<String, Option<String>>,
    /// The module docstring, when the name `__doc__` is never rebound.
    pub module_doc: Option<Option<String>>,
    /// Every name the program binds somewhere (assignment, def, parameter, import...).
    pub bound: HashSet<String>,
    /// Every name the program reads somewhere.
    pub loaded: HashSet<String>,
    /// Spans of the arguments of calls seen so far: a bound method there is called during the call.
    pub arg_spans: HashSet<(u32, u32)>,
    /// Span of the callee of a call being lowered (`math.sqrt` in `math.sqrt(x)` is no value).
    pub callees: HashSet<(u32, u32)>,
    /// Spans of the arguments of builtin and library calls (`map(len, xs)`), which take builtins themselves.
    pub lib_arg_spans: HashSet<(u32, u32)>,
    /// Statements to put after the one being lowered (`f = deco(_undecorated_f)` after a decorated def).
    pub pending: Vec<Stmt>,
    /// Names of the program's classes (`Cls.count` is a class attribute, not a bound method).
    pub classes: HashSet<String>,
    /// The program's classes whose name nothing else binds.
    pub classes_once: HashSet<String>,
    /// Names that some class statement lists as a base.
    pub bases: HashSet<String>,
    /// Name-span starts of the `def`s inside blocks compiled like ones at the top of their scope.
    pub hoistable: HashSet<u32>,
    /// Function attributes the program assigns (`f.seq = []`): `(function, attribute)` to the
    /// module variable that holds it (see `fattrs.rs`).
    pub fattrs: HashMap<(String, String), String>,
    /// Attributes of namespace classes defined inside functions being lowered: `(class,
    /// attribute)` to the local variable and the function depth that owns it (see `nested.rs`).
    pub nsattrs: HashMap<(String, String), (String, usize)>,
    /// Local names of each function being lowered, innermost last.
    pub func_locals: Vec<HashSet<String>>,
    /// Nested `def`s whose calls fill their defaults, per function being lowered (see `nested_defaults.rs`).
    pub nested_defaults: Vec<HashMap<String, Vec<super::nested_defaults::NdParam>>>,
    /// `@property` names whose reads are method calls (see `property.rs`).
    pub properties: HashSet<String>,
    /// Those of them with a setter: stores are calls of `_set_<name>`.
    pub setters: HashSet<String>,
}

/// Builtins usable as one-argument function values outside builtin calls (`f = len`, `{"abs": abs}`).
///
/// Why lowering decides this (by syntax) rather than type inference: each occurrence becomes its own
/// lambda, so each gets its own type variables (`len` of a string here, of a list there). Inference
/// is monomorphic; a builtin function value there would need the same per-occurrence instance, which
/// the lambda already is. The syntactic rules exclude what is no value: callees, the bases of
/// attributes (`str.maketrans`), arguments of builtin and library calls (`isinstance(x, (int, str))`),
/// the types compared in `type(x) is T`, and any name the program binds.
const BUILTIN_VALUES: &[&str] = &["len", "str", "int", "float", "abs", "repr", "ord", "chr", "bool", "hex", "bin", "oct", "sorted", "list"];

/// `math` functions usable as values, with their number of arguments.
const MATH_VALUES: &[(&str, usize)] = &[
    ("sqrt", 1), ("sin", 1), ("cos", 1), ("tan", 1), ("asin", 1), ("acos", 1), ("atan", 1), ("exp", 1),
    ("log10", 1), ("log2", 1), ("fabs", 1), ("floor", 1), ("ceil", 1), ("trunc", 1), ("factorial", 1),
    ("isqrt", 1), ("degrees", 1), ("radians", 1), ("sinh", 1), ("cosh", 1), ("tanh", 1), ("erf", 1),
    ("expm1", 1), ("log1p", 1), ("gcd", 2), ("atan2", 2), ("hypot", 2), ("copysign", 2), ("fmod", 2),
    ("pow", 2), ("comb", 2), ("perm", 2), ("lcm", 2),
];

/// `str` methods taking only the string, usable as `str.lower` values.
const STR_VALUES: &[&str] = &[
    "lower", "upper", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold", "split",
    "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "istitle", "splitlines",
];

/// Counts how often each name is bound (defs, assignments, parameters, imports...).
#[derive(Default)]
struct Bindings<'a> {
    defs: HashMap<String, Vec<&'a ra::StmtFunctionDef>>,
    vararg_methods: HashSet<String>,
    methods: HashSet<String>,
    other: HashMap<String, usize>,
    loaded: HashSet<String>,
    classes: HashSet<String>,
    bases: HashSet<String>,
    class_depth: usize,
}

impl<'a> Visitor<'a> for Bindings<'a> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => {
                if self.class_depth > 0 && f.parameters.vararg.is_some() {
                    self.vararg_methods.insert(f.name.id.as_str().to_string());
                }
                if self.class_depth > 0 {
                    self.methods.insert(f.name.id.as_str().to_string());
                }
                if self.class_depth == 0 {
                    self.defs.entry(f.name.id.as_str().to_string()).or_default().push(f);
                    if !f.decorator_list.is_empty() {
                        // A decorator rebinds the name (or, with `@wraps`, changes `__name__`/`__doc__`).
                        *self.other.entry(f.name.id.as_str().to_string()).or_default() += 1;
                    }
                }
                let saved = std::mem::replace(&mut self.class_depth, 0);
                visitor::walk_stmt(self, s);
                self.class_depth = saved;
            }
            ra::Stmt::ClassDef(c) => {
                *self.other.entry(c.name.id.as_str().to_string()).or_default() += 1;
                self.classes.insert(c.name.id.as_str().to_string());
                for b in c.arguments.iter().flat_map(|a| a.args.iter()) {
                    if let ra::Expr::Name(n) = b {
                        self.bases.insert(n.id.as_str().to_string());
                    }
                }
                self.class_depth += 1;
                visitor::walk_stmt(self, s);
                self.class_depth -= 1;
            }
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map(|n| n.id.as_str()).unwrap_or_else(|| a.name.id.as_str().split('.').next().unwrap_or(""));
                    *self.other.entry(bound.to_string()).or_default() += 1;
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    *self.other.entry(bound.id.as_str().to_string()).or_default() += 1;
                }
            }
            ra::Stmt::Global(_) | ra::Stmt::Nonlocal(_) => {
                // `global f` / `nonlocal f` lets a function rebind the name.
                let names = match s {
                    ra::Stmt::Global(g) => &g.names,
                    ra::Stmt::Nonlocal(n) => &n.names,
                    _ => unreachable!(),
                };
                for n in names {
                    *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Name(n) = e {
            if matches!(n.ctx, ra::ExprContext::Load) {
                self.loaded.insert(n.id.as_str().to_string());
            } else {
                *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
            }
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        *self.other.entry(p.name.id.as_str().to_string()).or_default() += 1;
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(h2) = h;
        if let Some(n) = &h2.name {
            *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
        }
        visitor::walk_except_handler(self, h);
    }
}

/// The docstring of a body: its first statement when that is a plain string literal.
fn docstring(body: &[ra::Stmt]) -> Option<String> {
    let ra::Stmt::Expr(e) = body.first()? else { return None };
    let ra::Expr::StringLiteral(s) = &*e.value else { return None };
    Some(s.value.to_str().to_string())
}

impl FuncFacts {
    /// Collects the facts of a whole module.
    pub fn collect(body: &[ra::Stmt]) -> FuncFacts {
        let mut b = Bindings::default();
        for s in body {
            b.visit_stmt(s);
        }
        let mut facts = FuncFacts::default();
        facts.bound = b.other.keys().chain(b.defs.keys()).cloned().collect();
        facts.classes = b.classes.clone();
        facts.classes_once = b.classes.iter().filter(|c| b.other.get(*c) == Some(&1) && !b.defs.contains_key(*c)).cloned().collect();
        facts.bases = std::mem::take(&mut b.bases);
        facts.loaded = std::mem::take(&mut b.loaded);
        facts.vararg_methods = b.vararg_methods.clone();
        facts.methods = b.methods.clone();
        facts.hoistable = super::blockdef::hoistable_all(body);
        for (name, defs) in &b.defs {
            if defs.len() != 1 || b.other.contains_key(name) {
                continue;
            }
            let f = defs[0];
            facts.docs.insert(name.clone(), docstring(&f.body));
            if f.parameters.vararg.is_some() && f.parameters.kwarg.is_none() {
                facts.varargs.insert(name.clone(), f.parameters.posonlyargs.len() + f.parameters.args.len());
            }
        }
        if !b.other.contains_key("__doc__") && !b.defs.contains_key("__doc__") {
            facts.module_doc = Some(docstring(body));
        }
        facts
    }
}

impl Lowerer {
    /// `f.__doc__`, `f.__name__` of a function defined once, and the module's `__doc__`: constants.
    pub(super) fn func_fact_expr(&mut self, e: &ra::Expr, sp: Span) -> Option<Expr> {
        if let ra::Expr::Attribute(a) = e {
            // The base of `str.maketrans` / `int.bit_length` is a type, not a function value.
            if matches!(&*a.value, ra::Expr::Name(_)) {
                self.facts.callees.insert(key(&a.value));
            }
        }
        if let ra::Expr::Compare(c) = e {
            // `type(x) is str` / `type(x) == int`: the types compared with are not function values.
            if matches!(&*c.left, ra::Expr::Call(t) if matches!(&*t.func, ra::Expr::Name(n) if n.id.as_str() == "type")) {
                self.facts.callees.extend(c.comparators.iter().map(key));
            }
        }
        match e {
            ra::Expr::Call(c) => {
                self.facts.callees.insert(key(&c.func));
                let lib = match &*c.func {
                    ra::Expr::Name(n) => !self.facts.bound.contains(n.id.as_str()) || self.program.from_imports.iter().any(|(b, ..)| b == n.id.as_str()),
                    ra::Expr::Attribute(a) => matches!(&*a.value, ra::Expr::Name(m) if self.program.module_imports.iter().any(|(b, ..)| b == m.id.as_str())),
                    _ => false,
                };
                for a in c.arguments.args.iter().chain(c.arguments.keywords.iter().map(|k| &k.value)) {
                    self.facts.arg_spans.insert(key(a));
                    if lib {
                        self.facts.lib_arg_spans.insert(key(a));
                        // `isinstance(v, (int, float))`: the types in a tuple argument are not function values.
                        if let ra::Expr::Tuple(t) = a {
                            self.facts.lib_arg_spans.extend(t.elts.iter().map(key));
                        }
                    }
                }
                None
            }
            ra::Expr::Name(n) if n.id.as_str() == "__doc__" => {
                let doc = self.facts.module_doc.clone()?;
                Some(self.doc_expr(doc, sp))
            }
            ra::Expr::Name(n) if !self.facts.callees.contains(&key(e)) => {
                let name = n.id.as_str();
                let math = self.program.from_imports.iter().find(|(b, m, _, _)| b == name && m == "math").map(|(_, _, orig, _)| orig.clone());
                if let Some(orig) = math {
                    // `from math import sqrt`: `sqrt` as a value, unless the program rebinds it.
                    let (_, arity) = MATH_VALUES.iter().find(|(f, _)| *f == orig)?;
                    if self.program.from_imports.iter().filter(|(b, ..)| b == name).count() != 1 {
                        return None;
                    }
                    return Some(self.call_lambda(None, &orig, *arity, sp));
                }
                if BUILTIN_VALUES.contains(&name) && !self.facts.bound.contains(name) && !self.facts.lib_arg_spans.contains(&key(e)) {
                    return Some(self.call_lambda(None, name, 1, sp));
                }
                None
            }
            ra::Expr::Attribute(a) if !self.facts.callees.contains(&key(e)) && !a.attr.id.as_str().starts_with("__doc") => {
                if let Some(x) = self.method_value(a, sp) {
                    return Some(x);
                }
                self.func_doc_name(a, sp)
            }
            ra::Expr::Attribute(a) => self.func_doc_name(a, sp),
            _ => None,
        }
    }

    /// `math.sqrt`, `str.lower`, and, as a call's argument, `xs.__getitem__`, `d.get`, `sep.join`:
    /// function values, lowered to the lambdas they equal (`lambda _fv_a: math.sqrt(_fv_a)`).
    fn method_value(&mut self, a: &ra::ExprAttribute, sp: Span) -> Option<Expr> {
        let attr = a.attr.id.as_str();
        let (recv, method, arity) = match &*a.value {
            ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "math") => {
                let (_, n) = MATH_VALUES.iter().find(|(f, _)| *f == attr)?;
                (self.expr(span(&*a.value), ExprKind::Name(m.id.as_str().to_string())), true, *n)
            }
            ra::Expr::Name(m) if m.id.as_str() == "str" && !self.facts.bound.contains("str") => {
                if !STR_VALUES.contains(&attr) {
                    return None;
                }
                // `str.lower` is `lambda s: s.lower()`.
                let x = self.expr(sp, ExprKind::Name("_fv_a".into()));
                let f = self.expr(sp, ExprKind::Attribute { value: Box::new(x), attr: attr.to_string() });
                let body = self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![], keywords: vec![] });
                return Some(self.expr(sp, ExprKind::Lambda { params: vec![("_fv_a".into(), sp)], body: Box::new(body) }));
            }
            ra::Expr::Name(_) | ra::Expr::StringLiteral(_) if self.facts.arg_spans.contains(&(sp.start, sp.end)) => {
                let arity = match attr {
                    "__getitem__" | "get" | "__contains__" => 1,
                    "join" | "startswith" | "endswith" | "find" if matches!(&*a.value, ra::Expr::StringLiteral(_)) => 1,
                    "join" => 1,
                    _ => return None,
                };
                if let ra::Expr::Name(m) = &*a.value {
                    if self.program.module_imports.iter().any(|(b, _, _)| b == m.id.as_str()) || self.facts.classes.contains(m.id.as_str()) || m.id.as_str() == "self" {
                        return None;
                    }
                }
                let recv = self.lower_expr(&a.value);
                (recv, false, arity)
            }
            _ => return None,
        };
        let names: Vec<String> = (0..arity).map(|i| format!("_fv_{}", (b'a' + i as u8) as char)).collect();
        let args: Vec<Expr> = names.iter().map(|n| self.expr(sp, ExprKind::Name(n.clone()))).collect();
        let body = match attr {
            "__getitem__" if !method => {
                let [i] = <[Expr; 1]>::try_from(args).ok()?;
                ExprKind::Subscript { value: Box::new(recv), index: Box::new(i) }
            }
            "__contains__" if !method => {
                let [x] = <[Expr; 1]>::try_from(args).ok()?;
                ExprKind::Compare { left: Box::new(x), ops: vec![CmpOp::In], comparators: vec![recv] }
            }
            _ => {
                let f = self.expr(sp, ExprKind::Attribute { value: Box::new(recv), attr: attr.to_string() });
                ExprKind::Call { func: Box::new(f), args, keywords: vec![] }
            }
        };
        let body = self.expr(sp, body);
        Some(self.expr(sp, ExprKind::Lambda { params: names.into_iter().map(|n| (n, sp)).collect(), body: Box::new(body) }))
    }

    /// `lambda _fv_a...: recv.f(_fv_a...)` (or `f(_fv_a...)` without a receiver).
    fn call_lambda(&mut self, recv: Option<Expr>, f: &str, arity: usize, sp: Span) -> Expr {
        let names: Vec<String> = (0..arity).map(|i| format!("_fv_{}", (b'a' + i as u8) as char)).collect();
        let args: Vec<Expr> = names.iter().map(|n| self.expr(sp, ExprKind::Name(n.clone()))).collect();
        let func = match recv {
            Some(r) => self.expr(sp, ExprKind::Attribute { value: Box::new(r), attr: f.to_string() }),
            None => self.expr(sp, ExprKind::Name(f.to_string())),
        };
        let body = self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords: vec![] });
        self.expr(sp, ExprKind::Lambda { params: names.into_iter().map(|n| (n, sp)).collect(), body: Box::new(body) })
    }

    /// `heapq.merge` (or `merge` imported from `heapq`), which takes `*lists`.
    pub(super) fn is_heapq_merge(&self, f: &ra::Expr) -> bool {
        match f {
            ra::Expr::Attribute(a) => a.attr.id.as_str() == "merge" && matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "heapq")),
            ra::Expr::Name(n) => self.program.from_imports.iter().any(|(b, m, orig, _)| b == n.id.as_str() && m == "heapq" && orig == "merge"),
            _ => false,
        }
    }

    /// `@functools.wraps(f)` / `@wraps(f)`.
    pub(super) fn is_wraps(&self, d: &ra::Expr) -> bool {
        let ra::Expr::Call(c) = d else { return false };
        match &*c.func {
            ra::Expr::Attribute(a) => a.attr.id.as_str() == "wraps" && matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "functools")),
            ra::Expr::Name(n) => self.program.from_imports.iter().any(|(b, m, orig, _)| b == n.id.as_str() && m == "functools" && orig == "wraps"),
            _ => false,
        }
    }

    /// `functools.update_wrapper(wrapper, f)` returns `wrapper` (the metadata it copies is not read).
    pub(super) fn update_wrapper(&mut self, c: &ra::ExprCall) -> Option<Expr> {
        let ra::Expr::Attribute(a) = &*c.func else { return None };
        if a.attr.id.as_str() != "update_wrapper" || !matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "functools")) {
            return None;
        }
        let [w, f] = &c.arguments.args[..] else { return None };
        if !c.arguments.keywords.is_empty() || !matches!(w, ra::Expr::Name(_)) || !matches!(f, ra::Expr::Name(_)) {
            return None;
        }
        Some(self.lower_expr(w))
    }

    /// A decorated `def f`: the function is named `_undecorated_f`, and `f = deco(_undecorated_f)`
    /// (decorators applied bottom-up) follows the definition. Returns the function's new name.
    pub(super) fn decorated(&mut self, f: &ra::StmtFunctionDef, decos: Vec<Expr>, sp: Span) -> String {
        let name = f.name.id.as_str().to_string();
        let inner = format!("_undecorated_{name}");
        let nsp = span(&f.name);
        let mut value = self.expr(nsp, ExprKind::Name(inner.clone()));
        for d in decos.into_iter().rev() {
            let dsp = d.span;
            value = self.expr(dsp, ExprKind::Call { func: Box::new(d), args: vec![value], keywords: vec![] });
        }
        self.facts.pending.push(Stmt { span: sp, kind: StmtKind::Assign { targets: vec![Target::Name { name, span: nsp }], value } });
        inner
    }

    fn func_doc_name(&mut self, a: &ra::ExprAttribute, sp: Span) -> Option<Expr> {
        {
                let ra::Expr::Name(n) = &*a.value else { return None };
                let doc = self.facts.docs.get(n.id.as_str()).cloned()?;
                match a.attr.id.as_str() {
                    "__doc__" => Some(self.doc_expr(doc, sp)),
                    "__name__" => {
                        let name = self.program.py_name(n.id.as_str()).to_string();
                        Some(self.expr(sp, ExprKind::Str(name)))
                    }
                    _ => None,
                }
        }
    }

    fn doc_expr(&mut self, doc: Option<String>, sp: Span) -> Expr {
        match doc {
            Some(s) => self.expr(sp, ExprKind::Str(s)),
            None => self.expr(sp, ExprKind::None),
        }
    }

    /// The `*rest` parameter of `f`, when calls of it can be packed (see [`FuncFacts::varargs`]).
    pub(super) fn vararg_param(&mut self, f: &ra::StmtFunctionDef, method: bool) -> Option<Param> {
        let v = f.parameters.vararg.as_deref()?;
        // A method's calls are packed once inference knows the callee (pyport_types' rewrite.rs);
        // a function's, by its name, here (`vararg_call`).
        if !method && !self.facts.varargs.contains_key(f.name.id.as_str()) {
            let help = "`*args` is supported when the function is defined once and its name is never rebound; pass a list or tuple";
            self.unsupported("`*args` parameters here", span(v), help);
            return None;
        }
        Some(Param { name: v.name.id.as_str().to_string(), span: span(v), default: None, annotation: None, keyword_only: false })
    }

    /// A call of a `*args` function by name: its extra positional arguments become one tuple.
    pub(super) fn vararg_call(&mut self, c: &ra::ExprCall, sp: Span) -> Option<Expr> {
        let ra::Expr::Name(n) = &*c.func else { return None };
        let fixed = *self.facts.varargs.get(n.id.as_str())?;
        let func = self.lower_expr(&c.func);
        let mut args = Vec::new();
        let mut extra = Vec::new();
        for (i, a) in c.arguments.args.iter().enumerate() {
            if i < fixed {
                if let ra::Expr::Starred(_) = a {
                    self.unsupported("`*` arguments in a call of a `*args` function before its `*` parameter", span(a), "pass the values one by one");
                    continue;
                }
                let x = self.lower_expr(a);
                args.push(x);
            } else {
                // `*xs` among the extra arguments: the packed tuple is the display `(..., *xs)`.
                let x = self.pack_extra(std::slice::from_ref(&a)).remove(0);
                extra.push(x);
            }
        }
        let tsp = match (extra.first(), extra.last()) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => sp,
        };
        if args.len() == fixed {
            let t = self.expr(tsp, ExprKind::Tuple(extra));
            args.push(t);
        }
        let keywords = self.call_keywords(c);
        Some(self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords }))
    }
}

fn key(e: &ra::Expr) -> (u32, u32) {
    let sp = span(e);
    (sp.start, sp.end)
}

impl Lowerer {
    /// `lambda x, k=D: body` is `(lambda k: lambda x: body)(D)`: the defaults are evaluated where the
    /// lambda is created (Python's rule, and the `lambda i=i:` capture idiom), and the function value
    /// takes the parameters without defaults. A call that passes a defaulted parameter explicitly
    /// then has too many arguments, which type inference refuses (never a wrong result).
    pub(super) fn lambda_with_defaults(&mut self, l: &ra::ExprLambda, p: &ra::Parameters, sp: Span) -> Expr {
        let mut required = Vec::new();
        let mut defaulted = Vec::new();
        let mut values = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            let name = (a.parameter.name.id.as_str().to_string(), span(&a.parameter));
            match a.default.as_deref() {
                Some(d) => {
                    values.push(self.lower_expr(d));
                    defaulted.push(name);
                }
                None => required.push(name),
            }
        }
        let body = self.lower_expr(&l.body);
        let inner = self.expr(sp, ExprKind::Lambda { params: required, body: Box::new(body) });
        let outer = self.expr(sp, ExprKind::Lambda { params: defaulted, body: Box::new(inner) });
        self.expr(sp, ExprKind::Call { func: Box::new(outer), args: values, keywords: vec![] })
    }
}

impl Lowerer {
    /// `f(a, *xs)` by name, with one `*` argument, last: kept as a starred argument, which type
    /// inference checks against what `f` is (`Infer::star_call`; it refuses every other callee).
    pub(super) fn star_call_target(&self, c: &ra::ExprCall) -> bool {
        let n = match &*c.func {
            ra::Expr::Name(n) => n,
            // `operator.mul(*pair)`: the lambda it equals, checked like a function value.
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "operator")) => {
                let args = &c.arguments.args;
                return args.iter().filter(|a| matches!(a, ra::Expr::Starred(_))).count() == 1
                    && matches!(args.last(), Some(ra::Expr::Starred(_)))
                    && c.arguments.keywords.is_empty();
            }
            _ => return false,
        };
        let args = &c.arguments.args;
        let stars = args.iter().filter(|a| matches!(a, ra::Expr::Starred(_))).count();
        stars == 1
            && matches!(args.last(), Some(ra::Expr::Starred(_)))
            && c.arguments.keywords.is_empty()
            && !self.facts.varargs.contains_key(n.id.as_str())
    }
}
