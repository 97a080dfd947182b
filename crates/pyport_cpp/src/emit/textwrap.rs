//! Emission of the `textwrap` module (see `infer/textwrap.rs`; runtime `textwrap.hpp`): the
//! arguments are evaluated in source order into a `py::WrapOpts`, then `py::textwrap_*` runs.
use super::*;

impl Emitter<'_> {
    pub(super) fn textwrap_call(&mut self, name: &str, _e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let mut body = String::new();
        let mut text = String::new();
        let mut prefix = String::new();
        let mut all: Vec<(&str, &Expr)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let p = match (name, i) {
                (_, 0) => "text",
                ("indent", _) => "prefix",
                _ => "width",
            };
            all.push((p, a));
        }
        all.extend(keywords.iter().map(|k| (k.name.as_str(), &k.value)));
        for (p, a) in all {
            let code = match p {
                "text" | "prefix" | "initial_indent" | "subsequent_indent" => self.expr_as(a, &Ty::Str),
                // A py::int_t converts to the options' int64 (OverflowError past it).
                "width" | "tabsize" => self.expr_as(a, &Ty::Int),
                _ => self.cond(a),
            };
            match p {
                "text" => {
                    text = self.fresh("text");
                    let _ = write!(body, "py::Str {text} = {code}; ");
                }
                "prefix" => {
                    prefix = self.fresh("prefix");
                    let _ = write!(body, "py::Str {prefix} = {code}; ");
                }
                _ => {
                    let _ = write!(body, "_o.{p} = {code}; ");
                }
            }
        }
        let call = match name {
            "wrap" | "fill" => format!("py::textwrap_{name}({text}, _o)"),
            "dedent" => format!("py::textwrap_dedent({text})"),
            _ => format!("py::textwrap_indent({text}, {prefix})"),
        };
        format!("[&] {{ py::WrapOpts _o; {body}return {call}; }}()")
    }
}
