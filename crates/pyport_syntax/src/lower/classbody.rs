//! Assignments in a class body beyond `name = value`: method aliases (`__rmul__ = __mul__`),
//! several names at once (`up, down = range(2)`, `a, b = 1, 2`), and values that read the class's
//! earlier attributes (`total = base + 1`, which the class body resolves in its own namespace).
use std::cell::RefCell;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::transformer::{self, Transformer};

use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

/// What a name of the class body was last bound to, while the body is lowered in order.
pub(super) enum Bound<'a> {
    /// `def name(...)`: a method (its source, to define an alias as a copy of it).
    Method(&'a ra::StmtFunctionDef),
    /// `name = value`: a class attribute.
    Attr,
}

/// Rewrites the names of earlier class attributes into `Cls.name` (outside nested scopes, which
/// do not see the class namespace), and notes any name from `watch`.
pub(super) struct ClassNames<'n> {
    pub cls: &'n str,
    pub attrs: &'n [String],
    pub methods: &'n [String],
    pub watch: &'n [String],
    /// Set when the value reads a method of the class (not a value the compiler can copy) or a watched name.
    pub hit: RefCell<Option<String>>,
}

impl Transformer for ClassNames<'_> {
    fn visit_expr(&self, e: &mut ra::Expr) {
        match e {
            ra::Expr::Name(n) if matches!(n.ctx, ra::ExprContext::Load) => {
                let id = n.id.as_str().to_string();
                if self.watch.contains(&id) || self.methods.contains(&id) {
                    self.hit.borrow_mut().get_or_insert(id.clone());
                }
                if self.attrs.contains(&id) {
                    let base = ra::Expr::Name(ra::ExprName { node_index: Default::default(), range: n.range, id: self.cls.into(), ctx: ra::ExprContext::Load });
                    let attr = ra::Identifier { id: n.id.clone(), range: n.range, node_index: Default::default() };
                    *e = ra::Expr::Attribute(ra::ExprAttribute { node_index: Default::default(), range: n.range, value: Box::new(base), attr, ctx: ra::ExprContext::Load });
                }
            }
            // Their own scopes: class attributes are not visible there (a global of the name is).
            ra::Expr::Lambda(_) | ra::Expr::ListComp(_) | ra::Expr::SetComp(_) | ra::Expr::DictComp(_) | ra::Expr::Generator(_) => {}
            _ => transformer::walk_expr(self, e),
        }
    }
}

/// Method `f` of class `cls` with its parameter defaults' reads of the class attributes `attrs`
/// (bound above it in the class body, where defaults are evaluated) made `Cls.name`; `None` when
/// no default reads one.
pub(super) fn defaults_in_class_scope(f: &ra::StmtFunctionDef, cls: &str, attrs: &[String]) -> Option<ra::StmtFunctionDef> {
    if attrs.is_empty() {
        return None;
    }
    let mut out = f.clone();
    let p = &mut *out.parameters;
    let mut hit = false;
    for d in p.posonlyargs.iter_mut().chain(p.args.iter_mut()).chain(p.kwonlyargs.iter_mut()).filter_map(|a| a.default.as_deref_mut()) {
        let rw = ClassNames { cls, attrs, methods: &[], watch: attrs, hit: RefCell::new(None) };
        rw.visit_expr(d);
        hit |= rw.hit.into_inner().is_some();
    }
    hit.then_some(out)
}

