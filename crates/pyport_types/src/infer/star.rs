//! Inference for starred expressions: `[*a, x]`, `(*a, *b)`, `{*a}` displays, and `*` arguments
//! into builtins whose argument count is then known only at run time (`zip(*rows)`,
//! `itertools.zip_longest(*rows)`, `itertools.chain(*rows)`, `max(*xs)`, `min(*xs)`).
use super::*;

/// Whether a display or an argument list holds a `*x` element.
pub(crate) fn has_star(elts: &[Expr]) -> bool {
    elts.iter().any(|x| matches!(x.kind, ExprKind::Starred(_)))
}

/// The library function a call with `*` arguments names, if it is one this module handles:
/// `zip`, `max`, `min` (builtins) or `itertools.zip_longest` / `itertools.chain`.
pub fn star_library_name(func: &Expr, names: &HashMap<ExprId, NameRef>) -> Option<&'static str> {
    let name = match &func.kind {
        ExprKind::Name(_) => match names.get(&func.id) {
            Some(NameRef::Builtin(b)) => b.as_str(),
            Some(NameRef::Imported { module, name }) if module == "itertools" => name.as_str(),
            _ => return None,
        },
        ExprKind::Attribute { value, attr } => match names.get(&value.id) {
            Some(NameRef::Module(m)) if m == "itertools" => attr.as_str(),
            _ => return None,
        },
        _ => return None,
    };
    ["zip", "max", "min", "zip_longest", "chain", "product"].into_iter().find(|n| *n == name)
}

/// `sys.stdout` / `sys.stderr` (or the names `from sys import stderr` binds): which one.
pub fn std_stream(e: &Expr, names: &HashMap<ExprId, NameRef>) -> Option<&'static str> {
    let pick = |n: &str| ["stdout", "stderr"].into_iter().find(|s| *s == n);
    match &e.kind {
        ExprKind::Attribute { value, attr } if matches!(names.get(&value.id), Some(NameRef::Module(m)) if m == "sys") => pick(attr),
        ExprKind::Name(_) => match names.get(&e.id) {
            Some(NameRef::Imported { module, name }) if module == "sys" => pick(name),
            _ => None,
        },
        _ => None,
    }
}

