//! Emission for the tuple side of namedtuple instances (classes in `Program::namedtuples`, objects
//! like any class): unpacking and indexing read the fields.
use super::*;

impl Emitter<'_> {
    /// The C++ place of field `i` (a constant, negative from the end) of namedtuple object `obj`.
    pub(super) fn namedtuple_field(&self, c: ClassId, obj: &str, i: i64) -> Option<(String, Ty)> {
        let fields = self.prog.namedtuple_fields(c)?;
        let n = fields.len() as i64;
        if i < -n || i >= n {
            return None;
        }
        let f = &fields[if i < 0 { (i + n) as usize } else { i as usize }];
        let t = self.typed.find_field(Some(c), f)?.clone();
        Some((format!("{obj}->{}", field_cname(f)), t))
    }

    /// `p[i]` for a namedtuple `p` (subscript expression `e`); `None` for other subscripts.
    pub(super) fn namedtuple_subscript(&mut self, e: &Expr, value: &Expr, index: &Expr) -> Option<String> {
        let Ty::Object(c, _) = self.ty(value) else { return None };
        let fields = self.prog.namedtuple_fields(c)?.to_vec();
        let obj = self.object(value);
        if let Some(i) = const_int(index) {
            return self.namedtuple_field(c, &format!("({obj})"), i).map(|(code, _)| code);
        }
        // A run-time index: every field converted to the result type, picked by position.
        let rt = self.ty(e);
        if rt == Ty::Unknown {
            self.unsupported("indexing this namedtuple", e.span);
            return Some(obj);
        }
        let ct = self.cty(&rt, e.span);
        let idx = self.expr_as(index, &Ty::Int);
        let mut items = Vec::new();
        for (k, _) in fields.iter().enumerate() {
            let (place, ft) = self.namedtuple_field(c, "_o", k as i64)?;
            items.push(self.coerce(&place, &ft, &rt));
        }
        Some(format!("[&] {{ auto _o = {obj}; auto _i = {idx}; return py::tuple_getitem<{ct}>(std::make_tuple({}), _i); }}()", items.join(", ")))
    }

    /// `a, b = p` for a namedtuple `p`: each target from its field.
    pub(super) fn namedtuple_unpack_code(&mut self, c: ClassId, elts: &[Target], code: &str) {
        let tmp = self.fresh("t");
        self.w(format!("auto {tmp} = {code};"));
        for (i, el) in elts.iter().enumerate() {
            if let Some((place, t)) = self.namedtuple_field(c, &tmp, i as i64) {
                self.assign_code(el, &place, &t);
            }
        }
    }

    /// `p._replace(x=v)`: a new object from `p`'s fields, those named replaced (`r` is `p`'s code).
    pub(super) fn namedtuple_replace_code(&mut self, c: ClassId, r: &str, keywords: &[Keyword]) -> String {
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        let Some(init) = self.typed.find_method(Some(c), "__init__") else {
            self.unsupported("`_replace()` of this namedtuple", self.cur_span);
            return r.to_string();
        };
        let ptys = self.typed.funcs[init].params.clone();
        // The receiver, then the keyword values in the order written.
        let mut decls = format!("auto _o = {r}; ");
        let mut given = Vec::new();
        for (j, k) in keywords.iter().enumerate() {
            let (code, t) = self.val(&k.value);
            decls.push_str(&format!("auto _k{j} = {code}; "));
            given.push((k.name.clone(), format!("_k{j}"), t));
        }
        let mut args = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let pt = ptys.get(i + 1).cloned().unwrap_or(Ty::Unknown);
            let arg = match given.iter().find(|(n, _, _)| n == f) {
                Some((_, code, t)) => self.coerce(code, t, &pt),
                None => {
                    let ft = self.typed.find_field(Some(c), f).cloned().unwrap_or(Ty::Unknown);
                    self.coerce(&format!("_o->{}", field_cname(f)), &ft, &pt)
                }
            };
            args.push(arg);
        }
        let name = self.class_cname(c);
        format!("[&] {{ {decls}return {name}::_new({}); }}()", args.join(", "))
    }

    /// `p._asdict()`: `{'x': p.x, ...}` (`r` is `p`'s code, `e` the call).
    pub(super) fn namedtuple_asdict_code(&mut self, e: &Expr, c: ClassId, r: &str) -> String {
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        let Ty::Dict(_, vt) = t else { return format!("{ct}()") };
        let fields = self.prog.namedtuple_fields(c).unwrap_or_default().to_vec();
        let mut parts = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if let Some((place, ft)) = self.namedtuple_field(c, "_o", i as i64) {
                let v = self.coerce(&place, &ft, &vt);
                parts.push(format!("{{py::Str({}), {v}}}", cpp_string(f)));
            }
        }
        format!("[&] {{ auto _o = {r}; return {ct}{{{}}}; }}()", parts.join(", "))
    }

    /// `P(a, *t)` (see `Infer::namedtuple_star_new`): the arguments in Python's order into
    /// temporaries, then the tuple's items, then the defaults of the parameters left.
    pub(super) fn namedtuple_star_new_code(&mut self, c: ClassId, args: &[Expr]) -> String {
        let name = self.class_cname(c);
        let Some(init) = self.typed.find_method(Some(c), "__init__") else { return format!("{name}::_new()") };
        let ptys = self.typed.funcs[init].params[1..].to_vec();
        let fparams = self.prog.functions[init].params[1..].to_vec();
        let Some((last, pre)) = args.split_last() else { return format!("{name}::_new()") };
        let ExprKind::Starred(inner) = &last.kind else { return format!("{name}::_new()") };
        let mut body = String::new();
        let mut codes = Vec::new();
        for (a, p) in pre.iter().zip(&ptys) {
            let c = self.expr_as(a, p);
            let tmp = self.fresh("a");
            body.push_str(&format!("auto {tmp} = {c}; "));
            codes.push(tmp);
        }
        let st = self.fresh("st");
        let code = self.expr(inner);
        body.push_str(&format!("auto {st} = {code}; "));
        let Ty::Tuple(items) = self.ty(inner) else {
            self.unsupported("`*` of this value in a call", last.span);
            return format!("{name}::_new()");
        };
        for (i, (t, p)) in items.iter().zip(&ptys[pre.len().min(ptys.len())..]).enumerate() {
            codes.push(self.coerce(&format!("std::get<{i}>({st})"), t, p));
        }
        for i in codes.len()..fparams.len() {
            match &fparams[i].default {
                Some(d) if is_literal(d) => codes.push(self.expr_as(d, &ptys[i])),
                _ => {
                    self.unsupported("this namedtuple default in a `*` call", last.span);
                    return format!("{name}::_new()");
                }
            }
        }
        format!("[&] {{ {body}return {name}::_new({}); }}()", codes.join(", "))
    }
}

/// The Python type name of the first value of type `t` that `hash()` rejects, looking into tuples
/// in order as tuplehash does; `None` when every value of `t` is hashable.
pub(super) fn unhashable_name(t: &Ty) -> Option<&'static str> {
    match t {
        Ty::List(_) => Some("list"),
        Ty::Dict(..) => Some("dict"),
        Ty::Set(_) => Some("set"),
        Ty::ByteArray => Some("bytearray"),
        Ty::Deque(_) => Some("collections.deque"),
        Ty::Mapping(MapKind::DefaultDict, ..) => Some("collections.defaultdict"),
        Ty::Mapping(MapKind::Counter, ..) => Some("Counter"),
        Ty::Mapping(MapKind::OrderedDict, ..) => Some("collections.OrderedDict"),
        Ty::Tuple(ts) => ts.iter().find_map(unhashable_name),
        _ => None,
    }
}
