//! Numeric values known only at run time where Python needs an int: an int-or-float or an
//! `int | str` union as the width of `s.rjust(w)` is its int, or CPython's TypeError
//! (`'float' object cannot be interpreted as an integer`).

use super::*;

impl Emitter<'_> {
    /// `code` (of type `t`: `Ty::Num` or a union with an int member, as inference allowed) as
    /// the int width argument of `str.center/ljust/rjust/zfill`.
    pub(super) fn width_at_run_time(&mut self, code: &str, t: &Ty) -> String {
        match t {
            Ty::Num => format!("py::num_as_index({code})"),
            _ => {
                let it = self.cty(&Ty::Int, Span::default());
                let msg = cpp_string("'{}' object cannot be interpreted as an integer");
                format!("py::uget_or<{it}>({code}, {msg})")
            }
        }
    }

    /// `x.bit_length()` (`bit_count`) of an int-or-float: the int's, or CPython's AttributeError
    /// when it holds a float.
    pub(super) fn num_int_method_code(&mut self, code: &str, attr: &str) -> String {
        let msg = cpp_string(&format!("'float' object has no attribute '{attr}'"));
        format!("py::int_{attr}(py::num_int_or_attr({code}, {msg}))")
    }
}
