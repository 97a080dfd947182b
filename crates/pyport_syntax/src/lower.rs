//! Lowering from ruff's AST to pyport's AST; every construct outside the supported subset becomes a diagnostic.
use ruff_python_ast as ra;
use ruff_text_size::Ranged;

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

mod abc;
mod and_or;
mod unbound;
pub(crate) mod vararg_wrappers;
pub(crate) mod kwargs_params;
pub(crate) mod mangle;
pub(crate) mod redefined;
pub(crate) mod dunder_calls;
pub(crate) mod implicit_static;
pub(crate) mod recursive_lambda;
pub(crate) mod priority_queue;
pub(crate) mod const_getattr;
pub(crate) mod abc_mixins;
pub(crate) mod assign_decorators;
mod cls_dispatch;
pub(crate) mod typing_aliases;
pub(crate) mod enum_functional;
pub(crate) mod decorator_clones;
mod chain;
mod classbody;
mod doctest;
pub(crate) mod doctest_run;
mod doctest_verbose;
mod generics;
mod matching;
mod enums;
mod fattrs;
mod floatinfo;
mod funcs;
mod star;
mod star_names;
mod stdout;
mod gc;
mod blockdef;
mod name_error;
pub(crate) mod nested_class;
pub(crate) mod py2compat;
pub(crate) mod version;
mod namedtuple;
mod nested;
mod nested_defaults;
mod property;
mod with_stmt;
mod del_names;
mod dead_attrs;
mod small_ints;
mod method_alias;
mod default_alias;
mod namespace_class;

/// Modules the builtin engine knows.
pub const SUPPORTED_MODULES: &[&str] = &["math", "time", "sys", "random", "heapq", "bisect", "itertools", "string", "functools", "collections", "operator", "fractions", "re", "pprint", "cmath", "textwrap", "decimal", "datetime", "calendar", "copy", "abc", "array", "struct", "colorsys", "json", "io", "queue", "gc", "statistics", "html", "logging", "keyword"];

pub(crate) struct Lowerer {
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
    /// Depth of function nesting (0 = module level).
    func_depth: usize,
    /// Set while lowering a function body that contains `yield`.
    saw_yield: bool,
    /// Depth of compound statements (`if`, `for`, `while`) around the current statement.
    block_depth: usize,
    /// Current expression nesting, bounded like CPython's own compiler (which raises RecursionError).
    depth: usize,
    /// Set while lowering the methods of a class.
    cur_class: Option<(ClassId, MethodKind)>,
    /// The name `from dataclasses import dataclass` bound, if any.
    dataclass_name: Option<String>,
    /// The name `from dataclasses import field` bound, if any.
    dataclass_field_name: Option<String>,
    /// The name `from typing import NamedTuple` bound, if any.
    namedtuple_base: Option<String>,
    /// Every name the module reads, in any scope, and every name bound at module level: which
    /// names a `from ... import *` must bind (`star_import`).
    /// Classes moved out of the class bodies they were defined in (`nested_class.rs`).
    pub(crate) hoisted_classes: std::collections::HashSet<String>,
    /// Module-level names that stand for a builtin (`xrange = range`, `py2compat.rs`).
    builtin_aliases: std::collections::HashMap<String, (Option<String>, String)>,
    /// Statements that raise `NameError` before anything else they do (`name_error.rs`).
    name_errors: std::collections::HashMap<Span, name_error::NameErrorAt>,
    module_reads: std::collections::HashSet<String>,
    module_binds: std::collections::HashSet<String>,
    /// `nonlocal` names of each function being lowered, innermost last.
    nonlocals: Vec<Vec<String>>,
    /// `*args` functions, docstrings: what a pre-pass over the module found (see `funcs.rs`).
    facts: funcs::FuncFacts,
    /// What the module imports from `enum` and its enum classes (see `enums.rs`).
    enums: enums::EnumFacts,
    /// Module-level classes, their bases and members (`cls_dispatch.rs`).
    class_tree: cls_dispatch::ClassTree,
    /// What the module imports from `doctest` (see `doctest.rs`).
    doctest: doctest::DoctestNames,
    /// `TypeVar`/`Generic` names and the module's type variables (see `generics.rs`).
    generics: generics::Generics,
    /// The module-level classes' bases and methods (`Class.method` as a value, `unbound.rs`).
    unbound_classes: std::collections::HashMap<String, unbound::ClassShape>,
    /// The names of `sys` / `sys.version_info`: version tests outside `if` are decided too.
    version_names: version::VersionNames,
    /// The program's context-manager classes (see `with_stmt.rs`).
    context_classes: with_stmt::ContextClasses,
    /// In an instance method's body: its class's name and its `self` parameter (`super(C, self)`
    /// is `super()` there).
    super_self: Option<(String, String)>,
    /// Starts of the `del name` statements after which nothing reads the names (see `del_names.rs`).
    dead_dels: std::collections::HashSet<u32>,
    /// Attribute names the program reads (`None`: it reads attributes by string; see `dead_attrs.rs`).
    attrs_read: Option<std::collections::HashSet<String>>,
    /// Module constants bound once to a small int, with the end of their binding (see `small_ints.rs`).
    small_ints: std::collections::HashMap<String, (i64, u32)>,
    /// Bound methods kept in a local only to be called (see `method_alias.rs`).
    method_aliases: method_alias::MethodAliases,
    /// Parameters dropped because their default is a global no call replaces (`default_alias.rs`).
    default_aliases: default_alias::DefaultAliases,
    /// Names read as others in the function being lowered (a dropped parameter → its global).
    renames: Vec<std::collections::HashMap<String, String>>,
    /// Uses of a namespace class as a value, which stand for an instance (`namespace_class.rs`).
    namespace_values: std::collections::HashSet<u32>,
}

/// Deeper expressions are rejected: CPython refuses them too, and later stages recurse on the tree.
const MAX_EXPR_DEPTH: usize = 200;

fn span(r: impl Ranged) -> Span {
    let r = r.range();
    Span::new(r.start().to_u32(), r.end().to_u32())
}

/// Set methods that take any number of iterables: `s.union(*xs)` is compiled as a fold.
pub const SET_STAR_METHODS: &[&str] = &["union", "intersection", "difference", "update", "intersection_update", "difference_update"];

/// The `operator` function a binary or unary dunder of a builtin type computes.
fn dunder_operator(name: &str) -> Option<&'static str> {
    Some(match name {
        "__add__" => "add",
        "__sub__" => "sub",
        "__mul__" => "mul",
        "__truediv__" => "truediv",
        "__floordiv__" => "floordiv",
        "__mod__" => "mod",
        "__pow__" => "pow",
        "__lshift__" => "lshift",
        "__rshift__" => "rshift",
        "__and__" => "and_",
        "__or__" => "or_",
        "__xor__" => "xor",
        "__eq__" => "eq",
        "__ne__" => "ne",
        "__lt__" => "lt",
        "__le__" => "le",
        "__gt__" => "gt",
        "__ge__" => "ge",
        "__contains__" => "contains",
        "__neg__" => "neg",
        "__pos__" => "pos",
        "__invert__" => "invert",
        _ => return None,
    })
}

const FALLBACK: &str = "the builtin engine does not compile this yet; rewrite this part of the program";

impl Lowerer {
    pub fn new() -> Self {
        Lowerer { program: Program::default(), hoisted_classes: Default::default(), name_errors: Default::default(), builtin_aliases: Default::default(), diagnostics: Vec::new(), func_depth: 0, saw_yield: false, depth: 0, block_depth: 0, cur_class: None, dataclass_name: None, dataclass_field_name: None, namedtuple_base: None, nonlocals: Vec::new(), facts: funcs::FuncFacts::default(), module_reads: Default::default(), module_binds: Default::default(), enums: enums::EnumFacts::default(), class_tree: Default::default(), doctest: Default::default(), generics: Default::default(), unbound_classes: Default::default(), version_names: Default::default(), context_classes: Default::default(), super_self: None, dead_dels: Default::default(), attrs_read: None, small_ints: Default::default(), method_aliases: Default::default(), default_aliases: Default::default(), renames: Vec::new(), namespace_values: Default::default() }
    }

    /// The global a dropped parameter stands for, in the function being lowered.
    fn renamed(&self, name: &str) -> Option<String> {
        self.renames.last().and_then(|r| r.get(name)).cloned()
    }

    fn unsupported(&mut self, what: &str, sp: Span, help: &str) {
        let help = if help.is_empty() { FALLBACK } else { help };
        self.diagnostics.push(
            Diagnostic::error("unsupported-syntax", format!("unsupported: {what}"), sp).with_help(help),
        );
    }

    fn expr(&mut self, sp: Span, kind: ExprKind) -> Expr {
        let id = self.program.expr_count;
        self.program.expr_count += 1;
        Expr { id, span: sp, kind }
    }

    /// A placeholder for an expression that could not be lowered (already diagnosed).
    fn bad(&mut self, sp: Span) -> Expr {
        self.expr(sp, ExprKind::None)
    }

    /// Finds the statements that raise `NameError` (`name_error.rs`) in the whole module: a name
    /// bound only by functions left out of the translation is still bound (a call of one stays
    /// an error, and the caller is left out in turn).
    pub fn name_errors(&mut self, whole: &[ra::Stmt]) {
        self.name_errors = name_error::find(whole);
    }

    pub fn module(&mut self, body: &[ra::Stmt]) {
        self.builtin_aliases = py2compat::builtin_aliases(body);
        self.module_reads = crate::unused::names_read(body);
        self.module_binds = module_bindings(body);
        self.check_future_placement(body);
        self.facts = funcs::FuncFacts::collect(body);
        (self.facts.properties, self.facts.setters) = property::collect(body);
        self.unbound_classes = unbound::collect(body);
        self.version_names = version::VersionNames::collect(body);
        self.context_classes = with_stmt::ContextClasses::collect(body);
        self.dead_dels = del_names::dead_dels(body);
        self.attrs_read = dead_attrs::attrs_read(body);
        self.enums = enums::EnumFacts::collect(body);
        self.class_tree = cls_dispatch::ClassTree::collect(body);
        self.small_ints = small_ints::collect(body);
        self.method_aliases = method_alias::MethodAliases::collect(body);
        self.default_aliases = default_alias::collect(body);
        self.namespace_values = namespace_class::collect(body);
        self.collect_fattrs(body);
        let stmts = self.stmts(body);
        self.program.body = stmts;
    }

    /// `from module import *`: binds the module's public names (`star_names.rs`) that the program
    /// reads, like `from module import name` each. A name the program also binds at module level
    /// would depend on the order of the two bindings: refused.
    fn star_import(&mut self, module: &str, sp: Span) {
        let Some((_, names)) = star_names::STAR_NAMES.iter().find(|(m, _)| *m == module) else {
            self.unsupported("`from ... import *`", sp, "import the names you use one by one");
            return;
        };
        let mut clash: Vec<&str> = names.iter().copied().filter(|n| self.module_reads.contains(*n) && self.module_binds.contains(*n)).collect();
        clash.sort_unstable();
        if let Some(n) = clash.first() {
            self.unsupported(&format!("`from {module} import *` binding `{n}`, which the program also binds"), sp, "import the names you use one by one");
            return;
        }
        for n in names.iter().filter(|n| self.module_reads.contains(**n)) {
            self.program.from_imports.push((n.to_string(), module.to_string(), n.to_string(), sp));
        }
    }

    fn stmts(&mut self, body: &[ra::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            if let Some(st) = self.stmt(s) {
                out.push(st);
            }
            out.append(&mut self.facts.pending);
        }
        out
    }

