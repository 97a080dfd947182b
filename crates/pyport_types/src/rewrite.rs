//! Rewriting a program's syntax tree in place, for the rewrites inference asks for.
//!
//! [`stmts`] walks statements and hands every expression (its children first) and every name a
//! statement binds to a [`Rewriter`]. Variable splitting renames with it (`split.rs`); iterating
//! over an object of a class defining `__iter__` wraps the iterable in an `__iter__()` call
//! ([`wrap_iter_calls`]).
use std::collections::BTreeMap;

use pyport_syntax::ast::*;
use pyport_syntax::Span;

/// What a rewrite does at each node.
pub(crate) trait Rewriter {
    /// Called on every expression, after its children.
    fn expr(&mut self, e: &mut Expr);
    /// Called on every name a statement binds (assignment and `for` targets, `except ... as name`).
    fn bound(&mut self, _name: &mut String, _at: Span) {}
}

pub(crate) fn stmts(body: &mut [Stmt], r: &mut impl Rewriter) {
    for s in body {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e, r),
            StmtKind::Assign { targets, value } => {
                expr(value, r);
                targets.iter_mut().for_each(|t| target(t, r));
            }
            StmtKind::AugAssign { target: t, value, .. } => {
                expr(value, r);
                target(t, r);
            }
            StmtKind::AnnAssign { target: t, value, .. } => {
                if let Some(v) = value {
                    expr(v, r);
                }
                target(t, r);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                expr(test, r);
                stmts(body, r);
                stmts(orelse, r);
            }
            StmtKind::For { target: t, iter, body, orelse } => {
                expr(iter, r);
                target(t, r);
                stmts(body, r);
                stmts(orelse, r);
            }
            StmtKind::Assert { test, msg } => {
                expr(test, r);
                if let Some(m) = msg {
                    expr(m, r);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for x in [exc, cause].into_iter().flatten() {
                    expr(x, r);
                }
            }
            StmtKind::Delete(targets) => targets.iter_mut().for_each(|t| target(t, r)),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                stmts(body, r);
                for h in handlers {
                    if let Some((name, sp)) = &mut h.name {
                        r.bound(name, *sp);
                    }
                    stmts(&mut h.body, r);
                }
                stmts(orelse, r);
                stmts(finalbody, r);
            }
            _ => {}
        }
    }
}

fn target(t: &mut Target, r: &mut impl Rewriter) {
    match t {
        Target::Name { name, span } | Target::Starred { name, span } => r.bound(name, *span),
        Target::Tuple { elts, .. } => elts.iter_mut().for_each(|e| target(e, r)),
        Target::Subscript { value, index, .. } => {
            expr(value, r);
            expr(index, r);
        }
        Target::Attr { value, .. } => expr(value, r),
    }
}

pub(crate) fn expr(e: &mut Expr, r: &mut impl Rewriter) {
    match &mut e.kind {
        ExprKind::BinOp { left, right, .. } => {
            expr(left, r);
            expr(right, r);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, r),
        ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) | ExprKind::Dict(values) => {
            values.iter_mut().for_each(|v| expr(v, r))
        }
        ExprKind::Compare { left, comparators, .. } => {
            expr(left, r);
            comparators.iter_mut().for_each(|c| expr(c, r));
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, r);
            expr(body, r);
            expr(orelse, r);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(func, r);
            args.iter_mut().for_each(|a| expr(a, r));
            keywords.iter_mut().for_each(|k| expr(&mut k.value, r));
        }
        ExprKind::Attribute { value, .. } => expr(value, r),
        ExprKind::Subscript { value, index } => {
            expr(value, r);
            expr(index, r);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, r);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::GenExp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::DictComp { elt, generators } => {
            expr(elt, r);
            for g in generators {
                expr(&mut g.iter, r);
                g.ifs.iter_mut().for_each(|c| expr(c, r));
            }
        }
        ExprKind::FString(parts) => fparts(parts, r),
        ExprKind::Yield(Some(v)) | ExprKind::Starred(v) => expr(v, r),
        ExprKind::Lambda { body, .. } => expr(body, r),
        ExprKind::Named { value, .. } => expr(value, r),
        _ => {}
    }
    r.expr(e);
}

fn fparts(parts: &mut [FPart], r: &mut impl Rewriter) {
    for p in parts {
        if let FPart::Field { value, spec, .. } = p {
            expr(value, r);
            fparts(spec, r);
        }
    }
}

/// Every expression of the program: module code, function bodies, parameter defaults and class
/// attribute values.
fn whole_program(program: &mut Program, r: &mut impl Rewriter) {
    stmts(&mut program.body, r);
    for f in &mut program.functions {
        stmts(&mut f.body, r);
        for p in &mut f.params {
            if let Some(d) = &mut p.default {
                expr(d, r);
            }
        }
    }
    for c in &mut program.classes {
        for (_, _, v) in &mut c.attrs {
            expr(v, r);
        }
    }
}

/// The name of the call that iterates an iterator object through its `__next__` until it raises
/// StopIteration (not a Python name: inference and emission know it).
pub const NEXT_ITER: &str = "__pyport_next_iter";

