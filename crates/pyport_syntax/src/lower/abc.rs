//! The `abc` module: `class Shape(ABC)` (or `metaclass=ABCMeta`) has no base of its own, and
//! `@abstractmethod` marks a method abstract (`ClassDef::abstract_methods`). The method stays an
//! ordinary method (its body, often `...`, runs only if a subclass calls it through `super()`);
//! what Python adds is that a class with an abstract method it does not override cannot be
//! instantiated: the emitter's constructor raises CPython's TypeError ("Can't instantiate
//! abstract class Shape with abstract method area").
use ruff_python_ast as ra;

use super::Lowerer;

impl Lowerer {
    /// `name` from `abc`: a name bound by `from abc import name`, or `abc.name`.
    fn is_abc_name(&self, e: &ra::Expr, name: &str) -> bool {
        match e {
            ra::Expr::Name(n) => self.program.from_imports.iter().any(|(b, m, orig, _)| b == n.id.as_str() && m == "abc" && orig == name),
            ra::Expr::Attribute(a) => a.attr.id.as_str() == name && matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "abc")),
            _ => false,
        }
    }

    /// `ABC` as a base class: no base.
    pub(super) fn is_abc_base(&self, b: &ra::Expr) -> bool {
        self.is_abc_name(b, "ABC")
    }

    /// `metaclass=ABCMeta` in a class statement.
    pub(super) fn is_abc_metaclass(&self, k: &ra::Keyword) -> bool {
        k.arg.as_ref().is_some_and(|a| a.id.as_str() == "metaclass") && self.is_abc_name(&k.value, "ABCMeta")
    }

    /// `@abstractmethod`.
    pub(super) fn is_abstract_decorator(&self, d: &ra::Decorator) -> bool {
        self.is_abc_name(&d.expression, "abstractmethod")
    }
}