    fn stmt(&mut self, s: &ra::Stmt) -> Option<Stmt> {
        let sp = span(s);
        if self.method_aliases.dropped.contains(&sp.start) {
            return None;
        }
        if let ra::Stmt::Assign(a) = s {
            // `xrange = range`: every read of the alias names the builtin itself.
            if let [ra::Expr::Name(x)] = &a.targets[..] {
                if self.func_depth == 0 && self.builtin_aliases.contains_key(x.id.as_str()) {
                    return None;
                }
            }
        }
        if let Some(ne) = self.name_errors.get(&sp).cloned() {
            // `raise NameError("name 'x' is not defined")`, CPython's suggestion kept for the
            // uncaught report.
            let func = self.expr(sp, ExprKind::Name("NameError".into()));
            let msg = self.expr(sp, ExprKind::Str(ne.message));
            let call = self.expr(sp, ExprKind::Call { func: Box::new(func), args: vec![msg], keywords: Vec::new() });
            if let Some(h) = ne.hint {
                self.program.name_error_hints.insert(call.id, h);
            }
            let mut d = Diagnostic::error(
                "name-error-at-run-time",
                format!("name `{}` is not defined anywhere in the program: this statement raises NameError when it runs, as in CPython", ne.name),
                ne.at,
            )
            .with_help("the port does what CPython does; define the name if the program should go on");
            d.severity = crate::Severity::Warning;
            self.diagnostics.push(d);
            return Some(Stmt { span: sp, kind: StmtKind::Raise { exc: Some(call), cause: None } });
        }
        let kind = match s {
            ra::Stmt::FunctionDef(f) => return self.function_def(f, sp),
            ra::Stmt::ClassDef(c) => return self.class_def(c, sp),
            ra::Stmt::Return(r) => {
                if self.func_depth == 0 {
                    self.diagnostics.push(Diagnostic::error("syntax-error", "`return` outside function", sp));
                    return None;
                }
                StmtKind::Return(r.value.as_deref().map(|e| self.lower_expr(e)))
            }
            ra::Stmt::Delete(d) if self.dead_dels.contains(&sp.start) => {
                // `del x` where nothing reads `x` again: a read (it still raises when `x` is unbound).
                let reads: Vec<Stmt> = d.targets.iter().map(|t| Stmt { span: span(t), kind: StmtKind::Expr(self.lower_expr(t)) }).collect();
                let t = self.expr(sp, ExprKind::Bool(true));
                StmtKind::If { test: t, body: reads, orelse: Vec::new() }
            }
            ra::Stmt::Delete(d) => {
                let mut targets = Vec::new();
                for t in &d.targets {
                    match t {
                        // `del xs[i]`, `del d[key]`, `del xs[a:b:c]` (a list slice: checked by inference).
                        ra::Expr::Subscript(_) => {
                            targets.push(self.target(t)?);
                        }
                        other => {
                            self.unsupported("this `del` target", span(other), "`del xs[i]`, `del xs[a:b]`, `del d[key]`, and `del name` where nothing reads the name afterwards, are supported");
                            return None;
                        }
                    }
                }
                StmtKind::Delete(targets)
            }
            ra::Stmt::TypeAlias(_) => {
                self.unsupported("`type` aliases", sp, "");
                return None;
            }
            ra::Stmt::Assign(a) => {
                if let Some(st) = self.namedtuple_assign(a, sp) {
                    return st;
                }
                // `Cls.attr = value` where nothing reads `attr` (see `dead_attrs.rs`).
                if let [ra::Expr::Attribute(t)] = &a.targets[..] {
                    let class = matches!(&*t.value, ra::Expr::Name(n) if self.facts.classes.contains(n.id.as_str()));
                    if class && self.attrs_read.as_ref().is_some_and(|r| !r.contains(t.attr.id.as_str())) {
                        return Some(Stmt { span: sp, kind: StmtKind::Expr(self.lower_expr(&a.value)) });
                    }
                }
                if self.typevar_assign(a) {
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if let Some(st) = self.property_store(&a.targets, &a.value, None, sp) {
                    return st;
                }
                if self.func_depth == 0 && self.cur_class.is_none() {
                    // `f = ...` at module level after `def f`: the name would be a function and a
                    // variable at once.
                    for t in &a.targets {
                        let ra::Expr::Name(n) = t else { continue };
                        let Some(prev) = self.program.functions.iter().find(|g| g.parent.is_none() && g.class.is_none() && g.name == n.id.as_str()) else { continue };
                        let prev_span = prev.name_span;
                        self.diagnostics.push(
                            Diagnostic::error("unsupported-syntax", format!("unsupported: assigning to `{}`, a function defined above", n.id.as_str()), span(t))
                                .with_label(prev_span, "defined here")
                                .with_help("use another name for the new value; `f = deco(f)` right after `def f` is compiled as `@deco`"),
                        );
                        return None;
                    }
                }
                let targets = a.targets.iter().map(|t| self.target(t)).collect::<Option<Vec<_>>>();
                let value = self.lower_expr(&a.value);
                StmtKind::Assign { targets: targets?, value }
            }
            ra::Stmt::AugAssign(a) => {
                let op = self.binop(a.op, sp)?;
                if let Some(st) = self.property_store(std::slice::from_ref(&*a.target), &a.value, Some(op), sp) {
                    return st;
                }
                let target = self.target(&a.target);
                let value = self.lower_expr(&a.value);
                if matches!(target, Some(Target::Tuple { .. })) {
                    self.diagnostics.push(Diagnostic::error(
                        "syntax-error",
                        "illegal expression for augmented assignment",
                        span(&*a.target),
                    ));
                    return None;
                }
                StmtKind::AugAssign { target: target?, op, value }
            }
            ra::Stmt::AnnAssign(a) => {
                let target = self.target(&a.target);
                let annotation = self.annotation(&a.annotation);
                let value = a.value.as_deref().map(|v| self.lower_expr(v));
                StmtKind::AnnAssign { target: target?, annotation, value }
            }
            ra::Stmt::For(f) => {
                if f.is_async {
                    self.unsupported("`async for`", sp, "");
                    return None;
                }
                let target = self.target(&f.target);
                let iter = self.lower_expr(&f.iter);
                self.block_depth += 1;
                let body = self.stmts(&f.body);
                let orelse = self.stmts(&f.orelse);
                self.block_depth -= 1;
                StmtKind::For { target: target?, iter, body, orelse }
            }
            ra::Stmt::While(w) => {
                let test = self.lower_expr(&w.test);
                self.block_depth += 1;
                let body = self.stmts(&w.body);
                let orelse = self.stmts(&w.orelse);
                self.block_depth -= 1;
                StmtKind::While { test, body, orelse }
            }
            ra::Stmt::If(i) => {
                let test = self.lower_expr(&i.test);
                // `if __name__ == "__main__":` runs once at module level: functions there are fine.
                let main_guard = is_main_guard(&i.test);
                if !main_guard {
                    self.block_depth += 1;
                }
                // `if True: ... else: ...` (a switch left in the source): CPython never runs the
                // `else`, and the translation drops it (its code may not type with the rest). An
                // `if False:` body stays: programs written for Shed Skin put calls there that only
                // show the compiler the argument types.
                let always = match &*i.test {
                    ra::Expr::BooleanLiteral(b) => b.value,
                    ra::Expr::NumberLiteral(ra::ExprNumberLiteral { value: ra::Number::Int(n), .. }) => n.as_u64().is_some_and(|v| v != 0),
                    _ => false,
                };
                let body = self.stmts(&i.body);
                let orelse = if always { Vec::new() } else { self.elif_chain(&i.elif_else_clauses) };
                if !main_guard {
                    self.block_depth -= 1;
                }
                StmtKind::If { test, body, orelse }
            }
            ra::Stmt::With(w) => {
                let stmts = self.with_stmt(w, sp)?;
                // Several statements: an `if True:` block holds them (as for `match`).
                let t = self.expr(sp, ExprKind::Bool(true));
                StmtKind::If { test: t, body: stmts, orelse: Vec::new() }
            }
            ra::Stmt::Match(m) => {
                let stmts = self.match_stmt(m, sp)?;
                // Several statements: an `if True:` block holds them (it adds no C++ branch cost).
                let t = self.expr(sp, ExprKind::Bool(true));
                StmtKind::If { test: t, body: stmts, orelse: Vec::new() }
            }
            ra::Stmt::Raise(r) => {
                // `raise SystemExit(code)` is `sys.exit(code)`.
                let exit_args = match r.exc.as_deref() {
                    Some(ra::Expr::Name(n)) if n.id.as_str() == "SystemExit" => Some(Vec::new()),
                    Some(ra::Expr::Call(c)) if c.arguments.args.len() <= 1 && c.arguments.keywords.is_empty() && matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "SystemExit") => {
                        Some(c.arguments.args.iter().collect::<Vec<_>>())
                    }
                    _ => None,
                };
                if let (Some(args), None, false) = (exit_args, r.cause.as_deref(), self.facts.bound.contains("SystemExit")) {
                    let func = self.sys_exit_callee(sp);
                    let args = args.into_iter().map(|a| self.lower_expr(a)).collect();
                    let call = self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() });
                    return Some(Stmt { span: sp, kind: StmtKind::Expr(call) });
                }
                if let (Some(ra::Expr::StringLiteral(s)), None) = (r.exc.as_deref(), r.cause.as_deref()) {
                    // `raise "message"` (Python 2): CPython 3 raises TypeError there instead.
                    if !self.facts.bound.contains("TypeError") {
                        let at = span(s);
                        let f = self.expr(at, ExprKind::Name("TypeError".into()));
                        let msg = self.expr(at, ExprKind::Str("exceptions must derive from BaseException".into()));
                        let exc = self.expr(at, ExprKind::Call { func: Box::new(f), args: vec![msg], keywords: Vec::new() });
                        return Some(Stmt { span: sp, kind: StmtKind::Raise { exc: Some(exc), cause: None } });
                    }
                }
                let exc = r.exc.as_deref().map(|e| self.lower_expr(e));
                let cause = r.cause.as_deref().map(|e| self.lower_expr(e));
                StmtKind::Raise { exc, cause }
            }
            ra::Stmt::Try(t) => return self.try_stmt(t, sp),
            ra::Stmt::Assert(a) => {
                let test = self.lower_expr(&a.test);
                let msg = a.msg.as_deref().map(|m| self.lower_expr(m));
                StmtKind::Assert { test, msg }
            }
            ra::Stmt::Import(i) => {
                for alias in &i.names {
                    let module = alias.name.id.as_str().to_string();
                    let asp = span(alias);
                    if module == "enum" {
                        // Lowering expands the enum classes (`enums.rs`); later stages never see the module.
                        continue;
                    }
                    if module == "typing" {
                        // Only annotates (read by spelling: `typing.List[int]`); `typing.NamedTuple`
                        // as a base is expanded (namedtuple.rs). Other uses read as undefined.
                        let bound = alias.asname.as_ref().map(|n| n.id.as_str().to_string()).unwrap_or(module.clone());
                        self.program.module_imports.push((bound, module, asp));
                        continue;
                    }
                    if module == "collections.abc" && alias.asname.is_none() {
                        // Binds `collections`; what `collections.abc` names only annotates.
                        self.program.module_imports.push(("collections".into(), "collections".into(), asp));
                        continue;
                    }
                    if module == "doctest" {
                        self.doctest_import(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str().to_string());
                        continue;
                    }
                    if !SUPPORTED_MODULES.contains(&module.as_str()) {
                        // An import nothing reads (a leftover `import os`) only loads the module.
                        let bound = alias.asname.as_ref().map(|n| n.id.as_str()).unwrap_or_else(|| module.split('.').next().unwrap_or(""));
                        if !self.facts.loaded.contains(bound) {
                            self.unused_import(&module, asp);
                            continue;
                        }
                        self.unsupported_module(&module, asp);
                        continue;
                    }
                    let bound = alias.asname.as_ref().map(|n| n.id.as_str().to_string()).unwrap_or(module.clone());
                    self.program.module_imports.push((bound, module, asp));
                }
                StmtKind::Pass
            }
            ra::Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.id.as_str().to_string()).unwrap_or_default();
                if i.level == 0 && module == "dataclasses" && i.names.iter().all(|a| matches!(a.name.id.as_str(), "dataclass" | "field")) {
                    // Only the `@dataclass` decorator and `field(...)` defaults, which lowering expands.
                    for a in &i.names {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string();
                        if a.name.id.as_str() == "field" {
                            self.dataclass_field_name = Some(bound);
                        } else {
                            self.dataclass_name = Some(bound);
                        }
                    }
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if i.level == 0 && (module == "typing" || module == "collections.abc") {
                    // Names that only annotate: annotations are hints (the ones the compiler
                    // reads, `List[int]`..., it reads by spelling), so the import binds nothing.
                    // A name used as a value then reads as undefined, which refuses the program.
                    const HINTS: &[&str] = &[
                        "Any", "Callable", "Dict", "FrozenSet", "Generator", "Iterable", "Iterator", "List", "Optional",
                        "Sequence", "Set", "Tuple", "Union", "Mapping", "MutableMapping", "MutableSequence",
                        "Literal", "BinaryIO", "TextIO", "Deque", "DefaultDict", "Type", "Final", "ClassVar", "NoReturn",
                        "Self", "Hashable", "Sized", "Collection", "Container", "Reversible", "AbstractSet", "MutableSet",
                        "KeysView", "ValuesView", "ItemsView", "IO", "AnyStr", "Text", "Pattern", "Match", "SupportsInt",
                        "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "SupportsBytes", "SupportsComplex",
                        "Counter", "OrderedDict", "ChainMap", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
                        "AsyncGenerator", "TypeAlias", "Annotated", "Never", "LiteralString", "TypeGuard", "ByteString",
                        "MappingView",
                    ];
                    for a in &i.names {
                        let name = a.name.id.as_str();
                        if name == "NamedTuple" {
                            // A base class lowering expands (lower/namedtuple.rs).
                            self.namedtuple_base = Some(a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string());
                            continue;
                        }
                        let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string();
                        if module == "typing" && self.generics_import(name, &bound) {
                            continue;
                        }
                        if !HINTS.contains(&name) {
                            self.unsupported(&format!("`{module}.{name}`"), span(a), &format!("only type hints from `{module}` (List, Dict, Optional, Iterable, ...) are accepted"));
                        }
                    }
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if i.level == 0 && module == "enum" {
                    self.enum_import(i);
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if i.level == 0 && module == "doctest" {
                    self.doctest_from_import(i);
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if i.level == 0 && module == "__future__" {
                    self.future_import(i);
                    return Some(Stmt { span: sp, kind: StmtKind::Pass });
                }
                if i.level > 0 || !SUPPORTED_MODULES.contains(&module.as_str()) {
                    let unread = i.names.iter().all(|a| a.name.id.as_str() != "*" && !self.facts.loaded.contains(a.asname.as_ref().unwrap_or(&a.name).id.as_str()));
                    if i.level == 0 && unread {
                        self.unused_import(&module, sp);
                        return Some(Stmt { span: sp, kind: StmtKind::Pass });
                    }
                    self.unsupported_module(&module, sp);
                    return None;
                }
                for alias in &i.names {
                    let name = alias.name.id.as_str().to_string();
                    if name == "*" {
                        self.star_import(&module, span(alias));
                        continue;
                    }
                    let bound = alias.asname.as_ref().map(|n| n.id.as_str().to_string()).unwrap_or(name.clone());
                    self.program.from_imports.push((bound, module.clone(), name, span(alias)));
                }
                StmtKind::Pass
            }
            ra::Stmt::Global(g) => StmtKind::Global(g.names.iter().map(|n| n.id.as_str().to_string()).collect()),
            ra::Stmt::Nonlocal(n) => {
                match self.nonlocals.last_mut() {
                    Some(list) if self.func_depth > 1 => list.extend(n.names.iter().map(|x| x.id.as_str().to_string())),
                    _ => {
                        self.diagnostics.push(Diagnostic::error("syntax-error", "nonlocal declaration not allowed at module level", sp));
                        return None;
                    }
                }
                StmtKind::Pass
            }
            // `yield from it` as a statement is `for _yf in it: yield _yf` (the value a generator
            // `return`s is not available: `yield from` used as an expression stays unsupported).
            ra::Stmt::Expr(e) if matches!(&*e.value, ra::Expr::YieldFrom(_)) => {
                let ra::Expr::YieldFrom(y) = &*e.value else { unreachable!() };
                if self.func_depth == 0 {
                    self.diagnostics.push(Diagnostic::error("syntax-error", "`yield from` outside function", sp));
                    return None;
                }
                self.saw_yield = true;
                let iter = self.lower_expr(&y.value);
                let name = format!("_yf{}", sp.start);
                let item = self.expr(sp, ExprKind::Name(name.clone()));
                let yield_e = self.expr(sp, ExprKind::Yield(Some(Box::new(item))));
                let body = vec![Stmt { span: sp, kind: StmtKind::Expr(yield_e) }];
                StmtKind::For { target: Target::Name { name, span: sp }, iter, body, orelse: vec![] }
            }
            // `...` as a statement (an abstract method's body) does nothing.
            ra::Stmt::Expr(e) if matches!(&*e.value, ra::Expr::EllipsisLiteral(_)) => StmtKind::Pass,
            ra::Stmt::Expr(e) => match self.doctest_stmt(&e.value, sp).or_else(|| self.gc_stmt(&e.value)) {
                Some(k) => k,
                None => match self.stdout_stmt(&e.value, sp) {
                    Some(k) => k,
                    None => StmtKind::Expr(self.lower_expr(&e.value)),
                },
            },
            ra::Stmt::Pass(_) => StmtKind::Pass,
            ra::Stmt::Break(_) => StmtKind::Break,
            ra::Stmt::Continue(_) => StmtKind::Continue,
            ra::Stmt::IpyEscapeCommand(_) => {
                self.unsupported("IPython escape commands", sp, "");
                return None;
            }
        };
        Some(Stmt { span: sp, kind })
    }

    /// The class an `except` clause names: a name, or a module's exception class by its dotted
    /// name (`statistics.StatisticsError`, also when imported with `from statistics import
    /// StatisticsError`; `builtins::EXCEPTIONS` lists it).
    fn except_class(&self, e: &ra::Expr) -> Option<String> {
        const MODULE_EXCEPTIONS: &[(&str, &str)] = &[("statistics", "StatisticsError")];
        match e {
            ra::Expr::Name(n) => {
                let name = n.id.as_str();
                let imported = self.program.from_imports.iter().find(|(bound, m, orig, _)| {
                    bound == name && MODULE_EXCEPTIONS.iter().any(|(mm, c)| m == mm && orig == c)
                });
                Some(match imported {
                    Some((_, m, orig, _)) => format!("{m}.{orig}"),
                    None => name.to_string(),
                })
            }
            ra::Expr::Attribute(a) => match &*a.value {
                ra::Expr::Name(n) => MODULE_EXCEPTIONS
                    .iter()
                    .find(|(m, c)| *c == a.attr.id.as_str() && self.is_module_alias(n.id.as_str(), m))
                    .map(|(m, c)| format!("{m}.{c}")),
                _ => None,
            },
            _ => None,
        }
    }

    fn try_stmt(&mut self, t: &ra::StmtTry, sp: Span) -> Option<Stmt> {
        if t.is_star {
            self.unsupported("`except*`", sp, "use `except`");
            return None;
        }
        self.block_depth += 1;
        let body = self.stmts(&t.body);
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let ra::ExceptHandler::ExceptHandler(h) = h;
            let mut types = Vec::new();
            match h.type_.as_deref() {
                None => {}
                Some(ra::Expr::Tuple(tu)) => {
                    for e in &tu.elts {
                        match self.except_class(e) {
                            Some(name) => types.push((name, span(e))),
                            None => self.unsupported("this exception type in `except`", span(e), "name the exception classes"),
                        }
                    }
                }
                Some(e) => match self.except_class(e) {
                    Some(name) => types.push((name, span(e))),
                    None => self.unsupported("this exception type in `except`", span(e), "name the exception classes"),
                },
            }
            let name = h.name.as_ref().map(|n| (n.id.as_str().to_string(), span(n)));
            let hbody = self.stmts(&h.body);
            handlers.push(Handler { span: span(h), types, name, body: hbody });
        }
        let orelse = self.stmts(&t.orelse);
        let finalbody = self.stmts(&t.finalbody);
        self.block_depth -= 1;
        Some(Stmt { span: sp, kind: StmtKind::Try { body, handlers, orelse, finalbody } })
    }

    /// CPython's rule: `from __future__ import` only after the docstring and other future imports.
    fn check_future_placement(&mut self, body: &[ra::Stmt]) {
        let is_future = |st: &ra::Stmt| matches!(st, ra::Stmt::ImportFrom(i) if i.level == 0 && i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__"));
        let docstring = matches!(body.first(), Some(ra::Stmt::Expr(e)) if e.value.is_string_literal_expr());
        let mut header = true;
        for (k, st) in body.iter().enumerate() {
            if is_future(st) && !header {
                self.diagnostics.push(Diagnostic::error("syntax-error", "from __future__ imports must occur at the beginning of the file", span(st)));
            }
            header &= is_future(st) || (k == 0 && docstring);
        }
    }

    /// `from __future__ import …` (checked: CPython 3.11's feature names; all but one change nothing in Python 3).
    fn future_import(&mut self, i: &ra::StmtImportFrom) {
        const NO_OPS: &[&str] = &["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop", "annotations"];
        for alias in &i.names {
            let name = alias.name.id.as_str();
            if name == "braces" {
                self.diagnostics.push(Diagnostic::error("syntax-error", "not a chance", span(alias)));
            } else if name == "barry_as_FLUFL" {
                self.unsupported("`from __future__ import barry_as_FLUFL`", span(alias), "write `!=` and remove the import");
            } else if !NO_OPS.contains(&name) {
                self.diagnostics.push(Diagnostic::error("syntax-error", format!("future feature {name} is not defined"), span(alias)));
            }
        }
    }

    /// The keyword arguments of a call (`**mapping` is refused).
    fn call_keywords(&mut self, c: &ra::ExprCall) -> Vec<Keyword> {
        let mut keywords = Vec::new();
        for k in c.arguments.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    let value = self.lower_expr(&k.value);
                    keywords.push(Keyword { name: name.id.as_str().to_string(), span: span(k), value })
                }
                None => self.unsupported("`**` arguments in calls", span(k), ""),
            }
        }
        keywords
    }

    /// An import of a module the builtin engine does not compile, whose names nothing reads: left
    /// out, with a warning (CPython runs the module's own code, which a program rarely relies on).
    fn unused_import(&mut self, module: &str, sp: Span) {
        let mut d = Diagnostic::error("unused-import-left-out", format!("the import of module `{module}` is left out of the C++: nothing reads what it binds"), sp)
            .with_help("the builtin engine does not compile this module; its own code (run at import) does not run in the port");
        d.severity = crate::Severity::Warning;
        self.diagnostics.push(d);
    }

    fn unsupported_module(&mut self, module: &str, sp: Span) {
        self.diagnostics.push(
            Diagnostic::error("unsupported-module", format!("unsupported: module `{module}`"), sp).with_help(format!(
                "the builtin engine supports the modules {}",
                SUPPORTED_MODULES.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
            )),
        );
    }

    fn elif_chain(&mut self, clauses: &[ra::ElifElseClause]) -> Vec<Stmt> {
        let Some((first, rest)) = clauses.split_first() else { return Vec::new() };
        let body = self.stmts(&first.body);
        match &first.test {
            None => body,
            Some(test) => {
                let test = self.lower_expr(test);
                let orelse = self.elif_chain(rest);
                vec![Stmt { span: span(first), kind: StmtKind::If { test, body, orelse } }]
            }
        }
    }

    fn function_def(&mut self, f: &ra::StmtFunctionDef, sp: Span) -> Option<Stmt> {
        let name_span = span(&f.name);
        let mut ok = true;
        // A property's setter is the method `_set_<name>` (see `property.rs`).
        let setter = self.cur_class.is_some() && property::setter_of(f).is_some_and(|n| self.facts.setters.contains(n));
        let own_name = if setter { format!("_set_{}", f.name.id.as_str()) } else { f.name.id.as_str().to_string() };
        if f.is_async {
            self.unsupported("`async def`", sp, "");
            ok = false;
        }
        let nested = self.func_depth > 0;
        let block_rebind = self.block_depth > 0 && !self.facts.hoistable.contains(&name_span.start) && self.block_rebindable(f);
        if self.block_depth > 0 && !self.facts.hoistable.contains(&name_span.start) && !block_rebind {
            self.unsupported(
                "a `def` inside `if`/`for`/`while`",
                name_span,
                "a `def` in a block is compiled when it is the only `def` of its name in its scope, the name is never rebound, it has no decorators or default values, and the name is used only inside it or after it in the same block; otherwise define the function once outside the block (`--engine auto` can hand the program to an LLM)",
            );
            ok = false;
        } else if let Some(prev) = self
            .program
            .functions
            .iter()
            .filter(|_| !nested)
            .find(|g| g.parent.is_none() && g.name == own_name && g.class.map(|c| c.0) == self.cur_class.map(|c| c.0))
        {
            let prev_span = prev.name_span;
            self.diagnostics.push(
                Diagnostic::error("unsupported-syntax", format!("unsupported: `{}` is defined twice", f.name.id.as_str()), name_span)
                    .with_label(prev_span, "first defined here")
                    .with_help("give the second function another name (a name defined twice is compiled when only the module-level code between the definitions, and a function's own recursive calls, read it; here other code that runs later reads it, or something else binds it)"),
            );
            ok = false;
        }
        let mut class = if nested { None } else { self.cur_class };
        let mut cache = None;
        let mut decos = Vec::new();
        // `@abstractmethod` (abc.rs): recorded on the class, otherwise an ordinary method.
        let abstract_deco = class.is_some() && f.decorator_list.iter().any(|d| self.is_abstract_decorator(d));
        if let (true, Some((c, _))) = (abstract_deco, class) {
            self.program.classes[c].abstract_methods.push(f.name.id.as_str().to_string());
        }
        let decorators: Vec<&ra::Decorator> = f.decorator_list.iter().filter(|d| !(abstract_deco && self.is_abstract_decorator(d))).collect();
        for d in decorators.iter().copied() {
            if class.is_none() {
                if let Some(c) = self.cache_decorator(&d.expression) {
                    match c {
                        Ok(c) => cache = Some(c),
                        Err(()) => ok = false,
                    }
                    continue;
                }
            }
            match (&d.expression, class) {
                (ra::Expr::Name(n), Some((c, MethodKind::Instance))) if n.id.as_str() == "staticmethod" => {
                    class = Some((c, MethodKind::Static))
                }
                (ra::Expr::Name(n), Some((c, MethodKind::Instance))) if n.id.as_str() == "classmethod" => {
                    class = Some((c, MethodKind::Class))
                }
                (ra::Expr::Name(n), Some((_, MethodKind::Instance))) if n.id.as_str() == "property" && self.facts.properties.contains(f.name.id.as_str()) && decorators.len() == 1 => {
                    // Reads of the attribute are calls of this method (see `property.rs`).
                }
                (ra::Expr::Attribute(a), Some((_, MethodKind::Instance)))
                    if a.attr.id.as_str() == "setter"
                        && matches!(&*a.value, ra::Expr::Name(n) if n.id.as_str() == f.name.id.as_str())
                        && self.facts.setters.contains(f.name.id.as_str())
                        && decorators.len() == 1 =>
                {
                    // Stores of the attribute are calls of this method, `_set_<name>`.
                }
                (ra::Expr::Name(n), Some(_)) if n.id.as_str() == "property" => {
                    self.unsupported("`@property`", span(d), "call a method instead, e.g. `obj.area()`");
                    ok = false;
                }
                _ if class.is_none() => {
                    // `@functools.wraps(f)` only copies metadata; other decorators are applied after the def.
                    if !self.is_wraps(&d.expression) {
                        decos.push(self.lower_expr(&d.expression));
                    }
                }
                _ => {
                    self.unsupported("decorators", span(d), "");
                    ok = false;
                }
            }
        }
        if matches!(class, Some((_, MethodKind::Instance | MethodKind::Class))) && f.parameters.posonlyargs.is_empty() && f.parameters.args.is_empty() {
            self.unsupported("a method without a `self` parameter", name_span, "add `self` (or mark it `@staticmethod`)");
            ok = false;
        }
        let p = &f.parameters;
        let vararg = if p.vararg.is_some() { self.vararg_param(f, class.is_some()) } else { None };
        if p.vararg.is_some() && vararg.is_none() {
            ok = false;
        }
        if let Some(v) = &p.kwarg {
            self.unsupported("`**kwargs` parameters here", span(&**v), "`**kwargs` is supported on undecorated module-level functions and methods; pass a dict");
            ok = false;
        }
        let mut params = Vec::new();
        let dropped = if class.is_none() && !nested { self.default_aliases.get(&span(f).start).cloned().unwrap_or_default() } else { Vec::new() };
        for (pw, kw_only) in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| (a, false))
            .chain(p.kwonlyargs.iter().map(|a| (a, true)))
        {
            if dropped.iter().any(|(d, _)| d == pw.parameter.name.id.as_str()) {
                continue;
            }
            let default = pw.default.as_deref().map(|d| self.lower_expr(d));
            let annotation = pw.parameter.annotation.as_deref().map(|a| self.annotation(a));
            params.push(Param {
                name: pw.parameter.name.id.as_str().to_string(),
                span: span(&pw.parameter),
                default,
                annotation,
                keyword_only: kw_only,
            });
        }
        let mut vararg_at = None;
        if let Some(v) = vararg {
            // `*rest` takes the tuple calls pack their extra positional arguments into.
            let at = params.iter().position(|p| p.keyword_only).unwrap_or(params.len());
            params.insert(at, v);
            vararg_at = Some(at);
        }
        let returns = f.returns.as_deref().map(|r| self.annotation(r));
        if nested && cache.is_none() && self.nested_defaults_ok(f.name.id.as_str()) {
            // Calls by name pass every argument (see `nested_defaults.rs`).
            for p in params.iter_mut() {
                p.default = None;
                p.keyword_only = false;
            }
        }
        if nested && cache.is_none() {
            if let Some(p) = params.iter().find(|p| p.default.is_some() || p.keyword_only) {
                self.unsupported("default values or keyword-only parameters in a nested function", p.span, "pass every argument explicitly, or move the function to module level");
                ok = false;
            }
        }
        self.func_depth += 1;
        self.nonlocals.push(Vec::new());
        let super_self = match (class, params.first()) {
            (Some((c, MethodKind::Instance)), Some(p)) => Some((self.program.classes[c].name.clone(), p.name.clone())),
            _ => None,
        };
        let saved_super = std::mem::replace(&mut self.super_self, super_self);
        let saved_class = std::mem::replace(&mut self.cur_class, None);
        let saved_yield = std::mem::replace(&mut self.saw_yield, false);
        self.nested_scope_begin(f);
        self.nested_defaults_begin(f);
        self.dead_dels.extend(del_names::dead_dels(&f.body));
        let mut renames = self.renames.last().cloned().unwrap_or_default();
        // A nested scope's own bindings of these names were ruled out (`default_alias.rs`).
        renames.extend(dropped.iter().filter(|(p, g)| p != g).cloned());
        self.renames.push(renames);
        let body = self.stmts(&f.body);
        self.renames.pop();
        let body = self.fattr_globals(&f.body, body);
        self.nested_defaults_end();
        self.nested_scope_end();
        let is_generator = std::mem::replace(&mut self.saw_yield, saved_yield);
        self.cur_class = saved_class;
        self.super_self = saved_super;
        let nonlocals = self.nonlocals.pop().unwrap_or_default();
        self.func_depth -= 1;
        if nested && is_generator && cache.is_some() {
            self.unsupported("a cached nested generator function", name_span, "move the generator to module level and pass what it uses as arguments");
            ok = false;
        }
        if !ok {
            return None;
        }
        let id = self.program.functions.len();
        let fname = if block_rebind {
            self.block_rebound(f, sp)
        } else if decos.is_empty() {
            own_name
        } else {
            self.decorated(f, decos, sp)
        };
        // The functions defined directly in this body are this function's children.
        let mut children = Vec::new();
        collect_defs(&body, &mut children);
        for c in children {
            self.program.functions[c].parent = Some(id);
        }
        self.program.functions.push(Function {
            name: fname,
            span: sp,
            name_span,
            params,
            returns,
            body,
            is_generator,
            class,
            parent: None,
            nonlocals,
            cache,
            vararg: vararg_at,
        });
        Some(Stmt { span: sp, kind: StmtKind::FunctionDef(id) })
    }

    fn class_def(&mut self, c: &ra::StmtClassDef, sp: Span) -> Option<Stmt> {
        let name_span = span(&c.name);
        let name = c.name.id.as_str().to_string();
        let mut ok = true;
        let mut lift = false;
        let enum_base = matches!(c.arguments.as_deref().map(|a| &a.args[..]), Some([b]) if self.enums.enum_attr(b).is_some());
        if enum_base && (self.func_depth > 0 || self.block_depth > 0 || self.cur_class.is_some()) {
            self.unsupported("an enum class inside a function, block or class", name_span, "define the enum class at module level");
            return None;
        }
        if self.func_depth > 0 && self.cur_class.is_none() && self.block_depth == 0 {
            if let Some(st) = self.class_in_function(c, sp, &mut lift) {
                return Some(st);
            }
            if !lift {
                return None;
            }
        }
        if (self.func_depth > 0 && !lift) || self.cur_class.is_some() {
            self.unsupported("classes defined inside a function or class", name_span, "define the class at module level");
            ok = false;
        } else if self.block_depth > 0 {
            self.unsupported("a `class` inside `if`/`for`/`while`", name_span, "define the class once at module level");
            ok = false;
        } else if let Some(prev) = self.program.classes.iter().find(|k| k.name == name) {
            let prev_span = prev.name_span;
            self.diagnostics.push(
                Diagnostic::error("unsupported-syntax", format!("unsupported: class `{name}` is defined twice"), name_span)
                    .with_label(prev_span, "first defined here")
                    .with_help("give the second class another name (a name defined twice is compiled when only the module-level code between the definitions reads it; here code that runs later, such as a function or a method, reads it, or something else binds it)"),
            );
            ok = false;
        }
        if c.type_params.is_some() {
            self.unsupported("generic classes", name_span, "");
            ok = false;
        }
        // A lifted class's methods are methods, not closures of the enclosing function.
        let keep = if lift { 0 } else { self.func_depth };
        let saved_depth = std::mem::replace(&mut self.func_depth, keep);
        let saved_ns = if lift { std::mem::take(&mut self.facts.nsattrs) } else { Default::default() };
        let mut dataclass = None;
        let mut total_ordering = None;
        let mut unique = None;
        for d in &c.decorator_list {
            if self.enums.enum_attr(&d.expression).as_deref() == Some("unique") && unique.is_none() {
                unique = Some(span(d));
                continue;
            }
            if self.is_total_ordering(&d.expression) && total_ordering.is_none() {
                total_ordering = Some(span(d));
                continue;
            }
            match self.dataclass_options(&d.expression) {
                Some(Ok(opts)) if dataclass.is_none() => dataclass = Some(opts),
                Some(Err(sp)) => {
                    self.unsupported("this `@dataclass` option", sp, "`order=True`, `frozen=True` and `eq=True` are supported");
                    dataclass = Some((true, false));
                    ok = false;
                }
                _ => {
                    self.unsupported("class decorators", span(d), "remove the decorator and write the methods it would generate");
                    ok = false;
                }
            }
        }
        for m in &c.body {
            if let ra::Stmt::FunctionDef(f) = m {
                if f.name.id.as_str() == "__del__" {
                    // CPython calls it when the last reference goes (or at exit); the port never does.
                    self.unsupported("a `__del__` method (the port never calls it)", span(&f.name), "`--engine auto` can hand the program to an LLM");
                    ok = false;
                }
            }
        }
        let mut base = None;
        let mut namedtuple = false;
        let mut enum_kind = None;
        // `class P(namedtuple('P', 'x y'))`: the fields come from the call.
        let mut call_fields = None;
        if let Some(args) = &c.arguments {
            let kws: Vec<&ra::Keyword> = args.keywords.iter().filter(|k| !self.is_abc_metaclass(k)).collect();
            for k in kws {
                self.unsupported("keyword arguments in a class statement (metaclasses)", span(k), "");
                ok = false;
            }
            // `Generic[T]` only annotates (generics.rs); `ABC` only enables `@abstractmethod` (abc.rs).
            let bases: Vec<ra::Expr> = args.args.iter().filter(|b| !self.is_generic_base(b) && !self.is_abc_base(b)).cloned().collect();
            let enum_base = match &bases[..] {
                [b] => self.enum_base(b),
                _ => Ok(None),
            };
            match &bases[..] {
                [] => {}
                [_] if enum_base.is_err() => ok = false,
                [_] if enum_base.is_ok_and(|k| k.is_some()) => {
                    enum_kind = enum_base.ok().flatten();
                    if lift || !self.enums.classes.iter().any(|(n, _)| *n == name) {
                        self.unsupported("an enum class inside a function or block", name_span, "define the enum class at module level");
                        ok = false;
                    }
                    if dataclass.is_some() || total_ordering.is_some() {
                        self.unsupported("a decorator on an enum class", name_span, "remove the decorator");
                        ok = false;
                    }
                }
                [b] if self.is_namedtuple_base(b) => {
                    namedtuple = true;
                    if dataclass.is_some() {
                        self.unsupported("`@dataclass` on a NamedTuple class", span(b), "");
                        ok = false;
                    }
                    dataclass = Some((true, true));
                }
                [ra::Expr::Call(call)] if self.is_namedtuple_fn(&call.func) => {
                    namedtuple = true;
                    match self.namedtuple_spec(call) {
                        Some((_, fs)) => call_fields = Some(fs),
                        None => ok = false,
                    }
                }
                [ra::Expr::Name(n)] if n.id.as_str() == "object" => {}
                [ra::Expr::Name(n)] => base = Some((n.id.as_str().to_string(), span(n))),
                [other] => {
                    self.unsupported("this base class expression", span(other), "name the base class directly");
                    ok = false;
                }
                [_, second, ..] => {
                    self.unsupported("multiple inheritance", span(second), "inherit from one class and hold the other as a field");
                    ok = false;
                }
            }
        }
        let cid = self.program.classes.len();
        self.program.classes.push(ClassDef { name: name.clone(), span: sp, name_span, base, methods: Vec::new(), attrs: Vec::new(), total_ordering: false, abstract_methods: Vec::new(), delegate: None });
        let mut methods = Vec::new();
        let mut attrs = Vec::new();
        let mut fields: Vec<(String, Span, Option<Expr>)> = Vec::new();
        // `@dataclass` fields with `field(default_factory=f)`: (name, `f`).
        let mut factories: Vec<(String, Expr)> = Vec::new();
        // `@dataclass` fields left out of `__init__`, `__repr__`, comparisons (`field(init=False)`...).
        let mut left_out = DcLeftOut::default();
        let mut bound: Vec<(String, classbody::Bound)> = Vec::new();
        let mut members = Vec::new();
        for s in c.body.iter() {
            match s {
                ra::Stmt::Assign(a) if enum_kind.is_some() => {
                    if !self.enum_member(a, &mut members) {
                        ok = false;
                    }
                }
                ra::Stmt::AnnAssign(_) if enum_kind.is_some() => {
                    self.unsupported("an annotated assignment in an enum class body", span(s), "define members as `RED = 1`");
                    ok = false;
                }
                ra::Stmt::AnnAssign(a) if dataclass.is_some() => match &*a.target {
                    ra::Expr::Name(n) => {
                        let default = match a.value.as_deref() {
                            Some(ra::Expr::Call(c)) if self.is_dataclass_field(&c.func) => match self.dataclass_field(c) {
                                Some(f) => {
                                    let fname = n.id.as_str().to_string();
                                    if let Some(fac) = f.factory {
                                        factories.push((fname.clone(), fac));
                                    }
                                    for (on, set) in [(f.init, &mut left_out.init), (f.repr, &mut left_out.repr), (f.compare, &mut left_out.compare)] {
                                        if !on {
                                            set.insert(fname.clone());
                                        }
                                    }
                                    if !f.init && f.default.is_none() {
                                        self.unsupported("`field(init=False)` without a default", span(c), "give it `default=` or `default_factory=`");
                                        ok = false;
                                    }
                                    f.default
                                }
                                None => {
                                    ok = false;
                                    None
                                }
                            },
                            Some(v @ (ra::Expr::List(_) | ra::Expr::Dict(_) | ra::Expr::Set(_) | ra::Expr::Call(_))) => {
                                self.unsupported("this dataclass field default", span(v), "use a literal default (a number, string or `None`), or set the field after construction");
                                ok = false;
                                None
                            }
                            Some(v) => Some(self.lower_expr(v)),
                            None => None,
                        };
                        let in_init = |f: &(String, Span, Option<Expr>)| !left_out.init.contains(&f.0);
                        if default.is_none() && !left_out.init.contains(n.id.as_str()) && fields.iter().filter(|f| in_init(f)).last().is_some_and(|f| f.2.is_some()) {
                            self.diagnostics.push(Diagnostic::error("type-error", format!("non-default argument `{}` follows default argument", n.id.as_str()), span(n)));
                            ok = false;
                        }
                        fields.push((n.id.as_str().to_string(), span(n), default));
                    }
                    other => {
                        self.unsupported("this dataclass field", span(other), "");
                        ok = false;
                    }
                },
                ra::Stmt::FunctionDef(f) if delegate_field(f).is_some() => {
                    self.program.classes[cid].delegate = delegate_field(f);
                }
                ra::Stmt::FunctionDef(f) => {
                    // Defaults are evaluated in the class body: a class attribute defined above is `Cls.name`.
                    let earlier: Vec<String> = bound.iter().filter(|(_, k)| matches!(k, classbody::Bound::Attr)).map(|(n, _)| n.clone()).collect();
                    let mut rewritten = classbody::defaults_in_class_scope(f, &name, &earlier);
                    if enum_kind.is_some() {
                        rewritten = enums::classmethod_cls_reads(rewritten.as_ref().unwrap_or(f), &name).or(rewritten);
                    }
                    let classmethod = f.decorator_list.iter().any(|d| matches!(&d.expression, ra::Expr::Name(n) if n.id.as_str() == "classmethod"));
                    if classmethod && enum_kind.is_none() {
                        if let Some((sp, what)) = self.class_tree.class_dependent_use(&name, f) {
                            self.unsupported(
                                &format!("{what} in classmethod `{}` of `{name}`, which has subclasses", f.name.id),
                                sp,
                                "the port binds `cls` to the class that defines the method, not the class a call goes through; pass what varies as an argument, or use `--engine auto`",
                            );
                            ok = false;
                        }
                    }
                    bound.push((f.name.id.as_str().to_string(), classbody::Bound::Method(f)));
                    self.cur_class = Some((cid, MethodKind::Instance));
                    let st = self.function_def(rewritten.as_ref().unwrap_or(f), span(s));
                    self.cur_class = None;
                    match st {
                        Some(Stmt { kind: StmtKind::FunctionDef(id), .. }) => methods.push(id),
                        _ => ok = false,
                    }
                }
                ra::Stmt::Assign(a) => {
                    if !self.class_body_assign(cid, &name, a, &mut bound, &mut attrs, &mut methods) {
                        ok = false;
                    }
                }
                ra::Stmt::AnnAssign(a) => match (&*a.target, &a.value) {
                    (ra::Expr::Name(n), Some(v)) => {
                        let v = self.lower_expr(v);
                        attrs.push((n.id.as_str().to_string(), span(n), v));
                    }
                    _ => {
                        self.unsupported(
                            "a field annotation without a value in a class body",
                            span(s),
                            "assign fields in `__init__` (`self.x = x`); `@dataclass` is not supported yet",
                        );
                        ok = false;
                    }
                },
                ra::Stmt::Pass(_) => {}
                // A docstring, a string used as a comment between methods, or `...`.
                ra::Stmt::Expr(e) if matches!(&*e.value, ra::Expr::StringLiteral(_) | ra::Expr::EllipsisLiteral(_)) => {}
                other => {
                    self.unsupported("this statement in a class body", span(other), "class bodies may hold methods and `name = value` class attributes");
                    ok = false;
                }
            }
        }
        self.func_depth = saved_depth;
        if lift {
            self.facts.nsattrs = saved_ns;
        }
        if let (Some(usp), None) = (unique, enum_kind) {
            self.unsupported("`@unique` on a class that is not an enum", usp, "`@enum.unique` applies to `Enum` classes");
            ok = false;
        }
        if let Some(kind) = enum_kind {
            let own: Vec<(String, Span)> = methods.iter().map(|&m| (self.program.functions[m].name.clone(), self.program.functions[m].name_span)).collect();
            if !self.enum_overrides_ok(&own) {
                ok = false;
            }
            let own = methods.clone();
            if let Some(usp) = unique {
                self.enum_unique(&name, &members, usp, &mut ok);
            }
            let (enum_attrs, enum_methods) = self.enum_class(cid, &name, kind, name_span, members, &own, &mut ok);
            attrs = enum_attrs;
            methods.extend(enum_methods);
        } else if namedtuple {
            let own: Vec<(String, Span)> = methods.iter().map(|&m| (self.program.functions[m].name.clone(), self.program.functions[m].name_span)).collect();
            if !self.namedtuple_overrides_ok(&own) {
                ok = false;
            }
            let defined: Vec<String> = own.into_iter().map(|(n, _)| n).collect();
            let fields = call_fields.take().unwrap_or(fields);
            methods.extend(self.namedtuple_methods(cid, &name, name_span, &fields, &defined));
            if !attrs.iter().any(|(n, _, _): &(String, Span, Expr)| n == "_fields") {
                let fields_attr = self.namedtuple_fields_attr(name_span, &fields);
                attrs.push(fields_attr);
            }
        } else if let Some((eq, order)) = dataclass {
            let defined: Vec<String> = methods.iter().map(|&m| self.program.functions[m].name.clone()).collect();
            let frozen = c.decorator_list.iter().any(|d| self.dataclass_frozen(&d.expression));
            for m in self.dataclass_methods(cid, &name, name_span, &fields, &factories, &left_out, (eq, order, frozen), &defined) {
                methods.push(m);
            }
        }
        if let Some(dsp) = total_ordering {
            let has = |n: &str| methods.iter().any(|&m| self.program.functions[m].name == n);
            if has("__lt__") && !has("__le__") && !has("__gt__") && !has("__ge__") && dataclass.is_none_or(|(_, order)| !order) && !namedtuple {
                self.program.classes[cid].total_ordering = true;
            } else {
                self.unsupported("`@total_ordering` on a class that does not define exactly `__lt__` of the ordering methods", dsp, "define `__lt__` (and `__eq__`) only");
                ok = false;
            }
        }
        self.program.classes[cid].methods = methods;
        self.program.classes[cid].attrs = attrs;
        if !ok {
            return None;
        }
        Some(Stmt { span: sp, kind: StmtKind::ClassDef(cid) })
    }

    /// `@total_ordering` (imported from `functools`) or `@functools.total_ordering`.
    fn is_total_ordering(&self, d: &ra::Expr) -> bool {
        match d {
            ra::Expr::Name(n) => self.program.from_imports.iter().any(|(b, m, orig, _)| b == n.id.as_str() && m == "functools" && orig == "total_ordering"),
            ra::Expr::Attribute(a) => {
                a.attr.id.as_str() == "total_ordering"
                    && matches!(&*a.value, ra::Expr::Name(n) if self.program.module_imports.iter().any(|(b, m, _)| b == n.id.as_str() && m == "functools"))
            }
            _ => false,
        }
    }

    /// `@dataclass` / `@dataclass(order=True, frozen=True, eq=True)`: `Some(Ok((eq, order)))`;
    /// `Some(Err(span))` for an option that is not supported; `None` for another decorator.
    fn dataclass_options(&self, d: &ra::Expr) -> Option<Result<(bool, bool), Span>> {
        let name = self.dataclass_name.as_deref()?;
        match d {
            ra::Expr::Name(n) if n.id.as_str() == name => Some(Ok((true, false))),
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == name) => {
                if let Some(a) = c.arguments.args.first() {
                    return Some(Err(span(a)));
                }
                let (mut eq, mut order) = (true, false);
                for k in c.arguments.keywords.iter() {
                    let val = match &k.value {
                        ra::Expr::BooleanLiteral(b) => b.value,
                        other => return Some(Err(span(other))),
                    };
                    match k.arg.as_ref().map(|a| a.id.as_str()) {
                        Some("eq") => eq = val,
                        Some("order") => order = val,
                        Some("frozen") => {}
                        _ => return Some(Err(span(k))),
                    }
                }
                Some(Ok((eq, order)))
            }
            _ => None,
        }
    }

    /// The methods `@dataclass` generates (those the class does not define itself).
    #[allow(clippy::too_many_arguments)]
    fn dataclass_methods(
        &mut self,
        cid: ClassId,
        cls: &str,
        sp: Span,
        fields: &[(String, Span, Option<Expr>)],
        factories: &[(String, Expr)],
        left_out: &DcLeftOut,
        (eq, order, frozen): (bool, bool, bool),
        defined: &[String],
    ) -> Vec<FuncId> {
        let mut out = Vec::new();
        let mut add = |me: &mut Self, name: &str, params: Vec<Param>, body: Vec<Stmt>| {
            out.extend(me.synth_method(cid, MethodKind::Instance, name, sp, params, body, defined));
        };
        let param = |n: &str, default: Option<Expr>| Param { name: n.to_string(), span: sp, default, annotation: None, keyword_only: false };
        // __init__(self, a, b=1): self.a = a ...
        let mut params = vec![param("self", None)];
        let mut body = Vec::new();
        for (f, fsp, default) in fields {
            let me = self.expr(sp, ExprKind::Name("self".into()));
            if left_out.init.contains(f) {
                // `field(init=False, default=v)`: not a parameter; `self.f = v` (or the factory's value).
                let value = match factories.iter().find(|(n, _)| n == f) {
                    Some((_, factory)) => self.expr(*fsp, ExprKind::Call { func: Box::new(factory.clone()), args: Vec::new(), keywords: Vec::new() }),
                    None => match default {
                        Some(d) => d.clone(),
                        None => continue,
                    },
                };
                body.push(Stmt { span: *fsp, kind: StmtKind::Assign { targets: vec![Target::Attr { value: Box::new(me), attr: f.clone(), span: *fsp }], value } });
                continue;
            }
            params.push(Param { name: f.clone(), span: *fsp, default: default.clone(), annotation: None, keyword_only: false });
            let mut value = self.expr(*fsp, ExprKind::Name(f.clone()));
            if let Some((_, factory)) = factories.iter().find(|(n, _)| n == f) {
                // `field(default_factory=make)`: `make()` for each instance not given one (the
                // parameter's default is `None`, so an explicit `None` gets a new value too).
                let arg = self.expr(*fsp, ExprKind::Name(f.clone()));
                let none = self.expr(*fsp, ExprKind::None);
                let test = self.expr(*fsp, ExprKind::Compare { left: Box::new(arg), ops: vec![CmpOp::IsNot], comparators: vec![none] });
                let made = self.expr(*fsp, ExprKind::Call { func: Box::new(factory.clone()), args: Vec::new(), keywords: Vec::new() });
                value = self.expr(*fsp, ExprKind::IfExp { test: Box::new(test), body: Box::new(value), orelse: Box::new(made) });
            }
            body.push(Stmt {
                span: *fsp,
                kind: StmtKind::Assign { targets: vec![Target::Attr { value: Box::new(me), attr: f.clone(), span: *fsp }], value },
            });
        }
        if body.is_empty() {
            body.push(Stmt { span: sp, kind: StmtKind::Pass });
        }
        add(self, "__init__", params, body);
        // __repr__: Name(a=1, b='x')
        let mut parts = vec![FPart::Lit(format!("{}(", self.program.py_name(cls)))];
        for (i, (f, fsp, _)) in fields.iter().filter(|f| !left_out.repr.contains(&f.0)).enumerate() {
            parts.push(FPart::Lit(format!("{}{f}=", if i > 0 { ", " } else { "" })));
            let v = self.self_attr("self", f, *fsp);
            parts.push(FPart::Field { value: v, conversion: Some('r'), spec: Vec::new() });
        }
        parts.push(FPart::Lit(")".into()));
        let repr = self.expr(sp, ExprKind::FString(parts));
        add(self, "__repr__", vec![param("self", None)], vec![Stmt { span: sp, kind: StmtKind::Return(Some(repr)) }]);
        // __eq__ / __lt__: compare the fields as tuples.
        let compared: Vec<&(String, Span, Option<Expr>)> = fields.iter().filter(|f| !left_out.compare.contains(&f.0)).collect();
        let mut cmp = |me: &mut Self, name: &str, op: CmpOp| {
            let l: Vec<Expr> = compared.iter().map(|(f, fsp, _)| me.self_attr("self", f, *fsp)).collect();
            let r: Vec<Expr> = compared.iter().map(|(f, fsp, _)| me.self_attr("other", f, *fsp)).collect();
            let l = me.expr(sp, ExprKind::Tuple(l));
            let r = me.expr(sp, ExprKind::Tuple(r));
            let test = me.expr(sp, ExprKind::Compare { left: Box::new(l), ops: vec![op], comparators: vec![r] });
            add(me, name, vec![param("self", None), param("other", None)], vec![Stmt { span: sp, kind: StmtKind::Return(Some(test)) }]);
        };
        if eq {
            cmp(self, "__eq__", CmpOp::Eq);
        }
        if order {
            cmp(self, "__lt__", CmpOp::Lt);
        }
        if eq && frozen {
            // A frozen dataclass hashes as the tuple of its fields.
            let items: Vec<Expr> = compared.iter().map(|(f, fsp, _)| self.self_attr("self", f, *fsp)).collect();
            let tuple = self.expr(sp, ExprKind::Tuple(items));
            let hash = self.expr(sp, ExprKind::Name("hash".into()));
            let call = self.expr(sp, ExprKind::Call { func: Box::new(hash), args: vec![tuple], keywords: Vec::new() });
            add(self, "__hash__", vec![param("self", None)], vec![Stmt { span: sp, kind: StmtKind::Return(Some(call)) }]);
        }
        out
    }

    /// `@dataclass(frozen=True)`.
    fn dataclass_frozen(&self, d: &ra::Expr) -> bool {
        let ra::Expr::Call(c) = d else { return false };
        matches!(&*c.func, ra::Expr::Name(n) if self.dataclass_name.as_deref() == Some(n.id.as_str()))
            && c.arguments.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "frozen") && matches!(&k.value, ra::Expr::BooleanLiteral(b) if b.value))
    }

    /// `field` imported from `dataclasses`.
    fn is_dataclass_field(&self, f: &ra::Expr) -> bool {
        matches!(f, ra::Expr::Name(n) if self.dataclass_field_name.as_deref() == Some(n.id.as_str()))
    }

    /// `field(default=v, default_factory=f, init=, repr=, compare=)`: the parameter default (`v`,
    /// or `None` with the lowered `f`) and the options; `None` (reported) for other options.
    fn dataclass_field(&mut self, c: &ra::ExprCall) -> Option<DcField> {
        let sp = span(c);
        if !c.arguments.args.is_empty() {
            self.unsupported("this `field(...)`", sp, "`field()` takes keyword arguments");
            return None;
        }
        let mut out = DcField { default: None, factory: None, init: true, repr: true, compare: true };
        for k in c.arguments.keywords.iter() {
            match (k.arg.as_ref().map(|a| a.id.as_str()), &k.value) {
                (Some("default"), v) if !matches!(v, ra::Expr::List(_) | ra::Expr::Dict(_) | ra::Expr::Set(_) | ra::Expr::Call(_)) => {
                    out.default = Some(self.lower_expr(v));
                }
                (Some("default_factory"), v) => {
                    // A class or function named by the factory is called as written (`list`, not the
                    // function value lowering would make of the bare name).
                    let f = match v {
                        ra::Expr::Name(n) => self.expr(span(n), ExprKind::Name(n.id.as_str().to_string())),
                        other => self.lower_expr(other),
                    };
                    out.default = Some(self.expr(sp, ExprKind::None));
                    out.factory = Some(f);
                }
                (Some("init"), ra::Expr::BooleanLiteral(b)) => out.init = b.value,
                (Some("repr"), ra::Expr::BooleanLiteral(b)) => out.repr = b.value,
                (Some("compare"), ra::Expr::BooleanLiteral(b)) => out.compare = b.value,
                _ => {
                    self.unsupported(
                        "this `field(...)` option",
                        span(k),
                        "`field()` with `default=` (a literal), `default_factory=`, and `init`/`repr`/`compare` set to `True` or `False` is supported",
                    );
                    return None;
                }
            }
        }
        Some(out)
    }

    /// A method of class `cid` that lowering writes (`@dataclass`, namedtuple, enum), unless the
    /// class defines one of that name itself (`defined`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn synth_method(&mut self, cid: ClassId, kind: MethodKind, name: &str, sp: Span, params: Vec<Param>, body: Vec<Stmt>, defined: &[String]) -> Option<FuncId> {
        if defined.iter().any(|d| d == name) {
            return None;
        }
        self.program.functions.push(Function {
            name: name.to_string(),
            span: sp,
            name_span: sp,
            params,
            returns: None,
            body,
            is_generator: false,
            class: Some((cid, kind)),
            parent: None,
            nonlocals: Vec::new(),
            cache: None,
            vararg: None,
        });
        Some(self.program.functions.len() - 1)
    }

    /// The class `C` when `e` is `type(self)` in an instance method of `C` (also `self.__class__`,
    /// lowered so), `C` is bound once and no class derives from it: then that is `C` itself.
    fn own_class_of(&self, e: &Expr) -> Option<String> {
        let ExprKind::Call { func, args, keywords } = &e.kind else { return None };
        let (ExprKind::Name(t), [arg], []) = (&func.kind, &args[..], &keywords[..]) else { return None };
        let ExprKind::Name(me) = &arg.kind else { return None };
        let (cls, self_name) = self.super_self.as_ref()?;
        let plain = t == "type" && !self.facts.bound.contains("type") && me == self_name;
        (plain && !self.facts.bases.contains(cls) && self.facts.classes_once.contains(cls)).then(|| cls.clone())
    }

    fn self_attr(&mut self, me: &str, attr: &str, sp: Span) -> Expr {
        let v = self.expr(sp, ExprKind::Name(me.to_string()));
        self.expr(sp, ExprKind::Attribute { value: Box::new(v), attr: attr.to_string() })
    }

    fn annotation(&mut self, e: &ra::Expr) -> TypeAnn {
        match e {
            ra::Expr::Name(n) => match n.id.as_str() {
                "int" => TypeAnn::Int,
                "float" => TypeAnn::Float,
                "bool" => TypeAnn::Bool,
                "str" => TypeAnn::Str,
                _ => TypeAnn::Other,
            },
            ra::Expr::NoneLiteral(_) => TypeAnn::None,
            ra::Expr::Subscript(s) => {
                let base = match &*s.value {
                    ra::Expr::Name(n) => n.id.as_str().to_string(),
                    ra::Expr::Attribute(a) => a.attr.id.as_str().to_string(),
                    _ => String::new(),
                };
                match (base.as_str(), &*s.slice) {
                    ("list" | "List", inner) => TypeAnn::List(Box::new(self.annotation(inner))),
                    ("tuple" | "Tuple", ra::Expr::Tuple(t)) => {
                        if t.elts.iter().any(|e| matches!(e, ra::Expr::EllipsisLiteral(_))) {
                            TypeAnn::Other
                        } else {
                            TypeAnn::Tuple(t.elts.iter().map(|e| self.annotation(e)).collect())
                        }
                    }
                    ("tuple" | "Tuple", inner) => TypeAnn::Tuple(vec![self.annotation(inner)]),
                    _ => TypeAnn::Other,
                }
            }
            _ => TypeAnn::Other,
        }
    }

    fn target(&mut self, e: &ra::Expr) -> Option<Target> {
        let sp = span(e);
        match e {
            ra::Expr::Name(n) if self.super_self.as_ref().is_some_and(|(_, me)| me == n.id.as_str()) => {
                // `self = None` in a method: the object's methods are compiled with `self` fixed.
                self.unsupported(&format!("assigning to `{}` (the object a method runs on)", n.id), sp, "use another variable; `--engine auto` can hand the program to an LLM");
                None
            }
            ra::Expr::Name(n) => Some(Target::Name { name: n.id.as_str().to_string(), span: sp }),
            ra::Expr::Subscript(s) => {
                let value = self.lower_expr(&s.value);
                let index = self.lower_expr(&s.slice);
                Some(Target::Subscript { value: Box::new(value), index: Box::new(index), span: sp })
            }
            ra::Expr::Tuple(ra::ExprTuple { elts, .. }) | ra::Expr::List(ra::ExprList { elts, .. }) => {
                let mut starred = 0;
                let mut out = Vec::new();
                for t in elts {
                    match t {
                        ra::Expr::Starred(st) => {
                            starred += 1;
                            match st.value.as_ref() {
                                ra::Expr::Name(n) if starred == 1 => {
                                    out.push(Some(Target::Starred { name: n.id.as_str().to_string(), span: span(t) }))
                                }
                                ra::Expr::Name(_) => {
                                    self.diagnostics.push(Diagnostic::error("syntax-error", "multiple starred expressions in assignment", span(t)));
                                    out.push(None);
                                }
                                other => {
                                    self.unsupported("a starred target that is not a plain name", span(other), "write `*name`");
                                    out.push(None);
                                }
                            }
                        }
                        _ => out.push(self.target(t)),
                    }
                }
                Some(Target::Tuple { elts: out.into_iter().collect::<Option<Vec<_>>>()?, span: sp })
            }
            ra::Expr::Attribute(a) => {
                if let Some(name) = self.fattr_var(e).or_else(|| self.nsattr_var(e, true)) {
                    return Some(Target::Name { name, span: sp });
                }
                let value = self.lower_expr(&a.value);
                // `self.__class__.count += 1`: the class's attribute (see `own_class_of`).
                let value = match self.own_class_of(&value) {
                    Some(cls) => self.expr(value.span, ExprKind::Name(cls)),
                    None => value,
                };
                Some(Target::Attr { value: Box::new(value), attr: a.attr.id.as_str().to_string(), span: sp })
            }
            ra::Expr::Starred(_) => {
                self.diagnostics.push(Diagnostic::error("syntax-error", "starred assignment target must be in a list or tuple", sp));
                None
            }
            _ => {
                self.diagnostics.push(Diagnostic::error("syntax-error", "cannot assign to this expression", sp));
                None
            }
        }
    }

    fn binop(&mut self, op: ra::Operator, sp: Span) -> Option<BinOp> {
        Some(match op {
            ra::Operator::Add => BinOp::Add,
            ra::Operator::Sub => BinOp::Sub,
            ra::Operator::Mult => BinOp::Mul,
            ra::Operator::Div => BinOp::Div,
            ra::Operator::FloorDiv => BinOp::FloorDiv,
            ra::Operator::Mod => BinOp::Mod,
            ra::Operator::Pow => BinOp::Pow,
            ra::Operator::LShift => BinOp::LShift,
            ra::Operator::RShift => BinOp::RShift,
            ra::Operator::BitOr => BinOp::BitOr,
            ra::Operator::BitXor => BinOp::BitXor,
            ra::Operator::BitAnd => BinOp::BitAnd,
            ra::Operator::MatMult => {
                self.unsupported("the `@=` operator", sp, "write `a = a @ b`");
                return None;
            }
        })
    }

    fn comprehensions(&mut self, gens: &[ra::Comprehension]) -> Option<Vec<Comprehension>> {
        let mut out = Vec::new();
        for g in gens {
            if g.is_async {
                self.unsupported("`async` comprehensions", span(g), "");
                return None;
            }
            let target = self.target(&g.target)?;
            let iter = self.lower_expr(&g.iter);
            let ifs = g.ifs.iter().map(|e| self.lower_expr(e)).collect();
            out.push(Comprehension { target, iter, ifs });
        }
        Some(out)
    }

    fn fstring_elements(&mut self, elements: &ra::InterpolatedStringElements, out: &mut Vec<FPart>) {
        for el in elements.iter() {
            match el {
                ra::InterpolatedStringElement::Literal(l) => push_lit(out, &l.value),
                ra::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ra::ConversionFlag::None => None,
                        ra::ConversionFlag::Str => Some('s'),
                        ra::ConversionFlag::Repr => Some('r'),
                        ra::ConversionFlag::Ascii => Some('a'),
                    };
                    if let Some(debug) = &i.debug_text {
                        push_lit(out, debug.as_str());
                        if conversion.is_none() && i.format_spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    let value = self.lower_expr(&i.expression);
                    let mut spec = Vec::new();
                    if let Some(fs) = &i.format_spec {
                        self.fstring_elements(&fs.elements, &mut spec);
                    }
                    out.push(FPart::Field { value, conversion, spec });
                }
            }
        }
    }

    /// `sys.exit` (through a hidden import of `sys`), for `exit()`, `quit()` and `raise SystemExit`.
    fn sys_exit_callee(&mut self, sp: Span) -> Expr {
        if !self.program.module_imports.iter().any(|(b, _, _)| b == "_pyport_sys") {
            self.program.module_imports.push(("_pyport_sys".into(), "sys".into(), sp));
        }
        let m = self.expr(sp, ExprKind::Name("_pyport_sys".into()));
        self.expr(sp, ExprKind::Attribute { value: Box::new(m), attr: "exit".into() })
    }

    pub fn lower_expr(&mut self, e: &ra::Expr) -> Expr {
        let sp = span(e);
        if self.depth >= MAX_EXPR_DEPTH {
            if !self.diagnostics.iter().any(|d| d.code == "too-deep") {
                self.diagnostics.push(
                    Diagnostic::error("too-deep", "expression nested too deeply", sp)
                        .with_help(format!("split it into several statements (the limit is {MAX_EXPR_DEPTH} levels; CPython refuses such code too)")),
                );
            }
            return self.bad(sp);
        }
        self.depth += 1;
        let out = self.lower_expr_inner(e, sp);
        self.depth -= 1;
        out
    }

    fn lower_expr_inner(&mut self, e: &ra::Expr, sp: Span) -> Expr {
        if matches!(e, ra::Expr::Compare(_)) {
            // `sys.version_info >= (3, 8)` as a value: decided as in `if` tests (version.rs).
            if let Some(b) = self.version_names.decide(e) {
                return self.expr(sp, ExprKind::Bool(b));
            }
        }
        if let Some(x) = self.fattr_expr(e, sp) {
            return x;
        }
        if let Some(x) = self.func_fact_expr(e, sp) {
            return x;
        }
        if let Some(x) = self.enum_expr(e, sp) {
            return x;
        }
        if let Some(x) = self.and_or_idiom(e, sp) {
            return x;
        }
        let kind = match e {
            ra::Expr::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    ra::BoolOp::And => BoolOp::And,
                    ra::BoolOp::Or => BoolOp::Or,
                },
                values: b.values.iter().map(|v| self.lower_expr(v)).collect(),
            },
            ra::Expr::Named(n) => {
                let ra::Expr::Name(target) = &*n.target else {
                    self.unsupported("this `:=` target", sp, "assign the value in its own statement");
                    return self.bad(sp);
                };
                let value = self.lower_expr(&n.value);
                ExprKind::Named { name: target.id.as_str().to_string(), name_span: span(target), value: Box::new(value) }
            }
            ra::Expr::BinOp(b) if b.op == ra::Operator::MatMult => {
                // No builtin type has `@`: it is the left operand's `__matmul__` (a class
                // without one is refused by type inference).
                let left = self.lower_expr(&b.left);
                let right = self.lower_expr(&b.right);
                let f = self.expr(sp, ExprKind::Attribute { value: Box::new(left), attr: "__matmul__".into() });
                ExprKind::Call { func: Box::new(f), args: vec![right], keywords: vec![] }
            }
            ra::Expr::BinOp(b) => {
                let Some(op) = self.binop(b.op, sp) else { return self.bad(sp) };
                let left = self.lower_expr(&b.left);
                let right = self.lower_expr(&b.right);
                ExprKind::BinOp { op, left: Box::new(left), right: Box::new(right) }
            }
            ra::Expr::UnaryOp(u) => {
                let op = match u.op {
                    ra::UnaryOp::Not => UnaryOp::Not,
                    ra::UnaryOp::USub => UnaryOp::Neg,
                    ra::UnaryOp::UAdd => UnaryOp::Pos,
                    ra::UnaryOp::Invert => UnaryOp::Invert,
                };
                // Fold `-<int literal>` so that -9223372036854775808 is representable.
                if op == UnaryOp::Neg {
                    if let ra::Expr::NumberLiteral(ra::ExprNumberLiteral { value: ra::Number::Int(i), .. }) = &*u.operand {
                        if let Ok(v) = i.to_string().replace('_', "").parse::<i128>() {
                            if let Ok(v) = i64::try_from(-v) {
                                return self.expr(sp, ExprKind::Int(v));
                            }
                        }
                    }
                }
                let operand = self.lower_expr(&u.operand);
                ExprKind::UnaryOp { op, operand: Box::new(operand) }
            }
            ra::Expr::Lambda(l) => {
                let mut params = Vec::new();
                if let Some(p) = l.parameters.as_deref() {
                    if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
                        self.unsupported("`*args`, `**kwargs` or keyword-only parameters in a `lambda`", sp, "");
                        return self.bad(sp);
                    }
                    if p.posonlyargs.iter().chain(p.args.iter()).any(|a| a.default.is_some()) {
                        return self.lambda_with_defaults(l, p, sp);
                    }
                    for a in p.posonlyargs.iter().chain(p.args.iter()) {
                        params.push((a.parameter.name.id.as_str().to_string(), span(&a.parameter)));
                    }
                }
                let body = self.lower_expr(&l.body);
                ExprKind::Lambda { params, body: Box::new(body) }
            }
            ra::Expr::If(i) => ExprKind::IfExp {
                test: Box::new(self.lower_expr(&i.test)),
                body: Box::new(self.lower_expr(&i.body)),
                orelse: Box::new(self.lower_expr(&i.orelse)),
            },
            ra::Expr::Dict(d) => {
                let mut items = Vec::with_capacity(d.items.len());
                for it in &d.items {
                    let Some(k) = &it.key else {
                        // `**m`: merged in order (inference checks that `m` is a dict).
                        let inner = self.lower_expr(&it.value);
                        let isp = span(&it.value);
                        items.push(self.expr(isp, ExprKind::Starred(Box::new(inner))));
                        continue;
                    };
                    let (k, v) = (self.lower_expr(k), self.lower_expr(&it.value));
                    let isp = Span::new(k.span.start, v.span.end);
                    items.push(self.expr(isp, ExprKind::Tuple(vec![k, v])));
                }
                ExprKind::Dict(items)
            }
            ra::Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    self.unsupported("`**` in a dictionary comprehension", sp, "");
                    return self.bad(sp);
                };
                let Some(generators) = self.comprehensions(&c.generators) else { return self.bad(sp) };
                let (k, v) = (self.lower_expr(key), self.lower_expr(&c.value));
                let isp = Span::new(k.span.start, v.span.end);
                let elt = self.expr(isp, ExprKind::Tuple(vec![k, v]));
                ExprKind::DictComp { elt: Box::new(elt), generators }
            }
            ra::Expr::Set(st) => ExprKind::Set(self.display_elts(&st.elts)),
            ra::Expr::SetComp(c) => {
                let Some(generators) = self.comprehensions(&c.generators) else { return self.bad(sp) };
                let elt = self.lower_expr(&c.elt);
                ExprKind::SetComp { elt: Box::new(elt), generators }
            }
            ra::Expr::ListComp(c) => {
                let Some(generators) = self.comprehensions(&c.generators) else { return self.bad(sp) };
                let elt = self.lower_expr(&c.elt);
                ExprKind::ListComp { elt: Box::new(elt), generators }
            }
            ra::Expr::Generator(c) => {
                let Some(generators) = self.comprehensions(&c.generators) else { return self.bad(sp) };
                let elt = self.lower_expr(&c.elt);
                ExprKind::GenExp { elt: Box::new(elt), generators }
            }
            ra::Expr::Await(_) => {
                self.unsupported("`await`", sp, "");
                return self.bad(sp);
            }
            ra::Expr::Yield(y) => {
                if self.func_depth == 0 {
                    self.diagnostics.push(Diagnostic::error("syntax-error", "`yield` outside function", sp));
                    return self.bad(sp);
                }
                self.saw_yield = true;
                ExprKind::Yield(y.value.as_deref().map(|v| Box::new(self.lower_expr(v))))
            }
            ra::Expr::YieldFrom(_) => {
                self.unsupported("the value of a `yield from` expression", sp, "use `yield from` as a statement, or write `for x in ...: yield x`");
                return self.bad(sp);
            }
            ra::Expr::Compare(c) => {
                let ops = c
                    .ops
                    .iter()
                    .map(|o| match o {
                        ra::CmpOp::Eq => CmpOp::Eq,
                        ra::CmpOp::NotEq => CmpOp::NotEq,
                        ra::CmpOp::Lt => CmpOp::Lt,
                        ra::CmpOp::LtE => CmpOp::LtE,
                        ra::CmpOp::Gt => CmpOp::Gt,
                        ra::CmpOp::GtE => CmpOp::GtE,
                        ra::CmpOp::Is => CmpOp::Is,
                        ra::CmpOp::IsNot => CmpOp::IsNot,
                        ra::CmpOp::In => CmpOp::In,
                        ra::CmpOp::NotIn => CmpOp::NotIn,
                    })
                    .collect();
                // `id(a) == id(b)` is `a is b` (ids are equal exactly for the same object).
                fn id_arg(e: &ra::Expr) -> Option<&ra::Expr> {
                    match e {
                        ra::Expr::Call(k) if k.arguments.args.len() == 1 && k.arguments.keywords.is_empty() && matches!(&*k.func, ra::Expr::Name(n) if n.id.as_str() == "id") => {
                            Some(&k.arguments.args[0])
                        }
                        _ => None,
                    }
                }
                let ops: Vec<CmpOp> = ops;
                if let ([op @ (CmpOp::Eq | CmpOp::NotEq)], Some(a), [b]) = (&ops[..], id_arg(&c.left), &c.comparators[..]) {
                    if let (Some(b), false) = (id_arg(b), self.facts.bound.contains("id")) {
                        let op = if *op == CmpOp::Eq { CmpOp::Is } else { CmpOp::IsNot };
                        let left = self.lower_expr(a);
                        let right = self.lower_expr(b);
                        return self.expr(sp, ExprKind::Compare { left: Box::new(left), ops: vec![op], comparators: vec![right] });
                    }
                }
                if let ([op @ (CmpOp::Is | CmpOp::IsNot)], [r]) = (&ops[..], &c.comparators[..]) {
                    // `x is INVALID` with `INVALID = 0`: the literal (see `small_ints.rs`).
                    let constant = |me: &mut Self, e: &ra::Expr| {
                        let ra::Expr::Name(n) = e else { return None };
                        let (v, end) = *me.small_ints.get(n.id.as_str())?;
                        (me.func_depth > 0 || sp.start >= end).then(|| me.expr(span(e), ExprKind::Int(v)))
                    };
                    let (l, r) = match (constant(self, &c.left), constant(self, r)) {
                        (Some(l), _) => (l, self.lower_expr(r)),
                        (None, Some(r)) => (self.lower_expr(&c.left), r),
                        (None, None) => (self.lower_expr(&c.left), self.lower_expr(r)),
                    };
                    return self.expr(sp, ExprKind::Compare { left: Box::new(l), ops: vec![*op], comparators: vec![r] });
                }
                let left = self.lower_expr(&c.left);
                let comparators = c.comparators.iter().map(|e| self.lower_expr(e)).collect();
                ExprKind::Compare { left: Box::new(left), ops, comparators }
            }
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Load && self.namespace_values.contains(&sp.start) => {
                // A namespace class as a value: an instance of it (see `namespace_class.rs`).
                let f = self.expr(sp, ExprKind::Name(n.id.to_string()));
                return self.expr(sp, ExprKind::Call { func: Box::new(f), args: Vec::new(), keywords: Vec::new() });
            }
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Load && self.renamed(n.id.as_str()).is_some() => {
                let mut n2 = n.clone();
                n2.id = self.renamed(n.id.as_str()).unwrap_or_default().into();
                return self.lower_expr(&ra::Expr::Name(n2));
            }
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(n) if self.renamed(n.id.as_str()).is_some()) => {
                let ra::Expr::Name(n) = &*c.func else { unreachable!() };
                let mut n2 = n.clone();
                n2.id = self.renamed(n.id.as_str()).unwrap_or_default().into();
                let mut c2 = c.clone();
                c2.func = Box::new(ra::Expr::Name(n2));
                return self.lower_expr(&ra::Expr::Call(c2));
            }
            ra::Expr::Call(c) => {
                // (Only a name: `input().split()`'s function starts where `input` does.)
                if let Some(attr) = self.method_aliases.calls.get(&span(&*c.func).start).filter(|_| matches!(&*c.func, ra::Expr::Name(_))) {
                    // `push(x)` where `push = stack.append` (see `method_alias.rs`).
                    let mut c2 = c.clone();
                    c2.func = Box::new(ra::Expr::Attribute(attr.clone()));
                    return self.lower_expr(&ra::Expr::Call(c2));
                }
                // `it.__next__()` is `next(it)`.
                if let ra::Expr::Attribute(a) = &*c.func {
                    if a.attr.id.as_str() == "__next__" && c.arguments.args.is_empty() && c.arguments.keywords.is_empty() && !self.facts.bound.contains("next") {
                        let recv = self.lower_expr(&a.value);
                        let f = self.expr(span(&a.attr), ExprKind::Name("next".into()));
                        return self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![recv], keywords: Vec::new() });
                    }
                }
                // `bytes(s, encoding='utf-8')`, `str(b, encoding=...)`: the encoding as the second
                // positional argument, as CPython takes it either way.
                if let (ra::Expr::Name(n), [_], [k]) = (&*c.func, &c.arguments.args[..], &c.arguments.keywords[..]) {
                    if matches!(n.id.as_str(), "bytes" | "bytearray" | "str")
                        && !self.facts.bound.contains(n.id.as_str())
                        && k.arg.as_ref().is_some_and(|a| a.id.as_str() == "encoding")
                        && !matches!(c.arguments.args[0], ra::Expr::Starred(_))
                    {
                        let mut c2 = c.clone();
                        let k = c2.arguments.keywords.to_vec().remove(0);
                        let mut args = c2.arguments.args.to_vec();
                        args.push(k.value);
                        c2.arguments.args = args.into_boxed_slice();
                        c2.arguments.keywords.clear();
                        return self.lower_expr(&ra::Expr::Call(c2));
                    }
                }
                if let Some(getter) = self.operator_getter(c, sp) {
                    return getter;
                }
                if let ra::Expr::Name(n) = &*c.func {
                    if matches!(n.id.as_str(), "exit" | "quit") && !self.facts.bound.contains(n.id.as_str()) {
                        // The site builtins `exit()` / `quit()` raise SystemExit as `sys.exit()` does.
                        let func = self.sys_exit_callee(span(n));
                        let args = c.arguments.args.iter().map(|a| self.lower_expr(a)).collect();
                        let keywords = self.call_keywords(c);
                        return self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords });
                    }
                }
                if let (ra::Expr::Name(n), [ra::Expr::Name(cls), ra::Expr::Name(me)]) = (&*c.func, &c.arguments.args[..]) {
                    // `super(C, self)` in a method of `C` is `super()`.
                    if n.id.as_str() == "super"
                        && !self.facts.bound.contains("super")
                        && c.arguments.keywords.is_empty()
                        && self.super_self.as_ref().is_some_and(|(k, s)| k == cls.id.as_str() && s == me.id.as_str())
                    {
                        let f = self.expr(span(n), ExprKind::Name("super".into()));
                        return self.expr(sp, ExprKind::Call { func: Box::new(f), args: Vec::new(), keywords: Vec::new() });
                    }
                }
                // `int.bit_count(x)`, `str.upper(s)`: the method called on its first argument.
                if let (ra::Expr::Attribute(a), [recv, rest @ ..]) = (&*c.func, &c.arguments.args[..]) {
                    if let ra::Expr::Name(t) = &*a.value {
                        let type_name = matches!(t.id.as_str(), "int" | "str" | "float" | "list" | "dict" | "set" | "frozenset" | "tuple" | "bytes");
                        if type_name && !matches!(a.attr.id.as_str(), "fromkeys") && !self.facts.bound.contains(t.id.as_str()) && !matches!(recv, ra::Expr::Starred(_)) && !rest.iter().any(|r| matches!(r, ra::Expr::Starred(_))) && !matches!(a.attr.id.as_str(), "maketrans" | "fromhex" | "from_bytes") {
                            let recv = self.lower_expr(recv);
                            let f = self.expr(span(a), ExprKind::Attribute { value: Box::new(recv), attr: a.attr.id.to_string() });
                            let args = rest.iter().map(|r| self.lower_expr(r)).collect();
                            let keywords = self.call_keywords(c);
                            return self.expr(sp, ExprKind::Call { func: Box::new(f), args, keywords });
                        }
                    }
                }
                // `filter(None, xs)`: the items that are true.
                if let (ra::Expr::Name(n), [ra::Expr::NoneLiteral(none), it]) = (&*c.func, &c.arguments.args[..]) {
                    if n.id.as_str() == "filter" && !self.facts.bound.contains("filter") && c.arguments.keywords.is_empty() && !matches!(it, ra::Expr::Starred(_)) {
                        let at = span(none);
                        let param = "_pyport_item".to_string();
                        let body = self.expr(at, ExprKind::Name(param.clone()));
                        let lam = self.expr(at, ExprKind::Lambda { params: vec![(param, at)], body: Box::new(body) });
                        let f = self.expr(span(n), ExprKind::Name("filter".into()));
                        let it = self.lower_expr(it);
                        return self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![lam, it], keywords: Vec::new() });
                    }
                }
                if let (ra::Expr::Name(n), [b, enc @ ..]) = (&*c.func, &c.arguments.args[..]) {
                    // `str(b, encoding)` is `b.decode(encoding)`.
                    if n.id.as_str() == "str" && !self.facts.bound.contains("str") && enc.len() == 1 && c.arguments.keywords.is_empty() && !matches!(b, ra::Expr::Starred(_)) {
                        let recv = self.lower_expr(b);
                        let f = self.expr(span(n), ExprKind::Attribute { value: Box::new(recv), attr: "decode".into() });
                        let args = enc.iter().map(|a| self.lower_expr(a)).collect();
                        return self.expr(sp, ExprKind::Call { func: Box::new(f), args, keywords: vec![] });
                    }
                }
                if let Some(call) = self.vararg_call(c, sp) {
                    return call;
                }
                if let Some(call) = self.nested_defaults_call(c, sp) {
                    return call;
                }
                if let Some(w) = self.update_wrapper(c) {
                    return w;
                }
                if let Some(g) = self.chain_from_iterable(c) {
                    return g;
                }
                // `Registry[int]()`: a generic class's alias makes an instance of the class itself.
                let func = match &*c.func {
                    ra::Expr::Subscript(s) if matches!(&*s.value, ra::Expr::Name(n) if self.facts.classes_once.contains(n.id.as_str())) => {
                        self.lower_expr(&s.value)
                    }
                    f => self.lower_expr(f),
                };
                // `type(self)(...)` / `self.__class__(...)`: the class itself, when it has no subclass.
                let func = match self.own_class_of(&func) {
                    Some(cls) => self.expr(func.span, ExprKind::Name(cls)),
                    None => func,
                };
                // `obj.m(*xs)` of a method (`Cls(*xs)` for its `__init__`): packed by inference into
                // the method's `*args`, or spread over its parameters when `xs` is a tuple.
                let packable = match &*c.func {
                    ra::Expr::Attribute(a) => self.facts.methods.contains(a.attr.id.as_str()),
                    ra::Expr::Name(n) => self.facts.classes.contains(n.id.as_str()),
                    _ => false,
                };
                if self.star_builtin_target(c) && c.arguments.args.len() > 1 {
                    // `max(a, *b, c)` is `max(*(a, *b, c))`: one `*` argument, a starred display.
                    let elts = self.display_elts(&c.arguments.args);
                    let tuple = self.expr(sp, ExprKind::Tuple(elts));
                    let args = vec![self.expr(sp, ExprKind::Starred(Box::new(tuple)))];
                    let keywords = self.call_keywords(c);
                    return self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords });
                }
                // `s.union(*xs)`, `set.intersection(*sets)`: folded over the iterable (inference
                // checks the receiver is a set).
                let set_star = matches!((&*c.func, &c.arguments.args[..]), (ra::Expr::Attribute(a), [ra::Expr::Starred(_)])
                    if SET_STAR_METHODS.contains(&a.attr.id.as_str()) && c.arguments.keywords.is_empty());
                let is_print = matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "print") || self.is_heapq_merge(&c.func) || self.star_call_target(c) || self.star_builtin_target(c) || packable || set_star;
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    if let ra::Expr::Starred(st) = a {
                        if is_print {
                            let inner = self.lower_expr(&st.value);
                            args.push(self.expr(span(a), ExprKind::Starred(Box::new(inner))));
                        } else {
                            self.unsupported("`*` arguments in calls", span(a), "`print(*xs)` is supported; elsewhere pass the list itself");
                        }
                        continue;
                    }
                    args.push(self.lower_expr(a));
                }
                let keywords = self.call_keywords(c);
                ExprKind::Call { func: Box::new(func), args, keywords }
            }
            ra::Expr::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.iter() {
                    match part {
                        ra::FStringPart::Literal(l) => push_lit(&mut parts, &l.value),
                        ra::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts),
                    }
                }
                ExprKind::FString(parts)
            }
            ra::Expr::TString(_) => {
                self.unsupported("template strings", sp, "");
                return self.bad(sp);
            }
            ra::Expr::StringLiteral(s) => ExprKind::Str(s.value.to_str().to_string()),
            ra::Expr::BytesLiteral(b) => ExprKind::Bytes(b.value.bytes().collect()),
            ra::Expr::NumberLiteral(n) => match &n.value {
                ra::Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None if big_int_chunks(&i.to_string()).is_some() => {
                        // Beyond int64: `((c0 << 62) | c1) << 62 | ...`, exact with Python's ints
                        // (under --int64 the shift stops the program with pyport's overflow message).
                        let chunks = big_int_chunks(&i.to_string()).unwrap_or_default();
                        let mut acc = self.expr(sp, ExprKind::Int(chunks[0]));
                        for &c in &chunks[1..] {
                            let shift = self.expr(sp, ExprKind::Int(62));
                            let shifted = self.expr(sp, ExprKind::BinOp { op: BinOp::LShift, left: Box::new(acc), right: Box::new(shift) });
                            let low = self.expr(sp, ExprKind::Int(c));
                            acc = self.expr(sp, ExprKind::BinOp { op: BinOp::BitOr, left: Box::new(shifted), right: Box::new(low) });
                        }
                        return acc;
                    }
                    None => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                "unsupported-int",
                                format!("unsupported: integer literal `{i}` does not fit in 64 bits"),
                                sp,
                            )
                            .with_help("the builtin engine supports integers between -2**63 and 2**63-1 for now"),
                        );
                        return self.bad(sp);
                    }
                },
                ra::Number::Float(f) => ExprKind::Float(*f),
                // `2.5j` is `complex(0.0, 2.5)` exactly (an imaginary literal's real part is +0.0).
                ra::Number::Complex { real, imag } => {
                    let func = self.expr(sp, ExprKind::Name("complex".into()));
                    let args = vec![self.expr(sp, ExprKind::Float(*real)), self.expr(sp, ExprKind::Float(*imag))];
                    ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() }
                }
            },
            ra::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            ra::Expr::NoneLiteral(_) => ExprKind::None,
            ra::Expr::EllipsisLiteral(_) => {
                self.unsupported("`...` (Ellipsis)", sp, "use `pass`");
                return self.bad(sp);
            }
            // `Outer.Inner`, `self.Inner`: a nested class moved to module level (`nested_class.rs`).
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(_)) && self.hoisted_classes.contains(a.attr.id.as_str()) => {
                ExprKind::Name(a.attr.id.as_str().to_string())
            }
            ra::Expr::Attribute(a) => {
                if let Some(x) = self.float_info_field(a, sp) {
                    return x;
                }
                if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "operator")) {
                    return self.operator_function(a.attr.id.as_str(), sp);
                }
                // `int.__mul__` as a value (`reduce(int.__mul__, digits, 1)`): the operator's lambda.
                if let (ra::Expr::Name(t), Some(f)) = (&*a.value, dunder_operator(a.attr.id.as_str())) {
                    let builtin_type = matches!(t.id.as_str(), "int" | "float" | "str" | "list" | "tuple" | "set" | "frozenset" | "bool" | "complex");
                    if builtin_type && !self.facts.bound.contains(t.id.as_str()) && matches!(a.ctx, ra::ExprContext::Load) && !self.facts.callees.contains(&(sp.start, sp.end)) {
                        return self.operator_function(f, sp);
                    }
                }
                if matches!(a.ctx, ra::ExprContext::Load) && !self.facts.callees.contains(&(sp.start, sp.end)) {
                    if let Some(f) = self.unbound_method(a, sp) {
                        return f;
                    }
                }
                let value = self.lower_expr(&a.value);
                if matches!(a.ctx, ra::ExprContext::Load) && a.attr.id.as_str() == "__class__" {
                    // `x.__class__` is `type(x)` (e.g. `self.__class__.__name__`).
                    let ty = self.expr(sp, ExprKind::Name("type".into()));
                    return self.expr(sp, ExprKind::Call { func: Box::new(ty), args: vec![value], keywords: vec![] });
                }
                // `type(self).count` / `self.__class__.count`: the class's attribute, when the class
                // has no subclass (`__name__` stays the runtime class's).
                let value = match self.own_class_of(&value) {
                    Some(cls) if a.attr.id.as_str() != "__name__" => self.expr(value.span, ExprKind::Name(cls)),
                    _ => value,
                };
                if matches!(a.ctx, ra::ExprContext::Load) && self.facts.properties.contains(a.attr.id.as_str()) {
                    // `x.area` of an `@property`: the call `x.area()` (see `property.rs`).
                    let f = self.expr(sp, ExprKind::Attribute { value: Box::new(value), attr: a.attr.id.as_str().to_string() });
                    return self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![], keywords: vec![] });
                }
                ExprKind::Attribute { value: Box::new(value), attr: a.attr.id.as_str().to_string() }
            }
            ra::Expr::Subscript(s) => {
                let value = self.lower_expr(&s.value);
                let index = self.lower_expr(&s.slice);
                ExprKind::Subscript { value: Box::new(value), index: Box::new(index) }
            }
            ra::Expr::Starred(_) => {
                self.unsupported("starred expressions", sp, "");
                return self.bad(sp);
            }
            ra::Expr::Name(n) if self.doctest_name_used(n.id.as_str(), sp) || self.type_var_used(n.id.as_str(), sp) => return self.bad(sp),
            ra::Expr::Name(n) => match self.operator_name(n.id.as_str()) {
                Some(f) => return self.operator_function(&f, sp),
                None => match self.builtin_aliases.get(n.id.as_str()).cloned() {
                    Some((None, b)) => ExprKind::Name(b),
                    Some((Some(m), attr)) => {
                        let module = self.expr(sp, ExprKind::Name(m));
                        ExprKind::Attribute { value: Box::new(module), attr }
                    }
                    None => ExprKind::Name(n.id.as_str().to_string()),
                },
            },
            ra::Expr::List(l) => ExprKind::List(self.display_elts(&l.elts)),
            ra::Expr::Tuple(t) => ExprKind::Tuple(self.display_elts(&t.elts)),
            // `xs[None:n]` is `xs[:n]`: a literal None bound is an omitted one.
            ra::Expr::Slice(s) => {
                let mut bound = |b: &Option<Box<ra::Expr>>| match b.as_deref() {
                    None | Some(ra::Expr::NoneLiteral(_)) => None,
                    Some(e) => Some(Box::new(self.lower_expr(e))),
                };
                ExprKind::Slice { lower: bound(&s.lower), upper: bound(&s.upper), step: bound(&s.step) }
            }
            ra::Expr::IpyEscapeCommand(_) => {
                self.unsupported("IPython escape commands", sp, "");
                return self.bad(sp);
            }
        };
        self.expr(sp, kind)
    }
}

