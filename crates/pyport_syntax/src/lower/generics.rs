//! `typing.TypeVar` and `typing.Generic`: generic classes and functions only annotate.
//!
//! `T = TypeVar("T")` names a type variable for annotations, and `class Stack(Generic[T])` makes a
//! class generic for type checkers; neither changes what the program does. Inference types every
//! value from how the program uses it, so lowering drops both: the `TypeVar` assignment becomes
//! nothing, and a `Generic[...]` base is left out of the class's bases. A type variable read as a
//! value (anything but an annotation) is refused. A type alias (`Path = list[tuple[int, int]]`)
//! is dropped the same way.
use ruff_python_ast as ra;

use super::Lowerer;
use crate::Span;

/// A generic type written as a value: `list[int]`, `dict[str, list[int]]`, `Optional[Node]`,
/// `tuple[int, ...]`: the right side of a type alias.
fn is_type_expr(e: &ra::Expr) -> bool {
    const GENERIC: &[&str] = &[
        "list", "dict", "tuple", "set", "frozenset", "type", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union",
        "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "Generator", "Deque", "DefaultDict",
    ];
    let ra::Expr::Subscript(s) = e else { return false };
    match &*s.value {
        ra::Expr::Name(n) => GENERIC.contains(&n.id.as_str()),
        ra::Expr::Attribute(a) => GENERIC.contains(&a.attr.id.as_str()) && matches!(&*a.value, ra::Expr::Name(m) if m.id.as_str() == "typing"),
        _ => false,
    }
}

/// What the module imported for generics, and its type variables.
#[derive(Default)]
pub(super) struct Generics {
    /// Names bound to `typing.TypeVar` / `typing.Generic` (`from typing import TypeVar as TV`).
    typevar: Vec<String>,
    generic: Vec<String>,
    /// Names assigned a `TypeVar(...)` or a type (an alias) at module level.
    vars: Vec<String>,
}

impl Lowerer {
    /// `from typing import TypeVar` / `Generic`: `true` when `name` is one of them.
    pub(super) fn generics_import(&mut self, name: &str, bound: &str) -> bool {
        match name {
            "TypeVar" => self.generics.typevar.push(bound.to_string()),
            "Generic" => self.generics.generic.push(bound.to_string()),
            _ => return false,
        }
        true
    }

    /// `T = TypeVar("T", ...)` or a type alias `Path = list[tuple[int, int]]` at module level:
    /// `true` (the statement is dropped) when `a` is one.
    pub(super) fn typevar_assign(&mut self, a: &ra::StmtAssign) -> bool {
        let [ra::Expr::Name(target)] = &a.targets[..] else { return false };
        if self.func_depth == 0 && is_type_expr(&a.value) {
            self.generics.vars.push(target.id.as_str().to_string());
            return true;
        }
        let ra::Expr::Call(c) = &*a.value else { return false };
        let is_typevar = match &*c.func {
            ra::Expr::Name(n) => self.generics.typevar.iter().any(|t| t == n.id.as_str()),
            ra::Expr::Attribute(at) => {
                at.attr.id.as_str() == "TypeVar" && matches!(&*at.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "typing"))
            }
            _ => false,
        };
        if is_typevar && self.func_depth == 0 {
            self.generics.vars.push(target.id.as_str().to_string());
        }
        is_typevar && self.func_depth == 0
    }

    /// A `Generic[...]` class base (`typing.Generic[T]` too).
    pub(super) fn is_generic_base(&self, b: &ra::Expr) -> bool {
        let ra::Expr::Subscript(s) = b else { return false };
        match &*s.value {
            ra::Expr::Name(n) => self.generics.generic.iter().any(|g| g == n.id.as_str()),
            ra::Expr::Attribute(at) => {
                at.attr.id.as_str() == "Generic" && matches!(&*at.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "typing"))
            }
            _ => false,
        }
    }

    /// A read of a type variable (or of `TypeVar`/`Generic`) as a value: refused, `true`.
    pub(super) fn type_var_used(&mut self, name: &str, sp: Span) -> bool {
        let g = &self.generics;
        if !g.vars.iter().chain(&g.typevar).chain(&g.generic).any(|v| v == name) {
            return false;
        }
        self.unsupported(&format!("the type variable or alias `{name}` used as a value"), sp, "type variables and aliases only annotate; `--engine auto` can hand the program to an LLM");
        true
    }
}
