//! Emission of the `re` module (runtime: `runtime/pyport/re.hpp`). A literal pattern with constant
//! flags is compiled once, into a function-static `py::Regex`; other patterns go through the
//! runtime's compile cache. Inference has already refused patterns the engine cannot run.
use super::*;
use pyport_types::re_flags_const;
use pyport_types::re_syntax::{method_params, module_params};

impl Emitter<'_> {
    /// Arguments by parameter name (keywords placed at their position).
    fn re_slots<'e>(params: &[&str], args: &'e [Expr], keywords: &'e [Keyword]) -> Vec<Option<&'e Expr>> {
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        for (i, a) in args.iter().enumerate().take(params.len()) {
            slots[i] = Some(a);
        }
        for k in keywords {
            if let Some(i) = params.iter().position(|p| *p == k.name) {
                slots[i] = Some(&k.value);
            }
        }
        slots
    }

    /// The `py::Regex` for pattern argument `p` with flags argument `f`.
    fn re_regex(&mut self, p: &Expr, f: Option<&Expr>) -> String {
        if matches!(self.ty(p), Ty::Pattern(_)) {
            return self.expr(p);
        }
        let flags = match f {
            Some(f) => re_flags_const(f, &self.typed.names),
            None => Some(0),
        };
        if let (ExprKind::Str(lit), Some(fl)) = (&p.kind, flags) {
            return format!(
                "([]() -> const py::Regex& {{ static const py::Regex _rx = py::re_compile(std::string_view({}, {}), {fl}); return _rx; }}())",
                cpp_string(lit),
                lit.len()
            );
        }
        let pc = self.expr_as(p, &Ty::Str);
        let fc = match f {
            Some(f) => self.expr_as(f, &Ty::Int),
            None => "0".into(),
        };
        format!("py::re_compile_cached({pc}, {fc})")
    }

    /// `re.name(...)`.
    pub(super) fn re_module_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let mut all: Vec<&Expr> = args.iter().collect();
        all.extend(keywords.iter().map(|k| &k.value));
        if self.needs_order(&all) {
            self.unsupported(format!("`re.{name}()` arguments whose order of evaluation could show"), e.span);
        }
        if name == "escape" {
            let a = args.first().or(keywords.first().map(|k| &k.value));
            let Some(a) = a else { return "py::Str()".into() };
            let c = self.expr_as(a, &Ty::Str);
            return format!("py::re_escape({c})");
        }
        let Some(params) = module_params(name) else {
            self.unsupported(format!("`re.{name}()`"), e.span);
            return "0".into();
        };
        let mut names = vec!["pattern"];
        names.extend_from_slice(params);
        let slots = Self::re_slots(&names, args, keywords);
        let flags = names.iter().position(|p| *p == "flags").and_then(|i| slots[i]);
        let Some(p) = slots[0] else { return "0".into() };
        let rx = self.re_regex(p, flags);
        if name == "compile" {
            return format!("py::Regex({rx})");
        }
        self.re_op(name, &rx, &slots[1..], e)
    }

    fn re_op(&mut self, name: &str, rx: &str, slots: &[Option<&Expr>], e: &Expr) -> String {
        let res = self.ty(e);
        let int = |this: &mut Self, x: Option<&Expr>| match x {
            Some(x) => this.expr_as(x, &Ty::Int),
            None => "0".into(),
        };
        match name {
            "match" | "search" | "fullmatch" => {
                let s = slots[0].map(|x| self.expr_as(x, &Ty::Str)).unwrap_or_default();
                format!("py::re_{name}({rx}, {s})")
            }
            "finditer" => {
                let s = slots[0].map(|x| self.expr_as(x, &Ty::Str)).unwrap_or_default();
                format!("py::Iter<py::Match>(py::re_finditer({rx}, {s}))")
            }
            "findall" => {
                let s = slots[0].map(|x| self.expr_as(x, &Ty::Str)).unwrap_or_default();
                match res {
                    Ty::List(el) => match *el {
                        Ty::Tuple(ts) => format!("py::re_findall_tuple<{}>({rx}, {s})", ts.len()),
                        _ => format!("py::re_findall_str({rx}, {s})"),
                    },
                    _ => format!("py::re_findall_str({rx}, {s})"),
                }
            }
            "split" => {
                let s = slots[0].map(|x| self.expr_as(x, &Ty::Str)).unwrap_or_default();
                let n = int(self, slots.get(1).copied().flatten());
                let el = match &res {
                    Ty::List(el) => self.cty(el, e.span),
                    _ => "py::Str".into(),
                };
                format!("py::re_split<{el}>({rx}, {s}, {n})")
            }
            "sub" | "subn" => {
                let Some(repl) = slots[0] else { return "0".into() };
                let s = slots[1].map(|x| self.expr_as(x, &Ty::Str)).unwrap_or_default();
                let n = int(self, slots.get(2).copied().flatten());
                let fn_repl = matches!(repl.kind, ExprKind::Lambda { .. }) || self.ty(repl) != Ty::Str;
                let (r, suffix) = if fn_repl {
                    (self.fn_value_code(repl, &[Ty::Match(u32::MAX)]), "_fn")
                } else {
                    (self.expr_as(repl, &Ty::Str), "")
                };
                if name == "sub" {
                    format!("py::re_sub{suffix}({rx}, {r}, {s}, {n})")
                } else {
                    let it = self.cty(&Ty::Int, e.span);
                    format!("py::re_subn{suffix}<{it}>({rx}, {r}, {s}, {n})")
                }
            }
            _ => {
                self.unsupported(format!("`{name}()` of a regular expression"), e.span);
                "0".into()
            }
        }
    }

    /// The `py::Match` of `value` (an optional one raises CPython's AttributeError when None).
    fn re_match_code(&mut self, value: &Expr, attr: &str) -> String {
        let c = self.expr(value);
        match self.ty(value) {
            Ty::Optional(_) => format!("py::re_some({c}, {})", cpp_string(attr)),
            _ => c,
        }
    }

    fn re_is_match(t: &Ty) -> bool {
        match t {
            Ty::Match(_) => true,
            Ty::Optional(inner) => matches!(**inner, Ty::Match(_)),
            _ => false,
        }
    }

    /// `value.attr(...)` on a pattern or a match object.
    pub(super) fn re_method(&mut self, value: &Expr, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        let vt = self.ty(value);
        if matches!(vt, Ty::Pattern(_)) {
            let mut all: Vec<&Expr> = vec![value];
            all.extend(args.iter());
            all.extend(keywords.iter().map(|k| &k.value));
            if self.needs_order(&all) {
                self.unsupported(format!("`Pattern.{attr}()` arguments whose order of evaluation could show"), e.span);
            }
            let Some(params) = method_params(attr) else {
                self.unsupported(format!("`Pattern.{attr}()`"), e.span);
                return Some("0".into());
            };
            let slots = Self::re_slots(params, args, keywords);
            let rx = self.expr(value);
            return Some(self.re_op(attr, &rx, &slots, e));
        }
        if !Self::re_is_match(&vt) {
            return None;
        }
        let mut all: Vec<&Expr> = vec![value];
        all.extend(args.iter());
        if self.needs_order(&all) {
            self.unsupported(format!("`Match.{attr}()` arguments whose order of evaluation could show"), e.span);
        }
        let m = self.re_match_code(value, attr);
        let res = self.ty(e);
        Some(match attr {
            "group" if args.len() <= 1 => self.re_group(&m, args.first(), &res),
            "group" => {
                let Ty::Tuple(ts) = res else { return Some("0".into()) };
                let parts: Vec<String> = args.iter().zip(ts.iter()).map(|(a, t)| self.re_group(&m, Some(a), t)).collect();
                format!("std::make_tuple({})", parts.join(", "))
            }
            "groups" => {
                let ct = self.cty(&res, e.span);
                format!("py::re_groups_as<{ct}>({m})")
            }
            "groupdict" => {
                let v = match &res {
                    Ty::Dict(_, v) => self.cty(v, e.span),
                    _ => "py::Str".into(),
                };
                format!("py::re_groupdict<{v}>({m})")
            }
            "start" | "end" => {
                let it = self.cty(&Ty::Int, e.span);
                match args.first() {
                    Some(g) => {
                        let gc = self.re_group_key(g);
                        format!("{it}({m}.{attr}({gc}))")
                    }
                    None => format!("{it}({m}.{attr}())"),
                }
            }
            "span" => {
                let it = self.cty(&Ty::Int, e.span);
                let gc = match args.first() {
                    Some(g) => self.re_group_key(g),
                    None => "0".into(),
                };
                format!("{m}.template span<{it}>({gc})")
            }
            _ => {
                self.unsupported(format!("`Match.{attr}()`"), e.span);
                "0".into()
            }
        })
    }

    /// The C++ key of a group: an int or a name.
    fn re_group_key(&mut self, g: &Expr) -> String {
        match self.ty(g) {
            Ty::Str => self.expr(g),
            _ => self.expr_as(g, &Ty::Int),
        }
    }

    fn re_group(&mut self, m: &str, g: Option<&Expr>, res: &Ty) -> String {
        let Some(g) = g else { return format!("{m}.group()") };
        let gc = self.re_group_key(g);
        match res {
            Ty::Optional(_) => format!("{m}.group_opt({gc})"),
            _ => format!("{m}.group({gc})"),
        }
    }

    /// `m[g]`.
    pub(super) fn re_subscript(&mut self, value: &Expr, index: &Expr, e: &Expr) -> Option<String> {
        let vt = self.ty(value);
        if !Self::re_is_match(&vt) || matches!(index.kind, ExprKind::Slice { .. }) {
            return None;
        }
        if self.needs_order(&[value, index]) {
            self.unsupported("a match subscript whose order of evaluation could show", index.span);
        }
        let c = self.expr(value);
        let m = match vt {
            Ty::Optional(_) => format!("py::re_some_subscript({c})"),
            _ => c,
        };
        let rt = self.ty(e);
        Some(self.re_group(&m, Some(index), &rt))
    }

    /// `p.pattern` / `p.groups` / `p.flags` / `m.string` / `m.pos` / `m.endpos`.
    pub(super) fn re_attr(&mut self, value: &Expr, attr: &str) -> Option<String> {
        let vt = self.ty(value);
        let it = self.cty(&Ty::Int, value.span);
        if matches!(vt, Ty::Pattern(_)) {
            let c = self.expr(value);
            return Some(match attr {
                "pattern" => format!("py::Str({c}.d->pattern)"),
                "groups" => format!("{it}({c}.d->groups)"),
                "flags" => format!("{it}({c}.d->flags)"),
                _ => return None,
            });
        }
        if !Self::re_is_match(&vt) {
            return None;
        }
        let m = self.re_match_code(value, attr);
        Some(match attr {
            "string" => format!("py::Str({m}.subj->s)"),
            "pos" => format!("{it}(0)"),
            "endpos" => format!("{it}({m}.subj->size())"),
            _ => return None,
        })
    }
}
