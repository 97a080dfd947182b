//! Inference for `decimal.Decimal` values (runtime `decimal.hpp`, a port of CPython's _pydecimal):
//! `Decimal(x)`, `getcontext()` with its `prec`/`rounding`, the arithmetic operators with ints and
//! Decimals, comparisons, `abs`/`round`/`int`/`float`, and the ported methods. What the runtime does
//! not port (`**`, `exp()`, `log10()`, format specs, `localcontext()`, ...) is a compile-time error
//! naming it; a float operand is CPython's TypeError.
use super::*;

/// The `decimal` rounding-mode constants (their values are these strings).
pub(crate) const DECIMAL_ROUNDINGS: [&str; 8] =
    ["ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"];

/// Decimal methods without arguments that give a Decimal.
const DEC_UNARY_METHODS: [&str; 7] = ["normalize", "copy_abs", "copy_negate", "to_integral_value", "to_integral", "sqrt", "ln"];

impl Infer<'_> {
    /// Whether `k` combines with a Decimal in arithmetic (ints are converted exactly).
    fn decimal_operand(k: &Kind) -> bool {
        matches!(k, Kind::Bool | Kind::Int | Kind::Dec)
    }

    /// `decimal.f(...)`.
    pub(super) fn decimal_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        match name {
            "Decimal" => {
                self.no_keywords("decimal.Decimal", keywords, &[]);
                if self.arity("Decimal", e, args.len(), 0, 1) {
                    if let (Some(a), Some(&t)) = (args.first(), ts.first()) {
                        let k = self.kv(t);
                        if !matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Num | Kind::Str | Kind::Dec | Kind::Unknown | Kind::Conflict) {
                            let d = self.describe(&k);
                            self.error("unsupported-builtin", format!("unsupported: `Decimal()` of a `{d}`"), a.span, "pass an int, float, str or Decimal, or use `--engine auto` to hand the program to an LLM");
                        }
                    }
                }
                self.c("Decimal")
            }
            "getcontext" => {
                self.no_keywords("decimal.getcontext", keywords, &[]);
                self.arity("getcontext", e, args.len(), 0, 0);
                self.c("DecCtx")
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `decimal.{name}()`"), e.span, "the builtin engine supports `Decimal()` and `getcontext()`; `--engine auto` can hand the program to an LLM");
                self.c("Unknown")
            }
        }
    }

    /// `a op b` with a Decimal operand.
    pub(super) fn decimal_binop(&mut self, op: BinOp, kl: &Kind, kr: &Kind, sp: Span) -> TV {
        let arith = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod);
        if Self::decimal_operand(kl) && Self::decimal_operand(kr) {
            if arith {
                return self.c("Decimal");
            }
            if op == BinOp::Pow {
                self.error("unsupported-builtin", "unsupported: `**` on a Decimal", sp, "the builtin engine's Decimal does not port `__pow__`; `--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
        }
        if matches!(kl, Kind::Unknown | Kind::Conflict) || matches!(kr, Kind::Unknown | Kind::Conflict) {
            return self.c("Unknown");
        }
        let name = |k: &Kind, this: &mut Self| if *k == Kind::Dec { "decimal.Decimal".to_string() } else { this.describe(k) };
        let (dl, dr) = (name(kl, self), name(kr, self));
        self.error("type-error", format!("unsupported operand type(s) for {}: '{dl}' and '{dr}'", op.as_str()), sp, "a Decimal combines with ints and Decimals only");
        self.c("Unknown")
    }

    /// A builtin call on a Decimal; `None` when no Decimal is involved.
    pub(super) fn decimal_builtin(&mut self, b: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> Option<TV> {
        let first = ts.first().map(|&t| self.kv(t));
        if first != Some(Kind::Dec) {
            if b == "sum" && !args.is_empty() {
                let elem = self.iter_elem(ts[0], args[0].span);
                if self.kv(elem) == Kind::Dec {
                    self.error("unsupported-builtin", "unsupported: `sum()` of Decimals", e.span, "add them in a loop, or use `--engine auto` to hand the program to an LLM");
                    return Some(self.c("Unknown"));
                }
            }
            return None;
        }
        match b {
            "abs" => {
                self.no_keywords(b, keywords, &[]);
                self.arity(b, e, args.len(), 1, 1);
                Some(self.c("Decimal"))
            }
            "int" | "float" => {
                self.no_keywords(b, keywords, &[]);
                self.arity(b, e, args.len(), 1, 1);
                Some(self.c(if b == "int" { "Int" } else { "Float" }))
            }
            "round" => {
                self.no_keywords(b, keywords, &[]);
                if !self.arity(b, e, args.len(), 1, 2) {
                    return Some(self.c("Unknown"));
                }
                if args.len() == 1 {
                    return Some(self.c("Int"));
                }
                if !matches!(self.kv(ts[1]), Kind::Int | Kind::Bool | Kind::Unknown) {
                    self.error("type-error", "`round()` of a Decimal needs an int number of digits", args[1].span, "");
                }
                Some(self.c("Decimal"))
            }
            "format" => {
                self.error("unsupported-builtin", "unsupported: `format()` of a Decimal", e.span, "the builtin engine's Decimal has no `__format__`; `--engine auto` can hand the program to an LLM");
                Some(self.c("Str"))
            }
            "divmod" | "pow" | "sum" => {
                self.error("unsupported-builtin", format!("unsupported: `{b}()` of a Decimal"), e.span, "`--engine auto` can hand the program to an LLM");
                Some(self.c("Unknown"))
            }
            _ => None,
        }
    }

    /// `d.method(...)` on a Decimal.
    pub(super) fn decimal_method(&mut self, attr: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let name = format!("Decimal.{attr}");
        if DEC_UNARY_METHODS.contains(&attr) {
            self.no_keywords(&name, keywords, &[]);
            self.arity(&name, e, args.len(), 0, 0);
            return self.c("Decimal");
        }
        match attr {
            "quantize" => {
                self.no_keywords(&name, keywords, &["rounding"]);
                if self.arity(&name, e, args.len() + keywords.len(), 1, 2) && !args.is_empty() {
                    if !matches!(self.kv(ts[0]), Kind::Dec | Kind::Unknown) {
                        self.error("unsupported-builtin", "unsupported: `quantize()` with a non-Decimal exponent", args[0].span, "");
                    }
                    if let Some(r) = args.get(1).or(keywords.first().map(|k| &k.value)) {
                        if !Self::rounding_constant(r) {
                            self.error("unsupported-builtin", "unsupported: this `rounding` argument", r.span, "pass one of the `decimal.ROUND_*` constants");
                        }
                    }
                }
                self.c("Decimal")
            }
            "adjusted" => {
                self.no_keywords(&name, keywords, &[]);
                self.arity(&name, e, args.len(), 0, 0);
                self.c("Int")
            }
            "is_nan" | "is_infinite" | "is_finite" | "is_zero" | "is_signed" => {
                self.no_keywords(&name, keywords, &[]);
                self.arity(&name, e, args.len(), 0, 0);
                self.c("Bool")
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `Decimal.{attr}()`"), e.span, "`--engine auto` can hand the program to an LLM");
                self.c("Unknown")
            }
        }
    }

    /// Whether `a` is a `decimal.ROUND_*` constant (by module attribute or imported name).
    fn rounding_constant(a: &Expr) -> bool {
        let n = match &a.kind {
            ExprKind::Attribute { attr, .. } => attr,
            ExprKind::Name(n) => n,
            _ => return false,
        };
        DECIMAL_ROUNDINGS.contains(&n.as_str())
    }

    /// `getcontext().prec` / `.rounding`.
    pub(super) fn decimal_ctx_attr(&mut self, attr: &str, sp: Span) -> Option<TV> {
        match attr {
            "prec" => Some(self.c("Int")),
            "rounding" => Some(self.c("Str")),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: decimal context attribute `.{attr}`"), sp, "the builtin engine supports `prec` and `rounding`");
                None
            }
        }
    }
}
