//! Inference for `array.array` (runtime `array.hpp`): `array(typecode, iterable)` with a literal
//! typecode, item reads and stores (ints, or floats for `f`/`d`), `len`, iteration, `in`, `+` and
//! `*`, and the methods `append`, `extend`, `insert`, `pop`, `index`, `count`, `remove`, `reverse`,
//! `tolist`, `tobytes`, `tofile`, with the `typecode` and `itemsize` attributes; slices are read
//! (a new array). Assigning to a slice and the `'u'` typecode are refused, naming them.
use super::*;

/// The typecodes the runtime ports, each with its constant's name.
pub(super) const ARRAY_CONSTS: [(&str, u8); 12] = [
    ("array_b", b'b'),
    ("array_B", b'B'),
    ("array_h", b'h'),
    ("array_H", b'H'),
    ("array_i", b'i'),
    ("array_I", b'I'),
    ("array_l", b'l'),
    ("array_L", b'L'),
    ("array_q", b'q'),
    ("array_Q", b'Q'),
    ("array_f", b'f'),
    ("array_d", b'd'),
];

pub(super) const ARRAY_HELP: &str = "the builtin engine's `array.array` takes a literal typecode among b B h H i I l L q Q f d, and its slices are read, not assigned; `--engine auto` can hand the program to an LLM";

/// The name of the constant type variable of arrays of typecode `c`.
pub(super) fn array_const(c: u8) -> &'static str {
    ARRAY_CONSTS.iter().find(|(_, k)| *k == c).map_or("Unknown", |(n, _)| n)
}

/// The kind name of an item of an array of typecode `c`.
pub(super) fn array_item(c: u8) -> &'static str {
    if matches!(c, b'f' | b'd') {
        "Float"
    } else {
        "Int"
    }
}

impl Infer<'_> {
    /// Whether `t` may be stored into an array of typecode `c` (reported when not).
    pub(super) fn array_item_ok(&mut self, c: u8, t: TV, sp: Span) -> bool {
        let k = self.kv(t);
        let ok = match k {
            Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict => true,
            Kind::Float | Kind::Num => matches!(c, b'f' | b'd'),
            _ => false,
        };
        if !ok {
            let d = self.describe(&k);
            let msg = if matches!(k, Kind::Float | Kind::Num) {
                format!("array item must be integer, not `{d}` (array typecode '{}')", c as char)
            } else {
                format!("must be real number, not `{d}` (an item of array typecode '{}')", c as char)
            };
            self.error("type-error", msg, sp, "");
        }
        ok
    }

    /// `array.name(...)` (`array.array(...)`, or `array(...)` imported from `array`).
    pub(super) fn array_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        if name != "array" {
            self.error("unsupported-builtin", format!("unsupported: `array.{name}`"), e.span, ARRAY_HELP);
            return self.c("Unknown");
        }
        self.no_keywords("array", keywords, &[]);
        if !self.arity("array", e, args.len(), 1, 2) {
            return self.c("Unknown");
        }
        let code = match &args[0].kind {
            ExprKind::Str(s) if s.len() == 1 && ARRAY_CONSTS.iter().any(|(_, c)| *c == s.as_bytes()[0]) => s.as_bytes()[0],
            ExprKind::Str(s) if matches!(s.as_str(), "u" | "w") => {
                self.error("unsupported-builtin", "unsupported: an array of typecode 'u' (unicode characters)", args[0].span, ARRAY_HELP);
                return self.c("Unknown");
            }
            ExprKind::Str(_) => {
                self.error("type-error", "ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)", args[0].span, "");
                return self.c("Unknown");
            }
            _ => {
                self.error("unsupported-builtin", "unsupported: an array whose typecode is not a string literal", args[0].span, ARRAY_HELP);
                return self.c("Unknown");
            }
        };
        if let (Some(a), Some(&t)) = (args.get(1), ts.get(1)) {
            match self.kv(t) {
                Kind::Array(c) if c == code => {}
                Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Array(_) => {
                    self.error("unsupported-builtin", "unsupported: an array made from a str, bytes or an array of another typecode", a.span, ARRAY_HELP);
                }
                _ => {
                    let el = self.iter_elem(t, a.span);
                    self.array_item_ok(code, el, a.span);
                }
            }
        }
        self.c(array_const(code))
    }

    /// `a.method(...)` on an array; `None` when `recv` is no array.
    pub(super) fn array_method(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let Kind::Array(code) = self.kv(recv) else { return None };
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        self.no_keywords(attr, keywords, &[]);
        let item = array_item(code);
        let n = args.len();
        Some(match attr {
            "append" | "count" | "index" | "remove" => {
                if self.arity(attr, e, n, 1, 1) && attr == "append" {
                    self.array_item_ok(code, ts[0], args[0].span);
                }
                self.c(if matches!(attr, "count" | "index") { "Int" } else { NONE_TV })
            }
            "extend" => {
                if self.arity(attr, e, n, 1, 1) {
                    match self.kv(ts[0]) {
                        Kind::Array(c) if c != code => self.error("type-error", "can only extend with array of same kind", args[0].span, ""),
                        Kind::Array(_) => {}
                        _ => {
                            let el = self.iter_elem(ts[0], args[0].span);
                            self.array_item_ok(code, el, args[0].span);
                        }
                    }
                }
                self.c(NONE_TV)
            }
            "insert" => {
                if self.arity(attr, e, n, 2, 2) {
                    self.check_index(ts[0], args[0].span);
                    self.array_item_ok(code, ts[1], args[1].span);
                }
                self.c(NONE_TV)
            }
            "pop" => {
                if self.arity(attr, e, n, 0, 1) && n == 1 {
                    self.check_index(ts[0], args[0].span);
                }
                self.c(item)
            }
            "reverse" => {
                self.arity(attr, e, n, 0, 0);
                self.c(NONE_TV)
            }
            "tolist" => {
                self.arity(attr, e, n, 0, 0);
                let el = self.aux(e.id, 0, Kind::Unknown);
                let it = self.c(item);
                self.flow(it, el);
                self.aux(e.id, 1, Kind::List(el))
            }
            "tobytes" => {
                self.arity(attr, e, n, 0, 0);
                self.c("Bytes")
            }
            "tofile" => {
                if self.arity(attr, e, n, 1, 1) && !matches!(self.kv(ts[0]), Kind::BinFile | Kind::Unknown | Kind::Conflict) {
                    let d = self.kv(ts[0]);
                    let d = self.describe(&d);
                    self.error("type-error", format!("`tofile()` writes to a file opened in binary mode, not a `{d}`"), args[0].span, "");
                }
                self.c(NONE_TV)
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `array.{attr}()`"), e.span, ARRAY_HELP);
                self.c("Unknown")
            }
        })
    }
}
