//! Module-level functions and methods that nothing calls or names.
//!
//! CPython compiles every function but runs only those that are called, so a program may carry a
//! function that could not run (a name it never imported, a construct pyport does not support)
//! and still print its output. `unused_functions` finds the module-level functions no code can
//! reach: undecorated, defined by `def` whose defaults and annotations are side-effect free, and
//! whose name is never read by the rest of the program (nor by other unused functions, counted
//! to a fixed point). A program that reaches names dynamically (`globals()`, `eval`, `exec`,
//! `vars()`, `locals()`, `sys.modules`, `__import__`, `getattr` of a module) has none. Leaving
//! such a function out of the translation cannot change what the program does.
//!
//! Methods likewise: a method (not a `__dunder__` nor a protocol method the library calls by
//! name, like `keys`; undecorated or a `@staticmethod`, `@classmethod` or `@property`) whose name no attribute access or name in the rest of the program reads,
//! in a class whose bases are the program's own such classes or plain library ones (`object`,
//! exceptions, `ABC`): nothing can call it. `hasattr`, `setattr`, `dir`, `__dict__`, and
//! `operator.methodcaller` reach methods by a string, so with any of them none is left out.
use std::collections::HashSet;

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ra, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;

use crate::source::Span;

/// A module-level function or a method nothing reaches: its name (`f`, or `Class.m` for a
/// method) and the span of its whole `def`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnusedFunction {
    pub name: String,
    pub span: Span,
    pub is_method: bool,
}

/// Names that reach module-level functions without naming them in code.
const DYNAMIC: &[&str] = &["globals", "locals", "vars", "eval", "exec", "__import__", "getattr", "__main__"];

/// Names that reach methods by a string: with any of them no method is left out.
const DYNAMIC_ATTRS: &[&str] = &["hasattr", "setattr", "delattr", "dir", "__dict__", "methodcaller", "attrgetter"];

/// Methods the library calls on an object by name (the mapping and file protocols): never left out.
const PROTOCOL_METHODS: &[&str] = &["keys", "write", "flush", "read", "readline", "close"];

/// Bases from the library whose machinery calls no method of a subclass by a plain name.
const PLAIN_BASES: &[&str] = &["object", "ABC", "Exception", "BaseException", "Generic"];

#[derive(Default)]
struct Reads<'a> {
    names: HashSet<&'a str>,
    attrs: HashSet<&'a str>,
    dynamic: bool,
    dynamic_attrs: bool,
}

impl<'a> Visitor<'a> for Reads<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                if n.ctx == ExprContext::Load || n.ctx == ExprContext::Del {
                    self.names.insert(n.id.as_str());
                }
                self.dynamic |= DYNAMIC.contains(&n.id.as_str());
                self.dynamic_attrs |= DYNAMIC_ATTRS.contains(&n.id.as_str());
            }
            Expr::Attribute(a) => {
                if a.ctx == ExprContext::Load || a.ctx == ExprContext::Del {
                    self.attrs.insert(a.attr.as_str());
                }
                self.dynamic |= a.attr.as_str() == "modules";
                self.dynamic_attrs |= DYNAMIC_ATTRS.contains(&a.attr.as_str());
            }
            _ => {}
        }
        walk_expr(self, expr);
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Import(i) = stmt {
            self.dynamic |= i.names.iter().any(|a| a.name.as_str() == "__main__");
        }
        walk_stmt(self, stmt);
    }
}

/// Every name the module's code reads, in any scope.
pub(crate) fn names_read(body: &[Stmt]) -> HashSet<String> {
    let mut reads = Reads::default();
    for stmt in body {
        reads.visit_stmt(stmt);
    }
    reads.names.into_iter().map(str::to_string).collect()
}

/// An expression whose evaluation has no effect but its value: a constant, or a name, attribute
/// or subscript of such (annotations like `list[int]`, `Optional[str]`, `int | None`).
fn side_effect_free(e: &Expr, defined: &HashSet<&str>) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => true,
        Expr::Name(n) => defined.contains(n.id.as_str()),
        Expr::Attribute(a) => side_effect_free(&a.value, defined),
        Expr::Subscript(s) => side_effect_free(&s.value, defined) && side_effect_free(&s.slice, defined),
        Expr::Tuple(t) => t.elts.iter().all(|x| side_effect_free(x, defined)),
        Expr::BinOp(b) if b.op == ra::Operator::BitOr => side_effect_free(&b.left, defined) && side_effect_free(&b.right, defined),
        Expr::UnaryOp(u) if u.op == ra::UnaryOp::USub => side_effect_free(&u.operand, defined),
        _ => false,
    }
}

/// Builtin names an annotation or default may read.
const BUILTIN_NAMES: &[&str] =
    &["int", "float", "str", "bool", "list", "dict", "set", "tuple", "frozenset", "bytes", "object", "complex", "type", "None"];

/// Where a candidate `def` is: `body[index]`, or `body[class].body[index]` for a method.
#[derive(Clone, Copy, PartialEq)]
struct Loc {
    class: Option<usize>,
    index: usize,
}

