//! Python 2 compatibility probes, decided as CPython 3.11 decides them.
//!
//! Programs written for Python 2 and 3 alike probe for Python 2 names and fall back:
//!
//! ```text
//! try:                          try:
//!     xrange                        from itertools import izip as zip
//! except NameError:             except ImportError:
//!     xrange = range                pass
//! ```
//!
//! In CPython 3.11 the probe always fails, so the `try` is replaced by its handler's statements
//! ([`fold_probes`], before anything else looks at the program). The fallback then names a
//! builtin under another name (`xrange = range`): a module-level name bound once, to a builtin
//! nothing rebinds (or to a function of an imported module: `filterfalse =
//! itertools.filterfalse`), and never read at module level before that, is that builtin wherever
//! it is read ([`builtin_aliases`]), so `xrange(2, n)` is `range(2, n)`.
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, ExprContext, Stmt};

use super::name_error::{bound_names, BUILTINS};

/// Builtins of Python 2 that Python 3 does not have.
const PY2_NAMES: &[&str] = &[
    "xrange", "raw_input", "unicode", "basestring", "long", "unichr", "reduce", "file", "execfile", "reload", "cmp",
    "buffer", "apply", "intern", "coerce",
];

/// Modules of Python 2 that Python 3 does not have.
const PY2_MODULES: &[&str] = &[
    "__builtin__", "cPickle", "Queue", "ConfigParser", "StringIO", "cStringIO", "urllib2", "urlparse", "HTMLParser",
    "httplib", "Tkinter", "commands", "sets",
];

/// Names of Python 2's `itertools` that Python 3's does not have.
const PY2_ITERTOOLS: &[&str] = &["izip", "imap", "ifilter", "izip_longest", "ifilterfalse"];

/// Whether the text may hold a probe (the quick check before [`fold_probes`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("except")
}

/// Every binding of every name in the module (any scope), counted.
type Bindings<'a> = HashMap<&'a str, usize>;

fn bindings(body: &[Stmt]) -> Bindings<'_> {
    bound_names(body, &HashMap::<crate::source::Span, ()>::new())
}

/// Whether a handler's type catches `want` (or everything).
fn catches(t: Option<&Expr>, want: &[&str]) -> bool {
    match t {
        None => true,
        Some(Expr::Name(n)) => want.contains(&n.id.as_str()) || matches!(n.id.as_str(), "Exception" | "BaseException"),
        Some(Expr::Tuple(t)) => t.elts.iter().any(|x| catches(Some(x), want)),
        _ => false,
    }
}

/// The error the first statement of a `try` body surely raises in CPython 3.11, if it is a probe.
fn probe_fails(s: &Stmt, bound: &Bindings) -> Option<&'static [&'static str]> {
    let py2_name = |e: &Expr| matches!(e, Expr::Name(n) if PY2_NAMES.contains(&n.id.as_str()) && !bound.contains_key(n.id.as_str()));
    // `itertools.izip` (the module imported under its own name).
    let py2_attr = |e: &Expr| match e {
        Expr::Attribute(a) => {
            PY2_ITERTOOLS.contains(&a.attr.as_str()) && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "itertools" && bound.get("itertools") == Some(&1))
        }
        _ => false,
    };
    match s {
        Stmt::Expr(x) if py2_attr(&x.value) => Some(&["AttributeError"]),
        Stmt::Assign(a) if py2_attr(&a.value) => Some(&["AttributeError"]),
        Stmt::Expr(x) if py2_name(&x.value) => Some(&["NameError"]),
        Stmt::Assign(a) if py2_name(&a.value) => Some(&["NameError"]),
        Stmt::Import(i) if i.names.iter().any(|a| PY2_MODULES.contains(&a.name.as_str())) => Some(&["ImportError", "ModuleNotFoundError"]),
        Stmt::ImportFrom(i) if i.level == 0 => {
            let m = i.module.as_ref().map_or("", |m| m.as_str());
            let py2 = PY2_MODULES.contains(&m) || (m == "itertools" && i.names.iter().any(|a| PY2_ITERTOOLS.contains(&a.name.as_str())));
            py2.then_some(&["ImportError", "ModuleNotFoundError"][..])
        }
        _ => None,
    }
}

/// Replaces each module-level `try` whose body starts with a Python 2 probe, and whose one
/// handler catches the probe's error, by that handler's statements.
pub(crate) fn fold_probes(body: &mut Vec<Stmt>) {
    let mut out = Vec::with_capacity(body.len());
    for s in std::mem::take(body) {
        if let Stmt::Try(t) = &s {
            // Names bound before (and by the body), not by the handler, which is the fallback.
            let handler_free: Vec<Stmt> = {
                let mut t2 = t.clone();
                t2.handlers.clear();
                out.iter().cloned().chain(std::iter::once(Stmt::Try(t2))).collect()
            };
            let bound = bindings(&handler_free);
            let first = t.body.first();
            if let (Some(first), [ruff_python_ast::ExceptHandler::ExceptHandler(h)]) = (first, &t.handlers[..]) {
                if let Some(errors) = probe_fails(first, &bound) {
                    if h.name.is_none() && t.orelse.is_empty() && t.finalbody.is_empty() && !t.is_star && catches(h.type_.as_deref(), errors) {
                        out.extend(h.body.iter().cloned());
                        continue;
                    }
                }
            }
        }
        out.push(s);
    }
    *body = out;
}

/// Module-level names that stand for a builtin or a module's function (`xrange = range`,
/// `filterfalse = itertools.filterfalse`; see the module comment): name → (module, name), the
/// module `None` for a builtin.
pub(crate) fn builtin_aliases(body: &[Stmt]) -> HashMap<String, (Option<String>, String)> {
    let bound = bindings(body);
    let imported: HashSet<&str> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::Import(i) => Some(i.names.iter().filter(|a| a.asname.is_none() && !a.name.as_str().contains('.')).map(|a| a.name.as_str())),
            _ => None,
        })
        .flatten()
        .collect();
    let mut out = HashMap::new();
    let mut read_before: HashSet<&str> = HashSet::new();
    for s in body {
        if let Stmt::Assign(a) = s {
            if let [Expr::Name(x)] = &a.targets[..] {
                let x = x.id.as_str();
                let target = match &*a.value {
                    Expr::Name(b) if BUILTINS.contains(&b.id.as_str()) && !b.id.starts_with("__") && !bound.contains_key(b.id.as_str()) => {
                        Some((None, b.id.to_string()))
                    }
                    Expr::Attribute(at) => match &*at.value {
                        Expr::Name(m) if imported.contains(m.id.as_str()) && bound.get(m.id.as_str()) == Some(&1) => {
                            Some((Some(m.id.to_string()), at.attr.to_string()))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(t) = target {
                    if bound.get(x) == Some(&1) && !read_before.contains(x) && !BUILTINS.contains(&x) {
                        out.insert(x.to_string(), t);
                    }
                }
            }
        }
        if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            let mut r = ModuleReads(&mut read_before);
            r.visit_stmt(s);
        }
    }
    out
}

/// The names module-level code reads (not inside `def`, `class` or `lambda` bodies).
struct ModuleReads<'a, 'b>(&'b mut HashSet<&'a str>);

impl<'a> Visitor<'a> for ModuleReads<'a, '_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            walk_stmt(self, s);
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if n.ctx == ExprContext::Load => drop(self.0.insert(n.id.as_str())),
            Expr::Lambda(_) => {}
            _ => walk_expr(self, e),
        }
    }
}