fn is_main_guard(test: &ra::Expr) -> bool {
    let ra::Expr::Compare(c) = test else { return false };
    let is_name = |e: &ra::Expr| matches!(e, ra::Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &ra::Expr| matches!(e, ra::Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    c.ops.len() == 1
        && matches!(c.ops[0], ra::CmpOp::Eq)
        && ((is_name(&c.left) && is_main(&c.comparators[0])) || (is_main(&c.left) && is_name(&c.comparators[0])))
}

fn push_lit(out: &mut Vec<FPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(FPart::Lit(s.to_string()));
    }
}


/// The `def`s directly in `body` (inside its blocks, not inside other functions).
fn collect_defs(body: &[Stmt], out: &mut Vec<FuncId>) {
    for s in body {
        if let StmtKind::FunctionDef(f) = s.kind {
            out.push(f);
        }
        for b in s.child_blocks() {
            collect_defs(b, out);
        }
    }
}

impl Lowerer {
    /// Whether `name` is bound by `import module` (or `import module as name`).
    fn is_module_alias(&self, name: &str, module: &str) -> bool {
        self.program.module_imports.iter().any(|(b, m, _)| b == name && m == module)
    }

    /// The `operator` function a bare name stands for (`from operator import mul`).
    fn operator_name(&self, name: &str) -> Option<String> {
        self.program.from_imports.iter().find(|(bound, m, _, _)| bound == name && m == "operator").map(|(_, _, orig, _)| orig.clone())
    }

    /// `operator.mul` and friends as the lambda they equal (`lambda a, b: a * b`), so that every
    /// place a lambda goes (map, reduce, sorted keys, variables) takes them.
    fn operator_function(&mut self, f: &str, sp: Span) -> Expr {
        let binop = match f {
            "add" | "concat" => Some(BinOp::Add),
            "sub" => Some(BinOp::Sub),
            "mul" => Some(BinOp::Mul),
            "truediv" => Some(BinOp::Div),
            "floordiv" => Some(BinOp::FloorDiv),
            "mod" => Some(BinOp::Mod),
            "pow" => Some(BinOp::Pow),
            "lshift" => Some(BinOp::LShift),
            "rshift" => Some(BinOp::RShift),
            "and_" => Some(BinOp::BitAnd),
            "or_" => Some(BinOp::BitOr),
            "xor" => Some(BinOp::BitXor),
            _ => None,
        };
        let cmp = match f {
            "eq" => Some(CmpOp::Eq),
            "ne" => Some(CmpOp::NotEq),
            "lt" => Some(CmpOp::Lt),
            "le" => Some(CmpOp::LtE),
            "gt" => Some(CmpOp::Gt),
            "ge" => Some(CmpOp::GtE),
            "contains" => Some(CmpOp::In),
            _ => None,
        };
        let unary = match f {
            "neg" => Some(UnaryOp::Neg),
            "pos" => Some(UnaryOp::Pos),
            "not_" => Some(UnaryOp::Not),
            "invert" | "inv" => Some(UnaryOp::Invert),
            _ => None,
        };
        let (a, b) = ("_op_a".to_string(), "_op_b".to_string());
        let arg_a = self.expr(sp, ExprKind::Name(a.clone()));
        let body = if let Some(op) = binop {
            let arg_b = self.expr(sp, ExprKind::Name(b.clone()));
            ExprKind::BinOp { op, left: Box::new(arg_a), right: Box::new(arg_b) }
        } else if let Some(op) = cmp {
            let arg_b = self.expr(sp, ExprKind::Name(b.clone()));
            // `contains(a, b)` is `b in a`.
            if op == CmpOp::In {
                ExprKind::Compare { left: Box::new(arg_b), ops: vec![op], comparators: vec![arg_a] }
            } else {
                ExprKind::Compare { left: Box::new(arg_a), ops: vec![op], comparators: vec![arg_b] }
            }
        } else if let Some(op) = unary {
            ExprKind::UnaryOp { op, operand: Box::new(arg_a) }
        } else {
            self.unsupported(&format!("`operator.{f}`"), sp, "write the operation as a `lambda`");
            return self.bad(sp);
        };
        let params = if unary.is_some() { vec![(a, sp)] } else { vec![(a, sp), (b, sp)] };
        let body = self.expr(sp, body);
        self.expr(sp, ExprKind::Lambda { params, body: Box::new(body) })
    }

    /// `itemgetter(k, ...)` / `attrgetter("name", "a.b", ...)` / `methodcaller("m", consts...)` as
    /// `lambda x: x[k]` / `lambda x: x.name` (a tuple of them for several arguments) /
    /// `lambda x: x.m(consts...)`; `None` when `c` is no such call.
    fn operator_getter(&mut self, c: &ra::ExprCall, sp: Span) -> Option<Expr> {
        let f = match &*c.func {
            ra::Expr::Name(n) => self.operator_name(n.id.as_str())?,
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "operator")) => {
                a.attr.id.as_str().to_string()
            }
            _ => return None,
        };
        if !matches!(f.as_str(), "itemgetter" | "attrgetter" | "methodcaller") {
            return None;
        }
        let args = &c.arguments.args;
        if args.is_empty() || args.iter().any(|a| matches!(a, ra::Expr::Starred(_))) {
            self.unsupported(&format!("`operator.{f}` without arguments, or with `*` arguments"), sp, "write it as a `lambda`");
            return Some(self.bad(sp));
        }
        if f != "methodcaller" && !c.arguments.keywords.is_empty() {
            self.unsupported(&format!("keyword arguments of `operator.{f}`"), sp, "");
            return Some(self.bad(sp));
        }
        let x = "_op_a".to_string();
        let name_of = |this: &mut Self, a: &ra::Expr| -> Option<String> {
            match a {
                ra::Expr::StringLiteral(name) => Some(name.value.to_str().to_string()),
                _ => {
                    this.unsupported(&format!("`operator.{f}` of a computed name"), sp, "write it as a `lambda`");
                    None
                }
            }
        };
        let mut parts = Vec::new();
        if f == "methodcaller" {
            let Some(m) = name_of(self, &args[0]) else { return Some(self.bad(sp)) };
            // The arguments are evaluated once, when `methodcaller` is called: constants only.
            let values = args[1..].iter().chain(c.arguments.keywords.iter().map(|k| &k.value));
            if values.into_iter().any(|a| !is_constant(a)) || c.arguments.keywords.iter().any(|k| k.arg.is_none()) {
                self.unsupported("`operator.methodcaller` with arguments other than constants", sp, "write it as a `lambda`");
                return Some(self.bad(sp));
            }
            let call_args = args[1..].iter().map(|a| self.lower_expr(a)).collect();
            let keywords = self.call_keywords(c);
            let xe = self.expr(sp, ExprKind::Name(x.clone()));
            let method = self.expr(sp, ExprKind::Attribute { value: Box::new(xe), attr: m });
            parts.push(self.expr(sp, ExprKind::Call { func: Box::new(method), args: call_args, keywords }));
        } else {
            for arg in args.iter() {
                let xe = self.expr(sp, ExprKind::Name(x.clone()));
                let body = if f == "itemgetter" {
                    let index = self.lower_expr(arg);
                    ExprKind::Subscript { value: Box::new(xe), index: Box::new(index) }
                } else {
                    let Some(path) = name_of(self, arg) else { return Some(self.bad(sp)) };
                    let mut v = xe;
                    let mut names = path.split('.').peekable();
                    while let Some(attr) = names.next() {
                        if names.peek().is_none() {
                            parts.push(self.expr(sp, ExprKind::Attribute { value: Box::new(v), attr: attr.to_string() }));
                            break;
                        }
                        v = self.expr(sp, ExprKind::Attribute { value: Box::new(v), attr: attr.to_string() });
                    }
                    continue;
                };
                parts.push(self.expr(sp, body));
            }
        }
        let body = if parts.len() == 1 { parts.pop()? } else { self.expr(sp, ExprKind::Tuple(parts)) };
        Some(self.expr(sp, ExprKind::Lambda { params: vec![(x, sp)], body: Box::new(body) }))
    }

    /// `@cache`, `@lru_cache`, `@lru_cache(maxsize=N)`, `@functools.cache`...: `None` when `d` is no
    /// cache decorator, `Err` when it is one with arguments the compiler does not take (diagnosed).
    fn cache_decorator(&mut self, d: &ra::Expr) -> Option<Result<Option<i64>, ()>> {
        let prog = &self.program;
        let name_of = |e: &ra::Expr| match e {
            ra::Expr::Name(n) => prog
                .from_imports
                .iter()
                .find(|(bound, m, _, _)| bound == n.id.as_str() && m == "functools")
                .map(|(_, _, orig, _)| orig.clone()),
            ra::Expr::Attribute(a) => match &*a.value {
                ra::Expr::Name(m) if prog.module_imports.iter().any(|(b, md, _)| b == m.id.as_str() && md == "functools") => {
                    Some(a.attr.id.as_str().to_string())
                }
                _ => None,
            },
            _ => None,
        };
        let (name, call) = match d {
            ra::Expr::Call(c) => (name_of(&c.func)?, Some(c)),
            e => (name_of(e)?, None),
        };
        match (name.as_str(), call) {
            ("cache", None) => Some(Ok(None)),
            ("lru_cache", None) => Some(Ok(Some(128))),
            ("lru_cache", Some(c)) => {
                let mut size = Some(128);
                let arg = match (c.arguments.args.first(), c.arguments.keywords.first()) {
                    (Some(a), None) if c.arguments.args.len() == 1 => Some(a),
                    (None, Some(k)) if c.arguments.keywords.len() == 1 && k.arg.as_ref().is_some_and(|a| a.id.as_str() == "maxsize") => Some(&k.value),
                    (None, None) => None,
                    _ => {
                        self.unsupported("these `lru_cache` arguments", span(d), "use `@lru_cache(maxsize=None)` or `@cache`");
                        return Some(Err(()));
                    }
                };
                if let Some(a) = arg {
                    size = match a {
                        ra::Expr::NoneLiteral(_) => None,
                        ra::Expr::NumberLiteral(n) => match &n.value {
                            ra::Number::Int(i) => match i.as_i64() {
                                Some(v) => Some(v.max(0)),
                                None => {
                                    self.unsupported("this `maxsize`", span(a), "");
                                    return Some(Err(()));
                                }
                            },
                            _ => {
                                self.unsupported("this `maxsize`", span(a), "");
                                return Some(Err(()));
                            }
                        },
                        _ => {
                            self.unsupported("a computed `maxsize`", span(a), "write the number or `None`");
                            return Some(Err(()));
                        }
                    };
                }
                Some(Ok(size))
            }
            _ => None,
        }
    }
}

