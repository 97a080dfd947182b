//! pyport's own Python AST: the subset the compiler understands, with stable expression ids and spans.
use crate::source::Span;

/// Index of an expression node, unique within a [`Program`]; later stages key their tables by it.
pub type ExprId = u32;
/// Index of a function in [`Program::functions`].
pub type FuncId = usize;
/// Index of a class in [`Program::classes`].
pub type ClassId = usize;

/// A whole parsed program: module-level code plus its functions.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Module-level functions and class methods (a method has [`Function::class`] set).
    pub functions: Vec<Function>,
    /// `class` statements at module level, in source order (a base always comes before its subclasses).
    pub classes: Vec<ClassDef>,
    /// Module-level statements in source order (function definitions appear as [`StmtKind::FunctionDef`]).
    pub body: Vec<Stmt>,
    /// Modules imported with `import m` / `import m as n`: (bound name, module name).
    pub module_imports: Vec<(String, String, Span)>,
    /// Names imported with `from m import x as y`: (bound name, module, original name).
    pub from_imports: Vec<(String, String, String, Span)>,
    /// Number of expression ids handed out.
    pub expr_count: u32,
    /// Calls of a method or class with a `*args` parameter whose extra positional arguments were
    /// packed into one tuple (by `pyport_types`, once it knew the callee).
    pub packed_calls: std::collections::HashSet<ExprId>,
    /// Classes made by `collections.namedtuple(...)` or `class C(typing.NamedTuple)`: the class and
    /// its field names in order (the instance is also a tuple of those fields).
    pub namedtuples: Vec<(ClassId, Vec<String>)>,
    /// `raise NameError(...)` calls lowered from reads of names nothing binds: the suggestion
    /// CPython adds when the error is not caught (`Did you mean: 'x'?`).
    pub name_error_hints: std::collections::HashMap<ExprId, String>,
    /// Functions and classes renamed because their name is defined again later in the module
    /// (`solve_v1` for the first `def solve`): new name to Python name.
    pub py_names: std::collections::HashMap<String, String>,
}

impl Program {
    /// The Python name of a module-level function or class (its `__name__`).
    pub fn py_name<'n>(&'n self, name: &'n str) -> &'n str {
        self.py_names.get(name).map_or(name, String::as_str)
    }

    /// The fields of a namedtuple class, in order; `None` for other classes.
    pub fn namedtuple_fields(&self, c: ClassId) -> Option<&[String]> {
        self.namedtuples.iter().find(|(k, _)| *k == c).map(|(_, f)| f.as_slice())
    }
}

/// A `def` at module level.
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub span: Span,
    pub name_span: Span,
    pub params: Vec<Param>,
    pub returns: Option<TypeAnn>,
    pub body: Vec<Stmt>,
    /// True when the body contains `yield`.
    pub is_generator: bool,
    /// For a method: its class and kind.
    pub class: Option<(ClassId, MethodKind)>,
    /// For a `def` inside another function: the enclosing function (its closure's scope).
    pub parent: Option<FuncId>,
    /// Names declared `nonlocal` in the body.
    pub nonlocals: Vec<String>,
    /// `@functools.cache` / `@lru_cache(maxsize=...)`: `Some(None)` unbounded, `Some(Some(n))` LRU of size n.
    pub cache: Option<Option<i64>>,
    /// The index in `params` of the `*args` parameter (a homogeneous tuple of the extra positional
    /// arguments), if any.
    pub vararg: Option<usize>,
}

/// How a method binds its first parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// `def m(self, ...)`.
    Instance,
    /// `@staticmethod`.
    Static,
    /// `@classmethod`: `cls` is the class itself.
    Class,
}

/// A `class` at module level (single inheritance).
#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    pub span: Span,
    pub name_span: Span,
    /// The base class name as written (a user class or a built-in exception class).
    pub base: Option<(String, Span)>,
    /// Methods in source order (indices into [`Program::functions`]).
    pub methods: Vec<FuncId>,
    /// Class attributes `name = value` in the class body, in source order.
    pub attrs: Vec<(String, Span, Expr)>,
    /// `@functools.total_ordering` on a class defining `__lt__` (and no other ordering method):
    /// `>`, `>=` and `<=` follow functools' definitions from `__lt__` and `==`.
    pub total_ordering: bool,
    /// Methods the class marks `@abstractmethod` (`abc`): a class that does not override every
    /// abstract method it has or inherits cannot be instantiated (CPython's TypeError).
    pub abstract_methods: Vec<String>,
    /// `def __getattr__(self, name): return getattr(self.inner, name)`: the field (`inner`) an
    /// attribute the class lacks is read from (the method itself is not compiled; inference
    /// rewrites `x.attr` as `x.inner.attr`).
    pub delegate: Option<String>,
}

/// One parameter of a function.
#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub span: Span,
    pub default: Option<Expr>,
    pub annotation: Option<TypeAnn>,
    pub keyword_only: bool,
}

/// A type annotation the compiler understands.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeAnn {
    Int,
    Float,
    Bool,
    Str,
    None,
    List(Box<TypeAnn>),
    Tuple(Vec<TypeAnn>),
    /// Something else (e.g. `Iterator[int]`): ignored by inference.
    Other,
}

/// A statement with its span.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

