//! Inference for the `pprint` module: `pprint.pprint`, `pprint.pp` (both return None) and
//! `pprint.pformat` (a str) of any printable value, with `indent`, `width`, `compact` and
//! `sort_dicts` (positional or keyword). `stream`, `depth` and `underscore_numbers` are refused.
use super::*;

/// The positional parameters after the object, per function (CPython 3.11's signatures; `pp`
/// passes its extra positionals on to `pprint`).
pub fn pprint_params(name: &str) -> Option<&'static [&'static str]> {
    match name {
        "pprint" | "pp" => Some(&["stream", "indent", "width", "depth"]),
        "pformat" => Some(&["indent", "width", "depth"]),
        _ => None,
    }
}

const HELP: &str = "the builtin engine supports `pprint.pprint`, `pprint.pp` and `pprint.pformat` with `indent`, `width`, `compact` and `sort_dicts`; `--engine auto` can hand the program to an LLM";

impl Infer<'_> {
    pub(super) fn pprint_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let Some(params) = pprint_params(name) else {
            self.error("unsupported-builtin", format!("unsupported: `pprint.{name}()`"), e.span, HELP);
            return self.c("Unknown");
        };
        if !self.arity(&format!("pprint.{name}"), e, args.len(), 1, 1 + params.len()) {
            return self.c("Unknown");
        }
        self.check_printable(ts[0], args[0].span, true, 0);
        let mut given: Vec<(&str, Span, TV)> = Vec::new();
        for (i, a) in args.iter().enumerate().skip(1) {
            given.push((params[i - 1], a.span, ts[i]));
        }
        for k in keywords {
            let tv = self.expr_tv[k.value.id as usize];
            if !matches!(k.name.as_str(), "indent" | "width" | "compact" | "sort_dicts" | "stream" | "depth" | "underscore_numbers") {
                self.error("type-error", format!("`pprint.{name}()` got an unexpected keyword argument `{}`", k.name), k.span, "");
                continue;
            }
            given.push((k.name.as_str(), k.span, tv));
        }
        for (p, sp, tv) in given {
            let k = self.kv(tv);
            match p {
                "indent" | "width" => {
                    if !matches!(k, Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                        let d = self.describe(&k);
                        self.error("type-error", format!("`pprint.{name}()` needs an int `{p}`, got `{d}`"), sp, "");
                    }
                }
                "compact" | "sort_dicts" => {}
                // `stream=None` / `depth=None` are the defaults.
                "stream" | "depth" if k == Kind::None => {}
                _ => self.error("unsupported-builtin", format!("unsupported: the `{p}` argument of `pprint.{name}()`"), sp, HELP),
            }
        }
        if name == "pformat" {
            self.c("Str")
        } else {
            self.c(NONE_TV)
        }
    }
}