/// The integer value of a literal `n` or `-n`.
fn int_literal(e: &ra::Expr) -> Option<i64> {
    match e {
        ra::Expr::NumberLiteral(ra::ExprNumberLiteral { value: ra::Number::Int(i), .. }) => i.as_i64(),
        ra::Expr::UnaryOp(u) if matches!(u.op, ra::UnaryOp::USub) => int_literal(&u.operand).map(|v| -v),
        _ => None,
    }
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)` with literal ints: its values.
fn literal_range(e: &ra::Expr) -> Option<Vec<i64>> {
    let ra::Expr::Call(c) = e else { return None };
    if !matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "range") || !c.arguments.keywords.is_empty() {
        return None;
    }
    let a: Vec<i64> = c.arguments.args.iter().map(int_literal).collect::<Option<_>>()?;
    let (start, stop, step) = match a[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] if step != 0 => (start, stop, step),
        _ => return None,
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i);
        if out.len() > 64 {
            return None;
        }
        i = i.checked_add(step)?;
    }
    Some(out)
}

impl Lowerer {
    /// One `target = value` statement of the body of class `cls` (id `cid`). Pushes class
    /// attributes to `attrs` and alias methods to `methods`; `false` after a diagnostic.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn class_body_assign<'a>(
        &mut self,
        cid: ClassId,
        cls: &str,
        s: &'a ra::StmtAssign,
        bound: &mut Vec<(String, Bound<'a>)>,
        attrs: &mut Vec<(String, Span, Expr)>,
        methods: &mut Vec<FuncId>,
    ) -> bool {
        let sp = span(s);
        let refuse = |me: &mut Self, help: &str| {
            me.unsupported("this assignment in a class body", sp, help);
            false
        };
        let [target] = &s.targets[..] else {
            return refuse(self, "assign one name at a time: `a = 0` then `b = 0`");
        };
        // The (name, value) pairs, values as written.
        let pairs: Vec<(&ra::ExprName, Result<&ra::Expr, i64>)> = match target {
            ra::Expr::Name(n) => vec![(n, Ok(&*s.value))],
            ra::Expr::Tuple(ra::ExprTuple { elts, .. }) | ra::Expr::List(ra::ExprList { elts, .. }) => {
                let names: Option<Vec<&ra::ExprName>> = elts.iter().map(|t| if let ra::Expr::Name(n) = t { Some(n) } else { None }).collect();
                let Some(names) = names else {
                    return refuse(self, "unpack into plain names: `a, b = 1, 2`");
                };
                let values: Vec<Result<&ra::Expr, i64>> = match &*s.value {
                    ra::Expr::Tuple(ra::ExprTuple { elts: vs, .. }) | ra::Expr::List(ra::ExprList { elts: vs, .. })
                        if !vs.iter().any(|v| matches!(v, ra::Expr::Starred(_))) =>
                    {
                        vs.iter().map(Ok).collect()
                    }
                    v => match literal_range(v) {
                        Some(ints) => ints.into_iter().map(Err).collect(),
                        None => return refuse(self, "unpack a tuple of values or a `range` with literal bounds"),
                    },
                };
                if values.len() != names.len() {
                    // CPython: ValueError when the class body runs.
                    return refuse(self, "the number of names and values differ");
                }
                names.into_iter().zip(values).collect()
            }
            _ => return refuse(self, "assign one name: `count = 0`"),
        };
        let targets: Vec<String> = pairs.iter().map(|(n, _)| n.id.as_str().to_string()).collect();
        for (n, v) in pairs {
            let name = n.id.as_str().to_string();
            let nsp = span(n);
            if bound.iter().any(|(b, k)| b == &name && matches!(k, Bound::Method(_))) {
                return refuse(self, "a name of the class body is bound to a method and then to something else");
            }
            let value = match v {
                Err(i) => self.expr(nsp, ExprKind::Int(i)),
                Ok(ra::Expr::Name(m)) if bound.iter().rev().find(|(b, _)| b == m.id.as_str()).is_some_and(|(_, k)| matches!(k, Bound::Method(_))) => {
                    // `__rmul__ = __mul__`: the alias is the same function under another name.
                    let Some((_, Bound::Method(f))) = bound.iter().rev().find(|(b, _)| b == m.id.as_str()) else { unreachable!() };
                    let f = *f;
                    if attrs.iter().any(|(a, ..)| a == &name) {
                        return refuse(self, "a name of the class body is bound to an attribute and then to a method");
                    }
                    let mut g = f.clone();
                    g.name.id = name.as_str().into();
                    self.cur_class = Some((cid, MethodKind::Instance));
                    let st = self.function_def(&g, span(f));
                    self.cur_class = None;
                    match st {
                        Some(Stmt { kind: StmtKind::FunctionDef(id), .. }) => {
                            self.program.functions[id].name_span = nsp;
                            methods.push(id);
                        }
                        _ => return false,
                    }
                    bound.push((name, Bound::Method(f)));
                    continue;
                }
                Ok(v) => {
                    let earlier: Vec<String> = bound.iter().filter(|(_, k)| matches!(k, Bound::Attr)).map(|(b, _)| b.clone()).collect();
                    let meths: Vec<String> = bound.iter().filter(|(_, k)| matches!(k, Bound::Method(_))).map(|(b, _)| b.clone()).collect();
                    let watch: Vec<String> = if targets.len() > 1 { targets.clone() } else { Vec::new() };
                    let rw = ClassNames { cls, attrs: &earlier, methods: &meths, watch: &watch, hit: RefCell::new(None) };
                    let mut v = v.clone();
                    rw.visit_expr(&mut v);
                    if let Some(h) = rw.hit.into_inner() {
                        let what = if meths.contains(&h) { format!("a value computed from the method `{h}` in a class body") } else { format!("`{h}` both assigned and read in one class-body assignment") };
                        self.unsupported(&what, span(&v), "");
                        return false;
                    }
                    self.lower_expr(&v)
                }
            };
            bound.push((name.clone(), Bound::Attr));
            attrs.push((name, nsp, value));
        }
        true
    }
}
