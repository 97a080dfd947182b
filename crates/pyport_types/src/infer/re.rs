//! Inference for the `re` module: compiled patterns (`Kind::Pat`) and match objects (`Kind::Mat`)
//! carry the shape of their pattern (group count, names, which groups may be unset), read from a
//! literal pattern at compile time (`re_syntax`), so `findall`, `groups()` and `group(n)` get exact
//! types and a pattern the runtime engine cannot run is refused here with a diagnostic.
use super::*;
use crate::re_syntax::{self, method_params, module_params, ReError, ReShape};

/// The shape of a pattern that is not a literal (known only at run time).
pub(crate) const UNKNOWN_SHAPE: u32 = u32::MAX;

const HELP: &str = "the builtin engine's `re` supports literals, classes, `\\d\\w\\s\\b`, anchors, groups (named too), backreferences, greedy and lazy quantifiers, lookahead and fixed-width lookbehind, flags I M S X; `--engine auto` can hand the program to an LLM";

/// The constant value of a flags argument (`re.I | re.M`, `0`), when it is one.
pub fn re_flags_const(e: &Expr, names: &HashMap<ExprId, NameRef>) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => Some(*v),
        ExprKind::Attribute { value, attr } if matches!(names.get(&value.id), Some(NameRef::Module(m)) if m == "re") => re_syntax::flag_value(attr),
        ExprKind::Name(_) => match names.get(&e.id) {
            Some(NameRef::Imported { module, name }) if module == "re" => re_syntax::flag_value(name),
            _ => None,
        },
        ExprKind::BinOp { op: BinOp::BitOr, left, right } => Some(re_flags_const(left, names)? | re_flags_const(right, names)?),
        _ => None,
    }
}