/// A non-negative integer literal (any base, `_` separators) as base-2**62 digits, most
/// significant first; `None` when it is not one.
fn big_int_chunks(text: &str) -> Option<Vec<i64>> {
    let t: String = text.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
    let (base, digits) = match t.get(..2) {
        Some("0x") => (16u64, &t[2..]),
        Some("0o") => (8, &t[2..]),
        Some("0b") => (2, &t[2..]),
        _ => (10, &t[..]),
    };
    if digits.is_empty() {
        return None;
    }
    // Little-endian base-2**32 magnitude.
    let mut mag: Vec<u64> = Vec::new();
    for ch in digits.chars() {
        let d = ch.to_digit(base as u32)? as u64;
        let mut carry = d;
        for limb in mag.iter_mut() {
            let v = *limb * base + carry;
            *limb = v & 0xffff_ffff;
            carry = v >> 32;
        }
        if carry > 0 {
            mag.push(carry);
        }
    }
    // Regroup the bits into 62-bit chunks.
    let bits = mag.len() * 32;
    let bit = |k: usize| mag.get(k / 32).is_some_and(|l| (l >> (k % 32)) & 1 == 1);
    let mut chunks = Vec::new();
    let mut lo = 0;
    while lo < bits.max(1) {
        let mut c: i64 = 0;
        for k in (lo..lo + 62).rev() {
            c = (c << 1) | bit(k) as i64;
        }
        chunks.push(c);
        lo += 62;
    }
    while chunks.len() > 1 && chunks.last() == Some(&0) {
        chunks.pop();
    }
    chunks.reverse();
    Some(chunks)
}

