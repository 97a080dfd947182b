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
            Kind::List(e) | Kind::Set(e) => MemberIter::Items(Some(*e)),
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
        if kinds.len() > 1 {
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
                Kind::Str | Kind::List(_) => {
                    any = true;
                    let mk = self.k(m);
                    if let MemberIter::Items(Some(e)) = self.union_member_items(&mk, sp, 232) {
                        for el in elts {
                            self.assign(el, e);
                        }
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
                Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_) => any = true,
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
                Kind::List(e) => {
                    any = true;
                    self.flow(if is_slice { m } else { e }, out);
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
            self.check_index(it, index.span);
        }
        out
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
        let scalar = |k: &Kind| matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str);
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
}
