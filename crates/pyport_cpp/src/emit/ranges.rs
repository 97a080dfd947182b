//! Value ranges of int locals and parameters (`program_ranges`), and the int arithmetic they
//! let the emitter write as plain C++ `int64_t` operations (`raw_range`).
//!
//! An int operation goes through the exact runtime functions (`py::add(a, b, line)`: a
//! `py::Int` that grows past 64 bits by default, a checked int64 under `--int64`). Where the
//! ranges of both operands prove that the result fits in int64, no check can fire and the
//! operation is written as C++ arithmetic on `int64_t`, which the C++ compiler can then
//! vectorize and strength-reduce (`1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)` in a loop
//! over `range(n)` with `n = 600`).
//!
//! The ranges are a sound over-approximation: every binding of a name (`int_bindings`) joins
//! the range of its value into the name's range, a `range(...)` loop index lies between the
//! start and the stop, a parameter joins the arguments of every call (`CallGraph`), and a range
//! that keeps growing (a counter, a recursion `f(n - 1)`) is widened to unknown after a few
//! rounds, so the fixpoint ends.

use std::collections::HashMap;

use pyport_syntax::ast::*;
use pyport_types::{const_int, NameRef, Ty, Typed};

use super::{int_bindings, CallGraph, Emitter, IntBinding, SMALL_STEP};

/// The values an int may hold, both ends included.
pub(super) type IntRange = (i128, i128);

/// What the analysis knows about a name while it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    /// No binding seen yet.
    Nothing,
    Range(IntRange),
    Unknown,
}

impl Known {
    fn join(self, other: Known) -> Known {
        match (self, other) {
            (Known::Nothing, x) | (x, Known::Nothing) => x,
            (Known::Range((a, b)), Known::Range((c, d))) => Known::Range((a.min(c), b.max(d))),
            _ => Known::Unknown,
        }
    }
}

const I64: IntRange = (i64::MIN as i128, i64::MAX as i128);
/// The length of a container held in memory (far below 2**48 on a 64-bit machine).
const LEN: IntRange = (0, 1 << 48);
/// What a counter's values start within (`bind_ranges`).
const SMALL: i128 = 1 << 48;
/// What a counter stepped from `SMALL` stays within.
const COUNTER_BOUND: i128 = 1 << 62;
/// Rounds a name's range may grow before it is widened to unknown.
const GROWTH_LIMIT: u32 = 4;

fn fits(r: IntRange) -> Option<IntRange> {
    (r.0 >= I64.0 && r.1 <= I64.1).then_some(r)
}

/// The range of `op` applied to values in `l` and `r`, when it fits in int64 and the operation
/// can be written as plain C++ on int64 (for `//` and `%`: a positive constant divisor `d`).
fn binop_range(op: BinOp, l: IntRange, r: IntRange, divisor: Option<i128>) -> Option<IntRange> {
    let corners = |f: fn(i128, i128) -> i128| {
        let v = [f(l.0, r.0), f(l.0, r.1), f(l.1, r.0), f(l.1, r.1)];
        (*v.iter().min().unwrap(), *v.iter().max().unwrap())
    };
    match op {
        BinOp::Add => fits((l.0 + r.0, l.1 + r.1)),
        BinOp::Sub => fits((l.0 - r.1, l.1 - r.0)),
        BinOp::Mul => fits(corners(|a, b| a * b)),
        BinOp::FloorDiv => divisor.filter(|d| *d > 0).map(|d| (l.0.div_euclid(d), l.1.div_euclid(d))),
        BinOp::Mod => divisor.filter(|d| *d > 0).map(|d| if l.0 >= 0 && l.1 < d { l } else { (0, d - 1) }),
        _ => None,
    }
}

/// The C++ of `l op r` on int64_t, for an operation `binop_range` accepted (`lr`: the range of `l`).
fn raw_op_code(op: BinOp, l: &str, lr: IntRange, r: &str) -> String {
    match op {
        BinOp::Add => format!("({l} + {r})"),
        BinOp::Sub => format!("({l} - {r})"),
        BinOp::Mul => format!("({l} * {r})"),
        // C++ truncates toward zero: the same as Python's floor for a non-negative dividend.
        BinOp::FloorDiv if lr.0 >= 0 => format!("({l} / {r})"),
        BinOp::FloorDiv => format!("py::floordiv_i64_by_positive({l}, {r})"),
        BinOp::Mod if lr.0 >= 0 => format!("({l} % {r})"),
        BinOp::Mod => format!("py::mod_i64_by_positive({l}, {r})"),
        _ => unreachable!("binop_range accepts only these"),
    }
}

