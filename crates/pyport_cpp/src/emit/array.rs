//! C++ for `array.array` (runtime `array.hpp`, inference `infer/array.rs`).
use super::*;

/// The runtime names that need `array.hpp` (see `OPTIONAL_HEADERS`).
pub(super) const ARRAY_NAMES: &[&str] = &["py::Array<"];

impl Emitter<'_> {
    /// `array(typecode)` / `array(typecode, iterable)`.
    pub(super) fn array_new_code(&mut self, e: &Expr, args: &[Expr]) -> String {
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        match args.get(1) {
            None => format!("{ct}()"),
            Some(a) if self.ty(a) == t => format!("{ct}::from({})", self.expr(a)),
            Some(a) => {
                let it = self.iterable(a);
                format!("{ct}::from({it})")
            }
        }
    }

    /// `a.method(...)` on the array `r`.
    pub(super) fn array_method_code(&mut self, e: &Expr, r: &str, code: char, attr: &str, args: &[Expr]) -> String {
        let item = |c: char| if matches!(c, 'f' | 'd') { Ty::Float } else { Ty::Int };
        let it = item(code);
        match attr {
            "append" | "count" | "index" | "remove" => {
                let v = self.expr_as(&args[0], &it);
                let call = format!("{r}.{attr}({v})");
                if matches!(attr, "count" | "index") {
                    format!("py::int_t({call})")
                } else {
                    call
                }
            }
            "extend" => {
                let src = if matches!(self.ty(&args[0]), Ty::Array(_)) { self.expr(&args[0]) } else { self.iterable(&args[0]) };
                format!("{r}.extend({src})")
            }
            "insert" => {
                let i = self.expr_as(&args[0], &Ty::Int);
                let v = self.expr_as(&args[1], &it);
                format!("[&] {{ int64_t _i = static_cast<int64_t>({i}); return {r}.insert(_i, {v}); }}()")
            }
            "pop" => match args.first() {
                Some(a) => {
                    let i = self.expr_as(a, &Ty::Int);
                    format!("{r}.pop(static_cast<int64_t>({i}))")
                }
                None => format!("{r}.pop()"),
            },
            "reverse" | "tolist" | "tobytes" => format!("{r}.{attr}()"),
            "tofile" => {
                let f = self.expr(&args[0]);
                format!("{r}.tofile({f})")
            }
            _ => {
                self.unsupported(format!("method `array.{attr}()`"), e.span);
                "py::None".into()
            }
        }
    }
}