impl Infer<'_> {
    /// `print(..., file=f)`: `f` must be a text file, `sys.stdout`, `sys.stderr` or None (names are recorded for
    /// the emitter); `false` (reported) otherwise.
    pub(super) fn print_file_ok(&mut self, f: &Expr) -> bool {
        if matches!(f.kind, ExprKind::None) {
            // `file=None` is stdout.
            return true;
        }
        let (n, id, sp) = match &f.kind {
            ExprKind::Attribute { value, .. } => match &value.kind {
                ExprKind::Name(m) => (m.as_str(), value.id, value.span),
                _ => ("", value.id, value.span),
            },
            ExprKind::Name(n) => (n.as_str(), f.id, f.span),
            _ => ("", f.id, f.span),
        };
        let shadowed = !n.is_empty() && self.lookup(n, Some(id), sp).is_some();
        if shadowed || std_stream(f, &self.names).is_none() {
            // A file of `open()`.
            let t = self.infer(f);
            match self.kv(t) {
                Kind::TextFile | Kind::Unknown | Kind::Conflict => return true,
                Kind::BinFile => {
                    self.error("type-error", "a bytes-like object is required, not 'str' (`print()` writes str, to a file opened in binary mode)", f.span, "open the file in a text mode ('w'), or write encoded bytes with `f.write()`");
                    return false;
                }
                _ => {}
            }
            self.error("unsupported-builtin", "unsupported: `print(file=...)` of anything but a file of `open()`, `sys.stdout`, `sys.stderr` or None", f.span, "`--engine auto` can hand the program to an LLM");
            return false;
        }
        true
    }

    /// What `*x` unpacks, one element type (refusing a value that may be `None`).
    fn star_elem(&mut self, inner: &Expr) -> TV {
        let t = self.infer(inner);
        if let Kind::Opt(_) = self.k(t) {
            self.error("unsupported-syntax", "unsupported: `*` of a value that may be `None`", inner.span, "test it for `None` first");
            return self.c("Unknown");
        }
        self.iter_elem(t, inner.span)
    }

    /// The element type of a display's `*x` part: as [`Self::star_elem`], and for a union whose
    /// members are all tuples or lists (`[("a",), ("b", "c")]`'s items), their elements joined.
    fn star_part_elem(&mut self, inner: &Expr, t: TV) -> TV {
        if let Kind::Union(ms) = self.k(t) {
            let el = self.aux(inner.id, 7, Kind::Unknown);
            for m in ms {
                match self.kv(m) {
                    Kind::Tuple(items) => {
                        for it in items {
                            self.flow_into(it, el, "tuple element", inner.span);
                        }
                    }
                    Kind::VTuple(x) | Kind::List(x) => self.flow_into(x, el, "tuple element", inner.span),
                    k => {
                        let d = self.describe(&k);
                        self.error("unsupported-syntax", format!("unsupported: `*` of a value that may be a `{d}`"), inner.span, "`--engine auto` can hand the program to an LLM");
                    }
                }
            }
            return el;
        }
        self.iter_elem(t, inner.span)
    }

    /// The element type one item of a list or set display adds: the item itself, or the
    /// elements of a starred `*x` (never `None`).
    fn display_item(&mut self, x: &Expr) -> TV {
        match &x.kind {
            ExprKind::Starred(inner) => {
                let t = self.infer(inner);
                if let Kind::Opt(_) = self.k(t) {
                    self.error("unsupported-syntax", "unsupported: `*` of a value that may be `None`", inner.span, "test it for `None` first");
                }
                self.star_part_elem(inner, t)
            }
            _ => self.infer(x),
        }
    }

    /// A list, tuple or set display with `*x` elements. A tuple display is a fixed tuple when every
    /// starred part is a fixed tuple, else a `tuple[T, ...]` (`py::VTuple`).
    pub(super) fn starred_display(&mut self, e: &Expr, elts: &[Expr]) -> TV {
        match &e.kind {
            ExprKind::List(_) => {
                let (l, el) = self.list_of(e.id, 0);
                for x in elts {
                    let t = self.display_item(x);
                    self.flow_into(t, el, "list element", x.span);
                }
                l
            }
            ExprKind::Set(_) => {
                let (st, el) = self.set_of(e.id, 0);
                for x in elts {
                    let t = self.display_item(x);
                    self.check_hashable(t, x.span);
                    self.flow_into(t, el, "set element", x.span);
                }
                st
            }
            _ => {
                // Each part: a plain element, a fixed tuple's items, or an iterable's element type.
                let mut fixed: Option<Vec<TV>> = Some(Vec::new());
                let mut unknown = false;
                let mut parts = Vec::new();
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred(inner) => {
                            let t = self.infer(inner);
                            match self.k(t) {
                                Kind::Tuple(items) => {
                                    if let Some(f) = fixed.as_mut() {
                                        f.extend(items.iter().copied());
                                    }
                                    for it in items {
                                        parts.push((it, x.span));
                                    }
                                }
                                Kind::Unknown => unknown = true,
                                Kind::Opt(_) => {
                                    self.error("unsupported-syntax", "unsupported: `*` of a value that may be `None`", inner.span, "test it for `None` first");
                                    unknown = true;
                                }
                                _ => {
                                    fixed = None;
                                    let el = self.star_part_elem(inner, t);
                                    parts.push((el, x.span));
                                }
                            }
                        }
                        _ => {
                            let t = self.infer(x);
                            if let Some(f) = fixed.as_mut() {
                                f.push(t);
                            }
                            parts.push((t, x.span));
                        }
                    }
                }
                if unknown {
                    return self.c("Unknown");
                }
                if let Some(items) = fixed {
                    return self.fresh(Kind::Tuple(items));
                }
                let el = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                for (t, sp) in parts {
                    self.flow_into(t, el, "tuple element", sp);
                }
                self.aux(e.id, 0, Kind::VTuple(el))
            }
        }
    }

    /// A call of a library function with `*` arguments (see [`star_library_name`]); `None` when the
    /// callee is not one. Shapes not handled are refused here, never passed on.
    pub(super) fn star_library_call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        // Resolve the callee's name (or its module's) first: `names` is filled by `lookup`.
        let (n, id, sp) = match &func.kind {
            ExprKind::Name(n) => (n, func.id, func.span),
            ExprKind::Attribute { value, .. } => match &value.kind {
                ExprKind::Name(m) => (m, value.id, value.span),
                _ => return None,
            },
            _ => return None,
        };
        if self.lookup(n, Some(id), sp).is_some() {
            return None;
        }
        let name = star_library_name(func, &self.names)?;
        let star_span = args.iter().find(|a| matches!(a.kind, ExprKind::Starred(_))).map_or(e.span, |a| a.span);
        let [Expr { kind: ExprKind::Starred(rows), .. }] = args else {
            // Lowering makes positional arguments beside `*` ones one starred display (`max(a, *b)`
            // is `max(*(a, *b))`), so this shape does not reach here.
            self.error("unsupported-syntax", format!("unsupported: `*` arguments in this call of `{name}()`"), star_span, "`--engine auto` can hand the program to an LLM");
            return Some(self.c("Unknown"));
        };
        let allowed: &[&str] = if name == "zip_longest" { &["fillvalue"] } else { &[] };
        self.no_keywords(name, keywords, allowed);
        let row = self.star_elem(rows);
        Some(match name {
            "zip" | "zip_longest" => {
                let item = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                let x = self.iter_elem(row, rows.span);
                self.flow(x, item);
                if name == "zip_longest" {
                    let fill = match keywords.first() {
                        Some(k) => self.infer(&k.value),
                        None => self.c(NONE_TV),
                    };
                    self.flow(fill, item);
                }
                let tup = self.aux(e.id, 2, Kind::VTuple(item));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            "chain" => {
                let x = self.iter_elem(row, rows.span);
                self.aux(e.id, 0, Kind::Iter(x))
            }
            "product" => {
                // One item per row, as many as there are rows: `tuple[T, ...]`.
                let item = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                let x = self.iter_elem(row, rows.span);
                self.flow(x, item);
                let tup = self.aux(e.id, 2, Kind::VTuple(item));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            _ => {
                // `max(*xs)`: with one element CPython iterates that element instead; only
                // elements that are not iterable (that case is then CPython's TypeError) are done.
                match self.kv(row) {
                    Kind::Int | Kind::Bool | Kind::Float | Kind::Num | Kind::Frac | Kind::Unknown => {}
                    k => {
                        let d = self.describe(&k);
                        self.error(
                            "unsupported-syntax",
                            format!("unsupported: `{name}(*xs)` of `{d}` elements (with one element CPython would iterate it)"),
                            star_span,
                            "write `max(xs)`; `--engine auto` can hand the program to an LLM",
                        );
                    }
                }
                row
            }
        })
    }
}

