//! Emission of operations on a union value the program does not narrow first (runtime:
//! `runtime/pyport/union_ops.hpp`): a dispatch on the member held, each member handled by the
//! ordinary code for its type, and CPython's TypeError (or ValueError) for members Python
//! rejects. Inference has already refused the member combinations the port cannot run.
use super::*;

/// The type of the items of a union's iterable members: their one type, or (inference lets only
/// scalar items differ: a str's and a list of ints' items) the union of those, spelled as
/// inference resolves it (bool, then the number, then str; an int and a float join as
/// int-or-float).
pub(super) fn union_items_ty(ms: &[Ty]) -> Ty {
    let mut items: Vec<Ty> = Vec::new();
    for m in ms {
        let t = match m {
            Ty::Str => Ty::Str,
            Ty::List(e) | Ty::Set(e) | Ty::VarTuple(e) => (**e).clone(),
            Ty::Tuple(ts) if !ts.is_empty() => ts[0].clone(),
            _ => continue,
        };
        if t != Ty::Unknown && !items.contains(&t) {
            items.push(t);
        }
    }
    if items.len() <= 1 {
        return items.pop().unwrap_or(Ty::Unknown);
    }
    if !items.iter().all(|t| matches!(t, Ty::Bool | Ty::Int | Ty::Float | Ty::Num | Ty::Str)) {
        return items.swap_remove(0);
    }
    let numbers: Vec<&Ty> = items.iter().filter(|t| matches!(t, Ty::Int | Ty::Float | Ty::Num)).collect();
    let number = match numbers.as_slice() {
        [] => None,
        [one] => Some((*one).clone()),
        _ => Some(Ty::Num),
    };
    let mut out = Vec::new();
    if items.contains(&Ty::Bool) {
        out.push(Ty::Bool);
    }
    out.extend(number);
    if items.contains(&Ty::Str) {
        out.push(Ty::Str);
    }
    if out.len() == 1 {
        return out.swap_remove(0);
    }
    Ty::Union(out)
}

