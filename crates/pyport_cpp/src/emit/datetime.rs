//! Emission for `datetime.date`/`datetime`/`timedelta` values and the `calendar` functions
//! (runtime `datetime.hpp`, under `PYPORT_WITH_DATETIME`); inference has checked the operands.
use super::*;
use pyport_types::datetime::{calendar_names, datetime_params};

/// Spellings that make the emitted program include `datetime.hpp`.
pub(super) const DATETIME_NAMES: &[&str] = &["py::Date", "py::TimeDelta", "py::dt_", "py::td_", "py::cal_"];

impl Emitter<'_> {
    /// The `datetime` class `e` names, as inference resolved it.
    pub(super) fn dt_class_expr(&self, e: &Expr) -> Option<&'static str> {
        let pick = pyport_types::datetime::datetime_class;
        match &e.kind {
            ExprKind::Name(_) => match self.typed.names.get(&e.id) {
                Some(NameRef::Imported { module, name }) if module == "datetime" => pick(name),
                _ => None,
            },
            ExprKind::Attribute { value, attr } => match self.typed.names.get(&value.id) {
                Some(NameRef::Module(m)) if m == "datetime" && matches!(value.kind, ExprKind::Name(_)) => pick(attr),
                _ => None,
            },
            _ => None,
        }
    }

    /// A constructor or class method call of a `datetime` class; `None` for other calls.
    pub(super) fn datetime_call_code(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        if let Some(class) = self.dt_class_expr(func) {
            let (params, _) = datetime_params(class);
            let mut codes: Vec<String> = Vec::new();
            for (i, p) in params.iter().enumerate() {
                let a = args.get(i).or_else(|| keywords.iter().find(|k| k.name == *p).map(|k| &k.value));
                codes.push(match a {
                    Some(a) => {
                        let (c, t) = self.val(a);
                        self.lit_safe(&c, &t)
                    }
                    None => "0".into(),
                });
            }
            let f = match class {
                "date" => "dt_date",
                "datetime" => "dt_datetime",
                _ => "dt_timedelta",
            };
            return Some(format!("py::{f}({})", codes.join(", ")));
        }
        let ExprKind::Attribute { value, attr } = &func.kind else { return None };
        let class = self.dt_class_expr(value)?;
        let arg = args.first().map(|a| {
            let (c, t) = self.val(a);
            self.lit_safe(&c, &t)
        })?;
        Some(match (class, attr.as_str()) {
            ("date", "fromordinal") => format!("py::dt_date_fromordinal({arg})"),
            ("datetime", "fromordinal") => format!("py::dt_datetime_fromordinal({arg})"),
            ("date", "fromisoformat") => format!("py::dt_date_fromisoformat({arg})"),
            _ => {
                self.unsupported(format!("`{class}.{attr}()`"), func.span);
                "0".into()
            }
        })
    }

    /// `a op b` with a `datetime` operand; `None` when neither is one.
    pub(super) fn datetime_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty) -> Option<String> {
        let dt = |t: &Ty| matches!(t, Ty::Date | Ty::DateTime | Ty::TimeDelta);
        if !dt(lt) && !dt(rt) {
            return None;
        }
        let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
        Some(match (op, lt, rt) {
            (BinOp::Add, _, _) => format!("py::dt_add({l}, {r})"),
            (BinOp::Sub, _, _) => format!("py::dt_sub({l}, {r})"),
            (BinOp::Mul, Ty::TimeDelta, _) => format!("py::td_mul({l}, {r})"),
            (BinOp::Mul, _, Ty::TimeDelta) => format!("py::td_mul({r}, {l})"),
            (BinOp::FloorDiv, _, _) => format!("py::td_floordiv({l}, {r})"),
            (BinOp::Div, _, _) => format!("py::td_truediv({l}, {r})"),
            (BinOp::Mod, _, _) => format!("py::td_mod({l}, {r})"),
            _ => {
                self.unsupported(format!("`{}` on datetime values", op.as_str()), self.cur_span);
                "0".into()
            }
        })
    }

    /// `x.year`, `td.days`, ... of a `datetime` value; `None` for other receivers.
    pub(super) fn datetime_attr_code(&mut self, value: &Expr, attr: &str) -> Option<String> {
        let t = self.ty(value);
        if !matches!(t, Ty::Date | Ty::DateTime | Ty::TimeDelta) {
            return None;
        }
        let c = self.expr(value);
        Some(match (t, attr) {
            (Ty::TimeDelta, _) => format!("({c}).py_{attr}()"),
            _ => format!("({c}).{attr}()"),
        })
    }

    /// A method of a `datetime` value; `None` for other receivers.
    pub(super) fn datetime_method_code(&mut self, r: &str, rt: &Ty, attr: &str, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        if !matches!(rt, Ty::Date | Ty::DateTime | Ty::TimeDelta) {
            return None;
        }
        Some(match attr {
            "strftime" => {
                let f = self.expr_as(&args[0], &Ty::Str);
                format!("py::dt_strftime({r}, {f})")
            }
            "replace" => {
                let mut parts = Vec::new();
                for (p, field) in [("year", "y"), ("month", "m"), ("day", "d")] {
                    match keywords.iter().find(|k| k.name == p) {
                        Some(k) => {
                            let (c, t) = self.val(&k.value);
                            parts.push(self.lit_safe(&c, &t));
                        }
                        None => parts.push(format!("_r.{field}")),
                    }
                }
                format!("[&](const py::Date& _r) {{ return py::dt_date({}); }}({r})", parts.join(", "))
            }
            _ => format!("({r}).{attr}()"),
        })
    }

    /// `calendar.f(...)`.
    pub(super) fn calendar_call_code(&mut self, name: &str, args: &[Expr]) -> String {
        let codes: Vec<String> = args
            .iter()
            .map(|a| {
                let (c, t) = self.val(a);
                self.lit_safe(&c, &t)
            })
            .collect();
        format!("py::cal_{name}({})", codes.join(", "))
    }
}

/// `calendar.month_name` & co. as C++.
pub(super) fn calendar_constant(name: &str) -> Option<String> {
    calendar_names(name).map(|k| format!("py::cal_names({k})"))
}