/// The names module-level code binds (definitions, assignments, loop and `with` targets, imports),
/// not counting function and class bodies.
fn module_bindings(body: &[ra::Stmt]) -> std::collections::HashSet<String> {
    let mut names = Vec::new();
    name_error::module_bindings_in_order(body, &mut names);
    names.into_iter().collect()
}

/// A `@dataclass` field's `field(...)` call.
struct DcField {
    default: Option<Expr>,
    factory: Option<Expr>,
    init: bool,
    repr: bool,
    compare: bool,
}

/// The `@dataclass` fields left out of `__init__` (set from their defaults), `__repr__`, and
/// `__eq__`/`__lt__`/`__hash__`.
#[derive(Default)]
pub(crate) struct DcLeftOut {
    init: std::collections::HashSet<String>,
    repr: std::collections::HashSet<String>,
    compare: std::collections::HashSet<String>,
}

/// A literal whose value is the same whenever it is evaluated (`3`, `-1.5`, `"a"`, `None`, `(1, 2)`).
fn is_constant(e: &ra::Expr) -> bool {
    match e {
        ra::Expr::NumberLiteral(_) | ra::Expr::StringLiteral(_) | ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_) | ra::Expr::BytesLiteral(_) => true,
        ra::Expr::UnaryOp(u) => is_constant(&u.operand),
        ra::Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// The field of `def __getattr__(self, name): return getattr(self.field, name)` (a docstring
/// aside), the delegation idiom.
fn delegate_field(f: &ra::StmtFunctionDef) -> Option<String> {
    let p = &f.parameters;
    if f.name.id.as_str() != "__getattr__" || !f.decorator_list.is_empty() || p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
        return None;
    }
    let [me, name] = &p.posonlyargs.iter().chain(&p.args).collect::<Vec<_>>()[..] else { return None };
    if me.default.is_some() || name.default.is_some() {
        return None;
    }
    let body: Vec<&ra::Stmt> = f.body.iter().filter(|s| !matches!(s, ra::Stmt::Expr(x) if matches!(&*x.value, ra::Expr::StringLiteral(_)))).collect();
    let [ra::Stmt::Return(ra::StmtReturn { value: Some(v), .. })] = &body[..] else { return None };
    let ra::Expr::Call(c) = &**v else { return None };
    let (ra::Expr::Name(g), [ra::Expr::Attribute(a), ra::Expr::Name(n)], true) = (&*c.func, &c.arguments.args[..], c.arguments.keywords.is_empty()) else { return None };
    let on_self = matches!(&*a.value, ra::Expr::Name(s) if s.id == me.parameter.name.id);
    (g.id.as_str() == "getattr" && on_self && n.id == name.parameter.name.id).then(|| a.attr.id.to_string())
}
