//! Name resolution and whole-program type inference over pyport's AST. Pure: no I/O, never panics.
pub mod builtins;
mod infer;
pub mod re_syntax;
mod rewrite;
mod split;
mod ty;

use std::collections::HashMap;

use pyport_syntax::ast::{ClassId, ExprId, FuncId, Program};
use pyport_syntax::Diagnostic;

pub use infer::{const_int, is_cmp_to_key, const_tuple_slice, falls_through, global_names_pub as global_names, pprint_params, re_flags_const, star_library_name, std_stream, type_name_of};
pub use infer::datetime;
pub use infer::files;
pub use infer::struct_fmt;
pub use split::{for_each_child_pub as for_each_expr_child, maybe_unbound, split_variables, walrus_names};
pub use rewrite::NEXT_ITER;
pub use ty::{MapKind, Ty};

/// What a name in an expression refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameRef {
    /// A variable (local, global, parameter or comprehension variable).
    Var,
    Function(FuncId),
    /// A class defined by the program (also a classmethod's `cls`).
    Class(ClassId),
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
    /// Own variables (parameters or locals) that nested functions or lambdas use: they live in
    /// shared cells so that every closure sees (and writes) the same variable.
    pub captured: Vec<String>,
    /// For a nested function: the variables of enclosing functions it uses (directly or through
    /// functions nested in it), whose cells its closure holds.
    pub free: Vec<String>,
}

/// Inferred shape of one class.
#[derive(Clone, Debug, Default)]
pub struct ClassTypes {
    /// The user base class.
    pub base: Option<ClassId>,
    /// For exception classes: the built-in exception at the root of the hierarchy.
    pub exc_root: Option<String>,
    /// Instance fields stored in this class (not in its bases), in first-assignment order.
    pub fields: Vec<(String, Ty)>,
    /// Class attributes of this class.
    pub attrs: Vec<(String, Ty)>,
    /// Class attributes assigned outside the class body (`Cls.count = 1`).
    pub rebound_attrs: Vec<String>,
    /// Methods defined in this class, by Python name.
    pub methods: HashMap<String, FuncId>,
    /// Methods only subclasses define, declared by this (root) class so calls through it dispatch;
    /// the value is the subclass method whose signature they share.
    pub abstract_methods: HashMap<String, FuncId>,
    /// Fields and class attributes read through this class that only classes below it store, each
    /// reached by a virtual accessor (for the implicit root of unrelated classes, the last class
    /// after the program's own: those read through the root; for a program class: those its
    /// subclasses store).
    pub duck_fields: Vec<(String, Ty)>,
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
    /// Indexed by [`ClassId`].
    pub classes: Vec<ClassTypes>,
    /// Variables bound by comprehensions: (comprehension expression, name).
    pub comp_vars: HashMap<(ExprId, String), Ty>,
    /// What each `Name` expression refers to.
    pub names: HashMap<ExprId, NameRef>,
    /// Reads that may come before any assignment of their variable (checked at run time).
    pub maybe_unbound: std::collections::HashSet<ExprId>,
    /// Variables with such reads: (function, or `None` for module level; name).
    pub unbound_vars: std::collections::HashSet<(Option<FuncId>, String)>,
    pub diagnostics: Vec<Diagnostic>,
    /// Lambdas used as values: the enclosing functions' variables they use (cells they hold).
    pub lambda_free: HashMap<ExprId, Vec<String>>,
    /// Reads of a union variable where a test (`isinstance(x, str)`) narrowed it to the member
    /// that is the read's type.
    pub narrowed: std::collections::HashSet<ExprId>,
    /// Binary operations with a class `type(x)` and a builtin value as operands (`"a" + type(x)`):
    /// CPython's TypeError, raised when they run.
    pub type_operand_errors: std::collections::HashSet<ExprId>,
    /// Calls `x.m(...)` of a method that neither `x`'s class nor any class deriving from it
    /// has: CPython's AttributeError when the call runs (with a warning), as the program may
    /// never reach it.
    pub attr_errors: std::collections::HashSet<ExprId>,
    /// Reads of a union variable that an operation unwraps to its one member supporting it, with
    /// CPython's TypeError message (`{}`: the type held) for the other members.
    pub checked: HashMap<ExprId, String>,
    /// Definitions of the recursive types (`Ty::Rec(id)` is `recs[id]`, a `Ty::Union` whose
    /// members hold `Rec(id)` inside a list); `Ty::Unknown` marks an id merged into an earlier one.
    pub recs: Vec<Ty>,
    /// Rewrites inference asked for (span of the expression → what to do): objects iterated
    /// through their class's `__iter__`, calls of `*args` methods to pack. [`infer_splitting`]
    /// makes them, so what it returns has none left.
    pub(crate) rewrites: std::collections::BTreeMap<(u32, u32), rewrite::Rewrite>,
}

