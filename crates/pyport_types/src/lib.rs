//! Name resolution and whole-program type inference over pyport's AST. Pure: no I/O, never panics.
pub mod builtins;
mod infer;
mod ty;

use std::collections::HashMap;

use pyport_syntax::ast::{ExprId, FuncId, Program};
use pyport_syntax::Diagnostic;

pub use infer::{const_int, falls_through};
pub use ty::Ty;

/// What a name in an expression refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameRef {
    /// A variable (local, global, parameter or comprehension variable).
    Var,
    Function(FuncId),
    /// An imported module, by its real name.
    Module(String),
    /// `from module import name`.
    Imported { module: String, name: String },
    Builtin(String),
}

/// Inferred types of one function.
#[derive(Clone, Debug)]
pub struct FuncTypes {
    pub params: Vec<Ty>,
    /// For generators: `Ty::Generator(yield type)`.
    pub ret: Ty,
    /// Local variables other than parameters, in first-assignment order.
    pub locals: Vec<(String, Ty)>,
    /// Names declared `global` in the function.
    pub global_decls: Vec<String>,
    /// Whether control may reach the end of the body.
    pub falls_through: bool,
}

/// The result of inference: a type for every expression and variable, plus diagnostics.
#[derive(Clone, Debug)]
pub struct Typed {
    /// Indexed by [`ExprId`].
    pub expr_types: Vec<Ty>,
    /// Module-level variables in first-assignment order.
    pub globals: Vec<(String, Ty)>,
    /// Indexed by [`FuncId`].
    pub funcs: Vec<FuncTypes>,
    /// Variables bound by comprehensions: (comprehension expression, name).
    pub comp_vars: HashMap<(ExprId, String), Ty>,
    /// What each `Name` expression refers to.
    pub names: HashMap<ExprId, NameRef>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Typed {
    /// The type of an expression.
    pub fn ty(&self, id: ExprId) -> &Ty {
        &self.expr_types[id as usize]
    }

    /// The type of module variable `name`.
    pub fn global_ty(&self, name: &str) -> Option<&Ty> {
        self.globals.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }
}

/// Infers types for the whole program.
pub fn infer(program: &Program) -> Typed {
    infer::Infer::new(program).run()
}
