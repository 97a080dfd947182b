//! Inference for operations on a union value (`int | tuple[int, int]`, `str | list[str]`) that
//! the program does not narrow first: each member is typed by the ordinary rules, the result is
//! the join of the members' results, and a member for which Python raises (unpacking an int,
//! `len()` of an int) raises CPython's TypeError at run time (the emitter dispatches on the
//! member held).
use super::*;

/// How a union member takes part in unpacking and iteration.
pub(crate) enum MemberIter {
    /// Iterable: the type of its items (`None`: it never holds any, e.g. `()`).
    Items(Option<TV>),
    /// Python raises TypeError for values of this member (an int, a bool, a float).
    Raises,
    /// This compiler does not iterate values of this member inside a union.
    Unsupported,
}

impl Infer<'_> {
    /// What iterating a union member of kind `k` gives.
    pub(crate) fn union_member_items(&mut self, k: &Kind, sp: Span, slot: u8) -> MemberIter {
        match k {
            Kind::Bool | Kind::Int | Kind::Float | Kind::Num => MemberIter::Raises,
            Kind::Str => MemberIter::Items(Some(self.c("Str"))),
            Kind::List(e) | Kind::Set(e) | Kind::VTuple(e) => MemberIter::Items(Some(*e)),
            Kind::Tuple(ts) if ts.is_empty() => MemberIter::Items(None),
            Kind::Tuple(ts) => {
                // The items of a tuple member must share one type (`tuple[int, int]`).
                let first = self.k(ts[0]);
                let same = ts.iter().all(|t| self.k(*t) == first);
                if !same {
                    return MemberIter::Unsupported;
                }
                let e = self.aux(sp.start, slot, Kind::Unknown);
                for t in ts.clone() {
                    self.flow(t, e);
                }
                MemberIter::Items(Some(e))
            }
            _ => MemberIter::Unsupported,
        }
    }

    /// `for x in u` (and every consumer of an iterable) for a union `u`: its members' items, which
    /// must be of one type; non-iterable members raise TypeError at run time.
    pub(crate) fn union_iter_elem(&mut self, ms: &[TV], sp: Span) -> TV {
        let out = self.aux(sp.start, 230, Kind::Unknown);
        let mut kinds: Vec<Kind> = Vec::new();
        let mut any = false;
        for &m in ms {
            let mk = self.k(m);
            match self.union_member_items(&mk, sp, 231) {
                MemberIter::Items(Some(e)) => {
                    any = true;
                    // Tuple members share one element variable here: their own first item's type.
                    let ek = match &mk {
                        Kind::Tuple(ts) => self.k(ts[0]),
                        _ => self.k(e),
                    };
                    if ek != Kind::Unknown && !kinds.contains(&ek) {
                        kinds.push(ek);
                    }
                    self.flow(e, out);
                }
                MemberIter::Items(None) => any = true,
                MemberIter::Raises => {}
                MemberIter::Unsupported => return self.union_refused("iterating", ms, sp),
            }
        }
        if kinds.len() > 1 && !self.union_items_mixable(&kinds) {
            return self.union_refused("iterating", ms, sp);
        }
        if !any {
            let d = self.describe(&Kind::Union(ms.to_vec()));
            self.error("type-error", format!("`{d}` object is not iterable"), sp, "");
        }
        out
    }

    /// `a, b = u` for a union `u`: a tuple member of as many items gives its items to the
    /// targets; a list, str or set member its items to each; other tuples raise ValueError and
    /// non-iterable members TypeError at run time.
    pub(crate) fn union_unpack(&mut self, elts: &[Target], ms: &[TV], sp: Span) {
        let mut any = false;
        for &m in ms {
            match self.k(m) {
                Kind::Tuple(ts) => {
                    if ts.len() == elts.len() {
                        any = true;
                        for (el, tv) in elts.iter().zip(ts) {
                            self.assign(el, tv);
                        }
                    }
                }
                Kind::Str | Kind::List(_) | Kind::VTuple(_) => {
                    any = true;
                    let mk = self.k(m);
                    if let MemberIter::Items(Some(e)) = self.union_member_items(&mk, sp, 232) {
                        for el in elts {
                            self.assign(el, e);
                        }
                    }
                }
                // A namedtuple is a tuple: its fields, in order.
                Kind::Obj(c) if self.prog.namedtuple_fields(c).is_some() => {
                    if self.prog.namedtuple_fields(c).is_some_and(|f| f.len() == elts.len()) {
                        any = true;
                        self.namedtuple_unpack(c, elts, sp);
                    }
                }
                Kind::Bool | Kind::Int | Kind::Float | Kind::Num => {}
                _ => {
                    self.union_refused("unpacking", ms, sp);
                    return;
                }
            }
        }
        if !any {
            let d = self.describe(&Kind::Union(ms.to_vec()));
            self.error("type-error", format!("cannot unpack a value of type `{d}` into {} targets", elts.len()), sp, "");
        }
    }

    /// `len(u)` for a union: an int; members without a length raise TypeError at run time.
    pub(crate) fn union_len_ok(&mut self, ms: &[TV]) -> bool {
        let mut any = false;
        for &m in ms {
            match self.k(m) {
                Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::VTuple(_) | Kind::Dict(..) | Kind::Set(_) => any = true,
                Kind::Bool | Kind::Int | Kind::Float | Kind::Num => {}
                _ => return false,
            }
        }
        any
    }

    /// `u[i]` / `u[a:b]` for a union: a str or list member is indexed as itself (the result is the
    /// join of theirs); a number or set member raises TypeError at run time.
    pub(crate) fn union_subscript(&mut self, ms: &[TV], it: TV, index: &Expr, sp: Span) -> TV {
        let is_slice = matches!(index.kind, ExprKind::Slice { .. });
        let out = self.aux(sp.start, 233, Kind::Unknown);
        let mut any = false;
        for &m in ms {
            match self.k(m) {
                Kind::Str => {
                    any = true;
                    let s = self.c("Str");
                    self.flow(s, out);
                }
                Kind::List(e) | Kind::VTuple(e) => {
                    any = true;
                    self.flow(if is_slice { m } else { e }, out);
                }
                // A tuple member indexed (not sliced): any of its items (`seq[0]` of a parameter
                // given both lists and tuples).
                Kind::Tuple(ts) if !is_slice => {
                    any = true;
                    for t in ts {
                        self.flow(t, out);
                    }
                }
                Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Set(_) => {}
                _ => return self.union_refused("subscripting", ms, sp),
            }
        }
        if !any {
            let d = self.describe(&Kind::Union(ms.to_vec()));
            self.error("type-error", format!("`{d}` object is not subscriptable"), sp, "");
            return self.c("Unknown");
        }
        if !is_slice {
            self.check_subscript_index(it, index.span);
        }
        out
    }

    /// Whether a union has a member `range()` and indexing take as an int (a bool, an int, an
    /// int-or-float checked at run time); values of its other members raise CPython's TypeError.
    pub(crate) fn union_holds_int(&mut self, ms: &[TV]) -> bool {
        ms.iter().any(|&m| matches!(self.k(m), Kind::Bool | Kind::Int | Kind::Num))
    }

    /// The index of `xs[i]` (read, store, `del`): an int, or a union holding one (the emitter's
    /// `union_int_operand` raises CPython's TypeError for the other members).
    pub(crate) fn check_subscript_index(&mut self, it: TV, sp: Span) {
        if let Kind::Union(ms) = self.kv(it) {
            if self.union_holds_int(&ms) {
                return;
            }
        }
        self.check_index(it, sp);
    }

    /// `int(u)` for a union: a number or str member converts as itself; a container member
    /// raises TypeError at run time. False when no member converts.
    pub(crate) fn union_int_ok(&mut self, ms: &[TV]) -> bool {
        let mut any = false;
        for &m in ms {
            match self.k(m) {
                Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str => any = true,
                Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_) => {}
                _ => return false,
            }
        }
        any
    }

    /// `a < b` where either side is a union: the member pairs Python orders compare as
    /// themselves, the others raise TypeError at run time. False when no pair can be ordered.
    pub(crate) fn union_orderable(&mut self, ka: &Kind, kb: &Kind, sp: Span) -> bool {
        let mut members = |k: &Kind| -> Vec<Kind> {
            match k {
                Kind::Union(ms) => ms.iter().map(|m| self.k(*m)).collect(),
                k => vec![k.clone()],
            }
        };
        let (xs, ys) = (members(ka), members(kb));
        let scalar = |k: &Kind| matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str | Kind::Frac);
        if !xs.iter().chain(&ys).all(scalar) {
            let (da, db) = (self.describe(ka), self.describe(kb));
            self.error(
                "unsupported-syntax",
                format!("unsupported: ordering values of several types, `{da}` and `{db}`"),
                sp,
                "narrow the values first (`if isinstance(x, int):`), or use `--engine auto` to hand the program to an LLM",
            );
            return true;
        }
        xs.iter().any(|x| ys.iter().any(|y| comparable(x, y)))
    }

    fn union_refused(&mut self, what: &str, ms: &[TV], sp: Span) -> TV {
        let d = self.describe(&Kind::Union(ms.to_vec()));
        self.error(
            "unsupported-syntax",
            format!("unsupported: {what} a value that may be any of `{d}`"),
            sp,
            "narrow the value first (`if isinstance(x, list):`), or use `--engine auto` to hand the program to an LLM",
        );
        self.c("Unknown")
    }

    /// Whether Python accepts binary operator `op` on union members of kinds `a` and `b`:
    /// `Some(true)` (computed as for those types), `Some(false)` (CPython's TypeError at run time),
    /// `None` (refused). An object operand goes through its class's dunder (`__add__`, or
    /// `__radd__` for an object on the right of a non-object); without one Python raises.
    pub(crate) fn union_pair_valid(&mut self, op: BinOp, a: &Kind, b: &Kind) -> Option<bool> {
        match (a, b) {
            // `fmt % obj` formats the object (no `__rmod__`): not done for union members.
            (Kind::Str, Kind::Obj(_)) if op == BinOp::Mod => None,
            (Kind::Obj(c), _) => {
                if self.find_method(Some(*c), op.dunder()).is_some() {
                    Some(true)
                } else if matches!(b, Kind::Obj(_)) {
                    // Python would try the right operand's reflected dunder.
                    None
                } else {
                    Some(false)
                }
            }
            (_, Kind::Obj(c)) if union_tag(a).is_some() => Some(self.find_method(Some(*c), &classes::reflected(op)).is_some()),
            (_, Kind::Obj(_)) => None,
            _ => union_binop_valid(op, a, b),
        }
    }

    /// `-u`, `+u`, `~u` or `abs(u)` (`which`: `"-"`, `"+"`, `"~"` or `"abs"`) for a union `u`: the
    /// join of each member's result (an object's through its `__neg__`/`__pos__`/`__abs__`);
    /// members Python rejects raise its TypeError at run time.
    pub(crate) fn union_unary(&mut self, which: &str, ms: &[TV], e: &Expr) -> TV {
        let out = self.aux(e.id, 247, Kind::Unknown);
        let mut any = false;
        for &m in ms {
            let mk = self.k(m);
            let r = match (which, &mk) {
                ("~", Kind::Bool | Kind::Int) => Some(self.c("Int")),
                ("~", Kind::Float | Kind::Cplx | Kind::Frac | Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_)) => None,
                ("~", _) => return self.union_refused("`~` of", ms, e.span),
                (_, Kind::Bool | Kind::Int) => Some(self.c("Int")),
                (_, Kind::Float) => Some(self.c("Float")),
                (_, Kind::Num) => Some(self.c("Num")),
                ("abs", Kind::Cplx) => Some(self.c("Float")),
                (_, Kind::Frac) => Some(self.c("Frac")),
                (_, Kind::Cplx) => Some(self.c("Complex")),
                (_, Kind::Obj(c)) => {
                    let name = match which {
                        "-" => "__neg__",
                        "+" => "__pos__",
                        _ => "__abs__",
                    };
                    if self.find_method(Some(*c), name).is_some() {
                        Some(self.dunder_call(*c, name, &[], e.span))
                    } else {
                        None
                    }
                }
                (_, Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_)) => None,
                _ => {
                    let what = if which == "abs" { "`abs()` of".to_string() } else { format!("unary `{which}` of") };
                    return self.union_refused(&what, ms, e.span);
                }
            };
            if let Some(r) = r {
                any = true;
                self.flow(r, out);
            }
        }
        if !any {
            let d = self.describe(&Kind::Union(ms.to_vec()));
            let msg = if which == "abs" { format!("bad operand type for abs(): `{d}`") } else { format!("bad operand type for unary {which}: `{d}`") };
            self.error("type-error", msg, e.span, "");
        }
        out
    }

    /// `sum(xs)` whose items are a union: the running total starts as `start` (0 by default) and
    /// each item is added as `+` adds the members (so ints and floats give an int-or-float, and a
    /// str item raises CPython's TypeError at run time).
    pub(crate) fn union_sum(&mut self, e: &Expr, elem: TV, start: Option<TV>, right: &Expr) -> TV {
        let acc = self.aux(e.id, 248, Kind::Unknown);
        match start {
            Some(s) => {
                if matches!(self.kv(s), Kind::Str) {
                    self.error("type-error", "sum() can't sum strings [use ''.join(seq) instead]", e.span, "");
                    return self.c("Unknown");
                }
                self.flow(s, acc);
            }
            None => {
                let i = self.c("Int");
                self.flow(i, acc);
            }
        }
        // (The span keys the operator's own type variable: the call's end, where no other
        // operator begins.)
        let sp = Span { start: e.span.end, end: e.span.end };
        let r = self.union_binop(BinOp::Add, acc, elem, right, sp);
        self.flow(r, acc);
        acc
    }

    /// `u.m(args)` for a union `u` with a str member and a str method `m` no other member has (an
    /// int has no `upper`): the str member's call; values of the other members raise CPython's
    /// AttributeError at run time.
    pub(crate) fn union_str_method_ok(&mut self, ms: &[TV], attr: &str) -> bool {
        let mut has_str = false;
        for &m in ms {
            match self.k(m) {
                Kind::Str => has_str = true,
                Kind::Bool | Kind::Int => {
                    if matches!(attr, "bit_length" | "bit_count" | "to_bytes" | "conjugate" | "as_integer_ratio" | "is_integer") {
                        return false;
                    }
                }
                Kind::Float | Kind::Num => {
                    if matches!(attr, "hex" | "is_integer" | "conjugate" | "as_integer_ratio" | "bit_length" | "bit_count" | "to_bytes") {
                        return false;
                    }
                }
                Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_) => {
                    // Methods of a container named like str methods.
                    if matches!(attr, "index" | "count" | "copy" | "pop" | "clear" | "update" | "remove" | "get" | "items" | "keys" | "values" | "sort" | "reverse" | "append" | "extend" | "insert" | "union" | "add" | "discard") {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        has_str
    }

    /// Whether `for x in u` may give items of different types (a str's and a list of ints' items):
    /// only scalar items (bool, int, float, str) join into a union the emitter spells the same way.
    fn union_items_mixable(&self, kinds: &[Kind]) -> bool {
        kinds.iter().all(|k| matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str))
    }

    /// `format(u, spec)` of a union of numbers and strs: each member formats as itself.
    pub(crate) fn union_formattable(&mut self, k: &Kind) -> bool {
        let Kind::Union(ms) = k else { return false };
        ms.iter().all(|&m| matches!(self.k(m), Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str))
    }
}