/// The range of the int expression `e`, given the ranges of names (`None`: unknown).
fn expr_range(e: &Expr, typed: &Typed, env: &HashMap<String, Known>) -> Known {
    if let Some(c) = const_int(e) {
        return Known::Range((c as i128, c as i128));
    }
    match &e.kind {
        ExprKind::Name(n) if typed.names.get(&e.id) == Some(&NameRef::Var) => env.get(n).copied().unwrap_or(Known::Unknown),
        ExprKind::BinOp { op, left, right } if *typed.ty(left.id) == Ty::Int && *typed.ty(right.id) == Ty::Int => {
            match (expr_range(left, typed, env), expr_range(right, typed, env)) {
                (Known::Nothing, _) | (_, Known::Nothing) => Known::Nothing,
                (Known::Range(l), Known::Range(r)) => {
                    binop_range(*op, l, r, const_int(right).map(i128::from)).map_or(Known::Unknown, Known::Range)
                }
                _ => Known::Unknown,
            }
        }
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } if *typed.ty(operand.id) == Ty::Int => match expr_range(operand, typed, env) {
            Known::Range((lo, hi)) => fits((-hi, -lo)).map_or(Known::Unknown, Known::Range),
            k => k,
        },
        ExprKind::Call { func, args, keywords } if args.len() == 1 && keywords.is_empty() => {
            let is_len = matches!(func.kind, ExprKind::Name(_)) && typed.names.get(&func.id) == Some(&NameRef::Builtin("len".into()));
            let in_memory = matches!(
                typed.ty(args[0].id),
                Ty::List(_) | Ty::Str | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_) | Ty::Mapping(..)
            );
            if is_len && in_memory { Known::Range(LEN) } else { Known::Unknown }
        }
        _ => Known::Unknown,
    }
}

/// The range of one binding's value.
fn binding_range(b: &IntBinding, typed: &Typed, env: &HashMap<String, Known>) -> Known {
    match b {
        IntBinding::Range(args) => {
            let rs: Vec<Known> = args.iter().map(|a| expr_range(a, typed, env)).collect();
            if rs.contains(&Known::Nothing) {
                return Known::Nothing;
            }
            let Some(rs) = rs.iter().map(|k| if let Known::Range(r) = k { Some(*r) } else { None }).collect::<Option<Vec<IntRange>>>() else {
                return Known::Unknown;
            };
            // Every element lies between the start and the stop (the stop excluded).
            let (start, stop) = if rs.len() == 1 { ((0, 0), rs[0]) } else { (rs[0], rs[1]) };
            let step_positive = args.get(2).map_or(true, |s| const_int(s).is_some_and(|c| c > 0));
            if step_positive {
                Known::Range((start.0, start.0.max(stop.1 - 1)))
            } else {
                Known::Range((start.0.min(stop.0 + 1), start.1.max(stop.1 - 1)))
            }
        }
        IntBinding::EnumIndex(None) => Known::Range(LEN),
        IntBinding::EnumIndex(Some(start)) => match expr_range(start, typed, env) {
            Known::Range((lo, hi)) => fits((lo, hi + LEN.1)).map_or(Known::Unknown, Known::Range),
            k => k,
        },
        IntBinding::Value(v) => expr_range(v, typed, env),
        // (`bind_ranges` accounts for steps.)
        IntBinding::Step(_) | IntBinding::Other => Known::Unknown,
    }
}

