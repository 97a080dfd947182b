//! Numeric arguments known only at run time: an int-or-float or an `int | str` union used where
//! Python needs an int (`s.rjust(w)`): the emitter takes the int, or raises CPython's TypeError
//! when the value held is of another type.
use super::*;

impl Infer<'_> {
    /// Whether argument kind `k` of `str.attr()` (a width: `center`, `ljust`, `rjust`, `zfill`)
    /// is an int at run time or a TypeError: an int-or-float, or a union whose only integral
    /// member is an exact int (a bool member would be accepted by CPython, so it is refused).
    pub(crate) fn width_arg_at_run_time(&mut self, attr: &str, k: &Kind) -> bool {
        if !matches!(attr, "center" | "ljust" | "rjust" | "zfill") {
            return false;
        }
        match k {
            Kind::Num => true,
            Kind::Union(ms) => {
                let kinds: Vec<Kind> = ms.iter().map(|m| self.k(*m)).collect();
                kinds.iter().any(|m| *m == Kind::Int) && !kinds.iter().any(|m| matches!(m, Kind::Bool | Kind::Num | Kind::Float))
            }
            _ => false,
        }
    }

    /// `math.floor/ceil/trunc` of a Fraction: its exact int (`Fraction.__floor__` and kin).
    pub(crate) fn fraction_rounding(m: &str, name: &str, k: &Kind) -> bool {
        m == "math" && matches!(name, "floor" | "ceil" | "trunc") && *k == Kind::Frac
    }
}

/// A sharper help for a slot holding ints (or floats) and Fractions or complex numbers: Python
/// prints the int `0` as `0`, not as `Fraction(0, 1)` or `0j`, so the port cannot widen the int
/// silently; the program can start from a value of the wider type.
pub(crate) fn numeric_conflict_help(a: &Kind, b: &Kind) -> Option<&'static str> {
    let int = |k: &Kind| matches!(k, Kind::Int | Kind::Bool);
    let narrow = |k: &Kind| matches!(k, Kind::Int | Kind::Bool | Kind::Num | Kind::Float);
    let pair = |w: &Kind| (narrow(a) && b == w) || (narrow(b) && a == w);
    if (int(a) && *b == Kind::Frac) || (int(b) && *a == Kind::Frac) {
        Some("the builtin engine keeps ints and Fractions apart (`print` shows `0` for an int, `Fraction(0, 1)` in a list for a Fraction): start from `Fraction(0)` if every value may be a Fraction, or use `--engine auto` to hand the program to an LLM")
    } else if pair(&Kind::Cplx) {
        Some("the builtin engine keeps ints or floats and complex numbers apart (`print` shows `0` for an int, `0j` for a complex): start from `0j` if every value may be complex, or use `--engine auto` to hand the program to an LLM")
    } else {
        None
    }
}