/// The nearest class that both `x` and `y` are, or derive from, given each class's base.
pub fn nearest_common_class(x: ClassId, y: ClassId, base: impl Fn(ClassId) -> Option<ClassId>) -> Option<ClassId> {
    let mut ancestors = Vec::new();
    let mut c = Some(x);
    while let Some(k) = c {
        ancestors.push(k);
        c = base(k);
    }
    let mut c = Some(y);
    while let Some(k) = c {
        if ancestors.contains(&k) {
            return Some(k);
        }
        c = base(k);
    }
    None
}

impl Typed {
    /// The type of an expression.
    pub fn ty(&self, id: ExprId) -> &Ty {
        &self.expr_types[id as usize]
    }

    /// The method `name` of class `c` or of its nearest base that defines it.
    pub fn find_method(&self, c: Option<ClassId>, name: &str) -> Option<FuncId> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.methods.get(name).copied()).map(|(_, f)| f)
    }

    /// The method a call of `name` on a `c` object dispatches through (see [`ClassTypes::abstract_methods`]).
    pub fn find_virtual(&self, c: Option<ClassId>, name: &str) -> Option<FuncId> {
        self.find_method(c, name)
            .or_else(|| up_hierarchy(&self.classes, c, |i| i.base, |i| i.abstract_methods.get(name).copied()).map(|(_, f)| f))
    }

    /// Whether `name` is an instance field of `c` (possibly stored in a base), with its type.
    pub fn find_field(&self, c: Option<ClassId>, name: &str) -> Option<&Ty> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.fields.iter().find(|(n, _)| n == name).map(|(_, t)| t)).map(|(_, t)| t)
    }

    /// A field or class attribute read through `c` (or a base) that only classes below store
    /// (see [`ClassTypes::duck_fields`]), with its type.
    pub fn find_duck_field(&self, c: Option<ClassId>, name: &str) -> Option<&Ty> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.duck_fields.iter().find(|(n, _)| n == name).map(|(_, t)| t)).map(|(_, t)| t)
    }

    /// The class (`c` or a base) that owns class attribute `name`, with its type.
    pub fn find_attr(&self, c: Option<ClassId>, name: &str) -> Option<(ClassId, &Ty)> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.attrs.iter().find(|(n, _)| n == name).map(|(_, t)| t))
    }

    /// Whether class `c` is `anc` or derives from it.
    pub fn is_subclass(&self, c: ClassId, anc: ClassId) -> bool {
        derives(&self.classes, |i| i.base, c, anc)
    }

    /// The type of module variable `name`.
    pub fn global_ty(&self, name: &str) -> Option<&Ty> {
        self.globals.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }
}

