//! Inference for the `statistics` module (runtime `statistics.hpp`): the averages and spreads of
//! ints, floats, int-or-floats and Fractions, exact as CPython 3.11's, and the median, mode and
//! multimode of items of those types or strs. A result's type follows CPython's `_convert`: from
//! int items, `mean`, `median`, `variance`, `pvariance` and `harmonic_mean` give an int when the
//! result is whole and a float otherwise (an int-or-float here); from floats, a float
//! (`harmonic_mean` also gives the int 0 when an item is zero); from Fractions, a Fraction.
//! Other functions (`NormalDist`, `quantiles`, `correlation`...), weights, and items of other
//! types are refused, naming them.
use super::*;

/// The `statistics` functions the runtime ports.
pub const STATISTICS_FUNCTIONS: &[&str] = &[
    "mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high", "mode", "multimode", "pstdev", "pvariance", "stdev", "variance",
];

const STATISTICS_HELP: &str = "the builtin engine's `statistics` has mean, fmean, geometric_mean, harmonic_mean (without weights), median, median_low, median_high, mode, multimode, stdev, pstdev, variance and pvariance; `--engine auto` can hand the program to an LLM";

/// What the numbers a statistics function sums are: CPython's `_coerce` of their types.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbers {
    Int,
    Float,
    /// Ints at some times and floats at others (`py::Num`).
    Mixed,
    Frac,
}

fn numbers(k: &Kind) -> Option<Numbers> {
    Some(match k {
        Kind::Int => Numbers::Int,
        Kind::Float => Numbers::Float,
        Kind::Num => Numbers::Mixed,
        Kind::Frac => Numbers::Frac,
        _ => return None,
    })
}

/// The kind of a `mean`, `variance` or `pvariance` result over items of `items` (less the mean
/// given, `mean`), as `_convert` makes it; `None` when it may be a Fraction or a float.
fn result_kind(items: Numbers, mean: Option<Numbers>) -> Option<&'static str> {
    let has = |n: Numbers| items == n || mean == Some(n);
    if has(Numbers::Float) {
        Some("Float")
    } else if has(Numbers::Frac) {
        if has(Numbers::Mixed) { None } else { Some("Frac") }
    } else {
        Some("Num")
    }
}

impl Infer<'_> {
    pub(super) fn statistics_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("statistics.{name}");
        if !STATISTICS_FUNCTIONS.contains(&name) {
            self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, STATISTICS_HELP);
            return self.c("Unknown");
        }
        // The mean `variance`/`stdev` (`xbar`) and `pvariance`/`pstdev` (`mu`) may be given.
        let mean_kw = match name {
            "variance" | "stdev" => Some("xbar"),
            "pvariance" | "pstdev" => Some("mu"),
            _ => None,
        };
        self.no_keywords(&full, keywords, mean_kw.as_slice());
        let given: Vec<&Keyword> = keywords.iter().filter(|k| Some(k.name.as_str()) == mean_kw).collect();
        if !self.arity(&full, e, args.len() + given.len(), 1, if mean_kw.is_some() { 2 } else { 1 }) || args.is_empty() {
            return self.c("Unknown");
        }
        let elem = self.iter_elem(ts[0], args[0].span);
        let ek = self.kv(elem);
        if matches!(ek, Kind::Unknown | Kind::Conflict) {
            // No items ever (a list that stays empty): the call raises StatisticsError.
            return if name == "multimode" { self.aux(e.id, 0, Kind::List(elem)) } else { self.c("Unknown") };
        }
        if matches!(name, "mode" | "multimode" | "median_low" | "median_high") {
            if numbers(&ek).is_none() && ek != Kind::Str {
                let d = self.describe(&ek);
                self.error("unsupported-builtin", format!("unsupported: `{full}()` of `{d}` items"), args[0].span, "the builtin engine's `statistics` takes ints, floats, Fractions and strs here");
                return self.c("Unknown");
            }
            return if name == "multimode" { self.aux(e.id, 0, Kind::List(elem)) } else { elem };
        }
        let Some(items) = numbers(&ek) else {
            let d = self.describe(&ek);
            self.error("unsupported-builtin", format!("unsupported: `{full}()` of `{d}` items"), args[0].span, "the builtin engine's `statistics` averages ints, floats and Fractions");
            return self.c("Unknown");
        };
        match name {
            "fmean" | "geometric_mean" => self.c("Float"),
            "harmonic_mean" => {
                if items == Numbers::Frac {
                    // CPython returns the int 0 for a zero item, a Fraction otherwise.
                    self.error("unsupported-builtin", format!("unsupported: `{full}()` of Fractions"), args[0].span, "pass ints or floats, or use `--engine auto` to hand the program to an LLM");
                    return self.c("Unknown");
                }
                // The int 0 when an item is zero (for float items too), the item itself when
                // there is one.
                self.c("Num")
            }
            "median" => self.c(if items == Numbers::Float { "Float" } else if items == Numbers::Frac { "Frac" } else { "Num" }),
            _ => {
                let mean_arg = args.get(1).or(given.first().map(|k| &k.value));
                let mean = match mean_arg {
                    None => None,
                    Some(a) if matches!(a.kind, ExprKind::None) => None,
                    Some(a) => {
                        let mk = self.kv(self.expr_tv[a.id as usize]);
                        match numbers(&mk) {
                            Some(n) => Some(n),
                            None if matches!(mk, Kind::Unknown | Kind::Conflict) => return self.c("Unknown"),
                            None => {
                                let d = self.describe(&mk);
                                self.error("unsupported-builtin", format!("unsupported: `{full}()` with a mean of type `{d}`"), a.span, "give an int, a float or a Fraction (or leave it out)");
                                return self.c("Unknown");
                            }
                        }
                    }
                };
                let Some(kind) = result_kind(items, mean) else {
                    self.error("unsupported-builtin", format!("unsupported: `{full}()` mixing Fractions with int-or-float values"), e.span, "CPython's result would be a Fraction or a float depending on the values; convert them to one type");
                    return self.c("Unknown");
                };
                if matches!(name, "stdev" | "pstdev") { self.c("Float") } else { self.c(kind) }
            }
        }
    }
}
