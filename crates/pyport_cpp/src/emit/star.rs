//! Emission of starred expressions (runtime: `runtime/pyport/star.hpp`): `[*a, x]`, `(*a, *b)`,
//! `{*a}` displays built element by element in Python's order, and `zip(*rows)`,
//! `zip_longest(*rows)`, `chain(*rows)`, `max(*xs)`/`min(*xs)` (inference: `infer/star.rs`).
use super::*;
use pyport_types::star_library_name;

/// Whether a display or an argument list holds a `*x` element.
pub(super) fn has_star(elts: &[Expr]) -> bool {
    elts.iter().any(|x| matches!(x.kind, ExprKind::Starred(_)))
}

impl Emitter<'_> {
    /// Statements appending what the display part `x` gives to the `std::vector` `v` of `et`s.
    fn star_push(&mut self, body: &mut String, v: &str, x: &Expr, et: &Ty) {
        let ExprKind::Starred(inner) = &x.kind else {
            let c = self.expr_as(x, et);
            let _ = write!(body, "{v}.push_back({c}); ");
            return;
        };
        match self.ty(inner) {
            Ty::Tuple(items) => {
                let t = self.fresh("t");
                let c = self.expr(inner);
                let _ = write!(body, "auto {t} = {c}; ");
                for (i, it) in items.iter().enumerate() {
                    let c = self.coerce(&format!("std::get<{i}>({t})"), it, et);
                    let _ = write!(body, "{v}.push_back({c}); ");
                }
            }
            Ty::Union(_) => {
                // Every member is a tuple or a list (inference checked): as a `VTuple` of `et`s.
                let ect = self.cty(et, x.span);
                let c = self.expr(inner);
                let (cur, y) = (self.fresh("c"), self.fresh("x"));
                let _ = write!(body, "{{ auto {cur} = py::iter(py::union_vtuple<{ect}>({c})); typename decltype({cur})::value_type {y}{{}}; while ({cur}.next({y})) {v}.push_back({y}); }} ");
            }
            t => {
                let from = elem_ty(&t);
                let it = self.iterable(inner);
                let (c, x) = (self.fresh("c"), self.fresh("x"));
                let conv = self.coerce(&x, &from, et);
                let _ = write!(body, "{{ auto {c} = py::iter({it}); typename decltype({c})::value_type {x}{{}}; while ({c}.next({x})) {v}.push_back({conv}); }} ");
            }
        }
    }

    /// A list, tuple or set display with `*x` elements (see `Infer::starred_display`).
    pub(super) fn starred_display(&mut self, e: &Expr, elts: &[Expr]) -> String {
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        let mut body = String::new();
        match &t {
            Ty::Tuple(items) => {
                // Each part into a temporary, left to right, then the tuple.
                let mut parts = Vec::new();
                let mut k = 0;
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred(inner) => {
                            let Ty::Tuple(sub) = self.ty(inner) else {
                                self.unsupported("this starred tuple display", x.span);
                                return "0".into();
                            };
                            let tmp = self.fresh("t");
                            let c = self.expr(inner);
                            let _ = write!(body, "auto {tmp} = {c}; ");
                            for (i, st) in sub.iter().enumerate() {
                                let want = items.get(k).cloned().unwrap_or(Ty::Unknown);
                                parts.push(self.coerce(&format!("std::get<{i}>({tmp})"), st, &want));
                                k += 1;
                            }
                        }
                        _ => {
                            let want = items.get(k).cloned().unwrap_or(Ty::Unknown);
                            let c = self.expr_as(x, &want);
                            let tmp = self.fresh("p");
                            let _ = write!(body, "auto {tmp} = {c}; ");
                            parts.push(tmp);
                            k += 1;
                        }
                    }
                }
                format!("[&] {{ {body}return {ct}{{{}}}; }}()", parts.join(", "))
            }
            Ty::List(et) | Ty::VarTuple(et) => {
                let v = self.fresh("v");
                let _ = write!(body, "typename {ct}::Vec {v}; ");
                for x in elts {
                    self.star_push(&mut body, &v, x, et);
                }
                format!("[&] {{ {body}return {ct}::from_vector(std::move({v})); }}()")
            }
            Ty::Set(et) => {
                // CPython adds the parts in order (BUILD_SET / SET_UPDATE): the same table order.
                let v = self.fresh("v");
                let s = self.fresh("s");
                let ect = self.cty(et, e.span);
                let _ = write!(body, "std::vector<{ect}> {v}; ");
                for x in elts {
                    self.star_push(&mut body, &v, x, et);
                }
                let _ = write!(body, "{ct} {s}; for (auto& _e : {v}) {s}.add(_e); ");
                format!("[&] {{ {body}return {s}; }}()")
            }
            _ => {
                self.unsupported("this starred display", e.span);
                "0".into()
            }
        }
    }

    /// `zip(*rows)`, `zip_longest(*rows, fillvalue=f)`, `chain(*rows)`, `product(*rows)`, `max(*xs)`,
    /// `min(*xs)`.
    pub(super) fn star_library_call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let name = star_library_name(func, &self.typed.names).unwrap_or("");
        let [Expr { kind: ExprKind::Starred(rows), .. }] = args else {
            return self.star_unsupported(name, e);
        };
        let no_rows = match self.ty(rows) {
            Ty::Tuple(ts) => ts.is_empty(),
            t => matches!(elem_ty(&t), Ty::Unknown | Ty::None),
        };
        if matches!(name, "zip" | "zip_longest" | "chain" | "product") && no_rows {
            self.unsupported(format!("`{name}(*xs)` where nothing is ever stored in `xs`"), rows.span);
            return "0".into();
        }
        let rows_code = self.iterable(rows);
        let res = self.ty(e);
        match name {
            "zip" | "zip_longest" | "product" => {
                let Ty::Iter(tup) = &res else { return self.star_unsupported(name, e) };
                let Ty::VarTuple(item) = &**tup else { return self.star_unsupported(name, e) };
                if matches!(**item, Ty::Unknown | Ty::None) {
                    self.unsupported(format!("`{name}(*xs)` where nothing is ever stored in the items of `xs`"), rows.span);
                    return "0".into();
                }
                let ct = self.cty(item, e.span);
                if name == "zip" || name == "product" {
                    return format!("py::{name}_star<{ct}>({rows_code})");
                }
                let fill = match keywords.iter().find(|k| k.name == "fillvalue") {
                    Some(k) => self.expr_as(&k.value.clone(), item),
                    None => format!("{ct}()"),
                };
                format!("py::zip_longest_star<{ct}>({fill}, {rows_code})")
            }
            "chain" => {
                let Ty::Iter(item) = &res else { return self.star_unsupported(name, e) };
                let ct = self.cty(item, e.span);
                format!("py::chain_star<{ct}>({rows_code})")
            }
            "max" | "min" => {
                if !matches!(res, Ty::Int | Ty::Bool | Ty::Float | Ty::Fraction | Ty::Num) {
                    return self.star_unsupported(name, e);
                }
                let ct = self.cty(&res, e.span);
                let is_max = name == "max";
                format!("py::minmax_star<{is_max}, {ct}>(py::vtuple_from<{ct}>({rows_code}))")
            }
            _ => self.star_unsupported(name, e),
        }
    }

    fn star_unsupported(&mut self, name: &str, e: &Expr) -> String {
        self.unsupported(format!("`*` arguments in this call of `{name}`"), e.span);
        "0".into()
    }
}

