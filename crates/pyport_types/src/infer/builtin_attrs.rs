//! `type(x).__name__` of values whose class is known only at run time (an int-or-float, an
//! optional, a union, an object of a class hierarchy) or is a library class; the emitter reads the
//! name from the value (`emit/builtin_attrs.rs`).
use super::*;

impl Infer<'_> {
    /// Whether the emitter can name the class of every value of `t` (besides the builtin types the
    /// caller accepts itself).
    pub(super) fn type_name_known(&mut self, t: TV) -> bool {
        let plain = |k: &Kind| {
            matches!(
                k,
                Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::VTuple(_) | Kind::Dict(..) | Kind::Set(_) | Kind::Bytes | Kind::ByteArray | Kind::None
            )
        };
        match self.kv(t) {
            Kind::Num | Kind::None | Kind::Frac | Kind::Bytes | Kind::ByteArray | Kind::VTuple(_) | Kind::Deque(_) | Kind::Mapping(..) | Kind::Obj(_) => true,
            Kind::Opt(x) => {
                let k = self.kv(x);
                plain(&k)
            }
            // A union's object member names its class at run time (`py_type_name`).
            Kind::Union(ms) => ms.iter().all(|&m| {
                let k = self.kv(m);
                plain(&k) || matches!(k, Kind::Obj(_))
            }),
            _ => false,
        }
    }
}

impl Infer<'_> {
    /// A method of a list, set or deque read as a value (`push = stack.append`, `key=xs.count`): a function value
    /// bound to that container (`emit/builtin_attrs.rs`), taking and returning its elements; and
    /// `sep.join`, a function of a list of strings.
    pub(super) fn bound_method(&mut self, value: &Expr, vt: TV, attr: &str) -> Option<TV> {
        let none = self.c(NONE_TV);
        let (params, ret) = match (self.kv(vt), attr) {
            (Kind::List(el), "append") | (Kind::Set(el), "add" | "discard") | (Kind::Deque(el), "append" | "appendleft") => (vec![el], none),
            (Kind::List(el), "pop") => (vec![], el),
            // `max(set(xs), key=xs.count)`: the mode idiom.
            (Kind::List(el), "count" | "index") => (vec![el], self.c("Int")),
            // `sep.join` as a value: a function of a list of strings.
            (Kind::Str, "join") => {
                let st = self.c("Str");
                let el = self.aux(value.id, 202, Kind::Unknown);
                self.flow(st, el);
                (vec![self.aux(value.id, 203, Kind::List(el))], st)
            }
            _ => return None,
        };
        Some(self.aux(value.id, 201, Kind::Fn(params, ret)))
    }
}

impl Infer<'_> {
    /// `obj.method` read as a value (`[radio.scan] * 2`, `key=self.score`, `map(self.f, xs)`): a
    /// function value of the method's other parameters, bound to the object (the emitter's
    /// `bound_method_code`); a static method read through an object is the function itself.
    pub(super) fn object_bound_method(&mut self, value: &Expr, c: ClassId, attr: &str) -> Option<TV> {
        let fid = self.find_method(Some(c), attr)?;
        let f = &self.prog.functions[fid];
        let skip = match f.class {
            Some((_, MethodKind::Instance)) => 1,
            Some((_, MethodKind::Static)) => 0,
            _ => return None,
        };
        if f.vararg.is_some() || f.is_generator || f.params.iter().any(|p| p.keyword_only) || f.params.len() < skip {
            return None;
        }
        let params = self.funcs[fid].params[skip..].to_vec();
        let ret = self.funcs[fid].ret;
        Some(self.aux(value.id, 204, Kind::Fn(params, ret)))
    }

    /// The initial contents of a mapping (`defaultdict(list, pairs)`): a dict's or mapping's keys
    /// and values, or an iterable of 2-tuples, flow into the key and value types `k`, `v`.
    pub(super) fn mapping_init(&mut self, t: TV, k: TV, v: TV, sp: Span) {
        match self.kv(t) {
            Kind::Dict(a, b) | Kind::Mapping(_, a, b) => {
                self.flow_into(a, k, "defaultdict key", sp);
                self.flow_into(b, v, "defaultdict value", sp);
            }
            Kind::Unknown | Kind::Conflict => {}
            _ => {
                let elem = self.iter_elem(t, sp);
                match self.kv(elem) {
                    Kind::Tuple(kv) if kv.len() == 2 => {
                        self.check_hashable(kv[0], sp);
                        self.flow_into(kv[0], k, "defaultdict key", sp);
                        self.flow_into(kv[1], v, "defaultdict value", sp);
                    }
                    Kind::Unknown | Kind::Conflict => {}
                    other => {
                        let d = self.describe(&other);
                        self.error("unsupported-builtin", format!("unsupported: initial contents of `defaultdict()` made of `{d}` items"), sp, "pass a dict or a list of (key, value) pairs");
                    }
                }
            }
        }
    }
}
