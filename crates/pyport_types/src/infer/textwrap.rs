//! Inference for the `textwrap` module (runtime: `textwrap.hpp`): `wrap` (a list of str) and
//! `fill` (a str) of a str, with `width` and TextWrapper's keyword options except
//! `fix_sentence_endings`, `max_lines` and `placeholder`; `dedent(text)`; `indent(text, prefix)`.
use super::*;

const HELP: &str = "the builtin engine supports `textwrap.wrap`/`fill` (width, indents, expand_tabs, replace_whitespace, break_long_words, drop_whitespace, break_on_hyphens, tabsize), `dedent` and `indent` without a predicate; `--engine auto` can hand the program to an LLM";

/// The keyword options of `wrap`/`fill` the port takes (TextWrapper's, but three).
const WRAP_OPTIONS: &[&str] = &[
    "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
];

impl Infer<'_> {
    pub(super) fn textwrap_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("textwrap.{name}");
        let (min, max) = match name {
            "wrap" | "fill" => (1, 2),
            "dedent" => (1, 1),
            "indent" => (2, 2),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, HELP);
                return self.c("Unknown");
            }
        };
        if !self.arity(&full, e, args.len(), min, max) {
            return self.c("Unknown");
        }
        let mut given: Vec<(&str, Span, TV)> = Vec::new();
        for (i, (a, &t)) in args.iter().zip(ts).enumerate() {
            let p = match (name, i) {
                (_, 0) => "text",
                ("indent", _) => "prefix",
                _ => "width",
            };
            given.push((p, a.span, t));
        }
        for k in keywords {
            let tv = self.expr_tv[k.value.id as usize];
            if !matches!(name, "wrap" | "fill") || !WRAP_OPTIONS.contains(&k.name.as_str()) {
                self.error("unsupported-builtin", format!("unsupported: keyword argument `{}` of `{full}()`", k.name), k.span, HELP);
                continue;
            }
            given.push((k.name.as_str(), k.span, tv));
        }
        for (p, sp, tv) in given {
            let k = self.kv(tv);
            let ok = match p {
                "text" | "prefix" | "initial_indent" | "subsequent_indent" => matches!(k, Kind::Str),
                "width" | "tabsize" => matches!(k, Kind::Int | Kind::Bool),
                _ => matches!(k, Kind::Bool | Kind::Int),
            };
            if !ok && !matches!(k, Kind::Unknown | Kind::Conflict) {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `{full}()` with a `{d}` {p}"), sp, HELP);
            }
        }
        if name == "wrap" {
            let (l, el) = self.list_of(e.id, 0);
            let st = self.c("Str");
            self.flow(st, el);
            l
        } else {
            self.c("Str")
        }
    }
}