impl Infer<'_> {
    fn re_intern(&mut self, s: ReShape) -> u32 {
        match self.re_shapes.iter().position(|x| *x == s) {
            Some(i) => i as u32,
            None => {
                self.re_shapes.push(s);
                (self.re_shapes.len() - 1) as u32
            }
        }
    }

    fn re_shape(&self, id: u32) -> Option<ReShape> {
        self.re_shapes.get(id as usize).cloned()
    }

    /// A stable type variable of `k` owned by `id` (updated when the pattern's shape is learnt).
    fn re_aux(&mut self, id: ExprId, slot: u8, k: Kind) -> TV {
        let t = self.aux(id, slot, k.clone());
        self.set(t, k);
        t
    }

    fn re_report(&mut self, err: ReError, sp: Span) {
        match err {
            ReError::Unsupported(what) => self.error("unsupported-regex", format!("unsupported: {what} in a regular expression"), sp, HELP),
            ReError::Invalid(msg, pos) => self.error(
                "regex-error",
                format!("invalid regular expression: {msg} at position {pos}"),
                sp,
                "CPython raises `re.error` here at run time; the builtin engine refuses the program instead (`--engine auto` can hand it to an LLM)",
            ),
        }
    }

    /// Arguments by parameter (keywords placed at their position); `None` after a reported error.
    fn re_slots<'e>(&mut self, what: &str, params: &[&str], args: &'e [Expr], keywords: &'e [Keyword], e: &Expr) -> Option<Vec<Option<&'e Expr>>> {
        if args.len() > params.len() {
            let n = args.len();
            self.error("type-error", format!("`{what}()` takes at most {} arguments ({n} given)", params.len()), e.span, "");
            return None;
        }
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        for (i, a) in args.iter().enumerate() {
            if matches!(a.kind, ExprKind::Starred(_)) {
                self.error("unsupported-builtin", format!("unsupported: `*` arguments of `{what}()`"), a.span, "");
                return None;
            }
            slots[i] = Some(a);
        }
        for k in keywords {
            match params.iter().position(|p| *p == k.name) {
                Some(i) if slots[i].is_none() => slots[i] = Some(&k.value),
                Some(_) => {
                    self.error("type-error", format!("`{what}()` got multiple values for argument `{}`", k.name), k.span, "");
                    return None;
                }
                None => {
                    self.error("unsupported-builtin", format!("unsupported: keyword argument `{}` of `{what}()`", k.name), k.span, "");
                    return None;
                }
            }
        }
        Some(slots)
    }

    /// The shape of the pattern argument `p` compiled with the flags argument `f`.
    fn re_pattern_shape(&mut self, p: &Expr, f: Option<&Expr>) -> u32 {
        let pt = self.infer(p);
        let flags = match f {
            Some(f) => {
                let ft = self.infer(f);
                if !matches!(self.kv(ft), Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                    self.error("type-error", "the flags of a regular expression must be an int", f.span, "");
                }
                re_flags_const(f, &self.names)
            }
            None => Some(0),
        };
        match self.kv(pt) {
            Kind::Pat(s) => {
                if f.is_some() && flags != Some(0) {
                    self.error("unsupported-regex", "unsupported: flags with a compiled pattern (CPython raises ValueError)", p.span, "");
                }
                s
            }
            Kind::Str => {
                let ExprKind::Str(lit) = &p.kind else { return UNKNOWN_SHAPE };
                let res = match flags {
                    Some(fl) => re_syntax::analyze(lit, fl),
                    None => {
                        // Flags known only at run time: the shape does not depend on them unless the
                        // verbose flag changes how the pattern reads.
                        let plain = re_syntax::analyze(lit, 0);
                        let verbose = re_syntax::analyze(lit, re_syntax::FLAG_X);
                        match (plain, verbose) {
                            (Ok(a), Ok(b)) if a == b => Ok(a),
                            (Err(ReError::Unsupported(w)), _) | (_, Err(ReError::Unsupported(w))) => Err(ReError::Unsupported(w)),
                            _ => return UNKNOWN_SHAPE,
                        }
                    }
                };
                match res {
                    Ok(s) => self.re_intern(s),
                    Err(err) => {
                        self.re_report(err, p.span);
                        UNKNOWN_SHAPE
                    }
                }
            }
            Kind::Unknown | Kind::Conflict => UNKNOWN_SHAPE,
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("a regular expression must be a str or a compiled pattern, not `{d}`"), p.span, "");
                UNKNOWN_SHAPE
            }
        }
    }

    /// `re.name(...)`.
    pub(super) fn re_module_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        self.cur_span = e.span;
        if name == "escape" {
            self.no_keywords("re.escape", keywords, &["pattern"]);
            for k in keywords {
                self.infer(&k.value);
            }
            let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
            if self.arity("re.escape", e, args.len() + keywords.len(), 1, 1) {
                if let Some(&t) = ts.first() {
                    if !matches!(self.kv(t), Kind::Str | Kind::Unknown | Kind::Conflict) {
                        self.error("unsupported-regex", "unsupported: `re.escape()` of a value other than a str", e.span, "");
                    }
                }
            }
            return self.c("Str");
        }
        let Some(params) = module_params(name) else {
            for a in args {
                self.infer(a);
            }
            self.error("unsupported-builtin", format!("unsupported: `re.{name}`"), e.span, "the builtin engine supports re.compile, match, search, fullmatch, findall, finditer, sub, subn, split and escape");
            return self.c("Unknown");
        };
        let mut all = vec!["pattern"];
        all.extend_from_slice(params);
        let what = format!("re.{name}");
        let Some(slots) = self.re_slots(&what, &all, args, keywords, e) else {
            for a in args {
                self.infer(a);
            }
            return self.c("Unknown");
        };
        let need = if name == "compile" { 1 } else if matches!(name, "sub" | "subn") { 3 } else { 2 };
        if slots[..need].iter().any(|s| s.is_none()) {
            self.error("type-error", format!("`{what}()` missing required arguments"), e.span, "");
            return self.c("Unknown");
        }
        let flags_slot = all.iter().position(|p| *p == "flags").and_then(|i| slots[i]);
        let Some(p) = slots[0] else { return self.c("Unknown") };
        let shape = self.re_pattern_shape(p, flags_slot);
        if name == "compile" {
            return self.re_aux(e.id, 0, Kind::Pat(shape));
        }
        self.re_op(name, shape, &slots[1..], e)
    }

    /// `value.attr(...)` on a pattern or a match (`None` when `recv` is neither).
    pub(super) fn re_method_call(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        match self.kv(recv) {
            Kind::Pat(shape) => {
                self.cur_span = e.span;
                let Some(params) = method_params(attr) else {
                    for a in args {
                        self.infer(a);
                    }
                    self.error("unsupported-builtin", format!("unsupported: method `Pattern.{attr}()`"), e.span, HELP);
                    return Some(self.c("Unknown"));
                };
                let what = format!("Pattern.{attr}");
                let Some(slots) = self.re_slots(&what, params, args, keywords, e) else {
                    for a in args {
                        self.infer(a);
                    }
                    return Some(self.c("Unknown"));
                };
                let need = if matches!(attr, "sub" | "subn") { 2 } else { 1 };
                if slots[..need].iter().any(|s| s.is_none()) {
                    self.error("type-error", format!("`{what}()` missing required arguments"), e.span, "");
                    return Some(self.c("Unknown"));
                }
                Some(self.re_op(attr, shape, &slots, e))
            }
            Kind::Mat(shape) => Some(self.match_method(shape, attr, e, args, keywords)),
            _ => None,
        }
    }

    /// The operation `name` of a pattern of `shape`; `slots` are the arguments after the pattern.
    fn re_op(&mut self, name: &str, shape: u32, slots: &[Option<&Expr>], e: &Expr) -> TV {
        let sh = self.re_shape(shape);
        let s = self.c("Str");
        let string_at = if matches!(name, "sub" | "subn") { 1 } else { 0 };
        for (i, a) in slots.iter().enumerate() {
            let Some(a) = a else { continue };
            if i == 0 && matches!(name, "sub" | "subn") {
                continue; // the replacement, below
            }
            let t = self.infer(a);
            let k = self.kv(t);
            if i == string_at {
                if !matches!(k, Kind::Str | Kind::Unknown | Kind::Conflict) {
                    let d = self.describe(&k);
                    self.error("type-error", format!("expected string or bytes-like object, got '{d}'"), a.span, "");
                }
            } else if !matches!(k, Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                let d = self.describe(&k);
                self.error("type-error", format!("`{name}()`'s count, maxsplit and flags are ints, not `{d}`"), a.span, "");
            }
        }
        match name {
            "match" | "search" | "fullmatch" => {
                let m = self.re_aux(e.id, 0, Kind::Mat(shape));
                self.re_aux(e.id, 1, Kind::Opt(m))
            }
            "finditer" => {
                let m = self.re_aux(e.id, 0, Kind::Mat(shape));
                self.re_aux(e.id, 1, Kind::Iter(m))
            }
            "findall" => {
                let el = match &sh {
                    Some(sh) if sh.groups() >= 2 => {
                        if sh.groups() > 12 {
                            self.error("unsupported-regex", "unsupported: `findall()` of a pattern with more than 12 groups", e.span, "");
                        }
                        self.re_aux(e.id, 1, Kind::Tuple(vec![s; sh.groups()]))
                    }
                    _ => s,
                };
                self.re_aux(e.id, 0, Kind::List(el))
            }
            "split" => {
                let el = match &sh {
                    Some(sh) if sh.optional.iter().any(|&o| o) => self.re_aux(e.id, 1, Kind::Opt(s)),
                    _ => s,
                };
                self.re_aux(e.id, 0, Kind::List(el))
            }
            "sub" | "subn" => {
                if let Some(repl) = slots[0] {
                    self.re_repl(repl, shape, sh.as_ref(), e);
                }
                if name == "sub" {
                    s
                } else {
                    let i = self.c("Int");
                    self.re_aux(e.id, 0, Kind::Tuple(vec![s, i]))
                }
            }
            _ => self.c("Unknown"),
        }
    }

    /// The replacement of `sub`: a template str (checked when literal) or a function of the match.
    fn re_repl(&mut self, repl: &Expr, shape: u32, sh: Option<&ReShape>, e: &Expr) {
        let m = self.re_aux(e.id, 2, Kind::Mat(shape));
        let r = match &repl.kind {
            ExprKind::Lambda { .. } => self.infer_callable(repl, &[m]),
            _ => {
                let t = self.infer(repl);
                match self.kv(t) {
                    Kind::Str => {
                        if let (ExprKind::Str(lit), Some(sh)) = (&repl.kind, sh) {
                            if let Err(err) = re_syntax::check_template(lit, sh) {
                                self.re_report(err, repl.span);
                            }
                        }
                        return;
                    }
                    Kind::Fn(..) => self.call_fn_value(t, &[m], repl.span),
                    Kind::Unknown | Kind::Conflict => return,
                    k => {
                        let d = self.describe(&k);
                        self.error("type-error", format!("the replacement of `sub()` must be a str or a function, not `{d}`"), repl.span, "");
                        return;
                    }
                }
            }
        };
        if !matches!(self.kv(r), Kind::Str | Kind::Unknown | Kind::Conflict) || matches!(self.k(r), Kind::Opt(_)) {
            let k = self.k(r);
            let d = self.describe(&k);
            self.error("type-error", format!("the replacement function of `sub()` must return a str, not `{d}`"), repl.span, "");
        }
    }

    /// The type of group `g` (an int or name expression) of a match of `shape`.
    fn re_group_ty(&mut self, shape: u32, g: Option<&Expr>, e: &Expr, slot: u8) -> TV {
        let s = self.c("Str");
        let Some(g) = g else { return s };
        let gt = self.infer(g);
        let gk = self.kv(gt);
        if !matches!(gk, Kind::Int | Kind::Bool | Kind::Str | Kind::Unknown | Kind::Conflict) {
            let d = self.describe(&gk);
            self.error("type-error", format!("a group is an int or a str, not `{d}`"), g.span, "");
        }
        let Some(sh) = self.re_shape(shape) else { return s };
        let idx = match &g.kind {
            ExprKind::Str(name) => match sh.index(name) {
                Some(i) => Some(i),
                None => {
                    self.error("unsupported-regex", format!("unsupported: group name `{name}` not in the pattern (CPython raises IndexError)"), g.span, "");
                    return s;
                }
            },
            _ => match const_int(g) {
                Some(i) if i < 0 || i as usize > sh.groups() => {
                    self.error("unsupported-regex", format!("unsupported: group {i} not in the pattern (CPython raises IndexError)"), g.span, "");
                    return s;
                }
                Some(i) => Some(i as usize),
                None => None,
            },
        };
        let optional = match idx {
            Some(0) => false,
            Some(i) => sh.optional[i - 1],
            None => sh.optional.iter().any(|&o| o),
        };
        if optional {
            self.re_aux(e.id, slot, Kind::Opt(s))
        } else {
            s
        }
    }

    fn match_method(&mut self, shape: u32, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        self.cur_span = e.span;
        self.no_keywords(&format!("Match.{attr}"), keywords, &[]);
        let sh = self.re_shape(shape);
        match attr {
            "group" => {
                if args.len() <= 1 {
                    return self.re_group_ty(shape, args.first(), e, 0);
                }
                if args.len() > 12 {
                    self.error("unsupported-regex", "unsupported: `group()` of more than 12 groups", e.span, "");
                }
                let ts: Vec<TV> = args.iter().enumerate().map(|(i, a)| self.re_group_ty(shape, Some(a), e, 1 + i as u8)).collect();
                self.re_aux(e.id, 100, Kind::Tuple(ts))
            }
            "groups" | "groupdict" => {
                for a in args {
                    self.infer(a);
                }
                if !args.is_empty() {
                    self.error("unsupported-regex", format!("unsupported: `Match.{attr}()` with a default"), e.span, "");
                }
                let s = self.c("Str");
                let Some(sh) = sh else {
                    if attr == "groupdict" {
                        // Any group may be unset: a value is a str or None.
                        let v = self.re_aux(e.id, 99, Kind::Opt(s));
                        return self.re_aux(e.id, 0, Kind::Dict(s, v));
                    }
                    self.error("unsupported-regex", format!("unsupported: `Match.{attr}()` of a pattern not known when compiling"), e.span, "use one literal pattern here, so its groups are known");
                    return self.c("Unknown");
                };
                let ts: Vec<TV> = sh.optional.iter().enumerate().map(|(i, &o)| if o { self.re_aux(e.id, 1 + i as u8, Kind::Opt(s)) } else { s }).collect();
                if attr == "groups" {
                    if ts.len() > 12 {
                        self.error("unsupported-regex", "unsupported: `groups()` of more than 12 groups", e.span, "");
                    }
                    return self.re_aux(e.id, 0, Kind::Tuple(ts));
                }
                let v = if sh.names.iter().any(|(_, g)| sh.optional[g - 1]) { self.re_aux(e.id, 99, Kind::Opt(s)) } else { s };
                self.re_aux(e.id, 0, Kind::Dict(s, v))
            }
            "start" | "end" | "span" => {
                if self.arity(&format!("Match.{attr}"), e, args.len(), 0, 1) {
                    if let Some(g) = args.first() {
                        self.re_group_ty(shape, Some(g), e, 50);
                    }
                }
                let i = self.c("Int");
                if attr == "span" {
                    self.re_aux(e.id, 1, Kind::Tuple(vec![i, i]))
                } else {
                    i
                }
            }
            _ => {
                for a in args {
                    self.infer(a);
                }
                self.error("unsupported-builtin", format!("unsupported: method `Match.{attr}()`"), e.span, "the builtin engine supports group, groups, groupdict, start, end and span");
                self.c("Unknown")
            }
        }
    }

    /// `m[g]`: `m.group(g)`.
    pub(super) fn re_match_subscript(&mut self, shape: u32, index: &Expr) -> TV {
        self.re_group_ty(shape, Some(index), index, 200)
    }

    /// `p.pattern`, `p.groups`, `p.flags`, `m.string`, `m.pos`, `m.endpos`.
    pub(super) fn re_attribute(&mut self, recv: TV, attr: &str, sp: Span) -> Option<TV> {
        match (self.kv(recv), attr) {
            (Kind::Pat(_), "pattern") | (Kind::Mat(_), "string") => Some(self.c("Str")),
            (Kind::Pat(_), "groups" | "flags") | (Kind::Mat(_), "pos" | "endpos") => Some(self.c("Int")),
            (Kind::Pat(_) | Kind::Mat(_), _) => {
                self.error("unsupported-builtin", format!("unsupported: attribute `{attr}` of a `re` object"), sp, "");
                Some(self.c("Unknown"))
            }
            _ => None,
        }
    }
}
