//! Two shims of the abstract base classes, in the source:
//! - `collections.abc.Iterable` / `Iterator` (or `typing`'s) as base classes, as in the Iterator
//!   pattern's `class AlphabeticalOrderIterator(Iterator)`: they add no state, and the only method
//!   a subclass gets from them is `Iterator.__iter__`, which returns the iterator itself. The base
//!   is dropped and, for `Iterator`, that `__iter__` written into the class when it has none.
//! - `@abc.abstractproperty` (deprecated since Python 3.3, still in the Builder pattern's
//!   examples) is what it documents itself to be: `@property` over `@abstractmethod`
//!   ([`abstract_properties`]).
//! - An interface's `@staticmethod @abstractmethod def build():` (a docstring or `pass` for a
//!   body; or a plain `@staticmethod` placeholder nothing calls through its class) that
//!   subclasses implement as instance methods `def build(self):` (the "concept" samples of the
//!   design-pattern books): what a call through an object reaches is the override, so the
//!   declaration becomes the instance method it stands for, `self` first
//!   ([`static_abstract_interfaces`]).
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Names bound to `Iterable` / `Iterator` by `from collections.abc import ...` or
/// `from typing import ...`, and names bound to those modules (`import collections.abc as cabc`
/// is rare: only the `from` form and `typing.Iterator` / `collections.abc.Iterator` are read).
#[derive(Default)]
struct Mixins {
    names: Vec<(String, String)>,
    typing_modules: Vec<String>,
}

