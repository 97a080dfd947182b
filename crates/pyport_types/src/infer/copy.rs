//! Inference for the `copy` module (runtime: `copy.hpp`): `copy.copy(x)` and
//! `copy.deepcopy(x)` of numbers, strings, tuples and the built-in containers, nested in any
//! way, and objects of the program's classes (a new instance of the same class with the same
//! fields, copied deeply for `deepcopy`; emit/classes.rs) unless the class customizes copying
//! (`__copy__`, `__deepcopy__`, `__reduce__`...). A copy has its argument's type (as
//! `list.copy()` does here).
use super::*;

impl Infer<'_> {
    pub(super) fn copy_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("copy.{name}");
        if !matches!(name, "copy" | "deepcopy") {
            self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, "`copy.copy()` and `copy.deepcopy()` are supported");
            return self.c("Unknown");
        }
        self.no_keywords(&full, keywords, &[]);
        if !self.arity(&full, e, args.len(), 1, 1) {
            return self.c("Unknown");
        }
        if let Some(what) = self.uncopyable(ts[0], 0) {
            self.error(
                "unsupported-builtin",
                format!("unsupported: `{full}()` of a value holding {what}"),
                args[0].span,
                "copy containers of numbers, strings and tuples; `--engine auto` can hand the program to an LLM",
            );
        }
        ts[0]
    }

    /// What in a value of type `t` the runtime's copies do not handle, if anything.
    fn uncopyable(&mut self, t: TV, depth: usize) -> Option<String> {
        if depth > 12 {
            return Some("a type nested too deeply".into());
        }
        let k = self.kv(t);
        let inner: Vec<TV> = match &k {
            Kind::Unknown | Kind::None | Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str | Kind::Frac | Kind::Cplx | Kind::Bytes => vec![],
            Kind::List(a) | Kind::VTuple(a) | Kind::Opt(a) | Kind::Set(a) | Kind::FSet(a) | Kind::Deque(a) => vec![*a],
            Kind::Dict(a, b) | Kind::Mapping(_, a, b) => vec![*a, *b],
            Kind::Tuple(ts) => ts.clone(),
            Kind::Obj(c) => {
                // Each class gets copy methods (emit/classes.rs); one with its own `__copy__` or
                // `__deepcopy__` would need those called instead.
                for m in ["__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__"] {
                    if self.find_method(Some(*c), m).is_some() {
                        let d = self.describe(&k);
                        return Some(format!("`{d}` objects, whose class defines `{m}`"));
                    }
                }
                vec![]
            }
            other => {
                let d = self.describe(other);
                return Some(format!("`{d}` values"));
            }
        };
        inner.into_iter().find_map(|x| self.uncopyable(x, depth + 1))
    }
}