/// The module-level functions and methods of `body` that no code can reach (see the module
/// comment). A method is one whose name no attribute access, name or protocol reads, of a class
/// with no decorator but `@dataclass` and no base from the library but plain ones.
pub fn unused_functions(body: &[Stmt]) -> Vec<UnusedFunction> {
    // Every name bound at module level: what an annotation may name without a NameError.
    let mut defined: HashSet<&str> = BUILTIN_NAMES.iter().copied().collect();
    let mut classes: HashSet<&str> = HashSet::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(f) => drop(defined.insert(f.name.as_str())),
            Stmt::ClassDef(c) => {
                defined.insert(c.name.as_str());
                classes.insert(c.name.as_str());
            }
            Stmt::Import(i) => defined.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).as_str().split('.').next().unwrap_or(""))),
            Stmt::ImportFrom(i) => defined.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).as_str())),
            _ => {}
        }
    }
    // A method may be a `@staticmethod`, `@classmethod` or `@property`: still reached only by its name.
    let candidate = |stmt: &Stmt, method: bool| -> bool {
        let Stmt::FunctionDef(f) = stmt else { return false };
        let p = &f.parameters;
        let params = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
        let loose = p.vararg.iter().chain(&p.kwarg);
        let plain_decorator = |d: &ra::Decorator| {
            method && matches!(&d.expression, Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod" | "property") && !defined.contains(n.id.as_str()))
        };
        !f.is_async
            && f.decorator_list.iter().all(plain_decorator)
            && f.type_params.is_none()
            && params.clone().all(|a| a.default.as_deref().is_none_or(|d| side_effect_free(d, &defined)))
            && params.map(|a| &a.parameter).chain(loose.map(|b| &**b)).all(|a| a.annotation.as_deref().is_none_or(|t| side_effect_free(t, &defined)))
            && f.returns.as_deref().is_none_or(|t| side_effect_free(t, &defined))
    };
    let dataclass = |d: &ra::Decorator| {
        let e = match &d.expression {
            Expr::Call(c) => &*c.func,
            e => e,
        };
        match e {
            Expr::Name(n) => n.id.as_str() == "dataclass",
            Expr::Attribute(a) => a.attr.as_str() == "dataclass",
            _ => false,
        }
    };
    // Classes (in order) whose bases are plain library ones or plain classes defined above.
    let mut plain: HashSet<&str> = HashSet::new();
    for stmt in body {
        let Stmt::ClassDef(c) = stmt else { continue };
        let plain_base = |b: &Expr| match b {
            Expr::Name(n) => {
                let n = n.id.as_str();
                plain.contains(n) || !classes.contains(n) && (PLAIN_BASES.contains(&n) || n.ends_with("Error"))
            }
            Expr::Subscript(s) => matches!(&*s.value, Expr::Name(n) if n.id.as_str() == "Generic"),
            _ => false,
        };
        if c.type_params.is_none()
            && c.decorator_list.iter().all(dataclass)
            && c.arguments.as_deref().is_none_or(|a| a.keywords.is_empty() && a.args.iter().all(plain_base))
        {
            plain.insert(c.name.as_str());
        }
    }
    let mut unused: Vec<Loc> = Vec::new();
    let mut dead: HashSet<usize> = HashSet::new();
    for (i, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::FunctionDef(_) if candidate(stmt, false) => unused.push(Loc { class: None, index: i }),
            Stmt::ClassDef(c) if plain.contains(c.name.as_str()) => {
                // Dunders too, while the class may be dead (see below).
                dead.insert(i);
                for (j, m) in c.body.iter().enumerate() {
                    if candidate(m, true) {
                        unused.push(Loc { class: Some(i), index: j });
                    }
                }
            }
            _ => {}
        }
    }
    let def = |l: Loc| -> &Stmt {
        match l.class.map(|c| &body[c]) {
            Some(Stmt::ClassDef(cd)) => &cd.body[l.index],
            _ => &body[l.index],
        }
    };
    let name = |l: Loc| match def(l) {
        Stmt::FunctionDef(f) => f.name.as_str(),
        _ => "",
    };
    // What the code reaches, leaving out the unused functions and (when given) one class's body.
    let reads_outside = |unused: &[Loc], skip: Option<usize>| {
        let mut reads = Reads::default();
        for (i, stmt) in body.iter().enumerate() {
            if unused.contains(&Loc { class: None, index: i }) || skip == Some(i) {
                continue;
            }
            match stmt {
                Stmt::ClassDef(c) if unused.iter().any(|l| l.class == Some(i)) => {
                    for d in &c.decorator_list {
                        reads.visit_decorator(d);
                    }
                    if let Some(a) = &c.arguments {
                        reads.visit_arguments(a);
                    }
                    for (j, m) in c.body.iter().enumerate() {
                        if !unused.contains(&Loc { class: Some(i), index: j }) {
                            reads.visit_stmt(m);
                        }
                    }
                }
                _ => reads.visit_stmt(stmt),
            }
        }
        reads
    };
    loop {
        let reads = reads_outside(&unused, None);
        if reads.dynamic {
            return Vec::new();
        }
        let before = unused.clone();
        // A plain class whose name nothing reached reads outside its own body is never
        // instantiated nor subclassed: none of its methods (dunders included) can run.
        dead.retain(|&i| match &body[i] {
            Stmt::ClassDef(c) => !reads.dynamic_attrs && !reads_outside(&unused, Some(i)).names.contains(c.name.as_str()),
            _ => false,
        });
        unused.retain(|&l| match l.class {
            None => !reads.names.contains(name(l)),
            Some(c) if dead.contains(&c) => true,
            Some(_) => {
                let n = name(l);
                !(n.starts_with("__") && n.ends_with("__"))
                    && !PROTOCOL_METHODS.contains(&n)
                    && !reads.dynamic_attrs
                    && !reads.names.contains(n)
                    && !reads.attrs.contains(n)
            }
        });
        if unused == before {
            return unused
                .into_iter()
                .map(|l| {
                    let r = def(l).range();
                    let span = Span::new(r.start().to_u32(), r.end().to_u32());
                    match l.class.map(|c| &body[c]) {
                        Some(Stmt::ClassDef(c)) => UnusedFunction { name: format!("{}.{}", c.name, name(l)), span, is_method: true },
                        _ => UnusedFunction { name: name(l).to_string(), span, is_method: false },
                    }
                })
                .collect();
        }
    }
}