/// Splits reused names where their uses need different types, then infers: the program to emit,
/// its types, and (split name, Python name) pairs for messages.
pub fn infer_splitting(program: &Program) -> (Program, Typed, Vec<(String, String)>) {
    let (split, aliases) = split_variables(program, None);
    if aliases.is_empty() {
        let (split, typed) = infer_iterating(split);
        return (split, typed, aliases);
    }
    let typed = infer(&split);
    // Keep a split only where the parts really differ in type; elsewhere the Python name reads better.
    let mut scopes: Vec<HashMap<&str, &Ty>> = vec![typed.globals.iter().map(|(n, t)| (n.as_str(), t)).collect()];
    for (i, f) in typed.funcs.iter().enumerate() {
        let mut m: HashMap<&str, &Ty> = f.locals.iter().map(|(n, t)| (n.as_str(), t)).collect();
        for (p, t) in program.functions[i].params.iter().zip(&f.params) {
            m.insert(p.name.as_str(), t);
        }
        scopes.push(m);
    }
    let mut needed = std::collections::HashSet::new();
    for (new, old) in &aliases {
        for scope in &scopes {
            if let (Some(a), Some(b)) = (scope.get(new.as_str()), scope.get(old.as_str())) {
                if a != b {
                    needed.insert(old.clone());
                }
            }
        }
    }
    let (split, aliases) = split_variables(program, Some(&needed));
    let (split, typed) = infer_iterating(split);
    (split, typed, aliases)
}

/// [`infer`]; then, when inference asked for rewrites that need types (an object iterated through
/// its class's `__iter__`: `for x in obj`, `list(obj)`, `a, b = obj`...; a call of a method with
/// `*args`), the program rewritten (`rewrite.rs`: the iterable wrapped in an `__iter__()` call, the
/// extra arguments packed into a tuple), inferred again. Later stages see only ordinary calls.
fn infer_iterating(mut program: Program) -> (Program, Typed) {
    let typed = infer(&program);
    if typed.rewrites.is_empty() {
        return (program, typed);
    }
    rewrite::apply(&mut program, &typed.rewrites);
    let mut typed = infer(&program);
    // One that is not an expression of its own (none is known) cannot be rewritten.
    for ((start, end), r) in std::mem::take(&mut typed.rewrites) {
        let (what, help) = match r {
            rewrite::Rewrite::Iter { class, .. } => (format!("iterating over a `{class}` object here"), "iterate over `obj.__iter__()` instead"),
            rewrite::Rewrite::Pack { .. } => ("this call of a method with `*args`".to_string(), "pass a tuple to a method taking one"),
            rewrite::Rewrite::Spread { .. } => ("this `*` argument".to_string(), "pass the values one by one"),
            rewrite::Rewrite::Delegate { field } => (format!("an attribute reached through `__getattr__` (of the field `{field}`) here"), "read it from that field"),
        };
        let d = Diagnostic::error("unsupported-syntax", format!("unsupported: {what}"), pyport_syntax::Span { start, end })
            .with_help(format!("{help}; `--engine auto` can hand the program to an LLM"));
        typed.diagnostics.push(d);
    }
    (program, typed)
}

/// Infers types for the whole program.
pub fn infer(program: &Program) -> Typed {
    let mut typed = infer::Infer::new(program).run();
    let (uses, vars) = maybe_unbound(program);
    typed.maybe_unbound = uses;
    typed.unbound_vars = vars;
    typed
}

/// Whether class `c` is `anc` or derives from it. Shared by inference and its output.
pub(crate) fn derives<T>(classes: &[T], base: impl Fn(&T) -> Option<ClassId>, mut c: ClassId, anc: ClassId) -> bool {
    loop {
        if c == anc {
            return true;
        }
        match classes.get(c).and_then(&base) {
            Some(b) => c = b,
            None => return false,
        }
    }
}

/// The first answer `f` gives for class `c` or its bases (nearest first, following `base`), with
/// the class that gave it. Shared by inference (type variables) and its output (types).
pub(crate) fn up_hierarchy<'a, T, R>(
    classes: &'a [T],
    mut c: Option<ClassId>,
    base: impl Fn(&T) -> Option<ClassId>,
    mut f: impl FnMut(&'a T) -> Option<R>,
) -> Option<(ClassId, R)> {
    while let Some(k) = c {
        let info = classes.get(k)?;
        if let Some(r) = f(info) {
            return Some((k, r));
        }
        c = base(info);
    }
    None
}