impl Emitter<'_> {
    /// `for x in u` / `sorted(u)`: a cursor over the items of the member held.
    pub(super) fn union_iterable(&mut self, code: &str, ms: &[Ty], sp: Span) -> String {
        let e = self.cty(&union_items_ty(ms), sp);
        format!("py::union_iter<{e}>({code})")
    }

    /// `len(u)`.
    pub(super) fn union_len(&mut self, code: &str) -> String {
        format!("py::int_t(py::union_len({code}))")
    }

    /// An expression of type `res` computed from the member `u` holds: `member(code, ty)` gives
    /// the code for a member of type `ty` (its value is `code`), or `None` for the members
    /// Python rejects, which raise `error` (a C++ statement that throws; `{m}`: the member).
    pub(super) fn union_dispatch(
        &mut self,
        code: &str,
        ms: &[Ty],
        res: &Ty,
        error: &str,
        mut member: impl FnMut(&mut Self, &str, &Ty) -> Option<(String, Ty)>,
    ) -> String {
        let rc = self.cty(res, Span::default());
        let u = self.fresh("u");
        let mut body = format!("[&]() -> {rc} {{ const auto& {u} = {code}; switch ({u}.index()) {{ ");
        for (i, m) in ms.iter().enumerate() {
            let mc = format!("std::get<{i}>({u}.v)");
            let stmt = match member(self, &mc, m) {
                Some((c, t)) => {
                    let c = self.coerce(&c, &t, res);
                    format!("return {c};")
                }
                None => error.replace("{m}", &mc),
            };
            body.push_str(&format!("case {i}: {{ {stmt} }} "));
        }
        body.push_str("} py::internal_error(\"a union value holds none of its types\"); }()");
        body
    }

    /// `u[i]` / `u[a:b]`: the value, then the index or bounds, then the str or list member held
    /// indexed as itself; other members raise TypeError.
    pub(super) fn union_subscript(&mut self, e: &Expr, index: &Expr, v: &str, ms: &[Ty]) -> String {
        let res = self.ty(e);
        let rc = self.cty(&res, e.span);
        let l = self.line(e.span);
        let uv = self.fresh("uv");
        let mut pre = String::new();
        let slice = if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut parts = Vec::new();
            for p in [lower, upper, step] {
                parts.push(match p {
                    Some(x) => {
                        let c = self.int_operand(x, "slice indices must be integers or None or have an __index__ method");
                        let t = self.fresh("b");
                        let _ = write!(pre, "py::int_t {t} = {c}; ");
                        t
                    }
                    None => "std::nullopt".into(),
                });
            }
            Some(parts.join(", "))
        } else {
            None
        };
        let idx = self.fresh("i");
        if slice.is_none() {
            let c = self.index_operand(index, &Ty::List(Box::new(Ty::Unknown)));
            let _ = write!(pre, "auto {idx} = {c}; ");
        }
        let error = "throw py::TypeError(std::string(\"'\") + py::type_name_of({m}) + \"' object is not subscriptable\");";
        let body = self.union_dispatch(&uv, ms, &res, error, |_, c, t| match (t, &slice) {
            (Ty::Str, None) => Some((format!("py::str_getitem({c}, {idx})"), Ty::Str)),
            (Ty::Str, Some(p)) => Some((format!("py::str_slice({c}, {p}, {l})"), Ty::Str)),
            (Ty::List(et), None) => Some((format!("{c}.at({idx})"), (**et).clone())),
            (Ty::List(_), Some(p)) => Some((format!("py::list_slice({c}, {p}, {l})"), t.clone())),
            (Ty::VarTuple(et), None) => Some((format!("{c}.at({idx})"), (**et).clone())),
            (Ty::VarTuple(_), Some(p)) => Some((format!("py::vtuple_slice({c}, {p}, {l})"), t.clone())),
            (Ty::Tuple(_), None) => Some((format!("py::tuple_getitem<{rc}>({c}, {idx})"), res.clone())),
            _ => None,
        });
        format!("[&]() -> {rc} {{ const auto& {uv} = {v}; {pre}return {body}; }}()")
    }

    /// `d.get(k, default)` with a default of another type than the values: a union of both.
    pub(super) fn union_dict_get(&mut self, e: &Expr, r: &str, k: &str, vt: &Ty, default: &Expr) -> String {
        let res = self.ty(e);
        let rc = self.cty(&res, e.span);
        let dt = self.ty(default);
        let d = self.expr(default);
        let d = self.lit_safe(&d, &dt);
        let found = self.coerce("(*_g)", vt, &res);
        let dflt = self.coerce("_d", &dt, &res);
        format!("[&]() -> {rc} {{ auto _k = {k}; auto _d = {d}; auto _g = {r}.get(_k); if (_g) return {found}; return {dflt}; }}()")
    }

    /// `int(u)`: a number or str member as `int()` converts it; other members raise TypeError.
    pub(super) fn union_int(&mut self, code: &str, ms: &[Ty]) -> String {
        let error = "throw py::TypeError(std::string(\"int() argument must be a string, a bytes-like object or a real number, not '\") + py::type_name_of({m}) + \"'\");";
        self.union_dispatch(code, ms, &Ty::Int, error, |_, c, t| {
            let conv = match t {
                Ty::Int => c.to_string(),
                Ty::Bool => format!("static_cast<py::int_t>({c})"),
                Ty::Float => format!("py::float_to_int_t({c})"),
                Ty::Num => format!("py::num_to_int({c})"),
                Ty::Str => format!("py::parse_int_t({c}, 10)"),
                _ => return None,
            };
            Some((conv, Ty::Int))
        })
    }

    /// `a, b = u`: a switch on the member held; a tuple of as many items, a list or a str unpack
    /// as themselves, a tuple of another length raises ValueError, other members TypeError.
    pub(super) fn union_unpack_code(&mut self, target: &Target, n: usize, span: Span, code: &str, ms: &[Ty]) {
        let u = self.fresh("u");
        let l = self.line(span);
        // Lists and tuples of one item type (a parameter given a list here and a tuple there): the
        // runtime picks the items out, and the targets are assigned once.
        let item = match ms.first() {
            Some(Ty::List(t) | Ty::VarTuple(t)) => Some((**t).clone()),
            _ => None,
        };
        if let Some(item) = item.filter(|t| ms.iter().all(|m| matches!(m, Ty::List(x) | Ty::VarTuple(x) if **x == *t))) {
            let ct = self.cty(&item, span);
            let tmp = self.fresh("t");
            self.w(format!("auto {tmp} = py::unpack_seq_union<{ct}, {n}>({code}, {l});"));
            if let Target::Tuple { elts, .. } = target {
                if !elts.iter().any(|e| matches!(e, Target::Starred { .. })) {
                    // Each item is read once: moved out of the array.
                    for (i, el) in elts.iter().enumerate() {
                        self.assign_code(el, &format!("std::move(std::get<{i}>({tmp}))"), &item);
                    }
                    return;
                }
            }
            return self.assign_code(target, &tmp, &Ty::Tuple(vec![item; n]));
        }
        self.w("{");
        self.indent += 1;
        self.w(format!("const auto& {u} = {code};"));
        self.w(format!("switch ({u}.index()) {{"));
        for (i, m) in ms.iter().enumerate() {
            self.w(format!("case {i}: {{"));
            self.indent += 1;
            let mc = format!("std::get<{i}>({u}.v)");
            match m {
                Ty::Tuple(ts) if ts.len() == n => self.assign_code(target, &mc, m),
                Ty::Tuple(ts) => self.w(format!("py::check_unpack({}, {n}, {l});", ts.len())),
                Ty::List(_) | Ty::VarTuple(_) => self.assign_code(target, &mc, m),
                Ty::Object(c, _) if self.prog.namedtuple_fields(*c).is_some_and(|f| f.len() == n) => self.assign_code(target, &mc, m),
                Ty::Object(c, _) if self.prog.namedtuple_fields(*c).is_some() => {
                    let k = self.prog.namedtuple_fields(*c).map_or(0, |f| f.len());
                    self.w(format!("py::check_unpack({k}, {n}, {l});"));
                }
                Ty::Str => self.assign_code(target, &format!("py::str_chars({mc})"), &Ty::List(Box::new(Ty::Str))),
                _ => self.w(format!("py::unpack_type_error({mc});")),
            }
            self.w("break;");
            self.indent -= 1;
            self.w("}");
        }
        self.w("}");
        self.indent -= 1;
        self.w("}");
    }

    /// An int operand (`xs[u]`, `range(u)`) of union type: the int the value holds (a bool as 0 or
    /// 1, an int-or-float checked as `num_int_or` does); other members raise CPython's TypeError
    /// `msg`, in which `float` (the type CPython names there) becomes the name of the type held.
    pub(super) fn union_int_operand(&mut self, code: &str, ms: &[Ty], msg: &str) -> String {
        let error = match msg.split_once("float") {
            Some((a, b)) => format!("throw py::TypeError(std::string({}) + py::type_name_of({{m}}) + {});", cpp_string(a), cpp_string(b)),
            None => format!("throw py::TypeError(std::string({}));", cpp_string(msg)),
        };
        let m = cpp_string(msg);
        self.union_dispatch(code, ms, &Ty::Int, &error, |_, c, t| match t {
            Ty::Int => Some((c.to_string(), Ty::Int)),
            Ty::Bool => Some((format!("static_cast<py::int_t>({c})"), Ty::Int)),
            Ty::Num => Some((format!("py::num_int_or({c}, {m})"), Ty::Int)),
            _ => None,
        })
    }

    /// An argument of `range()`: an int, or the int a union value holds.
    pub(super) fn range_arg(&mut self, x: &Expr) -> String {
        if let Ty::Union(ms) = self.ty(x) {
            let c = self.expr(x);
            return self.union_int_operand(&c, &ms, "'float' object cannot be interpreted as an integer");
        }
        self.expr_as(x, &Ty::Int)
    }

    /// The type of binary operator `op` on union members of types `a` and `b` (`None`: CPython's
    /// TypeError): an object's dunder (`__add__`, or `__radd__` for an object on the right of a
    /// non-object) gives its return type; other pairs follow `union_binop_result`.
    pub(super) fn union_pair_result(&self, op: BinOp, a: &Ty, b: &Ty) -> Option<Ty> {
        let ret = |c: ClassId, name: &str| self.typed.find_method(Some(c), name).map(|f| self.typed.funcs[f].ret.clone());
        match (a, b) {
            (Ty::Object(c, _), _) => ret(*c, op.dunder()),
            (_, Ty::Object(c, _)) => ret(*c, &format!("__r{}", &op.dunder()[2..])),
            _ => union_binop_result(op, a, b),
        }
    }

    /// A binary operator with an operand that may be None (`m[n] -= m[n // k]` on a list that
    /// starts with None; inference let it through as a union with None): CPython's TypeError
    /// when one is None, else the operator on the values.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn optional_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty, res: &Ty, line: usize) -> String {
        let rc = self.cty(res, Span::default());
        let (ol, or) = (self.fresh("ol"), self.fresh("or"));
        let mut conds = Vec::new();
        let mut side = |u: &str, t: &Ty| match t {
            Ty::Optional(inner) => {
                // Not `has_value()`: some expressions typed maybe-None are plain values here.
                conds.push(format!("py::none_operand({u})"));
                (format!("py::unwrap({u})"), (**inner).clone())
            }
            t => (u.to_string(), t.clone()),
        };
        let ((x, a), (y, b)) = (side(&ol, lt), side(&or, rt));
        let sym = self.binop_spelling(op);
        let value = self.binop_code(op, &x, &a, &y, &b, res, line);
        format!("[&]() -> {rc} {{ const auto& {ol} = {l}; const auto& {or} = {r}; if ({}) py::binop_type_error({sym}, {ol}, {or}); return {value}; }}()", conds.join(" || "))
    }

    /// Operator `op` as CPython's TypeError spells it: `-`, or `-=` for the operation of an
    /// augmented assignment (a C++ string literal).
    pub(super) fn binop_spelling(&self, op: BinOp) -> String {
        cpp_string(&format!("{}{}", op.as_str(), if self.in_aug_assign { "=" } else { "" }))
    }

    /// `v op= x`'s operation (`binop_code`, with TypeErrors spelling the operator `op=`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn aug_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty, res: &Ty, line: usize) -> String {
        self.in_aug_assign = true;
        let code = self.binop_code(op, l, lt, r, rt, res, line);
        self.in_aug_assign = false;
        code
    }

    /// `a & b` (`|` `^` `<<` `>>`) where an operand is an int-or-float: the ints, or CPython's
    /// TypeError naming both operands' types when one holds a float.
    pub(super) fn num_bitop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty, line: usize) -> String {
        let sym = cpp_string(op.as_str());
        let (a, b) = (self.fresh("bl"), self.fresh("br"));
        let int_of = |x: &str, t: &Ty| match t {
            Ty::Num => format!("py::bitop_int({x}, {sym}, {a}, {b})"),
            Ty::Bool => format!("static_cast<py::int_t>({x})"),
            _ => x.to_string(),
        };
        let (li, ri) = (int_of(&a, lt), int_of(&b, rt));
        let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
        let (x, y) = (self.fresh("bli"), self.fresh("bri"));
        let code = self.binop_code(op, &x, &Ty::Int, &y, &Ty::Int, &Ty::Int, line);
        format!("[&] {{ const auto& {a} = {l}; const auto& {b} = {r}; py::int_t {x} = {li}; py::int_t {y} = {ri}; return {code}; }}()")
    }

    /// `-u`, `+u`, `~u`, `abs(u)` (`which`: `"-"`, `"+"`, `"~"`, `"abs"`) on a union value: the
    /// member held, negated (...) as itself, or CPython's TypeError.
    pub(super) fn union_unary_code(&mut self, which: &str, code: &str, ms: &[Ty], res: &Ty, l: usize) -> String {
        let error = if which == "abs" {
            "throw py::TypeError(std::string(\"bad operand type for abs(): '\") + py::type_name_of({m}) + \"'\");".to_string()
        } else {
            format!("py::unop_type_error({}, {{m}});", cpp_string(which))
        };
        self.union_dispatch(code, ms, res, &error, |me, c, t| {
            let code = match (which, t) {
                ("-", Ty::Int) => format!("py::neg({c}, {l})"),
                ("-", Ty::Bool) => format!("(-static_cast<py::int_t>({c}))"),
                ("-", Ty::Float) => format!("(-{c})"),
                ("-", Ty::Num) => format!("py::num_neg({c}, {l})"),
                ("+", Ty::Int | Ty::Float | Ty::Num) => c.to_string(),
                ("+", Ty::Bool) => format!("static_cast<py::int_t>({c})"),
                ("~", Ty::Int) => format!("(~{c})"),
                ("~", Ty::Bool) => format!("(~static_cast<py::int_t>({c}))"),
                ("abs", Ty::Int) => format!("py::iabs({c}, {l})"),
                ("abs", Ty::Bool) => format!("static_cast<py::int_t>({c})"),
                ("abs", Ty::Float) => format!("std::fabs({c})"),
                ("abs", Ty::Num) => format!("py::num_abs({c}, {l})"),
                ("-", Ty::Complex) => format!("py::complex_neg({c})"),
                ("-", Ty::Fraction) => format!("(-{c})"),
                ("+", Ty::Fraction) => c.to_string(),
                ("abs", Ty::Fraction) => format!("{c}.abs()"),
                ("+", Ty::Complex) => c.to_string(),
                ("abs", Ty::Complex) => return Some((format!("py::complex_abs({c})"), Ty::Float)),
                (_, Ty::Object(k, _)) => {
                    let name = match which {
                        "-" => "__neg__",
                        "+" => "__pos__",
                        _ => "__abs__",
                    };
                    let fid = me.typed.find_method(Some(*k), name)?;
                    let rt = me.typed.funcs[fid].ret.clone();
                    let k = *k;
                    return Some((me.dunder_code(k, name, c, &[]), rt));
                }
                _ => return None,
            };
            let rt = match (which, t) {
                (_, Ty::Bool) | ("~", _) => Ty::Int,
                _ => t.clone(),
            };
            Some((code, rt))
        })
    }

    /// `u.m(args)` on a union with a str member (inference allowed only str methods no other
    /// member has): the str member's method; other members raise CPython's AttributeError before
    /// the arguments are evaluated, as Python looks the method up first.
    pub(super) fn union_str_method(&mut self, e: &Expr, r: &str, ms: &[Ty], attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        let res = self.ty(e);
        let error = format!("throw py::AttributeError(std::string(\"'\") + py::type_name_of({{m}}) + {});", cpp_string(&format!("' object has no attribute '{attr}'")));
        let rt = res.clone();
        self.union_dispatch(r, ms, &res, &error, |me, c, t| match t {
            Ty::Str => Some((me.str_method(e, c, attr, args, keywords), rt.clone())),
            _ => None,
        })
    }

    /// `reversed(u)`: the items of the list, str or tuple member held, last first (collected, then
    /// walked backwards); other members raise CPython's TypeError.
    pub(super) fn union_reversed(&mut self, arg: &Expr, ms: &[Ty]) -> String {
        let c = self.expr(arg);
        let e = self.cty(&union_items_ty(ms), arg.span);
        format!("py::reversed(py::list_convert<{e}>(py::union_iter<{e}>(py::union_reversible({c}))))")
    }

    /// `float(u)`: a number or str member as `float()` converts it; other members raise TypeError.
    pub(super) fn union_float(&mut self, code: &str, ms: &[Ty]) -> String {
        let error = "throw py::TypeError(std::string(\"float() argument must be a string or a real number, not '\") + py::type_name_of({m}) + \"'\");";
        self.union_dispatch(code, ms, &Ty::Float, error, |me, c, t| {
            let conv = match t {
                Ty::Int | Ty::Bool | Ty::Float | Ty::Num => me.coerce(c, t, &Ty::Float),
                Ty::Str => format!("py::parse_float({c})"),
                _ => return None,
            };
            Some((conv, Ty::Float))
        })
    }

    /// `round(u)`: a number member rounded to an int as itself; other members raise TypeError.
    pub(super) fn union_round(&mut self, code: &str, ms: &[Ty]) -> String {
        let error = "throw py::TypeError(std::string(\"type \") + py::type_name_of({m}) + \" doesn't define __round__ method\");";
        self.union_dispatch(code, ms, &Ty::Int, error, |_, c, t| {
            let conv = match t {
                Ty::Int => c.to_string(),
                Ty::Bool => format!("static_cast<py::int_t>({c})"),
                Ty::Float => format!("py::round_to_int_t({c})"),
                Ty::Num => format!("py::num_round({c})"),
                _ => return None,
            };
            Some((conv, Ty::Int))
        })
    }

    /// In a method call whose receiver and arguments are evaluated into temporaries first (`x` the
    /// receiver, now in `tmp`): for a union receiver, the AttributeError of the members without
    /// the method, raised before the arguments are evaluated as Python looks the method up first.
    pub(super) fn union_method_precheck(&mut self, func: &Expr, x: &Expr, tmp: &str) -> String {
        let ExprKind::Attribute { value, attr } = &func.kind else { return String::new() };
        if value.id != x.id {
            return String::new();
        }
        let Ty::Union(ms) = self.ty(value) else { return String::new() };
        let msg = cpp_string(&format!("' object has no attribute '{attr}'"));
        let cases: Vec<String> = ms
            .iter()
            .enumerate()
            .filter(|(_, m)| **m != Ty::Str)
            .map(|(i, _)| format!("case {i}: throw py::AttributeError(std::string(\"'\") + py::type_name_of(std::get<{i}>({tmp}.v)) + {msg}); "))
            .collect();
        format!("switch ({tmp}.index()) {{ {}default: break; }} ", cases.join(""))
    }

    /// `isinstance(x, (int, str))` where `x` is None or a union value: false for None, else the
    /// test of the member held.
    pub(super) fn optional_union_isinstance(&mut self, x: &Expr, ms: &[Ty], classes: &[&Expr]) -> String {
        let code = self.expr(x);
        let o = self.fresh("o");
        let saved = self.overrides.insert(x.id, format!("(*{o})"));
        let test = self.union_isinstance(x, ms, classes);
        match saved {
            Some(c) => self.overrides.insert(x.id, c),
            None => self.overrides.remove(&x.id),
        };
        format!("[&] {{ const auto& {o} = {code}; return {o}.has_value() && {test}; }}()")
    }

    /// `u in seq` for a union (or None-or-union) `u` and a list or tuple of another item type: each
    /// item compared with the member held (`py::eq`), never converted to the items' type.
    pub(super) fn union_in_sequence(&mut self, neg: &str, l: &str, lt: &Ty, r: &str, rt: &Ty, sp: Span) -> Option<String> {
        let union_needle = match lt {
            Ty::Union(_) => true,
            Ty::Optional(inner) => matches!(**inner, Ty::Union(_)),
            _ => false,
        };
        if !union_needle {
            return None;
        }
        let list = match rt {
            Ty::List(et) | Ty::VarTuple(et) if **et != *lt => r.to_string(),
            Ty::Tuple(ts) if !ts.is_empty() => self.tuple_list(r, ts, sp)?.0,
            _ => return None,
        };
        Some(format!("{neg}{list}.contains({l})"))
    }
}
