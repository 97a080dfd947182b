//! Inference for the `json` module (runtime `json.hpp`, emission `emit/json.rs`):
//! `json.dumps(obj, ...)` (a str) and `json.dump(obj, f, ...)` to a text file of `open()`, for
//! values made of None, bool, int, float, str, lists, tuples and dicts (and unions and optionals
//! of them), with `indent`, `separators`, `sort_keys`, `ensure_ascii`, `allow_nan` and `skipkeys`.
//! Refused, naming them: other value types (CPython's TypeError "Object of type X is not JSON
//! serializable"; a `default=` function is not supported), dict keys CPython rejects unless
//! `skipkeys` is given, `sort_keys` over keys `<` may not order, and decoding (`loads`/`load`:
//! a JSON document's values have no static type).
use super::*;

const HELP: &str = "the builtin engine's `json` encodes None, bools, numbers, strs, lists, tuples and dicts (`json.dumps`, `json.dump`); `--engine auto` can hand the program to an LLM";

impl Infer<'_> {
    pub(super) fn json_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("json.{name}");
        let positional = match name {
            "dumps" => 1,
            "dump" => 2,
            "loads" | "load" => {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: `{full}()`: the values a JSON document decodes to have no static type"),
                    e.span,
                    "the builtin engine compiles statically typed values and encodes JSON only (`json.dumps`, `json.dump`); `--engine auto` can hand the program to an LLM",
                );
                return self.c("Unknown");
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `{full}`"), e.span, HELP);
                return self.c("Unknown");
            }
        };
        let result = if name == "dumps" { self.c("Str") } else { self.c(NONE_TV) };
        if !self.arity(&full, e, args.len(), positional, positional) {
            return result;
        }
        let mut skipkeys = false;
        let mut sorts = false;
        for k in keywords {
            let tv = self.expr_tv[k.value.id as usize];
            let kind = self.k(tv);
            match k.name.as_str() {
                "indent" => {
                    let inner = match &kind {
                        Kind::Opt(i) => self.k(*i),
                        other => other.clone(),
                    };
                    if !matches!(inner, Kind::None | Kind::Int | Kind::Bool | Kind::Str | Kind::Unknown | Kind::Conflict) {
                        let d = self.describe(&kind);
                        self.error("unsupported-builtin", format!("unsupported: `{full}()` with a `{d}` indent"), k.span, "`indent` is None, an int or a str");
                    }
                }
                "separators" => {
                    let inner = match &kind {
                        Kind::Opt(i) => self.k(*i),
                        other => other.clone(),
                    };
                    let ok = match &inner {
                        Kind::None | Kind::Unknown | Kind::Conflict => true,
                        Kind::Tuple(parts) if parts.len() == 2 => parts.iter().all(|&p| matches!(self.k(p), Kind::Str | Kind::Unknown | Kind::Conflict)),
                        _ => false,
                    };
                    if !ok {
                        let d = self.describe(&kind);
                        self.error("unsupported-builtin", format!("unsupported: `{full}()` with `{d}` separators"), k.span, "`separators` is None or a tuple of two strs, `(item_separator, key_separator)`");
                    }
                }
                "skipkeys" => skipkeys = true,
                // A literal False sorts nothing.
                "sort_keys" => sorts = !matches!(k.value.kind, ExprKind::Bool(false)),
                "ensure_ascii" | "allow_nan" => {}
                "default" | "cls" | "check_circular" => self.error(
                    "unsupported-builtin",
                    format!("unsupported: the `{}` argument of `{full}()`", k.name),
                    k.span,
                    HELP,
                ),
                other => self.error("type-error", format!("`{full}()` got an unexpected keyword argument `{other}`"), k.span, ""),
            }
        }
        let mut seen = HashSet::new();
        if let Some(why) = self.json_blocker(ts[0], skipkeys, sorts, &mut seen) {
            self.error("unsupported-builtin", format!("unsupported: `{full}()` of a value holding {why}"), args[0].span, HELP);
        }
        if name == "dump" {
            let k = self.kv(ts[1]);
            if k == Kind::BinFile {
                self.error("unsupported-builtin", "unsupported: `json.dump()` to a file opened in a binary mode", args[1].span, "CPython raises TypeError (`json.dump` writes str): open the file in a text mode");
            } else if !matches!(k, Kind::TextFile | Kind::Unknown | Kind::Conflict) {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `json.dump()` to a `{d}`"), args[1].span, "`json.dump` writes to a file `open()` opened in a text mode");
            }
        }
        result
    }

    /// What in a value of type `t` `json` cannot encode (or the port does not), described.
    fn json_blocker(&mut self, t: TV, skipkeys: bool, sorts: bool, seen: &mut HashSet<TV>) -> Option<String> {
        let r = self.find(t);
        if !seen.insert(r) {
            return None;
        }
        let k = self.k(r);
        match &k {
            Kind::Unknown | Kind::Conflict | Kind::None | Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str => None,
            Kind::List(a) | Kind::VTuple(a) | Kind::Opt(a) => self.json_blocker(*a, skipkeys, sorts, seen),
            Kind::Tuple(ts) | Kind::Union(ts) => ts.clone().into_iter().find_map(|x| self.json_blocker(x, skipkeys, sorts, seen)),
            Kind::Dict(key, v) | Kind::Mapping(_, key, v) => {
                let (key, v) = (*key, *v);
                if !skipkeys && !self.json_key_ok(key) {
                    let kk = self.k(key);
                    let d = self.describe(&kk);
                    return Some(format!("a dict with `{d}` keys (CPython raises TypeError \"keys must be str, int, float, bool or None\"; `skipkeys=True` leaves them out)"));
                }
                if sorts && !self.json_orderable(key, 0) {
                    let kk = self.k(key);
                    let d = self.describe(&kk);
                    return Some(format!("a dict with `{d}` keys, which `sort_keys` sorts and `<` may not order"));
                }
                self.json_blocker(v, skipkeys, sorts, seen)
            }
            other => {
                let d = self.describe(other);
                Some(format!("`{d}` values, which are not JSON serializable (`default=` is not supported)"))
            }
        }
    }

    /// Whether CPython's encoder takes every key of type `t` (str, int, float, bool, None).
    fn json_key_ok(&mut self, t: TV) -> bool {
        match self.k(t) {
            Kind::Unknown | Kind::Conflict | Kind::None | Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str => true,
            Kind::Opt(a) => self.json_key_ok(a),
            Kind::Union(ts) => ts.into_iter().all(|x| self.json_key_ok(x)),
            _ => false,
        }
    }

    /// Whether `<` orders any two keys of type `t` without a TypeError (a `None` key type holds one key at most).
    fn json_orderable(&mut self, t: TV, depth: usize) -> bool {
        if depth > 8 {
            return false;
        }
        match self.k(t) {
            Kind::Unknown | Kind::Conflict | Kind::None | Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str => true,
            Kind::Union(ts) => ts.into_iter().all(|x| matches!(self.k(x), Kind::Bool | Kind::Int | Kind::Float | Kind::Num)),
            Kind::Tuple(ts) => ts.into_iter().all(|x| self.json_orderable(x, depth + 1) && !matches!(self.k(x), Kind::None)),
            _ => false,
        }
    }
}