/// A rewrite inference asks for at an expression (by span), once it knows types.
#[derive(Clone, Debug)]
pub(crate) enum Rewrite {
    /// An object iterated over (`for x in obj`, `list(obj)`, `a, b = obj`...): wrapped in a call of
    /// its class's `__iter__` method, as CPython's `iter(obj)` does; when that returns an iterator
    /// object (`next`), also in [`NEXT_ITER`], the generator of its `__next__` results.
    Iter { class: String, next: bool },
    /// A call of a method (or class) with a `*args` parameter: its positional arguments from
    /// `from` on are packed into one tuple, as CPython binds them.
    Pack { from: usize },
    /// A `*t` argument (`t` a variable holding a tuple of `len` items) in a call of a method
    /// without `*args`: replaced by `t[0], ..., t[len - 1]`.
    Spread { len: usize },
    /// The object of `x.attr` whose class lacks `attr` and delegates it with
    /// `__getattr__` to its field `field`: `x` becomes `x.field`.
    Delegate { field: String },
}

/// Makes the rewrites `at` asks for.
pub(crate) fn apply(program: &mut Program, at: &BTreeMap<(u32, u32), Rewrite>) {
    struct Apply<'a> {
        at: &'a BTreeMap<(u32, u32), Rewrite>,
        next_id: u32,
        done: std::collections::HashSet<(u32, u32)>,
        packed: Vec<ExprId>,
    }
    impl Apply<'_> {
        fn id(&mut self) -> ExprId {
            self.next_id += 1;
            self.next_id - 1
        }
    }
    impl Rewriter for Apply<'_> {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Call { args, .. } = &mut e.kind {
                let spread = |a: &Expr| match self.at.get(&(a.span.start, a.span.end)) {
                    Some(Rewrite::Spread { len }) if matches!(&a.kind, ExprKind::Starred(inner) if matches!(inner.kind, ExprKind::Name(_))) => Some(*len),
                    _ => None,
                };
                if let Some(i) = args.iter().position(|a| spread(a).is_some()) {
                    let len = spread(&args[i]).unwrap_or(0);
                    let star = args.remove(i);
                    let ExprKind::Starred(inner) = star.kind else { return };
                    self.done.insert((star.span.start, star.span.end));
                    for k in (0..len).rev() {
                        let (name, index) = (Expr { id: self.id(), span: inner.span, kind: inner.kind.clone() }, Expr { id: self.id(), span: inner.span, kind: ExprKind::Int(k as i64) });
                        let item = Expr { id: self.id(), span: star.span, kind: ExprKind::Subscript { value: Box::new(name), index: Box::new(index) } };
                        args.insert(i, item);
                    }
                }
            }
            let key = (e.span.start, e.span.end);
            let Some(r) = self.at.get(&key) else { return };
            match r {
                // Children come first: when an expression and its child share a span, the child
                // is the one iterated (the outer one is then that child's wrapper).
                Rewrite::Iter { next, .. } => {
                    if !self.done.insert(key) {
                        return;
                    }
                    let span = e.span;
                    let inner = std::mem::replace(e, Expr { id: 0, span, kind: ExprKind::None });
                    let attr = Expr { id: self.id(), span, kind: ExprKind::Attribute { value: Box::new(inner), attr: "__iter__".into() } };
                    *e = Expr { id: self.id(), span, kind: ExprKind::Call { func: Box::new(attr), args: Vec::new(), keywords: Vec::new() } };
                    if *next {
                        let iterator = std::mem::replace(e, Expr { id: 0, span, kind: ExprKind::None });
                        let f = Expr { id: self.id(), span, kind: ExprKind::Name(NEXT_ITER.into()) };
                        *e = Expr { id: self.id(), span, kind: ExprKind::Call { func: Box::new(f), args: vec![iterator], keywords: Vec::new() } };
                    }
                }
                Rewrite::Spread { .. } => {}
                Rewrite::Delegate { field } => {
                    if !self.done.insert(key) {
                        return;
                    }
                    let span = e.span;
                    let inner = std::mem::replace(e, Expr { id: 0, span, kind: ExprKind::None });
                    *e = Expr { id: self.id(), span, kind: ExprKind::Attribute { value: Box::new(inner), attr: field.clone() } };
                }
                Rewrite::Pack { from } => {
                    let ExprKind::Call { args, .. } = &mut e.kind else { return };
                    if args.len() < *from || !self.done.insert(key) {
                        return;
                    }
                    let extra = args.split_off(*from);
                    let span = match (extra.first(), extra.last()) {
                        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
                        _ => e.span,
                    };
                    let tuple = Expr { id: self.id(), span, kind: ExprKind::Tuple(extra) };
                    let ExprKind::Call { args, .. } = &mut e.kind else { return };
                    args.push(tuple);
                    self.packed.push(e.id);
                }
            }
        }
    }
    let mut w = Apply { at, next_id: program.expr_count, done: Default::default(), packed: Vec::new() };
    whole_program(program, &mut w);
    program.expr_count = w.next_id;
    program.packed_calls.extend(w.packed);
}