impl Emitter<'_> {
    /// `{k: v, **m}` (see `Infer::starred_dict`): items set in Python's order into a new dict.
    pub(super) fn starred_dict(&mut self, e: &Expr, items: &[Expr]) -> String {
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        let Ty::Dict(kt, vt) = &t else {
            self.unsupported("this dictionary display", e.span);
            return "0".into();
        };
        let d = self.fresh("d");
        let mut body = format!("{ct} {d}; ");
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    let (k2, v2) = match self.ty(inner) {
                        Ty::Dict(a, b) | Ty::Mapping(_, a, b) => (*a, *b),
                        _ => {
                            self.unsupported("`**` of this value", inner.span);
                            return "0".into();
                        }
                    };
                    let c = self.expr(inner);
                    let kv = self.fresh("kv");
                    let kc = self.coerce(&format!("std::get<0>({kv})"), &k2, kt);
                    let vc = self.coerce(&format!("std::get<1>({kv})"), &v2, vt);
                    let _ = write!(body, "for (auto&& {kv} : ({c}).items()) {d}.set({kc}, {vc}); ");
                }
                ExprKind::Tuple(kv) if kv.len() == 2 => {
                    let kc = self.expr_as(&kv[0], kt);
                    let vc = self.expr_as(&kv[1], vt);
                    let (a, b) = (self.fresh("k"), self.fresh("v"));
                    let _ = write!(body, "auto {a} = {kc}; auto {b} = {vc}; {d}.set({a}, {b}); ");
                }
                _ => {}
            }
        }
        format!("[&] {{ {body}return {d}; }}()")
    }
}