impl Infer<'_> {
    /// `{k: v, **m}`: a new dict with `m`'s items merged in order (`m` a dict or `collections` mapping).
    pub(super) fn starred_dict(&mut self, e: &Expr, items: &[Expr]) -> TV {
        let (d, k, v) = self.dict_of(e.id, 0);
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    let t = self.infer(inner);
                    match self.k(t) {
                        Kind::Dict(k2, v2) | Kind::Mapping(_, k2, v2) => {
                            self.flow_into(k2, k, "dict key", inner.span);
                            self.flow_into(v2, v, "dict value", inner.span);
                        }
                        Kind::Unknown => {}
                        other => {
                            let dsc = self.describe(&other);
                            self.error("unsupported-syntax", format!("unsupported: `**` of a `{dsc}` value in a dictionary display (a dict is supported)"), inner.span, "`--engine auto` can hand the program to an LLM");
                        }
                    }
                }
                ExprKind::Tuple(kv) if kv.len() == 2 => {
                    let (kt, vt) = (self.infer(&kv[0]), self.infer(&kv[1]));
                    self.check_hashable(kt, kv[0].span);
                    self.flow_into(kt, k, "dict key", kv[0].span);
                    self.flow_into(vt, v, "dict value", kv[1].span);
                }
                _ => {}
            }
        }
        d
    }
}
