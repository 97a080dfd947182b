//! `typing`'s aliases of the `collections` classes used as classes, not only as hints:
//! `from typing import OrderedDict` then `OrderedDict()` (or `OrderedDict.fromkeys(...)`) makes a
//! `collections.OrderedDict` (and
//! `Counter`, `Deque` → `deque`, `DefaultDict` → `defaultdict` likewise). Such a name is imported
//! from `collections` instead, under the same name; a name that only annotates stays a hint.
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};

/// The `collections` class a `typing` alias stands for.
fn collections_name(typing_name: &str) -> Option<&'static str> {
    Some(match typing_name {
        "OrderedDict" => "OrderedDict",
        "Counter" => "Counter",
        "Deque" => "deque",
        "DefaultDict" => "defaultdict",
        _ => return None,
    })
}

/// Names used as classes somewhere: called (`Name(...)`) or read an attribute of
/// (`Name.fromkeys(...)`).
struct Called(Vec<String>);

impl<'v> Visitor<'v> for Called {
    fn visit_expr(&mut self, e: &'v Expr) {
        let used = match e {
            Expr::Call(c) => &*c.func,
            Expr::Attribute(a) => &*a.value,
            _ => e,
        };
        if !std::ptr::eq(used, e) {
            if let Expr::Name(n) = used {
                self.0.push(n.id.to_string());
            }
        }
        visitor::walk_expr(self, e);
    }
}

/// Whether the source may import such an alias (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("typing")
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut Vec<Stmt>) {
    let mut called = Called(Vec::new());
    for s in body.iter() {
        called.visit_stmt(s);
    }
    let mut i = 0;
    while i < body.len() {
        let Stmt::ImportFrom(imp) = &mut body[i] else {
            i += 1;
            continue;
        };
        if imp.level != 0 || !imp.module.as_ref().is_some_and(|m| m.id.as_str() == "typing") {
            i += 1;
            continue;
        }
        let (moved, kept): (Vec<ra::Alias>, Vec<ra::Alias>) = imp.names.drain(..).partition(|a| {
            let bound = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
            collections_name(a.name.id.as_str()).is_some() && called.0.iter().any(|c| c == bound)
        });
        imp.names = kept;
        if moved.is_empty() {
            i += 1;
            continue;
        }
        let range = imp.range;
        let names = moved
            .into_iter()
            .map(|a| {
                let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                let real = collections_name(a.name.id.as_str()).unwrap_or_default();
                ra::Alias { range: a.range, node_index: Default::default(), name: ra::Identifier::new(real, a.name.range), asname: Some(bound) }
            })
            .collect();
        let from_collections = Stmt::ImportFrom(ra::StmtImportFrom {
            node_index: Default::default(),
            range,
            module: Some(ra::Identifier::new("collections", range)),
            names,
            level: 0,
            is_lazy: false,
        });
        let empty = imp.names.is_empty();
        if empty {
            body[i] = from_collections;
        } else {
            body.insert(i + 1, from_collections);
            i += 1;
        }
        i += 1;
    }
}