/// Joins the range of every binding in `body` into `env` (the names tracked, with what is known
/// before any binding), to a fixpoint. A range that keeps growing is widened to unknown.
///
/// A counter stepped by a small constant (`x += c`, |c| <= 16) whose other bindings all stay
/// within 2**48 in magnitude stays within 2**62 in the step's direction: each step executed
/// moves it by at most 16, so passing 2**62 would take more than 2**57 statements, years of
/// run time (the argument `small_int_locals` makes for `Bounded` widths).
fn bind_ranges(body: &[Stmt], typed: &Typed, env: &mut HashMap<String, Known>) {
    let mut bindings = Vec::new();
    int_bindings(body, typed, &mut bindings);
    // Per name: the join of its bindings other than steps, and the directions it is stepped in.
    let mut base: HashMap<String, Known> = env.clone();
    let mut steps: HashMap<&str, (bool, bool, bool)> = HashMap::new();
    for (name, b) in &bindings {
        if let IntBinding::Step(c) = b {
            let s = steps.entry(name.as_str()).or_default();
            s.0 |= *c > 0;
            s.1 |= *c < 0;
            s.2 |= c.unsigned_abs() > SMALL_STEP as u64;
        }
    }
    let effective = |name: &str, k: Known| match (steps.get(name), k) {
        (None, k) | (Some(_), k @ Known::Nothing) => k,
        (Some((up, down, false)), Known::Range((lo, hi))) if lo >= -SMALL && hi <= SMALL => {
            Known::Range((if *down { -COUNTER_BOUND } else { lo }, if *up { COUNTER_BOUND } else { hi }))
        }
        _ => Known::Unknown,
    };
    for (name, k) in env.iter_mut() {
        *k = effective(name, *k);
    }
    let mut growth: HashMap<&str, u32> = HashMap::new();
    loop {
        let mut changed = false;
        for (name, b) in &bindings {
            let Some(&cur) = base.get(name) else { continue };
            if matches!(b, IntBinding::Step(_)) {
                continue;
            }
            let new = cur.join(binding_range(b, typed, env));
            if new != cur {
                let g = growth.entry(name.as_str()).or_default();
                *g += 1;
                let new = if *g > GROWTH_LIMIT { Known::Unknown } else { new };
                base.insert(name.clone(), new);
                env.insert(name.clone(), effective(name, new));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Per function, the ranges of its int locals and parameters that are known (not captured by
/// a nested function, not bound by `:=`); parameters from the arguments of every call when the
/// function's calls are all known (`CallGraph`), module-level calls reading the ranges of the
/// module's int variables (not declared `global` in any function, not bound by `:=`).
pub(super) fn program_ranges(prog: &Program, typed: &Typed) -> Vec<HashMap<String, IntRange>> {
    let n = prog.functions.len();
    let graph = CallGraph::of(prog, typed);
    let module = {
        let mut written_elsewhere = std::collections::HashSet::new();
        for f in &prog.functions {
            pyport_types::global_names(&f.body, &mut written_elsewhere);
        }
        written_elsewhere.extend(pyport_types::walrus_names(&prog.body));
        let mut env: HashMap<String, Known> = typed
            .globals
            .iter()
            .filter(|(n, t)| *t == Ty::Int && !written_elsewhere.contains(n))
            .map(|(n, _)| (n.clone(), Known::Nothing))
            .collect();
        bind_ranges(&prog.body, typed, &mut env);
        env
    };
    // Parameters start with nothing known and join the arguments of each call.
    let mut params: Vec<Vec<Known>> =
        graph.int_params(prog, typed).into_iter().map(|ps| ps.into_iter().map(|ok| if ok { Known::Nothing } else { Known::Unknown }).collect()).collect();
    let mut param_growth: HashMap<(FuncId, usize), u32> = HashMap::new();
    let empty = HashMap::new();
    loop {
        let envs: Vec<HashMap<String, Known>> = (0..n).map(|fid| function_ranges(prog, typed, fid, &params[fid])).collect();
        let mut changed = false;
        for (caller, callee, args, kws) in &graph.calls {
            let f = &prog.functions[*callee];
            let env = caller.map_or(&module, |c| &envs[c]);
            for i in 0..f.params.len() {
                let cur = params[*callee][i];
                if cur == Known::Unknown {
                    continue;
                }
                let arg = match CallGraph::arg(f, i, args, kws) {
                    Some(Ok(a)) => expr_range(a, typed, env),
                    Some(Err(d)) => expr_range(d, typed, &empty),
                    None => Known::Unknown,
                };
                let new = cur.join(arg);
                if new != cur {
                    let g = param_growth.entry((*callee, i)).or_default();
                    *g += 1;
                    params[*callee][i] = if *g > GROWTH_LIMIT { Known::Unknown } else { new };
                    changed = true;
                }
            }
        }
        if !changed {
            return envs
                .into_iter()
                .map(|env| env.into_iter().filter_map(|(n, k)| if let Known::Range(r) = k { Some((n, r)) } else { None }).collect())
                .collect();
        }
    }
}

/// The ranges of the int locals and parameters of `fid`, the parameters starting from `params`.
fn function_ranges(prog: &Program, typed: &Typed, fid: FuncId, params: &[Known]) -> HashMap<String, Known> {
    let f = &prog.functions[fid];
    let ft = &typed.funcs[fid];
    let walrus = pyport_types::walrus_names(&f.body);
    let tracked = |n: &String| !ft.captured.contains(n) && !walrus.contains(n);
    // A local holds only what its bindings give it: a read that may come before any binding
    // raises UnboundLocalError instead (`Typed::unbound_vars`).
    let mut env: HashMap<String, Known> = ft
        .locals
        .iter()
        .filter(|(n, t)| *t == Ty::Int && tracked(n) && !f.params.iter().any(|p| &p.name == n))
        .map(|(n, _)| (n.clone(), Known::Nothing))
        .collect();
    for (p, k) in f.params.iter().zip(params) {
        if tracked(&p.name) {
            env.insert(p.name.clone(), *k);
        }
    }
    bind_ranges(&f.body, typed, &mut env);
    env
}

impl Emitter<'_> {
    /// The range of `e` when it is an int expression whose C++ is a plain `int64_t` (or an int
    /// literal) and whose value provably fits: a literal, a local or parameter declared
    /// `int64_t` with a known range, or `+ - *` (and `//`, `%` by a positive constant, unary
    /// `-`) of such operands whose result provably fits. The emitter writes exactly these as
    /// C++ arithmetic (`raw_int_binop`), so the answer also says what the C++ is.
    pub(super) fn raw_range(&mut self, e: &Expr) -> Option<IntRange> {
        if self.ty(e) != Ty::Int {
            return None;
        }
        if let Some(c) = const_int(e) {
            // (`int64_t{-9223372036854775808}` is not C++: the literal is out of range.)
            return (c != i64::MIN).then_some((c as i128, c as i128));
        }
        match &e.kind {
            ExprKind::Name(n) if self.typed.names.get(&e.id) == Some(&NameRef::Var) => {
                let shadowed = self.comp_stack.iter().any(|(_, vs)| vs.contains(n));
                let int64_storage = self.int64 || self.small_ints.contains(n);
                if shadowed || !int64_storage {
                    return None;
                }
                self.int_ranges.get(n).copied()
            }
            ExprKind::BinOp { op, left, right } => {
                let l = self.raw_range(left)?;
                let r = self.raw_range(right)?;
                binop_range(*op, l, r, const_int(right).map(i128::from))
            }
            ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => {
                let (lo, hi) = self.raw_range(operand)?;
                fits((-hi, -lo))
            }
            _ => None,
        }
    }

    /// `left op right` as C++ arithmetic on int64_t when `raw_range` proves it fits (no check
    /// can fire); `None` otherwise.
    pub(super) fn raw_int_binop(&mut self, e: &Expr, op: BinOp, left: &Expr, right: &Expr) -> Option<String> {
        self.raw_range(e)?;
        let lr = self.raw_range(left)?;
        let l = self.raw_operand(left);
        let r = self.raw_operand(right);
        Some(raw_op_code(op, &l, lr, &r))
    }

    /// `left / right` on two ints as C++ division of doubles, when their ranges prove both are
    /// exact as doubles (|x| <= 2**53: IEEE division is then correctly rounded, as CPython's
    /// int true division) and the divisor is never 0; `None` otherwise.
    pub(super) fn raw_int_truediv(&mut self, left: &Expr, right: &Expr) -> Option<String> {
        const EXACT: i128 = 1 << 53;
        let exact = |(lo, hi): IntRange| lo >= -EXACT && hi <= EXACT;
        let (l, r) = (self.raw_range(left)?, self.raw_range(right)?);
        if !exact(l) || !exact(r) || (r.0 <= 0 && r.1 >= 0) {
            return None;
        }
        let (l, r) = (self.raw_operand(left), self.raw_operand(right));
        Some(format!("(static_cast<double>({l}) / static_cast<double>({r}))"))
    }

    /// `left / right` of a float by an int as C++ division of doubles, when the int's range
    /// proves it is never 0: CPython converts the int to the nearest double, as `static_cast`
    /// does, and a nonzero int converts to a nonzero double, so `ZeroDivisionError` cannot fire
    /// (`1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)` over `range(n)`); `None` otherwise.
    pub(super) fn raw_float_by_int_div(&mut self, left: &str, right: &Expr) -> Option<String> {
        let (lo, hi) = self.raw_range(right)?;
        if lo <= 0 && hi >= 0 {
            return None;
        }
        let r = self.raw_operand(right);
        Some(format!("({left} / static_cast<double>({r}))"))
    }

    /// `name op= value` as the C++ of the new value, on int64_t, when the name's range and the
    /// value's prove it fits (a counter step `k += 1`); `None` otherwise.
    pub(super) fn raw_aug_value(&mut self, name: &str, op: BinOp, value: &Expr) -> Option<String> {
        let shadowed = self.comp_stack.iter().any(|(_, vs)| vs.iter().any(|v| v == name));
        if shadowed || !(self.int64 || self.small_ints.contains(name)) || self.var_ty(name) != Ty::Int {
            return None;
        }
        let nr = *self.int_ranges.get(name)?;
        let vr = self.raw_range(value)?;
        binop_range(op, nr, vr, const_int(value).map(i128::from))?;
        let r = self.raw_operand(value);
        Some(raw_op_code(op, &super::cname(name), nr, &r))
    }

    /// The C++ of an operand `raw_range` accepted, as an `int64_t` (a literal gets the type
    /// spelled out, so literal-only arithmetic is not done in C++ `int`).
    fn raw_operand(&mut self, e: &Expr) -> String {
        match const_int(e) {
            Some(c) if !self.overrides.contains_key(&e.id) => format!("int64_t{{{c}}}"),
            _ => self.expr(e),
        }
    }

    /// `-operand` as C++ on int64_t when `raw_range` proves it fits.
    pub(super) fn raw_int_neg(&mut self, e: &Expr, operand: &Expr) -> Option<String> {
        self.raw_range(e)?;
        let c = self.raw_operand(operand);
        Some(format!("(-{c})"))
    }
}
