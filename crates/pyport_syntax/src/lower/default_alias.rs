//! Parameters whose default is a module function no call ever replaces: `def permute(ido,
//! rotate=rotate)`.
//!
//! Code tuned for CPython binds a global function (or a builtin: `len=len`) to a parameter's
//! default so that the body reads a fast local. When every call of the function (a module-level
//! `def` bound once, only ever called directly by name) leaves that parameter to its default, the
//! parameter always holds the global: it is dropped, and the body reads the global itself. The
//! global must be a module-level `def` or `from m import f` bound once, or a builtin the program
//! never binds; neither
//! the parameter nor the global may be bound anywhere inside the function.
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

use super::name_error::BUILTINS;
use super::small_ints;

/// Start of a `def` → the parameters dropped from it, each with the global its body reads instead.
pub(crate) type DefaultAliases = HashMap<u32, Vec<(String, String)>>;

pub(crate) fn collect(body: &[ra::Stmt]) -> DefaultAliases {
    let bindings = small_ints::binding_counts(body);
    if bindings.contains_key("*") {
        return HashMap::new();
    }
    // Module-level functions: `def`s and names imported from a module (`from bisect import bisect`).
    let mut module_defs: HashSet<&str> = HashSet::new();
    for s in body {
        match s {
            ra::Stmt::FunctionDef(f) => drop(module_defs.insert(f.name.id.as_str())),
            ra::Stmt::ImportFrom(i) => module_defs.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).id.as_str())),
            _ => {}
        }
    }
    // `def f(x, rotate=rotate)`: such parameters bind the global's name too; they do not count.
    let mut self_defaults: HashMap<&str, usize> = HashMap::new();
    for s in body {
        let ra::Stmt::FunctionDef(f) = s else { continue };
        for a in f.parameters.posonlyargs.iter().chain(&f.parameters.args) {
            if matches!(a.default.as_deref(), Some(ra::Expr::Name(g)) if g.id.as_str() == a.parameter.name.id.as_str()) {
                *self_defaults.entry(a.parameter.name.id.as_str()).or_default() += 1;
            }
        }
    }
    let others = |g: &str| bindings.get(g).copied().unwrap_or(0) - self_defaults.get(g).copied().unwrap_or(0);
    let mut uses = Uses::default();
    uses.visit_body(body);
    let mut out = HashMap::new();
    for s in body {
        let ra::Stmt::FunctionDef(f) = s else { continue };
        let fname = f.name.id.as_str();
        let p = &f.parameters;
        if bindings.get(fname) != Some(&1) || !f.decorator_list.is_empty() || p.vararg.is_some() || p.kwarg.is_some() || f.is_async {
            continue;
        }
        // Every mention of the function is a direct call: (positional count, keyword names).
        let Some(calls) = uses.calls.get(fname) else { continue };
        if uses.other.contains(fname) || calls.iter().any(|c| c.is_none()) {
            continue;
        }
        // Names bound anywhere inside the body (any depth, any kind of binding).
        let inner = small_ints::binding_counts(&f.body);
        let mut dropped = Vec::new();
        for (i, a) in p.posonlyargs.iter().chain(&p.args).enumerate() {
            let Some(ra::Expr::Name(g)) = a.default.as_deref() else { continue };
            let (pn, gn) = (a.parameter.name.id.as_str(), g.id.as_str());
            let global = (module_defs.contains(gn) && others(gn) == 1) || (BUILTINS.contains(&gn) && others(gn) == 0);
            let never_given = calls.iter().flatten().all(|(n, kw)| *n <= i && !kw.iter().any(|k| k == pn));
            // (The parameter itself is bound by the `def`, not inside the body.)
            if global && never_given && !inner.contains_key(pn) && !inner.contains_key(gn) && pn != fname {
                dropped.push((pn.to_string(), gn.to_string()));
            }
        }
        if !dropped.is_empty() {
            out.insert(f.start().to_u32(), dropped);
        }
    }
    out
}

/// Per name: each direct call's positional-argument count and keyword names (`None` for a call
/// with `*` or `**` arguments); names mentioned other than as a called function.
#[derive(Default)]
struct Uses {
    calls: HashMap<String, Vec<Option<(usize, Vec<String>)>>>,
    other: HashSet<String>,
}

impl<'a> Visitor<'a> for Uses {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(_)) => {
                let ra::Expr::Name(n) = &*c.func else { unreachable!() };
                let a = &c.arguments;
                let plain = !a.args.iter().any(|x| matches!(x, ra::Expr::Starred(_))) && a.keywords.iter().all(|k| k.arg.is_some());
                let shape = plain.then(|| (a.args.len(), a.keywords.iter().filter_map(|k| k.arg.as_ref().map(|n| n.id.to_string())).collect()));
                self.calls.entry(n.id.to_string()).or_default().push(shape);
                self.visit_arguments(&c.arguments);
            }
            ra::Expr::Name(n) => drop(self.other.insert(n.id.to_string())),
            _ => visitor::walk_expr(self, e),
        }
    }
}
