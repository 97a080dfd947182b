//! Emission of the `pprint` module (runtime: `runtime/pyport/pprint.hpp`): `pprint.pprint`,
//! `pprint.pp` and `pprint.pformat` become `py::pprint` / `py::pformat` with a `py::PPrintOpts`.
//! Types the port cannot print exactly as CPython are refused here: dict keys and set elements
//! that `<` may not order (pprint sorts them, with an id-based fallback no port can reproduce),
//! and instances when the program has a `@dataclass` (pprint lays those out field by field).
use super::*;
use pyport_types::pprint_params;

const HELP: &str = "the builtin engine's `pprint` handles numbers, strings, bytes, lists, tuples, dicts and sets of orderable keys, collections types and objects with `__repr__`; `--engine auto` can hand the program to an LLM";

/// Whether `<` orders every pair of values of type t without a TypeError.
fn pprint_orderable(t: &Ty) -> bool {
    match t {
        Ty::Bool | Ty::Int | Ty::Float | Ty::Num | Ty::Str | Ty::Fraction | Ty::Bytes | Ty::Unknown => true,
        Ty::Tuple(ts) => ts.iter().all(pprint_orderable),
        Ty::VarTuple(e) => pprint_orderable(e),
        _ => false,
    }
}

impl Emitter<'_> {
    fn pprint_refuse(&mut self, what: String, sp: Span) {
        if !self.diags.iter().any(|d| d.span() == sp && d.message == what) {
            self.diags.push(Diagnostic::error("unsupported-syntax", what, sp).with_help(HELP));
        }
    }

    /// Whether the program has a class whose `__repr__` `@dataclass` generated (its span is its name's).
    fn has_dataclass_repr(&self) -> bool {
        self.prog.functions.iter().any(|f| f.name == "__repr__" && f.class.is_some() && f.span == f.name_span)
    }

    /// The first part of t pprint cannot print exactly, described.
    fn pprint_blocker(&self, t: &Ty, sort_dicts: bool) -> Option<String> {
        match t {
            Ty::List(e) | Ty::VarTuple(e) | Ty::Deque(e) | Ty::Optional(e) => self.pprint_blocker(e, sort_dicts),
            Ty::Tuple(ts) | Ty::Union(ts) => ts.iter().find_map(|x| self.pprint_blocker(x, sort_dicts)),
            Ty::Set(e) => {
                if !pprint_orderable(e) {
                    return Some(format!("pretty-printing a set of `{e}`, which `<` may not order"));
                }
                self.pprint_blocker(e, sort_dicts)
            }
            Ty::Dict(k, v) | Ty::Mapping(MapKind::DefaultDict, k, v) => {
                if sort_dicts && !pprint_orderable(k) {
                    return Some(format!("pretty-printing a dict with `{k}` keys, which `<` may not order"));
                }
                self.pprint_blocker(k, sort_dicts).or_else(|| self.pprint_blocker(v, sort_dicts))
            }
            Ty::Mapping(_, k, v) => self.pprint_blocker(k, sort_dicts).or_else(|| self.pprint_blocker(v, sort_dicts)),
            Ty::Object(..) if self.has_dataclass_repr() => Some("pretty-printing an object when the program has a `@dataclass` (pprint lays dataclasses out field by field)".into()),
            Ty::Rec(_) => self.rec_pprint_blocker(sort_dicts),
            Ty::Object(..) | Ty::Fraction => None,
            Ty::None | Ty::Unknown | Ty::Bool | Ty::Int | Ty::Float | Ty::Num | Ty::Str | Ty::Bytes | Ty::ByteArray => None,
            other => Some(format!("pretty-printing a `{other}`")),
        }
    }

    /// What in any recursive type's definition `pprint` cannot print exactly (each definition is
    /// checked once, its names as leaves).
    fn rec_pprint_blocker(&self, sort_dicts: bool) -> Option<String> {
        self.typed.recs.iter().filter(|d| matches!(d, Ty::Union(_) | Ty::Tuple(_))).find_map(|d| self.pprint_blocker(&super::rec::without_recs(d), sort_dicts))
    }

    /// `pprint.pprint(...)`, `pprint.pp(...)`, `pprint.pformat(...)`.
    pub(super) fn pprint_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let (Some(params), Some(obj)) = (pprint_params(name), args.first()) else {
            self.unsupported(format!("`pprint.{name}()`"), e.span);
            return "0".into();
        };
        let mut all: Vec<&Expr> = args.iter().collect();
        all.extend(keywords.iter().map(|k| &k.value));
        if self.needs_order(&all) {
            self.unsupported(format!("`pprint.{name}()` arguments whose order of evaluation could show"), e.span);
        }
        let mut slots: Vec<(&str, &Expr)> = args.iter().skip(1).zip(params.iter()).map(|(a, p)| (*p, a)).collect();
        slots.extend(keywords.iter().map(|k| (k.name.as_str(), &k.value)));
        let (mut indent, mut width) = ("1".to_string(), "80".to_string());
        let mut compact = "false".to_string();
        let mut sort_dicts = if name == "pp" { "false" } else { "true" }.to_string();
        for (p, a) in slots {
            match p {
                "indent" => indent = self.expr_as(a, &Ty::Int),
                "width" => width = self.expr_as(a, &Ty::Int),
                "compact" => compact = self.cond(a),
                "sort_dicts" => sort_dicts = self.cond(a),
                _ => {}
            }
        }
        let t = self.ty(obj);
        // A literal `sort_dicts=False` lets unorderable keys through.
        if let Some(why) = self.pprint_blocker(&t, sort_dicts != "false") {
            self.pprint_refuse(format!("unsupported: {why}"), obj.span);
        }
        let x = self.expr(obj);
        let f = if name == "pformat" { "pformat" } else { "pprint" };
        if (indent.as_str(), width.as_str(), compact.as_str(), sort_dicts.as_str()) == ("1", "80", "false", "true") {
            return format!("py::{f}({x})");
        }
        format!("py::{f}({x}, py::pprint_opts({indent}, {width}, {compact}, {sort_dicts}))")
    }
}