/// Statement forms.
#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: several targets.
    Assign { targets: Vec<Target>, value: Expr },
    AugAssign { target: Target, op: BinOp, value: Expr },
    /// `x: int = value` (value optional).
    AnnAssign { target: Target, annotation: TypeAnn, value: Option<Expr> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Target, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    Assert { test: Expr, msg: Option<Expr> },
    Global(Vec<String>),
    FunctionDef(FuncId),
    /// A `class` statement: class attributes are initialized here.
    ClassDef(ClassId),
    /// `del xs[i]`, `del d[key]` (subscript targets only).
    Delete(Vec<Target>),
    /// `raise`, `raise E`, `raise E(msg)`, `raise E from cause` (the cause is evaluated, not chained).
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<Handler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
}

/// `except E as name:` / `except (E1, E2):` / bare `except:` (an empty `types`).
#[derive(Clone, Debug)]
pub struct Handler {
    pub span: Span,
    /// Exception class names, in source order; empty for a bare `except:`.
    pub types: Vec<(String, Span)>,
    pub name: Option<(String, Span)>,
    pub body: Vec<Stmt>,
}

impl Stmt {
    /// The statement blocks nested directly in this statement, in source order.
    pub fn child_blocks(&self) -> Vec<&Vec<Stmt>> {
        match &self.kind {
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                vec![body, orelse]
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let mut v = vec![body];
                v.extend(handlers.iter().map(|h| &h.body));
                v.push(orelse);
                v.push(finalbody);
                v
            }
            _ => Vec::new(),
        }
    }
}

/// Something that can be assigned to.
#[derive(Clone, Debug)]
pub enum Target {
    Name { name: String, span: Span },
    Subscript { value: Box<Expr>, index: Box<Expr>, span: Span },
    Tuple { elts: Vec<Target>, span: Span },
    /// `obj.attr = value`.
    Attr { value: Box<Expr>, attr: String, span: Span },
    /// `*name` inside a tuple target (`first, *rest = xs`): bound to a list of the items left over.
    Starred { name: String, span: Span },
}

impl Target {
    /// Source span of the target.
    pub fn span(&self) -> Span {
        match self {
            Target::Name { span, .. }
            | Target::Subscript { span, .. }
            | Target::Tuple { span, .. }
            | Target::Attr { span, .. }
            | Target::Starred { span, .. } => *span,
        }
    }
}

/// An expression with its id and span.
#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

/// Expression forms.
#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    /// A `b"..."` literal (escapes resolved).
    Bytes(Vec<u8>),
    Name(String),
    BinOp { op: BinOp, left: Box<Expr>, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c`: chained comparison.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    Attribute { value: Box<Expr>, attr: String },
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// Only as the index of a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{k: v, ...}`: each item is a two-element [`ExprKind::Tuple`] `(key, value)`.
    Dict(Vec<Expr>),
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// `{k: v for ...}`: `elt` is a two-element [`ExprKind::Tuple`] `(key, value)`.
    DictComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// A generator expression; consumed eagerly by its caller (`sum`, `max`, `list`...).
    GenExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    FString(Vec<FPart>),
    Yield(Option<Box<Expr>>),
    /// `lambda a, b: body` (only as a `key=` or `map`/`filter` argument so far).
    Lambda { params: Vec<(String, Span)>, body: Box<Expr> },
    /// `*xs` as an argument of `print` (the only call that accepts it so far).
    Starred(Box<Expr>),
    /// `name := value`: binds `name` in the enclosing function (also from inside a comprehension).
    Named { name: String, name_span: Span, value: Box<Expr> },
}

/// `name=value` in a call.
#[derive(Clone, Debug)]
pub struct Keyword {
    pub name: String,
    pub span: Span,
    pub value: Expr,
}

/// `for target in iter if cond...` inside a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Target,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A piece of an f-string (or of a `str.format` template).
#[derive(Clone, Debug)]
pub enum FPart {
    Lit(String),
    Field { value: Expr, conversion: Option<char>, spec: Vec<FPart> },
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The method implementing the operator on objects (`__add__`…).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::Div => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::BitOr => "__or__",
            BinOp::BitXor => "__xor__",
            BinOp::BitAnd => "__and__",
        }
    }

    /// The in-place dunder `x op= y` calls first (`__iadd__`).
    pub fn idunder(self) -> String {
        format!("__i{}", &self.dunder()[2..])
    }

    /// The Python spelling, for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The method implementing the comparison on objects (`__lt__`…); `reflected`: Python's
    /// fallback on the right operand (`a < b` calls `b.__gt__(a)`). `None` for `is` and `in`.
    pub fn dunder(self, reflected: bool) -> Option<&'static str> {
        Some(match (self, reflected) {
            (CmpOp::Eq, _) => "__eq__",
            (CmpOp::NotEq, _) => "__ne__",
            (CmpOp::Lt, false) | (CmpOp::Gt, true) => "__lt__",
            (CmpOp::LtE, false) | (CmpOp::GtE, true) => "__le__",
            (CmpOp::Gt, false) | (CmpOp::Lt, true) => "__gt__",
            (CmpOp::GtE, false) | (CmpOp::LtE, true) => "__ge__",
            _ => return None,
        })
    }
}
