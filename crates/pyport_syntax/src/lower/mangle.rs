//! Private name mangling, as CPython's compiler does it: inside a class statement (its body and
//! every function in it), an identifier `__name` that does not end with `__` is `_Class__name`
//! (the class name without its leading underscores). So `self.__balance` in `Account`'s methods
//! is the attribute `_Account__balance`, which code outside the class reads by that name (and not
//! as `acct.__balance`, an AttributeError in CPython). Attribute names, variable and parameter
//! names, `def` and class names and keyword argument names are mangled; strings are not.
use std::cell::RefCell;

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ra, Expr, Stmt};

/// Whether the source may hold a private name (the quick check before [`mangle`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("class") && text.contains("__")
}

struct Mangler {
    /// The innermost class statement around (its name without leading underscores).
    class: RefCell<Option<String>>,
}

impl Mangler {
    fn mangled(&self, name: &str) -> Option<String> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return None;
        }
        let class = self.class.borrow();
        let c = class.as_deref()?;
        (!c.is_empty()).then(|| format!("_{c}{name}"))
    }

    fn rename(&self, id: &mut ra::Identifier) {
        if let Some(m) = self.mangled(id.as_str()) {
            *id = ra::Identifier::new(m.as_str(), id.range);
        }
    }
}

impl Transformer for Mangler {
    fn visit_stmt(&self, s: &mut Stmt) {
        match s {
            Stmt::ClassDef(c) => {
                // The class's own name belongs to the enclosing scope; its body to the class.
                self.rename(&mut c.name);
                let own = c.name.id.trim_start_matches('_').to_string();
                if let Some(args) = c.arguments.as_deref_mut() {
                    self.visit_arguments(args);
                }
                for d in c.decorator_list.iter_mut() {
                    self.visit_decorator(d);
                }
                let outer = self.class.replace(Some(own));
                for st in c.body.iter_mut() {
                    self.visit_stmt(st);
                }
                *self.class.borrow_mut() = outer;
            }
            Stmt::FunctionDef(f) => {
                self.rename(&mut f.name);
                transformer::walk_stmt(self, s);
            }
            _ => transformer::walk_stmt(self, s),
        }
    }

    fn visit_expr(&self, e: &mut Expr) {
        match e {
            Expr::Name(n) => {
                if let Some(m) = self.mangled(n.id.as_str()) {
                    n.id = m.as_str().into();
                }
            }
            Expr::Attribute(a) => self.rename(&mut a.attr),
            _ => {}
        }
        transformer::walk_expr(self, e);
    }

    fn visit_parameter(&self, p: &mut ra::Parameter) {
        self.rename(&mut p.name);
        transformer::walk_parameter(self, p);
    }

    fn visit_keyword(&self, k: &mut ra::Keyword) {
        if let Some(a) = k.arg.as_mut() {
            self.rename(a);
        }
        transformer::walk_keyword(self, k);
    }
}

/// See the module doc.
pub(crate) fn mangle(body: &mut [Stmt]) {
    let m = Mangler { class: RefCell::new(None) };
    for s in body.iter_mut() {
        m.visit_stmt(s);
    }
}