impl Mixins {
    fn collect(body: &[Stmt]) -> Mixins {
        let mut m = Mixins::default();
        for s in body {
            match s {
                Stmt::ImportFrom(i) if i.level == 0 && i.module.as_ref().is_some_and(|x| matches!(x.id.as_str(), "collections.abc" | "typing")) => {
                    for a in &i.names {
                        if matches!(a.name.id.as_str(), "Iterable" | "Iterator") {
                            m.names.push((a.asname.as_ref().unwrap_or(&a.name).id.to_string(), a.name.id.to_string()));
                        }
                    }
                }
                Stmt::Import(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "typing" {
                            m.typing_modules.push(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        m
    }

    /// `Iterable` or `Iterator` when `e` names one of them.
    fn mixin(&self, e: &Expr) -> Option<&str> {
        match e {
            Expr::Name(n) => self.names.iter().find(|(b, _)| b == n.id.as_str()).map(|(_, o)| o.as_str()),
            Expr::Attribute(a) if matches!(a.attr.id.as_str(), "Iterable" | "Iterator") => {
                let from_typing = matches!(&*a.value, Expr::Name(m) if self.typing_modules.iter().any(|t| t == m.id.as_str()));
                from_typing.then_some(if a.attr.id.as_str() == "Iterable" { "Iterable" } else { "Iterator" })
            }
            Expr::Subscript(s) => self.mixin(&s.value),
            _ => None,
        }
    }
}

/// `def __iter__(self): return self`, every node at `range`.
fn iter_returning_self(range: TextRange) -> Stmt {
    let node_index = ra::AtomicNodeIndex::default;
    let name = |id: &str, ctx| Expr::Name(ra::ExprName { node_index: node_index(), range, id: id.into(), ctx });
    let param = ra::ParameterWithDefault {
        range,
        node_index: node_index(),
        parameter: ra::Parameter { range, node_index: node_index(), name: ra::Identifier::new("self", range), annotation: None },
        default: None,
    };
    let parameters = ra::Parameters {
        range,
        node_index: node_index(),
        posonlyargs: Default::default(),
        args: vec![param].into(),
        vararg: None,
        kwonlyargs: Default::default(),
        kwarg: None,
    };
    let ret = Stmt::Return(ra::StmtReturn { node_index: node_index(), range, value: Some(Box::new(name("self", ra::ExprContext::Load))) });
    Stmt::FunctionDef(ra::StmtFunctionDef {
        node_index: node_index(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ra::Identifier::new("__iter__", range),
        type_params: None,
        parameters: Box::new(parameters),
        returns: None,
        body: vec![ret].into(),
    })
}

/// Whether the source may use such a base (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("Iterator") || text.contains("Iterable")
}

/// Whether the source may use `abstractproperty` (the quick check before [`abstract_properties`]).
pub(crate) fn mentions_abstract_property(text: &str) -> bool {
    text.contains("abstractproperty")
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    let m = Mixins::collect(body);
    if m.names.is_empty() && m.typing_modules.is_empty() {
        return;
    }
    for s in body.iter_mut() {
        let Stmt::ClassDef(c) = s else { continue };
        let Some(args) = c.arguments.as_deref_mut() else { continue };
        if !args.keywords.is_empty() {
            continue;
        }
        let kinds: Vec<Option<&str>> = args.args.iter().map(|b| m.mixin(b)).collect();
        if kinds.iter().all(Option::is_none) {
            continue;
        }
        let iterator = kinds.contains(&Some("Iterator"));
        let kept: Vec<Expr> = args.args.iter().zip(&kinds).filter(|(_, k)| k.is_none()).map(|(b, _)| b.clone()).collect();
        args.args = kept.into();
        let defines_iter = c.body.iter().any(|x| matches!(x, Stmt::FunctionDef(f) if f.name.id.as_str() == "__iter__"));
        if iterator && !defines_iter {
            let at = c.name.range();
            c.body.push(iter_returning_self(at));
        }
    }
}

/// `@abstractproperty` / `@abc.abstractproperty` as `@property @abstractmethod` (the name
/// `abstractmethod` imported from `abc` beside `abstractproperty` when it is not already).
pub(crate) fn abstract_properties(body: &mut [Stmt]) {
    let mut bound = None;
    let mut abc_modules = Vec::new();
    for s in body.iter() {
        match s {
            Stmt::ImportFrom(i) if i.level == 0 && i.module.as_ref().is_some_and(|m| m.id.as_str() == "abc") => {
                for a in &i.names {
                    if a.name.id.as_str() == "abstractproperty" {
                        bound = Some(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                    }
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "abc" {
                        abc_modules.push(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    let mut need_import = false;
    for s in body.iter_mut() {
        let Stmt::ClassDef(c) = s else { continue };
        for m in c.body.iter_mut() {
            let Stmt::FunctionDef(f) = m else { continue };
            let Some(at) = f.decorator_list.iter().position(|d| match &d.expression {
                Expr::Name(n) => bound.as_deref() == Some(n.id.as_str()),
                Expr::Attribute(a) => a.attr.id.as_str() == "abstractproperty" && matches!(&*a.value, Expr::Name(m) if abc_modules.iter().any(|x| x == m.id.as_str())),
                _ => false,
            }) else {
                continue;
            };
            let d = f.decorator_list[at].clone();
            let range = d.range;
            let node_index = ra::AtomicNodeIndex::default;
            let abstract_expr = match d.expression {
                Expr::Attribute(mut a) => {
                    a.attr = ra::Identifier::new("abstractmethod", a.attr.range);
                    Expr::Attribute(a)
                }
                _ => {
                    need_import = true;
                    Expr::Name(ra::ExprName { node_index: node_index(), range, id: "abstractmethod".into(), ctx: ra::ExprContext::Load })
                }
            };
            let property = Expr::Name(ra::ExprName { node_index: node_index(), range, id: "property".into(), ctx: ra::ExprContext::Load });
            f.decorator_list[at] = ra::Decorator { range, node_index: node_index(), expression: property };
            f.decorator_list.insert(at + 1, ra::Decorator { range, node_index: node_index(), expression: abstract_expr });
        }
    }
    if need_import {
        for s in body.iter_mut() {
            let Stmt::ImportFrom(i) = s else { continue };
            if i.level != 0 || !i.module.as_ref().is_some_and(|m| m.id.as_str() == "abc") {
                continue;
            }
            if !i.names.iter().any(|a| a.name.id.as_str() == "abstractmethod" && a.asname.is_none()) {
                let range = i.range;
                i.names.push(ra::Alias { range, node_index: ra::AtomicNodeIndex::default(), name: ra::Identifier::new("abstractmethod", range), asname: None });
            }
            break;
        }
    }
}

/// Whether the source may declare abstract static methods (the quick check before
/// [`static_abstract_interfaces`]).
pub(crate) fn mentions_static_abstract(text: &str) -> bool {
    text.contains("staticmethod")
}

fn decorator_named(d: &ra::Decorator, name: &str) -> bool {
    match &d.expression {
        Expr::Name(n) => n.id.as_str() == name,
        Expr::Attribute(a) => a.attr.id.as_str() == name,
        _ => false,
    }
}

/// A body that does nothing: a docstring, `pass`, `...`, `raise NotImplementedError`.
fn trivial_body(body: &[Stmt]) -> bool {
    body.iter().all(|s| match s {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)),
        Stmt::Raise(r) => r.exc.as_deref().is_some_and(|x| match x {
            Expr::Name(n) => n.id.as_str() == "NotImplementedError",
            Expr::Call(c) => matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "NotImplementedError"),
            _ => false,
        }),
        _ => false,
    })
}

/// See the module doc.
pub(crate) fn static_abstract_interfaces(body: &mut [Stmt]) {
    let tree = super::cls_dispatch::ClassTree::collect(body);
    for s in body.iter_mut() {
        let Stmt::ClassDef(c) = s else { continue };
        let cname = c.name.id.to_string();
        for m in c.body.iter_mut() {
            let Stmt::FunctionDef(f) = m else { continue };
            let is_static = f.decorator_list.iter().any(|d| decorator_named(d, "staticmethod"));
            let is_abstract = f.decorator_list.iter().any(|d| decorator_named(d, "abstractmethod"));
            // A plain static placeholder too, when nothing calls it through its class.
            if !is_static || !trivial_body(&f.body) || (!is_abstract && tree.read_through(&cname, f.name.id.as_str())) {
                continue;
            }
            let overridden = tree.below(&cname).iter().any(|k| tree.has_instance_method(k, f.name.id.as_str()));
            if !overridden || f.parameters.posonlyargs.iter().chain(&f.parameters.args).any(|p| p.parameter.name.id.as_str() == "self") {
                continue;
            }
            f.decorator_list.retain(|d| !decorator_named(d, "staticmethod"));
            let range = f.name.range;
            let param = ra::ParameterWithDefault {
                range,
                node_index: ra::AtomicNodeIndex::default(),
                parameter: ra::Parameter { range, node_index: ra::AtomicNodeIndex::default(), name: ra::Identifier::new("self", range), annotation: None },
                default: None,
            };
            if f.parameters.posonlyargs.is_empty() {
                f.parameters.args.insert(0, param);
            } else {
                f.parameters.posonlyargs.insert(0, param);
            }
        }
    }
}
