//! A lambda that calls itself through the name it is assigned to (`fact = lambda k: 1 if k <= 1
//! else k * fact(k - 1)`) reads that name when it runs, after the assignment. The port's lambdas
//! capture what they read when they are made, so such an assignment is compiled as the `def` it
//! equals, `def fact(k): return 1 if k <= 1 else k * fact(k - 1)`, whose recursive calls the port
//! compiles. (Only `fact.__name__` tells them apart: `'<lambda>'`; a program reading it keeps the
//! lambda.)
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra, Expr, Stmt};

/// Whether the source may hold one (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("lambda")
}

/// Whether `pred` holds for an expression in `exprs`, at any depth.
fn any_expr<'a>(exprs: impl IntoIterator<Item = &'a Expr>, stmts: &'a [Stmt], pred: impl Fn(&Expr) -> bool) -> bool {
    struct Find<P> {
        pred: P,
        found: bool,
    }
    impl<'a, P: Fn(&Expr) -> bool> Visitor<'a> for Find<P> {
        fn visit_expr(&mut self, e: &'a Expr) {
            self.found |= (self.pred)(e);
            visitor::walk_expr(self, e);
        }
    }
    let mut f = Find { pred, found: false };
    exprs.into_iter().for_each(|e| f.visit_expr(e));
    stmts.iter().for_each(|s| f.visit_stmt(s));
    f.found
}

/// Whether `e` reads name `n`.
fn reads(e: &Expr, n: &str) -> bool {
    any_expr([e], &[], |x| matches!(x, Expr::Name(x) if x.id.as_str() == n && matches!(x.ctx, ra::ExprContext::Load)))
}

/// Whether the module reads `n.__name__` anywhere.
fn reads_name_attr(body: &[Stmt], n: &str) -> bool {
    any_expr([], body, |x| matches!(x, Expr::Attribute(a) if a.attr.id.as_str() == "__name__" && matches!(&*a.value, Expr::Name(v) if v.id.as_str() == n)))
}

struct Rewrite<'b> {
    module: &'b [Stmt],
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, s: &mut Stmt) {
        transformer::walk_stmt(self, s);
        let Stmt::Assign(a) = s else { return };
        let ([Expr::Name(target)], Expr::Lambda(l)) = (&a.targets[..], &*a.value) else { return };
        let name = target.id.as_str();
        if !reads(&l.body, name) || reads_name_attr(self.module, name) {
            return;
        }
        let range = a.range;
        let parameters = l.parameters.clone().unwrap_or_else(|| {
            Box::new(ra::Parameters {
                node_index: Default::default(),
                range,
                posonlyargs: Default::default(),
                args: Default::default(),
                vararg: None,
                kwonlyargs: Default::default(),
                kwarg: None,
            })
        });
        let ret = Stmt::Return(ra::StmtReturn { node_index: Default::default(), range: l.range, value: Some(l.body.clone()) });
        *s = Stmt::FunctionDef(ra::StmtFunctionDef {
            node_index: Default::default(),
            range,
            is_async: false,
            decorator_list: Default::default(),
            name: ra::Identifier::new(name, target.range),
            type_params: None,
            parameters,
            returns: None,
            body: vec![ret].into(),
        });
    }
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    let module = body.to_vec();
    let r = Rewrite { module: &module };
    for s in body.iter_mut() {
        r.visit_stmt(s);
    }
}
