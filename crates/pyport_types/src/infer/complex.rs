//! Inference for `complex` values: `complex(a, b)` and imaginary literals (lowered to it), the
//! arithmetic operators with ints and floats, `abs`, `.real`/`.imag`/`.conjugate()`, `sum`, and the
//! supported `cmath` functions. Everything CPython rejects for a complex (ordering, `//`, `%`,
//! `round`, `int()`, `float()`) is a compile-time error with CPython's TypeError text.
use super::*;

/// The `cmath` functions the runtime ports bit-exactly (complex.hpp).
const CMATH_COMPLEX_FNS: [&str; 5] = ["exp", "sqrt", "log", "cos", "sin"];

impl Infer<'_> {
    /// Whether `k` is a real number a complex operation converts (`to_complex` of complexobject.c).
    fn complex_operand(k: &Kind) -> bool {
        matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Cplx)
    }

    /// `a op b` with a complex operand.
    pub(super) fn complex_binop(&mut self, op: BinOp, kl: &Kind, kr: &Kind, sp: Span) -> TV {
        let arith = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow);
        if arith && Self::complex_operand(kl) && Self::complex_operand(kr) {
            return self.c("Complex");
        }
        let (dl, dr) = (self.describe(kl), self.describe(kr));
        let help = if Self::complex_operand(kl) && Self::complex_operand(kr) {
            ""
        } else {
            "a complex combines with ints, floats and complexes; `--engine auto` can hand the program to an LLM"
        };
        self.error("type-error", format!("unsupported operand type(s) for {}: `{dl}` and `{dr}`", op.as_str()), sp, help);
        self.c("Unknown")
    }

    /// A builtin call that takes or makes a complex; `None` when no complex is involved.
    pub(super) fn complex_builtin(&mut self, b: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> Option<TV> {
        let first = ts.first().map(|&t| self.kv(t));
        let is_c = first == Some(Kind::Cplx);
        match b {
            "complex" => {
                self.no_keywords("complex", keywords, &[]);
                if self.arity("complex", e, args.len(), 0, 2) {
                    for (a, &t) in args.iter().zip(ts) {
                        let k = self.kv(t);
                        if !Self::complex_operand(&k) && !matches!(k, Kind::Unknown | Kind::Conflict) {
                            let d = self.describe(&k);
                            self.error("unsupported-builtin", format!("unsupported: `complex()` of a `{d}`"), a.span, "pass numbers (ints, floats or complexes)");
                        }
                    }
                }
                Some(self.c("Complex"))
            }
            "abs" if is_c => Some(self.c("Float")),
            "round" if is_c => {
                self.error("type-error", "type complex doesn't define __round__ method", e.span, "");
                Some(self.c("Unknown"))
            }
            "int" | "float" if is_c => {
                let msg = if b == "int" {
                    "int() argument must be a string, a bytes-like object or a real number, not 'complex'"
                } else {
                    "float() argument must be a string or a real number, not 'complex'"
                };
                self.error("type-error", msg, e.span, "");
                Some(self.c("Unknown"))
            }
            "format" if is_c => {
                self.no_keywords(b, keywords, &[]);
                if self.arity(b, e, args.len(), 1, 2) && args.len() == 2 && !matches!(self.kv(ts[1]), Kind::Str | Kind::Unknown | Kind::Conflict) {
                    self.error("type-error", "format() argument 2 must be str", args[1].span, "");
                }
                Some(self.c("Str"))
            }
            "min" | "max" | "sorted" if !args.is_empty() && !keywords.iter().any(|k| k.name == "key") => {
                let elem = if args.len() == 1 { self.iter_elem(ts[0], args[0].span) } else { ts[0] };
                if self.kv(elem) == Kind::Cplx {
                    self.error("type-error", "'<' not supported between instances of 'complex' and 'complex'", e.span, "");
                    return Some(self.c("Unknown"));
                }
                None
            }
            "sum" if !args.is_empty() => {
                let elem = self.iter_elem(ts[0], args[0].span);
                let start = ts.get(1).copied().or_else(|| keywords.iter().find(|k| k.name == "start").map(|k| self.expr_tv[k.value.id as usize]));
                let start_c = start.is_some_and(|s| self.kv(s) == Kind::Cplx);
                if self.kv(elem) != Kind::Cplx && !start_c {
                    return None;
                }
                self.no_keywords("sum", keywords, &["start"]);
                for t in [Some(elem), start].into_iter().flatten() {
                    let k = self.kv(t);
                    if !Self::complex_operand(&k) && !matches!(k, Kind::Unknown | Kind::Conflict) {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `sum()` of complexes with a `{d}`"), e.span, "");
                    }
                }
                Some(self.c("Complex"))
            }
            _ => None,
        }
    }

    /// `z.real`, `z.imag`.
    pub(super) fn complex_attr(&mut self, attr: &str) -> Option<TV> {
        matches!(attr, "real" | "imag").then(|| self.c("Float"))
    }

    /// `z.conjugate()`.
    pub(super) fn complex_method(&mut self, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if attr == "conjugate" {
            self.no_keywords("complex.conjugate", keywords, &[]);
            self.arity("complex.conjugate", e, args.len(), 0, 0);
            return self.c("Complex");
        }
        self.error("unsupported-builtin", format!("unsupported: method `complex.{attr}()`"), e.span, "");
        self.c("Unknown")
    }

    /// `cmath.f(...)`: the functions complex.hpp ports from Modules/cmathmodule.c.
    pub(super) fn cmath_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let (min, max, ret) = match name {
            n if CMATH_COMPLEX_FNS.contains(&n) => (1, if n == "log" { 2 } else { 1 }, "Complex"),
            "phase" => (1, 1, "Float"),
            "polar" => (1, 1, "Polar"),
            "rect" => (2, 2, "Complex"),
            "isclose" => (2, 2, "Bool"),
            "isnan" | "isinf" | "isfinite" => (1, 1, "Bool"),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `cmath.{name}()`"), e.span, "`--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
        };
        let allowed: &[&str] = if name == "isclose" { &["rel_tol", "abs_tol"] } else { &[] };
        self.no_keywords(&format!("cmath.{name}"), keywords, allowed);
        if self.arity(&format!("cmath.{name}"), e, args.len(), min, max) {
            for (a, &t) in args.iter().zip(ts) {
                let k = self.kv(t);
                // `rect` takes two real numbers; the others complexes (or reals, converted).
                let ok = if name == "rect" { k.is_numeric() } else { Self::complex_operand(&k) };
                if !ok && !matches!(k, Kind::Unknown | Kind::Conflict) {
                    let d = self.describe(&k);
                    let want = if name == "rect" { "a real number" } else { "a number" };
                    self.error("type-error", format!("`cmath.{name}()` needs {want}, got `{d}`"), a.span, "");
                }
            }
            for k in keywords {
                let kt = self.expr_tv[k.value.id as usize];
                let kk = self.kv(kt);
                if !kk.is_numeric() && !matches!(kk, Kind::Unknown | Kind::Conflict) {
                    let d = self.describe(&kk);
                    self.error("type-error", format!("`{}` of `cmath.isclose()` must be a real number, got `{d}`", k.name), k.span, "");
                }
            }
        }
        if ret == "Polar" {
            let f = self.c("Float");
            return self.aux(e.id, 0, Kind::Tuple(vec![f, f]));
        }
        self.c(ret)
    }
}
