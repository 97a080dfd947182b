//! Emission for `decimal.Decimal` values and the decimal context (runtime `decimal.hpp`, a port of
//! CPython's _pydecimal); inference has checked the operand types and refused what is not ported.
use super::*;

impl Emitter<'_> {
    /// `decimal.Decimal(x)`, `decimal.getcontext()`.
    pub(super) fn decimal_call(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        match name {
            "Decimal" => match args.first() {
                None => "py::Decimal()".into(),
                Some(a) => {
                    let (c, t) = self.val(a);
                    let c = self.lit_safe(&c, &t);
                    format!("py::Decimal::of({c})")
                }
            },
            "getcontext" => "py::dec_getcontext()".into(),
            _ => {
                self.unsupported(format!("`decimal.{name}()`"), e.span);
                "py::Decimal()".into()
            }
        }
    }

    /// `a op b` with a Decimal operand (the other an int or a Decimal).
    pub(super) fn decimal_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty) -> String {
        const OPS: &[BinOp] = &[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::FloorDiv, BinOp::Mod];
        self.runtime_num_binop(op, (l, lt), (r, rt), ("py::dec_", "a Decimal", "py::Decimal()"), OPS)
    }

    /// `abs`/`int`/`float`/`round` of a Decimal; `None` for other builtins (and for `str`/`repr`/
    /// `hash`/`print`, which go through the generic code with the runtime's hooks).
    pub(super) fn decimal_builtin(&mut self, b: &str, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        if args.first().map(|a| self.ty(a)) != Some(Ty::Decimal) {
            return None;
        }
        let c = self.expr(&args[0]);
        Some(match b {
            "abs" => format!("({c}).abs()"),
            "int" => format!("static_cast<py::int_t>(({c}).to_int())"),
            "float" => format!("({c}).to_double()"),
            "round" => match args.get(1).or(keywords.first().map(|k| &k.value)).filter(|n| !matches!(n.kind, ExprKind::None)) {
                None => format!("static_cast<py::int_t>(({c}).round_int())"),
                Some(n) => {
                    let n = self.expr_as(n, &Ty::Int);
                    format!("({c}).round_to(static_cast<int64_t>({n}))")
                }
            },
            _ => return None,
        })
    }

    /// `d.method(...)` on a Decimal.
    pub(super) fn decimal_method_code(&mut self, e: &Expr, r: &str, attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        match attr {
            "normalize" | "sqrt" | "ln" | "copy_abs" | "copy_negate" | "is_nan" | "is_zero" => format!("({r}).{attr}()"),
            "adjusted" => format!("({r}).adjusted_int()"),
            "to_integral_value" | "to_integral" => format!("({r}).to_integral_value()"),
            "is_infinite" => format!("({r}).is_inf()"),
            "is_finite" => format!("(!({r}).is_special())"),
            "is_signed" => format!("({r}).sign()"),
            "quantize" => {
                let x = self.expr_as(&args[0], &Ty::Decimal);
                match args.get(1).or(keywords.first().map(|k| &k.value)) {
                    Some(rd) => {
                        let name = match &rd.kind {
                            ExprKind::Attribute { attr, .. } | ExprKind::Name(attr) => attr.clone(),
                            _ => String::new(),
                        };
                        format!("({r}).quantize({x}, {})", rounding_code(&name))
                    }
                    None => format!("({r}).quantize({x})"),
                }
            }
            _ => {
                self.unsupported(format!("method `Decimal.{attr}()`"), e.span);
                "py::Decimal()".into()
            }
        }
    }
}

/// The runtime's `py::DecRound` for a `decimal.ROUND_*` name.
fn rounding_code(name: &str) -> &'static str {
    match name {
        "ROUND_DOWN" => "py::DecRound::Down",
        "ROUND_HALF_UP" => "py::DecRound::HalfUp",
        "ROUND_CEILING" => "py::DecRound::Ceiling",
        "ROUND_FLOOR" => "py::DecRound::Floor",
        "ROUND_UP" => "py::DecRound::Up",
        "ROUND_HALF_DOWN" => "py::DecRound::HalfDown",
        "ROUND_05UP" => "py::DecRound::R05Up",
        _ => "py::DecRound::HalfEven",
    }
}
