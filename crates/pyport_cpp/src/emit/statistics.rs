//! C++ for the `statistics` module (runtime `statistics.hpp`, inference `infer/statistics.rs`).
use super::*;

/// CPython's StatisticsError message for a function given no items (`multimode` gives `[]`).
fn no_items_message(name: &str) -> Option<&'static str> {
    Some(match name {
        "mean" => "mean requires at least one data point",
        "fmean" => "fmean requires at least one data point",
        "geometric_mean" => "geometric mean requires a non-empty dataset containing positive numbers",
        "harmonic_mean" => "harmonic_mean requires at least one data point",
        "median" | "median_low" | "median_high" => "no median for empty data",
        "mode" => "no mode for empty data",
        "variance" => "variance requires at least two data points",
        "stdev" => "stdev requires at least two data points",
        "pvariance" => "pvariance requires at least one data point",
        "pstdev" => "pstdev requires at least one data point",
        _ => return None,
    })
}

impl Emitter<'_> {
    /// `statistics.f(data[, mean])`. The result's C++ type is the one inference chose from the
    /// item types (`R`); the runtime converts CPython's result into it.
    pub(super) fn statistics_call_code(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let res = self.ty(e);
        let rct = self.cty(&res, e.span);
        let elem = self.data_elem_ty(&args[0]);
        let data = self.iterable(&args[0]);
        // The mean given to variance/stdev (`xbar`) or pvariance/pstdev (`mu`); `None` is none given.
        let mean = args.get(1).or(keywords.iter().find(|k| matches!(k.name.as_str(), "xbar" | "mu")).map(|k| &k.value));
        let mean = mean.filter(|m| !matches!(m.kind, ExprKind::None)).map(|m| self.expr(m));
        let mean_decl = mean.as_ref().map(|m| format!(" auto _sm = {m};")).unwrap_or_default();
        let mean_arg = if mean.is_some() { ", _sm" } else { "" };
        if elem == Ty::Unknown {
            // Items of no type never exist: the data is empty and the call raises (or is `[]`).
            let out = match no_items_message(name) {
                Some(msg) => format!("return py::stat_no_items<{rct}>({});", cpp_string(msg)),
                None => format!("return {rct}();"),
            };
            return format!("[&] {{ py::stat_drain({data});{mean_decl} {out} }}()");
        }
        let ect = self.cty(&elem, args[0].span);
        let call = match name {
            "mean" | "variance" | "pvariance" | "harmonic_mean" => format!("py::stat_{name}<{rct}>"),
            "median" => format!("py::stat_median<{rct}, {ect}>"),
            "median_low" | "median_high" | "mode" | "multimode" => format!("py::stat_{name}<{ect}>"),
            _ => format!("py::stat_{name}"),
        };
        if mean.is_none() {
            return format!("{call}({data})");
        }
        // Python evaluates the data before the mean.
        format!("[&] {{ auto&& _sd = {data};{mean_decl} return {call}(std::forward<decltype(_sd)>(_sd){mean_arg}); }}()")
    }

    /// The type of the items of a statistics function's data (a fixed tuple's items joined as
    /// iterating over it joins them, `tuple_list`).
    fn data_elem_ty(&self, data: &Expr) -> Ty {
        match self.ty(data) {
            Ty::Tuple(ts) if !ts.is_empty() => {
                if ts.iter().all(|t| *t == ts[0]) {
                    ts[0].clone()
                } else if ts.iter().all(|t| matches!(t, Ty::Int | Ty::Float | Ty::Num)) {
                    Ty::Num
                } else {
                    Ty::Unknown
                }
            }
            t => elem_ty(&t),
        }
    }
}
