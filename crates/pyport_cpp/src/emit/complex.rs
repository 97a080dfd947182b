//! Emission for `complex` values and the supported `cmath` functions (runtime `complex.hpp`, a port
//! of CPython's complexobject.c and cmathmodule.c); inference has checked the operand types.
use super::*;

impl Emitter<'_> {
    /// `a op b` with a complex operand (the other a complex, int, bool, float or int-or-float).
    pub(super) fn complex_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty) -> String {
        const OPS: &[BinOp] = &[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::Pow];
        self.runtime_num_binop(op, (l, lt), (r, rt), ("py::complex_", "a complex", "py::Complex()"), OPS)
    }

    /// The arguments of a call as C++ code, each converted by `conv`, evaluated left to right
    /// (through temporaries when their order could show); `f` makes the call from the codes.
    fn ordered_call(&mut self, args: &[Expr], conv: impl Fn(&mut Self, &Expr) -> String, f: impl Fn(&[String]) -> String) -> String {
        let codes: Vec<String> = args.iter().map(|a| conv(self, a)).collect();
        if args.len() >= 2 && self.needs_order(&args.iter().collect::<Vec<_>>()) {
            let names: Vec<String> = (0..codes.len()).map(|i| format!("_a{i}")).collect();
            let decls: String = names.iter().zip(&codes).map(|(n, c)| format!("auto {n} = {c}; ")).collect();
            return format!("[&] {{ {decls}return {}; }}()", f(&names));
        }
        f(&codes)
    }

    /// An argument as a `py::Complex`.
    fn complex_arg(&mut self, a: &Expr) -> String {
        let (c, t) = self.val(a);
        if t == Ty::Complex {
            return c;
        }
        let c = self.lit_safe(&c, &t);
        format!("py::complex_of({c})")
    }

    /// `complex(...)` and `abs(z)`; `None` for other builtins (and `sum`/`format`/`hash`/`str` of
    /// complexes, which go through the generic code with the runtime's hooks).
    pub(super) fn complex_builtin(&mut self, b: &str, args: &[Expr]) -> Option<String> {
        match b {
            "complex" => Some(self.ordered_call(
                args,
                |this, a| {
                    let (c, t) = this.val(a);
                    this.lit_safe(&c, &t)
                },
                |codes| match codes.len() {
                    0 => "py::Complex()".into(),
                    _ => format!("py::complex_make({})", codes.join(", ")),
                },
            )),
            "abs" if args.len() == 1 && self.ty(&args[0]) == Ty::Complex => {
                let c = self.expr(&args[0]);
                Some(format!("py::complex_abs({c})"))
            }
            _ => None,
        }
    }

    /// `z.conjugate()`.
    pub(super) fn complex_method_code(&mut self, e: &Expr, r: &str, attr: &str) -> String {
        if attr == "conjugate" {
            return format!("({r}).conjugate()");
        }
        self.unsupported(format!("method `complex.{attr}()`"), e.span);
        "py::Complex()".into()
    }

    /// `cmath.f(...)`.
    pub(super) fn cmath_call(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        let keywords = match &e.kind {
            ExprKind::Call { keywords, .. } => keywords.clone(),
            _ => Vec::new(),
        };
        let positional = match name {
            "rect" | "isclose" => 2,
            "log" => args.len().clamp(1, 2),
            _ => 1,
        };
        if args.len() != positional {
            self.unsupported(format!("`cmath.{name}()` with {} arguments", args.len()), e.span);
            return "py::Complex()".into();
        }
        match name {
            "rect" => self.ordered_call(args, |this, a| this.expr_as(a, &Ty::Float), |c| format!("py::cmath_rect({}, {})", c[0], c[1])),
            "isclose" => {
                // The tolerances (keyword-only, CPython's defaults 1e-09 and 0.0) follow the two
                // positional arguments, evaluated in the order they are written.
                let mut all: Vec<Expr> = args.to_vec();
                all.extend(keywords.iter().map(|k| k.value.clone()));
                let n = args.len();
                let rel_at = keywords.iter().position(|k| k.name == "rel_tol").map(|i| n + i);
                let abs_at = keywords.iter().position(|k| k.name == "abs_tol").map(|i| n + i);
                self.ordered_call(
                    &all,
                    |this, a| this.complex_or_float(a),
                    |c| {
                        let rel = rel_at.map_or("1e-09".to_string(), |i| format!("py::complex_of({}).re", c[i]));
                        let abs = abs_at.map_or("0.0".to_string(), |i| format!("py::complex_of({}).re", c[i]));
                        format!("py::cmath_isclose(py::complex_of({}), py::complex_of({}), {rel}, {abs})", c[0], c[1])
                    },
                )
            }
            _ => {
                let f = format!("py::cmath_{name}");
                self.ordered_call(args, |this, a| this.complex_arg(a), |c| format!("{f}({})", c.join(", ")))
            }
        }
    }

    /// A real or complex argument as it is (`py::complex_of` takes either).
    fn complex_or_float(&mut self, a: &Expr) -> String {
        let (c, t) = self.val(a);
        self.lit_safe(&c, &t)
    }
}
