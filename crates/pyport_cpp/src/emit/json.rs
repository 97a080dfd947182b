//! C++ for the `json` module (runtime `json.hpp`, inference `infer/json.rs`): `json.dumps(x, ...)`
//! is `py::json_dumps(x, opts)` and `json.dump(x, f, ...)` is `py::json_dump(x, f, opts)`, with
//! `py::json_opts(indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys)` built from
//! the keywords (the call's operands are already in Python's order: `call` in emit.rs).
use super::*;

/// The runtime names only `json.hpp` declares (included under `PYPORT_WITH_JSON`).
pub(super) const JSON_NAMES: &[&str] = &["py::json_"];

impl Emitter<'_> {
    pub(super) fn json_call_code(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        let keywords: &[Keyword] = match &e.kind {
            ExprKind::Call { keywords, .. } => keywords,
            _ => &[],
        };
        let (mut indent, mut separators) = ("py::None".to_string(), "py::None".to_string());
        let (mut sort_keys, mut ensure_ascii, mut allow_nan, mut skipkeys) = ("false".to_string(), "true".to_string(), "true".to_string(), "false".to_string());
        for k in keywords {
            match k.name.as_str() {
                "indent" => indent = self.expr(&k.value),
                "separators" => separators = self.expr(&k.value),
                "sort_keys" => sort_keys = self.cond(&k.value),
                "ensure_ascii" => ensure_ascii = self.cond(&k.value),
                "allow_nan" => allow_nan = self.cond(&k.value),
                "skipkeys" => skipkeys = self.cond(&k.value),
                // Refused by inference.
                other => self.unsupported(format!("the `{other}` argument of `json.{name}()`"), k.span),
            }
        }
        let opts = if keywords.is_empty() {
            "py::JsonOpts()".to_string()
        } else {
            format!("py::json_opts({indent}, {separators}, {sort_keys}, {ensure_ascii}, {allow_nan}, {skipkeys})")
        };
        let obj = self.expr(&args[0]);
        match (name, args.get(1)) {
            ("dumps", _) => format!("py::json_dumps({obj}, {opts})"),
            ("dump", Some(f)) => {
                let f = self.expr(f);
                format!("py::json_dump({obj}, {f}, {opts})")
            }
            _ => {
                self.unsupported(format!("`json.{name}()`"), e.span);
                "py::None".into()
            }
        }
    }
}
