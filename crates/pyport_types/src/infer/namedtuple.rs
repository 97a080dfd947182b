//! Inference for the tuple side of namedtuple instances (classes in `Program::namedtuples`):
//! unpacking into as many targets as fields, and indexing (a constant reads a field; a run-time
//! index reads the join of the fields' types).
use super::*;

impl Infer<'_> {
    /// `a, b = p` for a namedtuple `p`: each target gets its field.
    pub(super) fn namedtuple_unpack(&mut self, c: ClassId, elts: &[Target], sp: Span) {
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        if fields.len() != elts.len() {
            self.error("type-error", format!("cannot unpack a tuple of {} values into {} targets", fields.len(), elts.len()), sp, "");
            return;
        }
        for (el, f) in elts.iter().zip(&fields) {
            if let Some(tv) = self.find_field(Some(c), f) {
                self.assign(el, tv);
            }
        }
    }

    /// `p[i]` for a namedtuple `p` and an integer constant `i`: that field.
    pub(super) fn namedtuple_index(&mut self, c: ClassId, index: &Expr) -> TV {
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        let n = fields.len() as i64;
        match const_int(index) {
            Some(i) if i >= -n && i < n => {
                let f = &fields[if i < 0 { (i + n) as usize } else { i as usize }];
                match self.find_field(Some(c), f) {
                    Some(tv) => tv,
                    None => self.c("Unknown"),
                }
            }
            Some(_) => {
                self.error("index-error", "tuple index out of range", index.span, "");
                self.c("Unknown")
            }
            None => {
                // A run-time index: the join of the fields' types (a union when they differ).
                let it = self.expr_tv[index.id as usize];
                self.check_index(it, index.span);
                let e = self.aux(index.id, 1, Kind::Unknown);
                self.cur_what = Some("tuple element".into());
                for f in &fields {
                    if let Some(tv) = self.find_field(Some(c), f) {
                        self.flow(tv, e);
                    }
                }
                self.cur_what = None;
                e
            }
        }
    }

    /// `p._replace(...)` / `p._asdict()`.
    pub(super) fn namedtuple_method(&mut self, c: ClassId, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if attr == "_replace" {
            return self.namedtuple_replace(c, recv, e, args, keywords);
        }
        for a in args {
            self.infer(a);
        }
        self.cur_span = e.span;
        self.no_keywords("_asdict", keywords, &[]);
        self.arity("_asdict", e, args.len(), 0, 0);
        // `p._asdict()`: a dict from field name to value (the join of the fields' types).
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        let v = self.aux(e.id, 1, Kind::Unknown);
        self.cur_what = Some("dict value".into());
        for f in &fields {
            if let Some(tv) = self.find_field(Some(c), f) {
                self.flow(tv, v);
            }
        }
        self.cur_what = None;
        let k = self.c("Str");
        self.aux(e.id, 0, Kind::Dict(k, v))
    }

    /// `p._replace(x=v)`: a new instance with the fields named by keyword replaced (each value
    /// flows into `__init__`'s parameter, as a construction would).
    fn namedtuple_replace(&mut self, c: ClassId, recv: TV, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        for a in args {
            self.infer(a);
        }
        let kts: Vec<TV> = keywords.iter().map(|k| self.infer(&k.value)).collect();
        self.cur_span = e.span;
        if !args.is_empty() {
            self.error("type-error", "_replace() takes 1 positional argument but more were given", e.span, "");
        }
        let init = self.find_method(Some(c), "__init__");
        for (k, t) in keywords.iter().zip(kts) {
            match fields.iter().position(|f| *f == k.name) {
                Some(i) => {
                    if let Some(p) = init.and_then(|f| self.funcs[f].params.get(i + 1).copied()) {
                        self.flow(t, p);
                    }
                }
                None => self.error("type-error", format!("Got unexpected field names: ['{}']", k.name), k.span, ""),
            }
        }
        recv
    }

    /// Whether inference is in a namedtuple class's `__hash__` (always the generated one: lowering
    /// refuses a user-defined one).
    pub(super) fn in_namedtuple_hash(&self) -> bool {
        let Some(f) = self.cur_func else { return false };
        let func = &self.prog.functions[f];
        func.name == "__hash__" && func.class.is_some_and(|(c, _)| self.prog.namedtuple_fields(c).is_some())
    }

    /// `P(a, *t)` for a namedtuple class `P` and a tuple `t` (whose length is known): the items
    /// fill `__init__`'s parameters after `a`, the rest take their defaults.
    pub(super) fn namedtuple_star_new(&mut self, c: ClassId, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let star = args.iter().position(|a| matches!(a.kind, ExprKind::Starred(_))).unwrap_or(0);
        let ts: Vec<TV> = args.iter().map(|a| match &a.kind {
            ExprKind::Starred(inner) => self.infer(inner),
            _ => self.infer(a),
        }).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        let cn = self.class_name(c);
        let Some(init) = self.find_method(Some(c), "__init__") else { return self.c("Unknown") };
        let params = self.funcs[init].params[1..].to_vec();
        let required = self.prog.functions[init].params[1..].iter().filter(|p| p.default.is_none()).count();
        let items = match self.kv(ts[star]) {
            Kind::Tuple(items) if star + 1 == args.len() && keywords.is_empty() => items,
            Kind::Unknown => return self.aux(e.id, 0, Kind::Obj(c)),
            _ => {
                self.error(
                    "unsupported-syntax",
                    format!("unsupported: this `*` argument in a call of `{cn}`"),
                    args[star].span,
                    "a tuple as the last argument is supported; pass the values one by one, or use `--engine auto` to hand the program to an LLM",
                );
                return self.c("Unknown");
            }
        };
        let n = star + items.len();
        if n < required || n > params.len() {
            self.error("type-error", format!("`{cn}()` takes {} positional arguments but {n} were given", params.len()), e.span, "");
            return self.c("Unknown");
        }
        for (&t, &p) in ts[..star].iter().chain(&items).zip(&params) {
            self.cur_span = e.span;
            self.flow(t, p);
        }
        self.aux(e.id, 0, Kind::Obj(c))
    }
}
