//! Whole-program type inference: flow-based, over union-find type variables, iterated to a fixpoint.
//!
//! Scalars flow (an int flowing into a float variable makes it `int | float`); containers unify their
//! element types, because Python lists are shared by reference: `ys = xs; ys.append(1.5)` must change
//! the element type of `xs` too.
use std::collections::{HashMap, HashSet};

use pyport_syntax::ast::*;
use pyport_syntax::{Diagnostic, Span};

use crate::builtins;
use crate::ty::{MapKind, Ty};
use crate::{up_hierarchy, FuncTypes, NameRef, Typed};

mod builtin_attrs;
mod classes;
mod complex;
mod copy;
mod decimal;
pub mod files;
pub mod struct_fmt;
mod json;
mod array;
use array::{array_item, ARRAY_HELP};
pub(crate) use decimal::DECIMAL_ROUNDINGS;
pub mod datetime;
mod genexp;
mod lazy_tests;
mod namedtuple;
mod pprint;
mod re;
mod rec;
mod star;
mod statistics;
mod textwrap;
mod numeric;
mod union_ops;
pub use pprint::pprint_params;
pub use re::re_flags_const;
pub use star::{star_library_name, std_stream};
use numeric::numeric_conflict_help;

pub(crate) type TV = u32;

/// The `colorsys` functions the runtime ports (`colorsys.hpp`).
pub const COLORSYS_FUNCTIONS: [&str; 6] = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"];

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    Unknown,
    None,
    Bool,
    Int,
    Float,
    Num,
    Str,
    List(TV),
    Tuple(Vec<TV>),
    /// `tuple[elem, ...]`: a homogeneous tuple whose length is known only at run time.
    VTuple(TV),
    Gen(TV),
    Iter(TV),
    /// `None` or a value of the inner type.
    Opt(TV),
    /// `dict[key, value]` (insertion ordered, shared by reference).
    Dict(TV, TV),
    /// `set[elem]`.
    Set(TV),
    /// `frozenset[elem]` (a value: immutable and hashable).
    FSet(TV),
    Exc,
    /// An instance of a user class (or of a subclass of it), shared by reference.
    Obj(ClassId),
    /// A `random.Random` instance.
    Rng,
    /// A `fractions.Fraction` (exact rational).
    Frac,
    /// A `complex` (two floats).
    Cplx,
    /// A `decimal.Decimal`.
    Dec,
    /// `decimal.getcontext()`.
    DecCtx,
    /// A file object of `open()`: text mode, binary mode.
    TextFile,
    BinFile,
    /// An `array.array` of the typecode (`b'I'`...), shared by reference; its items are ints, or
    /// floats for `f` and `d`.
    Array(u8),
    /// `bytes` (an immutable value).
    Bytes,
    /// `datetime.date`, `datetime.datetime`, `datetime.timedelta` (values).
    Date,
    DateTime,
    TimeDelta,
    /// `bytearray` (mutable, shared by reference).
    ByteArray,
    /// A function value: parameter and return type variables (shared by every function that
    /// flows into the same place, as a call through it may reach any of them).
    Fn(Vec<TV>, TV),
    Conflict,
    /// `collections.deque[elem]`, shared by reference.
    Deque(TV),
    /// A `collections` dict subclass: `dict[key, value]` with `MapKind`'s behaviour (a `Counter`'s
    /// value is always an int).
    Mapping(MapKind, TV, TV),
    /// A value of one of several unrelated types (see [`union_tag`]): one member per tag, none of
    /// them a union, `None`, an optional or unknown.
    Union(Vec<TV>),
    /// A compiled `re` pattern / a match object: the index of the pattern's shape in
    /// `Infer::re_shapes` (`u32::MAX`: not known when compiling).
    Pat(u32),
    Mat(u32),
}

/// Whether two different iterable kinds meeting in one slot make it an erased lazy iterable
/// (`Kind::Iter`, `py::Iter`): a generator or iterator with a list, a str, or one another. Every
/// operation on the slot then dispatches at run time on what it holds (a list or str stays
/// re-iterable, sized and indexable; an iterator is consumed once), as in Python.
fn lazy_join(a: &Kind, b: &Kind) -> bool {
    let iterable = |k: &Kind| matches!(k, Kind::List(_) | Kind::Gen(_) | Kind::Iter(_) | Kind::Str);
    let lazy = |k: &Kind| matches!(k, Kind::Gen(_) | Kind::Iter(_));
    iterable(a) && iterable(b) && (lazy(a) || lazy(b)) && std::mem::discriminant(a) != std::mem::discriminant(b)
}

/// Which member of a union a kind belongs in (kinds of one tag join into one member); `None` for
/// kinds a union cannot hold.
fn union_tag(k: &Kind) -> Option<usize> {
    Some(match k {
        Kind::Bool => 0,
        Kind::Int | Kind::Float | Kind::Num => 1,
        Kind::Str => 2,
        Kind::List(_) => 3,
        Kind::VTuple(_) => 4,
        Kind::Dict(..) => 5,
        Kind::Set(_) => 6,
        Kind::Obj(_) => 7,
        Kind::Cplx => 8,
        Kind::Frac => 9,
        Kind::Tuple(ts) => 100 + ts.len(),
        _ => return None,
    })
}

/// Whether binary operator `op` accepts operands of union member kinds `a` and `b` (`Some(false)`:
/// CPython raises TypeError, which the port raises at run time too; `None`: not supported).
fn union_binop_valid(op: BinOp, a: &Kind, b: &Kind) -> Option<bool> {
    use Kind::*;
    let int = |k: &Kind| matches!(k, Int | Bool);
    let seq = |k: &Kind| matches!(k, Str | List(_) | Tuple(_));
    Some(match (op, a, b) {
        (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift, x, y) if int(x) && int(y) => true,
        // An int-or-float operand: its int, or CPython's TypeError when it holds a float.
        (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift, x, y) if x.is_numeric() && y.is_numeric() => {
            !matches!(x, Float) && !matches!(y, Float)
        }
        (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift, _, _) => false,
        (_, x, y) if x.is_numeric() && y.is_numeric() => true,
        // A Fraction with an int or a Fraction: `+ - * / %` give a Fraction. With a float, and
        // `//`, `**`, it is not compiled (other result types); bitwise operators were TypeErrors above.
        (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod, Int | Bool | Frac, Int | Bool | Frac) => true,
        (_, Frac, _) | (_, _, Frac) => return Option::None,
        // A complex with a number: `+ - * / **` (a complex result); `//`, `%` raise TypeError.
        (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow, x, y)
            if (x.is_numeric() || matches!(x, Cplx)) && (y.is_numeric() || matches!(y, Cplx)) =>
        {
            true
        }
        (BinOp::Add, Str, Str) | (BinOp::Add, List(_), List(_)) | (BinOp::Add, Tuple(_), Tuple(_)) => true,
        (BinOp::Mul, x, y) if (seq(x) && int(y)) || (int(x) && seq(y)) => true,
        // An int-or-float times a sequence: valid or not by the number's run-time type.
        (BinOp::Mul, Num, y) | (BinOp::Mul, y, Num) if matches!(y, Str | List(_)) => true,
        (BinOp::Mul, Num, y) | (BinOp::Mul, y, Num) if seq(y) => return Option::None,
        // `fmt % value` with one value of the member's type (a tuple member holds the values).
        (BinOp::Mod, Str, Bool | Int | Float | Num | Str | List(_) | Tuple(_)) => true,
        (BinOp::Mod, Str, _) => return Option::None,
        (_, x, y) if union_tag(x).is_some() && union_tag(y).is_some() && !matches!(x, Obj(_)) && !matches!(y, Obj(_)) => false,
        _ => return Option::None,
    })
}

/// The builtin classes `isinstance` tests a union value against.
const UNION_CLASSES: [&str; 9] = ["bool", "int", "float", "complex", "str", "list", "tuple", "dict", "set"];

/// Whether every value (full) or only some values (partial: an int-or-float against `int`) of a
/// union member kind are instances of one of the builtin classes `names`.
fn member_matches(k: &Kind, names: &[&str]) -> (bool, bool) {
    let has = |c: &str| names.contains(&c);
    match k {
        Kind::Bool => (has("bool") || has("int"), false),
        Kind::Int => (has("int"), false),
        Kind::Float => (has("float"), false),
        Kind::Num => (has("int") && has("float"), has("int") || has("float")),
        Kind::Str => (has("str"), false),
        Kind::List(_) => (has("list"), false),
        Kind::Tuple(_) | Kind::VTuple(_) => (has("tuple"), false),
        Kind::Dict(..) => (has("dict"), false),
        Kind::Set(_) => (has("set"), false),
        Kind::Cplx => (has("complex"), false),
        _ => (false, false),
    }
}

/// Whether `type(v) is c` holds for every value of member kind `k` (`Some(true)`), none
/// (`Some(false)`), or only some (`None`: an int-or-float).
fn type_exact(k: &Kind, c: &str) -> Option<bool> {
    let name = match k {
        Kind::Bool => "bool",
        Kind::Int => "int",
        Kind::Float => "float",
        Kind::Num => return if c == "int" || c == "float" { None } else { Some(false) },
        Kind::Str => "str",
        Kind::List(_) => "list",
        Kind::Tuple(_) | Kind::VTuple(_) => "tuple",
        Kind::Dict(..) => "dict",
        Kind::Set(_) => "set",
        Kind::Cplx => "complex",
        _ => return Some(false),
    };
    Some(name == c)
}

/// The canonical position of a union member's type.
fn union_rank(t: &Ty) -> usize {
    match t {
        Ty::Bool => 0,
        Ty::Int | Ty::Float | Ty::Num => 1,
        Ty::Str => 2,
        Ty::List(_) => 3,
        Ty::VarTuple(_) => 4,
        Ty::Dict(..) => 5,
        Ty::Set(_) => 6,
        Ty::Object(..) => 7,
        Ty::Complex => 8,
        Ty::Fraction => 9,
        Ty::Tuple(ts) => 100 + ts.len(),
        _ => 1000,
    }
}

impl Kind {
    fn is_scalar(&self) -> bool {
        matches!(self, Kind::None | Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str | Kind::Exc | Kind::Obj(_) | Kind::Rng | Kind::Frac | Kind::Cplx | Kind::Dec | Kind::DecCtx | Kind::TextFile | Kind::BinFile | Kind::Array(_) | Kind::Bytes | Kind::ByteArray | Kind::Pat(_) | Kind::Mat(_) | Kind::Date | Kind::DateTime | Kind::TimeDelta)
    }
    fn is_numeric(&self) -> bool {
        matches!(self, Kind::Bool | Kind::Int | Kind::Float | Kind::Num)
    }
}

fn join_scalar(a: &Kind, b: &Kind) -> Option<Kind> {
    use Kind::*;
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (Int | Float | Num, Int | Float | Num) => Some(Num),
        // Patterns (matches) of different shapes: a pattern whose groups are known at run time only.
        (Pat(_), Pat(_)) => Some(Pat(re::UNKNOWN_SHAPE)),
        (Mat(_), Mat(_)) => Some(Mat(re::UNKNOWN_SHAPE)),
        _ => Option::None,
    }
}

/// Per-class inference state.
struct ClassInfo {
    /// The user base class.
    base: Option<ClassId>,
    /// For exception classes: the built-in exception at the root of the hierarchy.
    exc_root: Option<String>,
    /// Instance fields stored at this class (assigned as `self.x = ...` here first).
    fields: Vec<(String, TV)>,
    /// Class attributes (`count = 0` in the class body).
    attrs: Vec<(String, TV)>,
    /// Class attributes assigned outside the class body (`Cls.count = 1`).
    rebound_attrs: Vec<String>,
    methods: HashMap<String, FuncId>,
    /// Methods only subclasses define, declared here so calls through this class dispatch to them
    /// (the subclass method whose parameter and return types they all share).
    abstract_methods: HashMap<String, FuncId>,
}

/// Per-function inference state.
struct FuncInfo {
    params: Vec<TV>,
    ret: TV,
    yield_tv: TV,
    gen_tv: TV,
    /// Local names in first-assignment order (parameters first).
    locals: Vec<String>,
    local_tv: HashMap<String, TV>,
    global_decls: HashSet<String>,
    /// See [`FuncTypes::captured`].
    captured: Vec<String>,
    /// See [`FuncTypes::free`].
    free: Vec<String>,
}

/// Whether `func` names `functools.cmp_to_key` (`functools.cmp_to_key` or an imported `cmp_to_key`).
pub fn is_cmp_to_key(names: &HashMap<ExprId, NameRef>, func: &Expr) -> bool {
    match &func.kind {
        ExprKind::Name(_) => matches!(names.get(&func.id), Some(NameRef::Imported { module, name }) if module == "functools" && name == "cmp_to_key"),
        ExprKind::Attribute { value, attr } => attr == "cmp_to_key" && matches!(names.get(&value.id), Some(NameRef::Module(m)) if m == "functools"),
        _ => false,
    }
}

pub(crate) struct Infer<'a> {
    prog: &'a Program,
    parent: Vec<TV>,
    kind: Vec<Kind>,
    changed: bool,
    consts: HashMap<&'static str, TV>,
    expr_tv: Vec<TV>,
    aux_tv: HashMap<(ExprId, u8), TV>,
    globals: Vec<String>,
    global_tv: HashMap<String, TV>,
    functions_by_name: HashMap<String, FuncId>,
    modules: HashMap<String, String>,
    imported: HashMap<String, (String, String)>,
    funcs: Vec<FuncInfo>,
    classes: Vec<ClassInfo>,
    classes_by_name: HashMap<String, ClassId>,
    comp_scopes: Vec<(ExprId, HashMap<String, TV>)>,
    comp_vars: HashMap<(ExprId, String), TV>,
    cur_func: Option<FuncId>,
    names: HashMap<ExprId, NameRef>,
    diags: Vec<Diagnostic>,
    reported: HashSet<(u32, u32, String)>,
    cur_span: Span,
    cur_what: Option<String>,
    /// Only the last pass reports "unknown" problems, once types have settled.
    final_pass: bool,
    /// Set while inferring the arguments of a call that takes `*` arguments itself (`print`).
    star_ok: bool,
    /// Rewrites the program needs once types are known (span of the expression → what to do).
    rewrites: std::collections::BTreeMap<(u32, u32), crate::rewrite::Rewrite>,
    /// The `defaultdict`s made with a lambda or function factory: CPython's repr of such a dict
    /// shows the function's memory address, so printing one is refused.
    fn_factory: Vec<TV>,
    /// How many `except` handlers enclose the current statement (a bare `raise` needs one).
    handler_depth: usize,
    /// Nesting of `flow` calls (bounded: see `flow`).
    flow_depth: usize,
    /// A type that contains itself was reported (once: every expression of that type has it).
    recursive_reported: bool,
    /// Where the current pass first changed a type (`set`): the place named when types never
    /// settle.
    first_change: Option<Span>,
    /// See [`Typed::type_operand_errors`].
    type_operand_errors: HashSet<ExprId>,
    /// Type variables made before the current pass (later ones are the pass's own temporaries).
    pass_vars: usize,
    /// How many more `flow` steps inference may take (see `flow`).
    flow_budget: u64,
    /// Fields and class attributes read through the implicit root (see `duck_field`).
    duck_fields: Vec<(String, TV)>,
    /// Fields and class attributes read through a program class that only its subclasses store
    /// (see `sub_field`): (class, name, slot).
    sub_fields: Vec<(ClassId, String, TV)>,
    /// Lambdas used as values being inferred, innermost last (they capture what they read).
    lambda_stack: Vec<ExprId>,
    lambda_free: HashMap<ExprId, Vec<String>>,
    /// Active narrowings of union variables, innermost last: (function, name, member tags).
    narrow: Vec<(Option<FuncId>, String, Vec<usize>)>,
    /// See [`Typed::narrowed`].
    narrowed: HashSet<ExprId>,
    attr_errors: HashSet<ExprId>,
    /// See [`Typed::checked`].
    checked: HashMap<ExprId, String>,
    /// A builtin call is being inferred with its union argument unwrapped (see `builtin_call`).
    unwrapping: bool,
    /// `isocalendar()` calls that are indexed or unpacked at once (see infer/datetime.rs).
    dt_iso_ok: HashSet<ExprId>,
    /// The shapes of the program's literal `re` patterns (see `Kind::Pat`).
    re_shapes: Vec<crate::re_syntax::ReShape>,
    /// Generator expressions kept as values (lazy generators, see `infer/genexp.rs`).
    kept_gen: HashSet<ExprId>,
    /// See [`Typed::recs`] and `infer/rec.rs`.
    recs: Vec<Ty>,
    /// The `Rec` id of each recursive list item type variable (its root) named by `resolve`.
    rec_ids: HashMap<TV, u32>,
    /// A recursive type was accepted (`recursive_type`): where, for a later refusal's message.
    rec_span: Option<Span>,
    rec_found: bool,
}

const NONE_TV: &str = "None";

impl<'a> Infer<'a> {
    pub fn new(prog: &'a Program) -> Self {
        let mut inf = Infer {
            prog,
            parent: Vec::new(),
            kind: Vec::new(),
            changed: false,
            consts: HashMap::new(),
            expr_tv: Vec::new(),
            aux_tv: HashMap::new(),
            globals: Vec::new(),
            global_tv: HashMap::new(),
            functions_by_name: HashMap::new(),
            modules: HashMap::new(),
            imported: HashMap::new(),
            funcs: Vec::new(),
            classes: Vec::new(),
            classes_by_name: HashMap::new(),
            comp_scopes: Vec::new(),
            comp_vars: HashMap::new(),
            cur_func: None,
            names: HashMap::new(),
            diags: Vec::new(),
            reported: HashSet::new(),
            cur_span: Span::default(),
            cur_what: None,
            final_pass: false,
            star_ok: false,
            rewrites: Default::default(),
            fn_factory: Vec::new(),
            handler_depth: 0,
            flow_depth: 0,
            recursive_reported: false,
            first_change: None,
            type_operand_errors: HashSet::new(),
            pass_vars: 0,
            flow_budget: 3_000_000,
            duck_fields: Vec::new(),
            sub_fields: Vec::new(),
            lambda_stack: Vec::new(),
            lambda_free: HashMap::new(),
            narrow: Vec::new(),
            narrowed: HashSet::new(),
            attr_errors: HashSet::new(),
            checked: HashMap::new(),
            unwrapping: false,
            dt_iso_ok: HashSet::new(),
            re_shapes: Vec::new(),
            kept_gen: genexp::kept_genexps(prog),
            recs: Vec::new(),
            rec_ids: HashMap::new(),
            rec_span: None,
            rec_found: false,
        };
        for (name, k) in [
            ("Unknown", Kind::Unknown),
            (NONE_TV, Kind::None),
            ("Bool", Kind::Bool),
            ("Int", Kind::Int),
            ("Float", Kind::Float),
            ("Num", Kind::Num),
            ("Frac", Kind::Frac),
            ("Complex", Kind::Cplx),
            ("Decimal", Kind::Dec),
            ("DecCtx", Kind::DecCtx),
            ("TextFile", Kind::TextFile),
            ("BinFile", Kind::BinFile),
            ("Str", Kind::Str),
            ("Exc", Kind::Exc),
            ("Bytes", Kind::Bytes),
            ("ByteArray", Kind::ByteArray),
            ("Date", Kind::Date),
            ("DateTime", Kind::DateTime),
            ("TimeDelta", Kind::TimeDelta),
        ] {
            let tv = inf.fresh(k);
            inf.consts.insert(name, tv);
        }
        for (name, c) in array::ARRAY_CONSTS {
            let tv = inf.fresh(Kind::Array(c));
            inf.consts.insert(name, tv);
        }
        inf.expr_tv = (0..prog.expr_count).map(|_| 0).collect();
        for i in 0..prog.expr_count as usize {
            inf.expr_tv[i] = inf.fresh(Kind::Unknown);
        }
        inf
    }

    // ---------- type variables ----------

    fn fresh(&mut self, k: Kind) -> TV {
        let id = self.parent.len() as TV;
        self.parent.push(id);
        self.kind.push(k);
        id
    }

    fn c(&self, name: &'static str) -> TV {
        self.consts[name]
    }

    fn find(&mut self, mut t: TV) -> TV {
        while self.parent[t as usize] != t {
            let p = self.parent[t as usize];
            self.parent[t as usize] = self.parent[p as usize];
            t = p;
        }
        t
    }

    fn k(&mut self, t: TV) -> Kind {
        let r = self.find(t);
        self.kind[r as usize].clone()
    }

    /// The kind of the value an operation sees: an optional is used as its inner type (None fails at run time).
    fn kv(&mut self, t: TV) -> Kind {
        match self.k(t) {
            Kind::Opt(inner) => self.k(inner),
            k => k,
        }
    }

    fn set(&mut self, t: TV, k: Kind) {
        let r = self.find(t);
        if self.kind[r as usize] != k {
            self.kind[r as usize] = k;
            self.changed = true;
            if (r as usize) < self.pass_vars {
                self.first_change.get_or_insert(self.cur_span);
            }
        }
    }

    fn conflict(&mut self, dst: TV, a: &Kind, b: &Kind) {
        let (ta, tb) = (self.describe(a), self.describe(b));
        let what = self.cur_what.clone().map(|w| format!("`{w}`")).unwrap_or_else(|| "this value".to_string());
        let help = numeric_conflict_help(a, b).unwrap_or("the builtin engine needs one type per variable (int and float may mix, and `None` may join any type)");
        let verb = if what.ends_with("()`") { "returns" } else { "holds" };
        self.error(
            "type-conflict",
            format!("unsupported: {what} {verb} both {ta} and {tb} values"),
            self.cur_span,
            help,
        );
        self.set(dst, Kind::Conflict);
    }

    fn describe(&mut self, k: &Kind) -> String {
        let tv = self.fresh(k.clone());
        self.resolve(tv, 0).to_string()
    }

    /// Makes `src`'s values acceptable at `dst`.
    fn flow(&mut self, src: TV, dst: TV) {
        // Bounded work: pathological programs must not make translation hang.
        if self.flow_budget == 0 {
            return;
        }
        self.flow_budget -= 1;
        if self.flow_budget == 0 {
            let sp = self.cur_span;
            self.diags.push(
                Diagnostic::error("unsupported-type", "unsupported: these types are too complex for the builtin engine", sp)
                    .with_help("simplify the types around this line (e.g. a function returning tuples of its own results)"),
            );
            return;
        }
        // A type that contains itself (`def f(): return (f(), f())`) would grow forever.
        if self.flow_depth > 64 {
            let d = self.find(dst);
            if self.kind[d as usize] != Kind::Conflict {
                self.set(d, Kind::Conflict);
                let sp = self.cur_span;
                self.error("unsupported-type", "unsupported: a value whose type contains itself", sp, SELF_TYPE_HELP);
            }
            return;
        }
        self.flow_depth += 1;
        self.flow_inner(src, dst);
        self.flow_depth -= 1;
    }

    /// Whether `t` nests containers more than `limit` levels deep (recursive functions returning
    /// tuples of their own results unroll one level per pass otherwise).
    fn too_deep(&mut self, t: TV, limit: usize) -> bool {
        if limit == 0 {
            return true;
        }
        match self.k(t) {
            // A recursive type nests without limit, but has a name (`Ty::Rec`): not deep.
            Kind::Union(_) | Kind::Tuple(_) if self.is_rec_node(t) => false,
            Kind::List(a) | Kind::Gen(a) | Kind::Iter(a) | Kind::Opt(a) | Kind::Set(a) | Kind::FSet(a) | Kind::Deque(a) | Kind::VTuple(a) => self.too_deep(a, limit - 1),
            Kind::Dict(a, b) | Kind::Mapping(_, a, b) => self.too_deep(a, limit - 1) || self.too_deep(b, limit - 1),
            Kind::Tuple(ts) | Kind::Union(ts) => ts.into_iter().any(|x| self.too_deep(x, limit - 1)),
            _ => false,
        }
    }

    /// How many containers of one item type (lists, variable-length tuples, sets…) nest in `t`.
    fn nested_chain(&mut self, t: TV) -> usize {
        let mut n = 0;
        let mut t = t;
        while let Kind::List(a) | Kind::VTuple(a) | Kind::Gen(a) | Kind::Iter(a) | Kind::Set(a) | Kind::FSet(a) | Kind::Deque(a) | Kind::Opt(a) = self.k(t) {
            n += 1;
            t = a;
            if n > 64 {
                break;
            }
        }
        n
    }

    /// Whether type variable `v` appears inside `t`.
    fn occurs(&mut self, v: TV, t: TV) -> bool {
        self.occurs_in(v, t, true)
    }

    /// Whether `v` appears inside `t`; `through_lists`: also among the items of a list.
    fn occurs_in(&mut self, v: TV, t: TV, through_lists: bool) -> bool {
        let mut stack = vec![t];
        let mut seen = HashSet::new();
        while let Some(x) = stack.pop() {
            let x = self.find(x);
            if x == v {
                return true;
            }
            if !seen.insert(x) {
                continue;
            }
            match self.kind[x as usize].clone() {
                Kind::List(_) if !through_lists => {}
                Kind::List(a) | Kind::Gen(a) | Kind::Iter(a) | Kind::Opt(a) | Kind::Set(a) | Kind::FSet(a) | Kind::Deque(a) | Kind::VTuple(a) => stack.push(a),
                Kind::Dict(a, b) | Kind::Mapping(_, a, b) => stack.extend([a, b]),
                Kind::Tuple(ts) | Kind::Union(ts) => stack.extend(ts),
                Kind::Fn(ps, r) => {
                    stack.extend(ps);
                    stack.push(r);
                }
                _ => {}
            }
        }
        false
    }

    fn flow_inner(&mut self, src: TV, dst: TV) {
        let (s, d) = (self.find(src), self.find(dst));
        if s == d {
            return;
        }
        let sk = self.kind[s as usize].clone();
        let dk = self.kind[d as usize].clone();
        // `None` mixed with another type makes an optional value.
        match (&sk, &dk) {
            (Kind::None, Kind::Opt(_)) | (Kind::None, Kind::None) => return,
            (Kind::Opt(a), Kind::Opt(b)) => return self.flow(*a, *b),
            (Kind::Opt(a), Kind::Unknown | Kind::None) => {
                let inner = self.fresh(Kind::Unknown);
                self.set(d, Kind::Opt(inner));
                return self.flow(*a, inner);
            }
            (Kind::Opt(a), k) if !matches!(k, Kind::Conflict) => {
                let inner = self.fresh(k.clone());
                self.set(d, Kind::Opt(inner));
                return self.flow(*a, inner);
            }
            (Kind::None, k) if !matches!(k, Kind::Unknown | Kind::Conflict) => {
                let inner = self.fresh(k.clone());
                self.set(d, Kind::Opt(inner));
                return;
            }
            (k, Kind::Opt(b)) if !matches!(k, Kind::Unknown | Kind::Conflict) => return self.flow(s, *b),
            (k, Kind::None) if !matches!(k, Kind::Unknown | Kind::Conflict) => {
                let inner = self.fresh(Kind::Unknown);
                self.set(d, Kind::Opt(inner));
                return self.flow(s, inner);
            }
            _ => {}
        }
        match (sk, dk) {
            (Kind::Unknown, _) | (_, Kind::Conflict) => {}
            (Kind::Conflict, _) => self.set(d, Kind::Conflict),
            (Kind::Union(ms), Kind::Unknown) => {
                let ns: Vec<TV> = ms.iter().map(|_| self.fresh(Kind::Unknown)).collect();
                self.set(d, Kind::Union(ns.clone()));
                for (a, b) in ms.into_iter().zip(ns) {
                    self.flow(a, b);
                }
            }
            (Kind::Union(ms), _) => {
                for m in ms {
                    self.union_add(d, m);
                }
            }
            (_, Kind::Union(_)) => self.union_add(d, s),
            (Kind::Tuple(ts), Kind::Unknown) if ts.iter().any(|&t| self.occurs_by_value(d, t)) || self.too_deep(s, 8) => {
                self.set(d, Kind::Conflict);
                let sp = self.cur_span;
                self.error("unsupported-type", "unsupported: a value whose type contains itself", sp, SELF_TYPE_HELP);
            }
            (sk, Kind::Unknown) => match sk {
                Kind::Tuple(ts) => {
                    let ns: Vec<TV> = ts.iter().map(|_| self.fresh(Kind::Unknown)).collect();
                    self.set(d, Kind::Tuple(ns.clone()));
                    for (a, b) in ts.into_iter().zip(ns) {
                        self.flow(a, b);
                    }
                }
                other => self.set(d, other),
            },
            (Kind::List(a), Kind::List(b))
            | (Kind::Gen(a), Kind::Gen(b))
            | (Kind::Iter(a), Kind::Iter(b))
            | (Kind::Set(a), Kind::Set(b))
            | (Kind::FSet(a), Kind::FSet(b))
            | (Kind::Deque(a), Kind::Deque(b)) => self.merge(a, b),
            (Kind::Dict(a, b), Kind::Dict(c, d)) => {
                self.merge(a, c);
                self.merge(b, d);
            }
            (sk, dk) if lazy_join(&sk, &dk) => self.flow_lazy(&sk, d, &dk),
            (Kind::Fn(a, r), Kind::Fn(b, q)) if a.len() == b.len() => {
                for (x, y) in a.into_iter().zip(b) {
                    self.merge(x, y);
                }
                self.merge(r, q);
            }
            (Kind::Mapping(m1, a, b), Kind::Mapping(m2, c, d)) if m1 == m2 => {
                self.merge(a, c);
                self.merge(b, d);
            }
            (Kind::Tuple(a), Kind::Tuple(b)) if a.len() == b.len() => {
                for (x, y) in a.into_iter().zip(b) {
                    self.flow(x, y);
                }
            }
            // Tuples of several lengths, one of them empty (`t = ()` then `t = t + (x,)`), or a
            // fixed tuple meeting a `tuple[T, ...]`: the slot holds a `tuple[T, ...]`.
            (Kind::VTuple(a), Kind::VTuple(b)) => self.flow(a, b),
            (Kind::Tuple(a), Kind::VTuple(b)) => {
                for x in a {
                    self.flow(x, b);
                }
            }
            (sk @ (Kind::VTuple(_) | Kind::Tuple(_)), Kind::Tuple(b))
                if matches!(sk, Kind::VTuple(_))
                    || matches!(&sk, Kind::Tuple(a) if a.len() != b.len() && (a.is_empty() || b.is_empty() || self.tuple_items_alike(a, &b))) =>
            {
                let e = self.fresh(Kind::Unknown);
                self.set(d, Kind::VTuple(e));
                for y in b {
                    self.flow(y, e);
                }
                self.flow(s, d);
            }
            (sk, dk) if sk.is_scalar() && dk.is_scalar() => match self.join(&sk, &dk) {
                Some(j) => self.set(d, j),
                None if self.union_split(&sk, &dk) => self.union_add(d, s),
                None => self.conflict(d, &sk, &dk),
            },
            (sk, dk) if self.union_split(&sk, &dk) => self.union_add(d, s),
            (sk, dk) => self.conflict(d, &sk, &dk),
        }
    }

    /// Whether the items of two tuples of different lengths are alike enough to make one
    /// `tuple[T, ...]`: every known item is a number, or every one a tuple, or all of one other kind.
    fn tuple_items_alike(&mut self, a: &[TV], b: &[TV]) -> bool {
        let mut class = None;
        for &t in a.iter().chain(b) {
            let c = match self.k(t) {
                Kind::Unknown => continue,
                Kind::Int | Kind::Float | Kind::Num | Kind::Bool => std::mem::discriminant(&Kind::Int),
                Kind::Tuple(_) | Kind::VTuple(_) => std::mem::discriminant(&Kind::VTuple(0)),
                Kind::Str => std::mem::discriminant(&Kind::Str),
                _ => return false,
            };
            if class.is_some_and(|k| k != c) {
                return false;
            }
            class = Some(c);
        }
        true
    }

    /// Values of iterable kind `sk` flowing into slot `d` of another iterable kind `dk` (see
    /// [`lazy_join`]): `d` becomes (or stays) an `Iterable` whose elements the source's flow into.
    fn flow_lazy(&mut self, sk: &Kind, d: TV, dk: &Kind) {
        let e = match dk {
            Kind::Iter(e) => *e,
            Kind::List(e) | Kind::Gen(e) => {
                let e = *e;
                self.set(d, Kind::Iter(e));
                e
            }
            _ => {
                let e = self.fresh(Kind::Str);
                self.set(d, Kind::Iter(e));
                e
            }
        };
        match sk {
            Kind::List(a) | Kind::Gen(a) | Kind::Iter(a) => self.flow(*a, e),
            _ => {
                let st = self.c("Str");
                self.flow(st, e)
            }
        }
    }

    /// Whether unrelated kinds `a` and `b` meeting in one slot make a union of both (rather than a
    /// conflict): both are kinds a union holds, of different tags.
    fn union_split(&self, a: &Kind, b: &Kind) -> bool {
        let tag = |k: &Kind| if matches!(k, Kind::Union(_)) { Some(usize::MAX) } else { union_tag(k) };
        match (tag(a), tag(b)) {
            (Some(x), Some(y)) => x != y || x == usize::MAX,
            _ => false,
        }
    }

    /// Makes the values of `src` (a non-union kind, or a union: each member) acceptable at `dst`, which
    /// becomes a union when needed: a member of the same tag takes them, or a new member does.
    fn union_add(&mut self, dst: TV, src: TV) {
        let d = self.find(dst);
        let sk = self.k(src);
        if let Kind::Union(ms) = &sk {
            for m in ms.clone() {
                self.union_add(d, m);
            }
            return;
        }
        let Some(tag) = union_tag(&sk) else {
            let dk = self.k(d);
            return self.conflict(d, &sk, &dk);
        };
        let members = match self.k(d) {
            Kind::Union(ms) => ms,
            Kind::Unknown => return self.flow(src, d),
            other if union_tag(&other).is_none() => return self.conflict(d, &sk, &other),
            other => {
                // `dst` becomes a union: its current value kind is its first member.
                let m = self.fresh(other);
                vec![m]
            }
        };
        for &m in &members {
            let mk = self.k(m);
            // A fixed tuple joins a `tuple[T, ...]` member (as it does outside unions).
            if union_tag(&mk) == Some(tag) || (matches!(mk, Kind::VTuple(_)) && matches!(sk, Kind::Tuple(_))) {
                self.set(d, Kind::Union(members.clone()));
                return self.flow(src, m);
            }
        }
        let m = self.fresh(Kind::Unknown);
        let mut members = members;
        members.push(m);
        self.set(d, Kind::Union(members));
        self.flow(src, m);
    }

    /// The join of two scalar kinds: objects join at their nearest common base class.
    fn join(&mut self, a: &Kind, b: &Kind) -> Option<Kind> {
        if let (Kind::Obj(x), Kind::Obj(y)) = (a, b) {
            if let Some(k) = crate::nearest_common_class(*x, *y, |k| self.classes.get(k).and_then(|i| i.base)) {
                return Some(Kind::Obj(k));
            }
            return self.duck_join(*x, *y);
        }
        join_scalar(a, b)
    }

    // ---------- duck-typed unions of unrelated classes ----------

    /// The implicit common root of unrelated classes (Python's `object`): a synthesized class after
    /// the program's own. Hierarchies whose values meet in one slot are attached under it, and the
    /// methods and fields used through it are declared on it (see `duck_method`, `duck_field`).
    fn duck_root(&self) -> ClassId {
        self.prog.classes.len()
    }

    /// The Python name of class `c` (`object` for the implicit root).
    fn class_name(&self, c: ClassId) -> String {
        self.prog.classes.get(c).map_or_else(|| "object".to_string(), |k| self.prog.py_name(&k.name).to_string())
    }

    /// Joins two unrelated class hierarchies under the implicit root.
    fn duck_join(&mut self, x: ClassId, y: ClassId) -> Option<Kind> {
        let root = self.duck_root();
        if root >= self.classes.len() {
            return None;
        }
        for c in [x, y] {
            let mut top = c;
            while let Some(b) = self.classes[top].base.filter(|&b| b != root) {
                top = b;
            }
            if top == root || self.classes[top].exc_root.is_some() {
                continue;
            }
            // Equality, ordering and hashing through the root would fall back to identity.
            let below_top = |k: ClassId| {
                let mut c = Some(k);
                while let Some(x) = c {
                    if x == top {
                        return true;
                    }
                    c = self.classes[x].base;
                }
                false
            };
            let dunder = (0..self.prog.classes.len())
                .filter(|&k| below_top(k))
                .find_map(|k| ["__eq__", "__hash__", "__lt__"].into_iter().find(|m| self.classes[k].methods.contains_key(*m)).map(|m| (k, m)));
            if let Some((k, m)) = dunder {
                let (cn, sp) = (self.class_name(k), self.cur_span);
                // Reported at once (like the conflict that follows), not held back for the last pass.
                self.error(
                    "type-conflict",
                    format!("unsupported: values of unrelated classes meet here, and `{cn}` defines `{m}`"),
                    sp,
                    "give the classes a common base class, or use `--engine auto` to hand the program to an LLM",
                );
                return None;
            }
            if self.classes[top].base != Some(root) {
                self.classes[top].base = Some(root);
                self.changed = true;
            }
        }
        Some(Kind::Obj(root))
    }

    /// The program's classes below the implicit root.
    fn duck_members(&self) -> Vec<ClassId> {
        let root = self.duck_root();
        (0..self.prog.classes.len().min(self.classes.len()))
            .filter(|&c| {
                let mut k = c;
                while let Some(b) = self.classes[k].base {
                    k = b;
                }
                k == root
            })
            .collect()
    }

    /// The method a call of `name` on an implicit-root value dispatches through: every member class
    /// defining it shares one signature (the first one's), as an override shares its base's.
    fn duck_method(&mut self, name: &str, sp: Span) -> Option<FuncId> {
        let root = self.duck_root();
        let prog = self.prog;
        let found: Vec<FuncId> = self
            .duck_members()
            .into_iter()
            .filter_map(|c| self.classes[c].methods.get(name).copied())
            .filter(|&f| prog.functions[f].class.map(|k| k.1) == Some(MethodKind::Instance))
            .collect();
        let first = *found.first()?;
        let rep = *self.classes[root].abstract_methods.entry(name.to_string()).or_insert(first);
        for f in found {
            if f == rep {
                continue;
            }
            let (a, b) = (&prog.functions[rep], &prog.functions[f]);
            if a.params.len() != b.params.len() {
                let (ca, cb) = (a.class.map_or(0, |k| k.0), b.class.map_or(0, |k| k.0));
                let msg = format!(
                    "unsupported: `{name}` of `{}` and of `{}` take different parameters, and both are called through one value here",
                    self.class_name(ca),
                    self.class_name(cb)
                );
                self.error("unsupported-type", msg, sp, "give the methods the same parameters, or use `--engine auto` to hand the program to an LLM");
                continue;
            }
            for i in 1..a.params.len() {
                let (p, q) = (self.funcs[rep].params[i], self.funcs[f].params[i]);
                self.merge(p, q);
            }
            let (p, q) = (self.funcs[rep].ret, self.funcs[f].ret);
            self.merge(p, q);
        }
        Some(rep)
    }

    /// The type slot of field or class attribute `name` read through an implicit-root value: every
    /// member class storing it shares one type.
    fn duck_field(&mut self, name: &str) -> Option<TV> {
        let slots: Vec<TV> = self
            .duck_members()
            .into_iter()
            .filter_map(|c| {
                let info = &self.classes[c];
                info.fields.iter().chain(&info.attrs).find(|(n, _)| n == name).map(|(_, t)| *t)
            })
            .collect();
        let first = *slots.first()?;
        let tv = match self.duck_fields.iter().find(|(n, _)| n == name) {
            Some(&(_, t)) => t,
            None => {
                self.duck_fields.push((name.to_string(), first));
                first
            }
        };
        for s in slots {
            self.merge(tv, s);
        }
        Some(tv)
    }

    /// `x.name` where `x` is a `c` and only subclasses of `c` store `name` (a base class's method
    /// reading a field each subclass's `__init__` sets; a value known to be a subclass instance):
    /// one slot shared by those subclasses' fields, read through a virtual accessor of `c` that
    /// raises CPython's AttributeError for objects whose class has no such field.
    fn sub_field(&mut self, c: ClassId, name: &str) -> Option<TV> {
        let slots: Vec<TV> = (0..self.prog.classes.len())
            .filter(|&x| x != c && crate::derives(&self.classes, |i| i.base, x, c))
            .filter_map(|x| {
                let info = &self.classes[x];
                info.fields.iter().chain(&info.attrs).find(|(n, _)| n == name).map(|(_, t)| *t)
            })
            .collect();
        let first = *slots.first()?;
        let tv = match self.sub_fields.iter().find(|(k, n, _)| *k == c && n == name) {
            Some(&(_, _, t)) => t,
            None => {
                self.sub_fields.push((c, name.to_string(), first));
                first
            }
        };
        for s in slots {
            self.merge(tv, s);
        }
        Some(tv)
    }

    /// Makes `a` and `b` the same type: container elements are shared, so they must agree.
    fn merge(&mut self, a: TV, b: TV) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let ka = self.kind[ra as usize].clone();
        let kb = self.kind[rb as usize].clone();
        let is_opt = |k: &Kind| matches!(k, Kind::None | Kind::Opt(_));
        if (is_opt(&ka) || is_opt(&kb)) && !matches!(ka, Kind::Unknown | Kind::Conflict) && !matches!(kb, Kind::Unknown | Kind::Conflict) && ka != kb {
            // Shared slots that see both `None` and values: one optional slot.
            let inner = self.fresh(Kind::Unknown);
            for k in [&ka, &kb] {
                match k {
                    Kind::None => {}
                    Kind::Opt(x) => {
                        let x = *x;
                        self.merge(x, inner);
                    }
                    other => {
                        let t = self.fresh(other.clone());
                        self.merge(t, inner);
                    }
                }
            }
            self.parent[ra as usize] = rb;
            self.kind[rb as usize] = Kind::Opt(inner);
            self.changed = true;
            return;
        }
        match (&ka, &kb) {
            (Kind::List(x), Kind::List(y))
            | (Kind::Gen(x), Kind::Gen(y))
            | (Kind::Iter(x), Kind::Iter(y))
            | (Kind::Set(x), Kind::Set(y))
            | (Kind::FSet(x), Kind::FSet(y))
            | (Kind::Deque(x), Kind::Deque(y)) => {
                let (x, y) = (*x, *y);
                self.parent[ra as usize] = rb;
                self.changed = true;
                self.merge(x, y);
            }
            (x, y) if lazy_join(x, y) => {
                // A list, str, generator or iterator sharing a slot with a lazy iterable: one
                // `Iterable` slot (`py::Iter`) whose elements are both's.
                let (x, y) = (x.clone(), y.clone());
                let e = self.fresh(Kind::Unknown);
                self.parent[ra as usize] = rb;
                self.kind[rb as usize] = Kind::Iter(e);
                self.changed = true;
                for k in [x, y] {
                    match k {
                        Kind::List(a) | Kind::Gen(a) | Kind::Iter(a) => self.merge(a, e),
                        _ => {
                            let st = self.c("Str");
                            self.flow(st, e)
                        }
                    }
                }
            }
            (Kind::Dict(k1, v1), Kind::Dict(k2, v2)) | (Kind::Mapping(_, k1, v1), Kind::Mapping(_, k2, v2))
                if !matches!((&ka, &kb), (Kind::Mapping(a, ..), Kind::Mapping(b, ..)) if a != b) =>
            {
                let (k1, v1, k2, v2) = (*k1, *v1, *k2, *v2);
                self.parent[ra as usize] = rb;
                self.changed = true;
                self.merge(k1, k2);
                self.merge(v1, v2);
            }
            (Kind::Fn(p1, r1), Kind::Fn(p2, r2)) if p1.len() == p2.len() => {
                let pairs: Vec<(TV, TV)> = p1.iter().copied().zip(p2.iter().copied()).collect();
                let (r1, r2) = (*r1, *r2);
                self.parent[ra as usize] = rb;
                self.changed = true;
                for (p, q) in pairs {
                    self.merge(p, q);
                }
                self.merge(r1, r2);
            }
            (Kind::Tuple(x), Kind::Tuple(y)) if x.len() == y.len() => {
                let pairs: Vec<(TV, TV)> = x.iter().copied().zip(y.iter().copied()).collect();
                self.parent[ra as usize] = rb;
                self.changed = true;
                for (p, q) in pairs {
                    self.merge(p, q);
                }
            }
            (Kind::VTuple(x), Kind::VTuple(y)) => {
                let (x, y) = (*x, *y);
                self.parent[ra as usize] = rb;
                self.changed = true;
                self.merge(x, y);
            }
            // Tuples of different lengths whose items are alike (all numbers, all tuples, all
            // strs...): one `tuple[T, ...]` slot, as a sequence is used.
            (Kind::Tuple(x), Kind::Tuple(y)) if x.len() != y.len() && self.tuple_items_alike(&x.clone(), &y.clone()) => {
                let items: Vec<TV> = x.iter().chain(y).copied().collect();
                let e = self.fresh(Kind::Unknown);
                self.parent[ra as usize] = rb;
                self.kind[rb as usize] = Kind::VTuple(e);
                self.changed = true;
                for t in items {
                    self.flow(t, e);
                }
            }
            // A fixed tuple shared with a `tuple[T, ...]` slot becomes one: its items flow (they
            // may be shared constants, which must not be merged).
            (Kind::Tuple(x), Kind::VTuple(y)) | (Kind::VTuple(y), Kind::Tuple(x)) => {
                let (x, y) = (x.clone(), *y);
                let e = self.fresh(Kind::Unknown);
                self.merge(e, y);
                self.parent[ra as usize] = rb;
                self.kind[rb as usize] = Kind::VTuple(e);
                self.changed = true;
                for t in x {
                    self.flow(t, e);
                }
            }
            (Kind::Unknown, _) => {
                self.parent[ra as usize] = rb;
                self.changed = true;
            }
            (_, Kind::Unknown) => {
                self.parent[rb as usize] = ra;
                self.changed = true;
            }
            (x, y) if self.union_split(x, y) => {
                let (x, y) = (x.clone(), y.clone());
                let mut members: Vec<TV> = Vec::new();
                for k in [x, y] {
                    let ms = match k {
                        Kind::Union(ms) => ms,
                        other => vec![self.fresh(other)],
                    };
                    for m in ms {
                        let mk = self.k(m);
                        let tag = union_tag(&mk);
                        let mut same = None;
                        for &o in &members {
                            let ok = self.k(o);
                            if union_tag(&ok) == tag {
                                same = Some(o);
                            }
                        }
                        match same {
                            Some(o) => self.merge(o, m),
                            None => members.push(m),
                        }
                    }
                }
                self.parent[ra as usize] = rb;
                self.kind[rb as usize] = Kind::Union(members);
                self.changed = true;
            }
            (x, y) if x.is_scalar() && y.is_scalar() => match self.join(x, y) {
                Some(j) => {
                    self.parent[ra as usize] = rb;
                    self.kind[rb as usize] = j;
                    self.changed = true;
                }
                None => {
                    let (x, y) = (x.clone(), y.clone());
                    self.parent[ra as usize] = rb;
                    self.conflict(rb, &x, &y);
                }
            },
            (Kind::Conflict, _) | (_, Kind::Conflict) => {
                self.parent[ra as usize] = rb;
                self.kind[rb as usize] = Kind::Conflict;
                self.changed = true;
            }
            (x, y) => {
                let (x, y) = (x.clone(), y.clone());
                self.parent[ra as usize] = rb;
                self.conflict(rb, &x, &y);
            }
        }
    }

    pub(crate) fn resolve(&mut self, t: TV, depth: usize) -> Ty {
        if depth > 32 {
            return Ty::Conflict;
        }
        match self.k(t) {
            Kind::Unknown => Ty::Unknown,
            Kind::None => Ty::None,
            Kind::Bool => Ty::Bool,
            Kind::Int => Ty::Int,
            Kind::Float => Ty::Float,
            Kind::Num => Ty::Num,
            Kind::Str => Ty::Str,
            Kind::List(e) => Ty::List(Box::new(self.resolve_list_item(e, depth + 1))),
            Kind::Tuple(ts) => Ty::Tuple(ts.into_iter().map(|x| self.resolve(x, depth + 1)).collect()),
            Kind::VTuple(e) => Ty::VarTuple(Box::new(self.resolve(e, depth + 1))),
            Kind::Gen(e) => Ty::Generator(Box::new(self.resolve(e, depth + 1))),
            Kind::Iter(e) => Ty::Iter(Box::new(self.resolve(e, depth + 1))),
            Kind::Opt(inner) => match self.resolve(inner, depth + 1) {
                Ty::None | Ty::Unknown => Ty::None,
                t => Ty::Optional(Box::new(t)),
            },
            Kind::Exc => Ty::Exception,
            Kind::Rng => Ty::Random,
            Kind::Frac => Ty::Fraction,
            Kind::Cplx => Ty::Complex,
            Kind::Dec => Ty::Decimal,
            Kind::DecCtx => Ty::DecimalContext,
            Kind::TextFile => Ty::TextFile,
            Kind::BinFile => Ty::BinaryFile,
            Kind::Array(c) => Ty::Array(c as char),
            Kind::Date => Ty::Date,
            Kind::DateTime => Ty::DateTime,
            Kind::TimeDelta => Ty::TimeDelta,
            Kind::Bytes => Ty::Bytes,
            Kind::ByteArray => Ty::ByteArray,
            Kind::Pat(s) => Ty::Pattern(s),
            Kind::Mat(s) => Ty::Match(s),
            Kind::Obj(c) => Ty::Object(c, self.class_name(c)),
            Kind::Dict(k, v) => Ty::Dict(Box::new(self.resolve(k, depth + 1)), Box::new(self.resolve(v, depth + 1))),
            Kind::Set(e) => Ty::Set(Box::new(self.resolve(e, depth + 1))),
            Kind::FSet(e) => Ty::FrozenSet(Box::new(self.resolve(e, depth + 1))),
            Kind::Fn(ps, r) => {
                let ps = ps.into_iter().map(|x| self.resolve(x, depth + 1)).collect();
                Ty::Func(ps, Box::new(self.resolve(r, depth + 1)))
            }
            Kind::Conflict => Ty::Conflict,
            Kind::Deque(e) => Ty::Deque(Box::new(self.resolve(e, depth + 1))),
            Kind::Mapping(m, k, v) => Ty::Mapping(m, Box::new(self.resolve(k, depth + 1)), Box::new(self.resolve(v, depth + 1))),
            Kind::Union(ms) => {
                let mut ts: Vec<Ty> = Vec::new();
                for m in ms {
                    let t = self.resolve(m, depth + 1);
                    if matches!(t, Ty::Unknown) || ts.contains(&t) {
                        continue;
                    }
                    if matches!(t, Ty::Conflict) {
                        return Ty::Conflict;
                    }
                    ts.push(t);
                }
                ts.sort_by_key(union_rank);
                if ts.len() == 1 {
                    return ts.pop().unwrap_or(Ty::Conflict);
                }
                Ty::Union(ts)
            }
        }
    }

    fn error(&mut self, code: &'static str, msg: impl Into<String>, sp: Span, help: &str) {
        // Until types settle, a missing operand type is not an error yet; conflicts only ever grow, so they count.
        if !self.final_pass && code != "type-conflict" {
            return;
        }
        let msg = msg.into();
        // A type that met incompatible types is shown as `<conflict>`; the conflict itself was
        // reported where it arose, and an error about it here would only leak the internal name.
        if code != "type-conflict" && msg.contains(&Ty::Conflict.to_string()) {
            return;
        }
        if self.reported.insert((sp.start, sp.end, msg.clone())) {
            let mut d = Diagnostic::error(code, msg, sp);
            if !help.is_empty() {
                d = d.with_help(help);
            }
            self.diags.push(d);
        }
    }

    fn aux(&mut self, id: ExprId, slot: u8, k: Kind) -> TV {
        if let Some(&t) = self.aux_tv.get(&(id, slot)) {
            self.aux_refresh(t, &k);
            return t;
        }
        let t = self.fresh(k);
        self.aux_tv.insert((id, slot), t);
        t
    }

    /// A later pass may build an aux kind from other element variables than the first pass did
    /// (an element read from a value whose type was still unknown is the shared `Unknown`
    /// constant): an element still unknown is re-pointed at the new one, or the first pass's
    /// `Unknown` would stay forever (and be emitted as `None`). Known elements are kept.
    fn aux_refresh(&mut self, t: TV, k: &Kind) {
        match (k, self.k(t)) {
            (Kind::Iter(new), Kind::Iter(old)) if self.find(*new) != self.find(old) && self.k(old) == Kind::Unknown && self.k(*new) != Kind::Unknown => {
                self.set(t, Kind::Iter(*new))
            }
            (Kind::Gen(new), Kind::Gen(old)) if self.find(*new) != self.find(old) && self.k(old) == Kind::Unknown && self.k(*new) != Kind::Unknown => {
                self.set(t, Kind::Gen(*new))
            }
            (Kind::Tuple(new), Kind::Tuple(old)) if new.len() == old.len() => {
                let mut items = old.clone();
                for (i, (&n, &o)) in new.iter().zip(&old).enumerate() {
                    if self.find(n) != self.find(o) && self.k(o) == Kind::Unknown && self.k(n) != Kind::Unknown {
                        items[i] = n;
                    }
                }
                if items != old {
                    self.set(t, Kind::Tuple(items));
                }
            }
            _ => {}
        }
    }

    /// A stable `list[elem]` variable owned by expression `id`.
    fn list_of(&mut self, id: ExprId, slot: u8) -> (TV, TV) {
        if let Some(&l) = self.aux_tv.get(&(id, slot)) {
            if let Kind::List(e) = self.k(l) {
                return (l, e);
            }
        }
        let e = self.fresh(Kind::Unknown);
        let l = self.aux(id, slot, Kind::List(e));
        (l, e)
    }

    /// A stable `dict[key, value]` variable owned by expression `id`.
    fn dict_of(&mut self, id: ExprId, slot: u8) -> (TV, TV, TV) {
        if let Some(&d) = self.aux_tv.get(&(id, slot)) {
            if let Kind::Dict(k, v) = self.k(d) {
                return (d, k, v);
            }
        }
        let k = self.fresh(Kind::Unknown);
        let v = self.fresh(Kind::Unknown);
        let d = self.aux(id, slot, Kind::Dict(k, v));
        (d, k, v)
    }

    /// A stable `set[elem]` variable owned by expression `id`.
    fn set_of(&mut self, id: ExprId, slot: u8) -> (TV, TV) {
        if let Some(&l) = self.aux_tv.get(&(id, slot)) {
            if let Kind::Set(e) = self.k(l) {
                return (l, e);
            }
        }
        let e = self.fresh(Kind::Unknown);
        let l = self.aux(id, slot, Kind::Set(e));
        (l, e)
    }

    /// Values stored into a container slot (`what` names it in messages).
    fn flow_into(&mut self, t: TV, slot: TV, what: &str, sp: Span) {
        self.cur_span = sp;
        self.cur_what = Some(what.into());
        self.flow(t, slot);
        self.cur_what = None;
    }

    /// A value used as a dict key or set member must be hashable.
    fn check_hashable(&mut self, t: TV, sp: Span) {
        let k = self.kv(t);
        if matches!(k, Kind::List(_) | Kind::Dict(..) | Kind::Set(_) | Kind::Deque(_) | Kind::Mapping(..) | Kind::ByteArray) {
            let d = self.describe(&k);
            let help = if k == Kind::ByteArray { "use `bytes(...)` of it instead" } else { "use a tuple instead of a list" };
            self.error("type-error", format!("unhashable type: `{d}`"), sp, help);
        }
        if let Kind::Obj(c) = k {
            if c != self.duck_root() && self.eq_without_hash(c) {
                let cn = self.class_name(c);
                self.error("type-error", format!("unhashable type: `{cn}`"), sp, "a class that defines `__eq__` without `__hash__` is unhashable in Python; define `__hash__`");
            }
        }
    }

    /// Whether Python sets `__hash__` to None for class `c`: the nearest class (from `c` up) that
    /// defines `__eq__` or `__hash__` defines `__eq__` only.
    fn eq_without_hash(&self, c: ClassId) -> bool {
        let mut k = Some(c);
        while let Some(cur) = k {
            let own = |m: &str| self.prog.classes[cur].methods.iter().any(|&f| self.prog.functions[f].name == m);
            if own("__hash__") {
                return false;
            }
            if own("__eq__") {
                return true;
            }
            k = self.classes[cur].base;
        }
        false
    }

    // ---------- scopes ----------

    fn collect_scopes(&mut self) {
        let prog = self.prog;
        for (bound, module, _) in &prog.module_imports {
            self.modules.insert(bound.clone(), module.clone());
        }
        for (bound, module, name, _) in &prog.from_imports {
            self.imported.insert(bound.clone(), (module.clone(), name.clone()));
        }
        for (i, f) in prog.functions.iter().enumerate() {
            if f.class.is_none() && f.parent.is_none() {
                self.functions_by_name.insert(f.name.clone(), i);
            }
        }
        for (i, c) in prog.classes.iter().enumerate() {
            if self.functions_by_name.contains_key(&c.name) {
                self.final_pass = true;
                self.error("unsupported-rebinding", format!("unsupported: `{}` names both a function and a class", c.name), c.name_span, "rename one of them");
                self.final_pass = false;
            }
            self.classes_by_name.insert(c.name.clone(), i);
        }
        let mut names = Vec::new();
        assigned_names(&prog.body, &mut names);
        for n in names {
            if let Some(&c) = self.classes_by_name.get(&n) {
                let c = &prog.classes[c];
                self.final_pass = true;
                self.error(
                    "unsupported-rebinding",
                    format!("unsupported: `{n}` names both a class and a variable"),
                    c.name_span,
                    "rename the variable",
                );
                self.final_pass = false;
                continue;
            }
            if self.functions_by_name.contains_key(&n) {
                let f = &prog.functions[self.functions_by_name[&n]];
                self.error(
                    "unsupported-rebinding",
                    format!("unsupported: `{n}` names both a function and a variable"),
                    f.name_span,
                    "rename the variable",
                );
                continue;
            }
            if !self.global_tv.contains_key(&n) {
                let tv = self.fresh(Kind::Unknown);
                self.global_tv.insert(n.clone(), tv);
                self.globals.push(n);
            }
        }
        for f in &prog.functions {
            let mut global_decls = HashSet::new();
            global_names(&f.body, &mut global_decls);
            let mut locals = Vec::new();
            let mut local_tv = HashMap::new();
            let mut params = Vec::new();
            for (i, p) in f.params.iter().enumerate() {
                // `*args`: a tuple of any length, of one item type.
                let tv = if f.vararg == Some(i) {
                    let item = self.fresh(Kind::Unknown);
                    self.fresh(Kind::VTuple(item))
                } else {
                    self.fresh(Kind::Unknown)
                };
                params.push(tv);
                locals.push(p.name.clone());
                local_tv.insert(p.name.clone(), tv);
            }
            let mut assigned = Vec::new();
            assigned_names(&f.body, &mut assigned);
            // A nested `def` binds its name in the enclosing function.
            let mut defs = Vec::new();
            nested_defs(&f.body, &mut defs);
            assigned.extend(defs.into_iter().map(|d| prog.functions[d].name.clone()));
            for n in assigned {
                if global_decls.contains(&n) || local_tv.contains_key(&n) || f.nonlocals.contains(&n) {
                    continue;
                }
                let tv = self.fresh(Kind::Unknown);
                locals.push(n.clone());
                local_tv.insert(n, tv);
            }
            // In name order: the C++ declares them in this order, and its text must not vary from
            // run to run (the build cache is keyed by it).
            let mut global_decls_sorted: Vec<&String> = global_decls.iter().collect();
            global_decls_sorted.sort();
            for g in global_decls_sorted {
                if !self.global_tv.contains_key(g) {
                    let tv = self.fresh(Kind::Unknown);
                    self.global_tv.insert(g.clone(), tv);
                    self.globals.push(g.clone());
                }
            }
            let ret = self.fresh(Kind::Unknown);
            let yield_tv = self.fresh(Kind::Unknown);
            let gen_tv = self.fresh(Kind::Gen(yield_tv));
            self.funcs.push(FuncInfo { params, ret, yield_tv, gen_tv, locals, local_tv, global_decls, captured: Vec::new(), free: Vec::new() });
        }
        self.collect_classes();
    }

    /// Class hierarchy, methods (overrides share parameter and return types with the base method, so
    /// calls through a base-typed value are typed), fields and class attributes.
    fn collect_classes(&mut self) {
        // Problems found here are final: report them now (`error` holds back until the last pass).
        self.final_pass = true;
        self.collect_classes_inner();
        self.final_pass = false;
        // The implicit root of unrelated classes (see `duck_root`), empty until values join there.
        self.classes.push(ClassInfo { base: None, exc_root: None, fields: Vec::new(), attrs: Vec::new(), rebound_attrs: Vec::new(), methods: HashMap::new(), abstract_methods: HashMap::new() });
    }

    fn collect_classes_inner(&mut self) {
        let prog = self.prog;
        let outside = outside_attr_stores(prog);
        for (cid, c) in prog.classes.iter().enumerate() {
            let mut base = None;
            let mut exc_root = None;
            if let Some((b, bsp)) = &c.base {
                match self.classes_by_name.get(b) {
                    Some(&bid) if bid < cid => {
                        base = Some(bid);
                        exc_root = self.classes[bid].exc_root.clone();
                    }
                    _ if builtins::is_exception(b) => exc_root = Some(b.clone()),
                    _ => self.error(
                        "unsupported-syntax",
                        format!("unsupported: base class `{b}`"),
                        *bsp,
                        "a base class must be a class defined earlier in the program, or a built-in exception",
                    ),
                }
            }
            if exc_root.is_some() {
                for &m in &c.methods {
                    let f = &prog.functions[m];
                    if f.name == "__init__" && f.class.map(|k| k.1) == Some(MethodKind::Instance) {
                        if let Some(sp) = exc_init_problem(f) {
                            self.error(
                                "unsupported-syntax",
                                "unsupported: this statement in an exception class's `__init__`",
                                sp,
                                "an exception's `__init__` may only call `super().__init__(message)` (first) and set `self.x = ...`",
                            );
                        }
                        continue;
                    }
                    self.error(
                        "unsupported-syntax",
                        "unsupported: methods other than `__init__` in an exception class",
                        f.name_span,
                        "format the message in `__init__` or where the exception is raised",
                    );
                }
                if let Some((_, sp, _)) = c.attrs.first() {
                    self.error("unsupported-syntax", "unsupported: class attributes in an exception class", *sp, "");
                }
            }
            let mut methods = HashMap::new();
            for &fid in &c.methods {
                let f = &prog.functions[fid];
                let kind = f.class.map(|k| k.1).unwrap_or(MethodKind::Instance);
                if kind != MethodKind::Static {
                    if let Some(p0) = self.funcs[fid].params.first().copied() {
                        self.kind[p0 as usize] = Kind::Obj(cid);
                    }
                }
                if f.name == "__init__" && kind != MethodKind::Instance {
                    self.error("unsupported-syntax", "unsupported: a static or class `__init__`", f.name_span, "");
                }
                if f.name != "__init__" {
                    let mut over = self.find_method(base, &f.name);
                    if over.is_none() && kind == MethodKind::Instance && base.is_some() {
                        // A method only subclasses define (an "abstract" method, duck-typed in Python):
                        // the hierarchy's root declares it, so calls through the root type dispatch.
                        let mut root = base.unwrap_or(cid);
                        while let Some(b) = self.classes[root].base {
                            root = b;
                        }
                        match self.classes[root].abstract_methods.get(&f.name) {
                            Some(&first) => over = Some(first),
                            None => {
                                self.classes[root].abstract_methods.insert(f.name.clone(), fid);
                            }
                        }
                    }
                    if let Some(over) = over {
                        let g = &prog.functions[over];
                        let gkind = g.class.map(|k| k.1).unwrap_or(MethodKind::Instance);
                        if g.params.len() != f.params.len() || gkind != kind {
                            self.error(
                                "unsupported-syntax",
                                format!("unsupported: `{}` overrides a method with different parameters", f.name),
                                f.name_span,
                                "give the override the same parameters as the base method",
                            );
                        } else {
                            let skip = if kind == MethodKind::Static { 0 } else { 1 };
                            for i in skip..f.params.len() {
                                let t = self.funcs[over].params[i];
                                self.funcs[fid].params[i] = t;
                                self.funcs[fid].local_tv.insert(f.params[i].name.clone(), t);
                            }
                            self.funcs[fid].ret = self.funcs[over].ret;
                        }
                    }
                }
                if matches!(f.name.as_str(), "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__") && f.params.len() == 2 {
                    // `sort`, `min`, `in`, dict keys... compare objects of the class with each other.
                    let p1 = self.funcs[fid].params[1];
                    if self.kind[p1 as usize] == Kind::Unknown {
                        self.kind[p1 as usize] = Kind::Obj(cid);
                    }
                }
                methods.insert(f.name.clone(), fid);
            }
            let mut attrs = Vec::new();
            for (n, _, _) in &c.attrs {
                if !attrs.iter().any(|(m, _)| m == n) {
                    // A redefined class attribute shares its base's type: reading it through an
                    // instance dispatches on the object's class.
                    let tv = match self.find_attr(base, n) {
                        Some(t) => t,
                        None => self.fresh(Kind::Unknown),
                    };
                    attrs.push((n.clone(), tv));
                }
            }
            self.classes.push(ClassInfo { base, exc_root, fields: Vec::new(), attrs, rebound_attrs: Vec::new(), methods, abstract_methods: HashMap::new() });
            let mut fields = Vec::new();
            for &fid in &c.methods {
                let f = &prog.functions[fid];
                if f.class.map(|k| k.1) != Some(MethodKind::Instance) || f.params.is_empty() {
                    continue;
                }
                let me = f.params[0].name.clone();
                self_fields(&f.body, &me, &mut fields);
            }
            // A class attribute some code outside the methods assigns through an instance
            // (`acct.label = "A"`): the instance gets its own attribute, so it is a field that
            // starts out as the class attribute (emit/classes.rs), not a store to the class.
            for (n, _, _) in &c.attrs {
                if outside.contains(n) && !fields.contains(n) {
                    fields.push(n.clone());
                }
            }
            for n in fields {
                if self.find_field(Some(cid), &n).is_none() {
                    let tv = self.fresh(Kind::Unknown);
                    self.classes[cid].fields.push((n, tv));
                }
            }
        }
    }

    /// The method `name` that a call on a `c` object dispatches through: defined by `c` or a base, or
    /// declared at the root for subclasses.
    fn find_virtual(&self, c: Option<ClassId>, name: &str) -> Option<FuncId> {
        self.find_method(c, name)
            .or_else(|| up_hierarchy(&self.classes, c, |i| i.base, |i| i.abstract_methods.get(name).copied()).map(|(_, f)| f))
    }

    /// The method `name` of class `c` or its nearest base that defines it.
    fn find_method(&self, c: Option<ClassId>, name: &str) -> Option<FuncId> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.methods.get(name).copied()).map(|(_, f)| f)
    }

    fn find_field(&self, c: Option<ClassId>, name: &str) -> Option<TV> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.fields.iter().find(|(n, _)| n == name).map(|(_, t)| *t)).map(|(_, t)| t)
    }

    fn find_attr(&self, c: Option<ClassId>, name: &str) -> Option<TV> {
        up_hierarchy(&self.classes, c, |i| i.base, |i| i.attrs.iter().find(|(n, _)| n == name).map(|(_, t)| *t)).map(|(_, t)| t)
    }

    /// The type of the module constant `module.name` (`math.pi`, `sys.argv`), read as the
    /// expression `eid`; `None` when the module has no such supported constant.
    fn module_constant_tv(&mut self, module: &str, name: &str, eid: ExprId) -> Option<TV> {
        Some(match builtins::module_constant(module, name)? {
            "ListStr" => {
                let (l, el) = self.list_of(eid, 0);
                let st = self.c("Str");
                self.flow(st, el);
                l
            }
            "IterStr" => {
                let st = self.c("Str");
                self.aux(eid, 0, Kind::Iter(st))
            }
            k => self.c(k),
        })
    }

    /// The class a `cls` parameter of the current classmethod names.
    fn cls_param(&self, name: &str) -> Option<ClassId> {
        let f = &self.prog.functions[self.cur_func?];
        match f.class {
            Some((c, MethodKind::Class)) if f.params.first().map(|p| p.name.as_str()) == Some(name) => Some(c),
            _ => None,
        }
    }

    /// Whether `c` is a user exception class.
    fn is_exc_class(&self, c: ClassId) -> bool {
        self.classes.get(c).is_some_and(|i| i.exc_root.is_some())
    }

    fn lookup(&mut self, name: &str, id: Option<ExprId>, sp: Span) -> Option<TV> {
        for (_, scope) in self.comp_scopes.iter().rev() {
            if let Some(&tv) = scope.get(name) {
                self.note(id, NameRef::Var);
                return Some(tv);
            }
        }
        // A classmethod's `cls` names the class itself, not a variable.
        if let Some(c) = self.cls_param(name) {
            self.note(id, NameRef::Class(c));
            return None;
        }
        if let Some(tv) = self.enclosing_var(name) {
            self.note(id, NameRef::Var);
            return Some(tv);
        }
        if let Some(&tv) = self.global_tv.get(name) {
            self.note(id, NameRef::Var);
            return Some(tv);
        }
        if let Some(&f) = self.functions_by_name.get(name) {
            self.note(id, NameRef::Function(f));
            return None;
        }
        if let Some(&c) = self.classes_by_name.get(name) {
            self.note(id, NameRef::Class(c));
            return None;
        }
        if let Some(c) = self.cls_param(name) {
            self.note(id, NameRef::Class(c));
            return None;
        }
        if let Some(m) = self.modules.get(name).cloned() {
            self.note(id, NameRef::Module(m));
            return None;
        }
        if let Some((m, n)) = self.imported.get(name).cloned() {
            self.note(id, NameRef::Imported { module: m, name: n });
            return None;
        }
        if builtins::is_builtin(name) {
            self.note(id, NameRef::Builtin(name.to_string()));
            return None;
        }
        self.error("undefined-name", format!("name `{name}` is not defined"), sp, "");
        None
    }

    /// The variable `name` of the current function or of a function enclosing it (Python's
    /// closure scopes). A variable reached from a nested function or a lambda value is captured:
    /// its owner keeps it in a shared cell and every closure in between holds that cell.
    fn enclosing_var(&mut self, name: &str) -> Option<TV> {
        let mut f = self.cur_func?;
        let mut hops: Vec<FuncId> = Vec::new();
        loop {
            let info = &self.funcs[f];
            if info.global_decls.contains(name) {
                return None;
            }
            if let Some(&tv) = info.local_tv.get(name) {
                if hops.is_empty() && self.lambda_stack.is_empty() {
                    return Some(tv);
                }
                let name = name.to_string();
                if !self.funcs[f].captured.contains(&name) {
                    self.funcs[f].captured.push(name.clone());
                }
                for h in hops {
                    let free: &mut Vec<String> = &mut self.funcs[h].free;
                    if !free.contains(&name) {
                        free.push(name.clone());
                    }
                }
                for l in self.lambda_stack.clone() {
                    let free = self.lambda_free.entry(l).or_default();
                    if !free.contains(&name) {
                        free.push(name.clone());
                    }
                }
                return Some(tv);
            }
            hops.push(f);
            f = self.prog.functions[f].parent?;
        }
    }

    fn note(&mut self, id: Option<ExprId>, r: NameRef) {
        if let Some(id) = id {
            self.names.insert(id, r);
        }
    }

    fn store_var(&mut self, name: &str) -> TV {
        for (_, scope) in self.comp_scopes.iter().rev() {
            if let Some(&tv) = scope.get(name) {
                return tv;
            }
        }
        if let Some(tv) = self.enclosing_var(name) {
            return tv;
        }
        if let Some(&tv) = self.global_tv.get(name) {
            return tv;
        }
        // Only reachable for names the collector missed; give them a module slot.
        let tv = self.fresh(Kind::Unknown);
        self.global_tv.insert(name.to_string(), tv);
        self.globals.push(name.to_string());
        tv
    }

    // ---------- driver ----------

    pub fn run(mut self) -> Typed {
        self.collect_scopes();
        let prog = self.prog;
        let mut passes = 0;
        let mut grows_at = None;
        loop {
            self.changed = false;
            self.first_change = None;
            self.pass_vars = self.kind.len();
            passes += 1;
            self.cur_func = None;
            self.stmts(&prog.body);
            for (i, f) in prog.functions.iter().enumerate() {
                self.cur_func = Some(i);
                for (p, ann) in f.params.iter().zip(0..) {
                    if let Some(a) = &p.annotation {
                        let t = self.ann_tv(a);
                        let ptv = self.funcs[i].params[ann];
                        self.cur_what = Some(p.name.clone());
                        self.cur_span = p.span;
                        self.flow(t, ptv);
                        self.cur_what = None;
                    }
                }
                self.stmts(&f.body);
                if !f.is_generator && falls_through(&f.body) {
                    let ret = self.funcs[i].ret;
                    let none = self.c(NONE_TV);
                    self.cur_span = f.name_span;
                    self.cur_what = Some(format!("{}()", f.name));
                    self.flow(none, ret);
                    self.cur_what = None;
                }
            }
            self.cur_func = None;
            if !self.changed {
                break;
            }
            if passes > 60 {
                // A kind still changing: a type that keeps growing (a tuple holding the tuple
                // built before it, `node = (x, node)`). What it has reached is not a type the
                // program's values fit. (Other bookkeeping may still set `changed`.)
                grows_at = self.first_change;
                break;
            }
        }
        self.final_pass = true;
        self.cur_func = None;
        self.stmts(&prog.body);
        for i in 0..prog.functions.len() {
            self.cur_func = Some(i);
            self.stmts(&prog.functions[i].body);
        }
        // Unless the final pass found why (a type that holds itself, a conflict).
        if let Some(sp) = grows_at.filter(|_| !self.diags.iter().any(|d| d.severity == pyport_syntax::Severity::Error)) {
            self.diags.push(
                Diagnostic::error(
                    "unsupported-type",
                    "unsupported: a value whose type contains itself (its type grows without end, e.g. `node = (x, node)`: a chain of tuples each holding the one before)",
                    sp,
                )
                .with_help(SELF_TYPE_HELP),
            );
        }
        self.finish()
    }

    fn finish(mut self) -> Typed {
        let prog = self.prog;
        // Names given while types still changed (in messages) are dropped.
        self.recs.clear();
        self.rec_ids.clear();
        let expr_types = (0..prog.expr_count as usize).map(|i| self.resolve(self.expr_tv[i], 0)).collect();
        let globals = self
            .globals
            .clone()
            .into_iter()
            .map(|g| {
                let tv = self.global_tv[&g];
                (g, self.resolve(tv, 0))
            })
            .collect();
        let mut funcs = Vec::new();
        for (i, f) in prog.functions.iter().enumerate() {
            let info = &self.funcs[i];
            let (params, ret, yield_tv, locals) =
                (info.params.clone(), info.ret, info.yield_tv, info.locals.clone());
            let local_tvs: Vec<TV> = locals.iter().map(|n| self.funcs[i].local_tv[n]).collect();
            let params = params.into_iter().map(|t| self.resolve(t, 0)).collect();
            let ret = if f.is_generator {
                Ty::Generator(Box::new(self.resolve(yield_tv, 0)))
            } else {
                self.resolve(ret, 0)
            };
            let locals = locals
                .into_iter()
                .zip(local_tvs)
                .skip(f.params.len())
                .map(|(n, t)| (n, self.resolve(t, 0)))
                .collect();
            let global_decls = self.funcs[i].global_decls.iter().cloned().collect();
            let (captured, free) = (self.funcs[i].captured.clone(), self.funcs[i].free.clone());
            funcs.push(FuncTypes { params, ret, locals, global_decls, falls_through: falls_through(&f.body), captured, free });
        }
        let comp_keys: Vec<((ExprId, String), TV)> = self.comp_vars.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let comp_vars = comp_keys.into_iter().map(|(k, v)| (k, self.resolve(v, 0))).collect();
        let duck_fields: Vec<(String, Ty)> =
            self.duck_fields.clone().into_iter().map(|(n, t)| (n, self.resolve(t, 0))).collect();
        let mut classes = Vec::new();
        for c in 0..self.classes.len() {
            let fields: Vec<(String, TV)> = self.classes[c].fields.clone();
            let attrs: Vec<(String, TV)> = self.classes[c].attrs.clone();
            classes.push(crate::ClassTypes {
                base: self.classes[c].base,
                exc_root: self.classes[c].exc_root.clone(),
                fields: fields.into_iter().map(|(n, t)| (n, self.resolve(t, 0))).collect(),
                attrs: attrs.into_iter().map(|(n, t)| (n, self.resolve(t, 0))).collect(),
                rebound_attrs: self.classes[c].rebound_attrs.clone(),
                methods: self.classes[c].methods.clone(),
                abstract_methods: self.classes[c].abstract_methods.clone(),
                duck_fields: if c == self.duck_root() {
                    duck_fields.clone()
                } else {
                    let own: Vec<(String, TV)> = self.sub_fields.iter().filter(|(k, ..)| *k == c).map(|(_, n, t)| (n.clone(), *t)).collect();
                    own.into_iter().map(|(n, t)| (n, self.resolve(t, 0))).collect()
                },
            });
        }
        let mut diagnostics = std::mem::take(&mut self.diags);
        diagnostics.sort_by_key(|d| (d.span().start, d.span().end));
        Typed {
            expr_types,
            globals,
            funcs,
            classes,
            comp_vars,
            names: self.names,
            diagnostics,
            maybe_unbound: Default::default(),
            lambda_free: std::mem::take(&mut self.lambda_free),
            unbound_vars: Default::default(),
            narrowed: std::mem::take(&mut self.narrowed),
            type_operand_errors: std::mem::take(&mut self.type_operand_errors),
            attr_errors: std::mem::take(&mut self.attr_errors),
            checked: std::mem::take(&mut self.checked),
            recs: std::mem::take(&mut self.recs),
            rewrites: std::mem::take(&mut self.rewrites),
        }
    }

    fn ann_tv(&mut self, a: &TypeAnn) -> TV {
        match a {
            TypeAnn::Int => self.c("Int"),
            TypeAnn::Float => self.c("Float"),
            TypeAnn::Bool => self.c("Bool"),
            TypeAnn::Str => self.c("Str"),
            TypeAnn::None => self.c(NONE_TV),
            TypeAnn::List(e) => {
                let e = self.ann_tv(e);
                let ne = self.fresh(Kind::Unknown);
                self.flow(e, ne);
                self.fresh(Kind::List(ne))
            }
            TypeAnn::Tuple(ts) => {
                let ts = ts.iter().map(|t| self.ann_tv(t)).collect();
                self.fresh(Kind::Tuple(ts))
            }
            // A fresh variable: the shared `Unknown` constant would tie together every parameter
            // annotated with a class (objects unify), so `a: A, b: B` would conflict.
            TypeAnn::Other => self.fresh(Kind::Unknown),
        }
    }

    // ---------- statements ----------

    fn stmts(&mut self, body: &[Stmt]) {
        let depth = self.narrow.len();
        for (i, s) in body.iter().enumerate() {
            self.stmt(s);
            // `if not isinstance(x, T): return` narrows `x` for the rest of the block.
            if let StmtKind::If { test, body: then, orelse } = &s.kind {
                let exits = then.last().is_some_and(|l| matches!(l.kind, StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Continue | StmtKind::Break)) || !falls_through(then);
                if orelse.is_empty() && exits {
                    if let Some(n) = self.narrowing(test, false, &body[i + 1..]) {
                        self.narrow.push(n);
                    }
                }
            }
        }
        self.narrow.truncate(depth);
    }

    /// The narrowing of a union variable that test `e` proves where it is `truth`ful, if `rest` (the
    /// code it covers) does not assign the variable: `isinstance(x, T)`, `not ...`, `type(x) is T`.
    fn narrowing(&mut self, e: &Expr, truth: bool, rest: &[Stmt]) -> Option<(Option<FuncId>, String, Vec<usize>)> {
        let (x, classes): (&Expr, Vec<&Expr>) = match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.narrowing(operand, !truth, rest),
            ExprKind::Call { func, args, keywords } if keywords.is_empty() && args.len() == 2 && matches!(&func.kind, ExprKind::Name(n) if n == "isinstance") => {
                let cs = match &args[1].kind {
                    ExprKind::Tuple(ts) => ts.iter().collect(),
                    _ => vec![&args[1]],
                };
                (&args[0], cs)
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && matches!(ops[0], CmpOp::Eq | CmpOp::Is | CmpOp::NotEq | CmpOp::IsNot) => {
                let ExprKind::Call { func, args, keywords } = &left.kind else { return None };
                if !keywords.is_empty() || args.len() != 1 || !matches!(&func.kind, ExprKind::Name(n) if n == "type") {
                    return None;
                }
                let truth = if matches!(ops[0], CmpOp::NotEq | CmpOp::IsNot) { !truth } else { truth };
                return self.type_is_narrowing(&args[0], &comparators[0], truth, rest);
            }
            _ => return None,
        };
        let ExprKind::Name(n) = &x.kind else { return None };
        let ms = self.narrowable_union(n, x.span, rest)?;
        let mut names = Vec::new();
        for c in classes {
            let ExprKind::Name(cn) = &c.kind else { return None };
            names.push(cn.as_str());
        }
        let mut tags = Vec::new();
        for m in ms {
            let mk = self.k(m);
            let tag = union_tag(&mk)?;
            let (full, partial) = match mk {
                // The object member: an instance of a class the test names, or of a base of one.
                Kind::Obj(c) => {
                    let named: Vec<ClassId> = names.iter().filter_map(|n| self.classes_by_name.get(*n).copied()).collect();
                    let full = named.iter().any(|&k| self.derives(c, k));
                    (full, !full && named.iter().any(|&k| self.derives(k, c)))
                }
                _ => member_matches(&mk, &names),
            };
            // A member some of whose values match (an int-or-float against `int`) stays on both sides.
            if (truth && (full || partial)) || (!truth && !full) {
                tags.push(tag);
            }
        }
        if tags.is_empty() {
            return None;
        }
        Some((self.cur_func, n.clone(), tags))
    }

    /// The members of the union variable `n`, when the narrowed code `rest` does not rebind it.
    fn narrowable_union(&mut self, n: &str, sp: Span, rest: &[Stmt]) -> Option<Vec<TV>> {
        let mut assigned = Vec::new();
        assigned_names(rest, &mut assigned);
        if assigned.iter().any(|a| a == n) {
            return None;
        }
        let tv = self.lookup(n, None, sp)?;
        let Kind::Union(ms) = self.k(tv) else { return None };
        Some(ms)
    }

    /// `type(x) is T` (truth) or its negation: the member whose values are exactly `T`.
    fn type_is_narrowing(&mut self, x: &Expr, c: &Expr, truth: bool, rest: &[Stmt]) -> Option<(Option<FuncId>, String, Vec<usize>)> {
        let (ExprKind::Name(n), ExprKind::Name(cn)) = (&x.kind, &c.kind) else { return None };
        let ms = self.narrowable_union(n, x.span, rest)?;
        let mut tags = Vec::new();
        for m in ms {
            let mk = self.k(m);
            let tag = union_tag(&mk)?;
            let exact = type_exact(&mk, cn);
            if (truth && exact != Some(false)) || (!truth && exact != Some(true)) {
                tags.push(tag);
            }
        }
        if tags.is_empty() {
            return None;
        }
        Some((self.cur_func, n.clone(), tags))
    }

    /// For an operation on `value`, a union variable of which exactly one member supports it: the
    /// narrowing to that member, recording CPython's TypeError `msg` for values of the others.
    fn unwrap_plan(&mut self, value: &Expr, capable: impl Fn(&Kind) -> bool, msg: &str) -> Option<(Option<FuncId>, String, Vec<usize>)> {
        let ExprKind::Name(n) = &value.kind else { return None };
        let tv = self.lookup(n, None, value.span)?;
        let Kind::Union(ms) = self.k(tv) else { return None };
        let mut tags = Vec::new();
        for m in ms {
            let mk = self.k(m);
            if capable(&mk) {
                tags.push(union_tag(&mk)?);
            }
        }
        if tags.len() != 1 {
            return None;
        }
        self.checked.insert(value.id, msg.to_string());
        Some((self.cur_func, n.clone(), tags))
    }

    /// The program's class that name `n` (expression `c`) names, when no variable shadows it.
    fn own_class(&mut self, n: &str, c: &Expr) -> Option<ClassId> {
        let k = *self.classes_by_name.get(n)?;
        self.lookup(n, None, c.span).is_none().then_some(k)
    }

    /// Whether class `c` is `anc` or derives from it.
    fn derives(&self, c: ClassId, anc: ClassId) -> bool {
        crate::derives(&self.classes, |i| i.base, c, anc)
    }

    /// Whether name `n` (expression `c`) is one of the builtin classes a union member can be.
    fn is_builtin_class(&mut self, n: &str, c: &Expr) -> bool {
        UNION_CLASSES.contains(&n) && self.lookup(n, None, c.span).is_none() && !self.classes_by_name.contains_key(n)
    }

    /// `type(x) == T` (or `is`, `!=`, `is not`) on a union value `x` and a builtin class `T`: `x`.
    fn type_test<'e>(&mut self, left: &'e Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<&'e Expr> {
        if ops.len() != 1 || !matches!(ops[0], CmpOp::Eq | CmpOp::Is | CmpOp::NotEq | CmpOp::IsNot) {
            return None;
        }
        let ExprKind::Call { func, args, keywords } = &left.kind else { return None };
        if !keywords.is_empty() || args.len() != 1 || !matches!(&func.kind, ExprKind::Name(n) if n == "type") {
            return None;
        }
        let ExprKind::Name(cn) = &comparators[0].kind else { return None };
        if self.own_class(cn, &comparators[0]).is_some() {
            // `type(node) is QueueNode`: an object's exact class.
            let t = self.infer(&args[0]);
            return matches!(self.kv(t), Kind::Obj(_)).then_some(&args[0]);
        }
        if !self.is_builtin_class(cn, &comparators[0]) {
            return None;
        }
        let t = self.expr_tv[args[0].id as usize];
        if let Kind::Union(_) = self.k(t) {
            return Some(&args[0]);
        }
        // Not a union (yet): inferred once to learn its type. A value of one builtin type is
        // tested statically by the emitter (`type(n) != int`).
        let t = self.infer(&args[0]);
        let plain = |k: &Kind| matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Str | Kind::List(_) | Kind::Dict(..) | Kind::Set(_) | Kind::Tuple(_) | Kind::None);
        // A value that may be None (`type(x) == int` with `x=None` as its default): by whether it is.
        let k = match self.kv(t) {
            Kind::Opt(inner) => self.k(inner),
            k => k,
        };
        (matches!(k, Kind::Union(_)) || plain(&k)).then_some(&args[0])
    }

    /// The member of union variable `tv` that the active narrowings of `name` leave, if exactly one.
    fn narrowed_member(&mut self, name: &str, tv: TV) -> Option<TV> {
        let Kind::Union(ms) = self.k(tv) else { return None };
        let active: Vec<Vec<usize>> = self.narrow.iter().filter(|(f, n, _)| *f == self.cur_func && n == name).map(|(_, _, t)| t.clone()).collect();
        if active.is_empty() {
            return None;
        }
        let mut left = Vec::new();
        for m in ms {
            let mk = self.k(m);
            if union_tag(&mk).is_some_and(|t| active.iter().all(|tags| tags.contains(&t))) {
                left.push(m);
            }
        }
        if left.len() == 1 {
            return left.pop();
        }
        None
    }

    fn stmt(&mut self, s: &Stmt) {
        self.cur_span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.infer(e);
            }
            StmtKind::Assign { targets, value } => {
                if matches!(value.kind, ExprKind::Yield(_)) {
                    // `x = yield v`: x is what `gen.send(x)` passes in (None for `next`).
                    self.error(
                        "unsupported-syntax",
                        "unsupported: the value of a `yield` expression (what `gen.send(v)` passes into a generator)",
                        value.span,
                        "the builtin engine supports `yield` as a statement only; `--engine auto` hands the program to an LLM",
                    );
                }
                if targets.iter().all(|t| matches!(t, Target::Tuple { .. })) {
                    self.dt_iso_consumed(value);
                }
                let mut t = self.infer(value);
                // `a, b = obj`: unpacks what the class's `__iter__` yields.
                if let (true, Kind::Obj(c)) = (targets.iter().any(|t| matches!(t, Target::Tuple { .. })), self.kv(t)) {
                    if c != self.duck_root() && self.prog.namedtuple_fields(c).is_none() && self.find_method(Some(c), "__iter__").is_some() {
                        let e = self.obj_iter_elem(c, value.span);
                        t = self.fresh(Kind::Gen(e));
                    }
                }
                for target in targets {
                    self.assign(target, t);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let cur = self.read_target(target);
                let rhs = self.infer(value);
                self.cur_span = s.span;
                // `v += u` on an object whose class defines `__iadd__`: `v = v.__iadd__(u)`.
                if let Kind::Obj(c) = self.kv(cur) {
                    if self.find_method(Some(c), &op.idunder()).is_some() {
                        let r = self.dunder_call(c, &op.idunder(), &[rhs], s.span);
                        self.assign(target, r);
                        return;
                    }
                }
                // `xs += it` extends a list by any iterable (unlike `xs + it`): a range, a
                // generator, an iterator, a tuple, a str, a set, a dict's keys.
                if let (
                    BinOp::Add,
                    Kind::List(el),
                    Kind::Iter(_) | Kind::Gen(_) | Kind::Tuple(_) | Kind::VTuple(_) | Kind::Str | Kind::Set(_) | Kind::FSet(_) | Kind::Deque(_) | Kind::Dict(..),
                ) = (*op, self.k(cur), self.k(rhs))
                {
                    let src = self.iter_elem(rhs, value.span);
                    self.cur_what = Some("list element".into());
                    self.flow(src, el);
                    self.cur_what = None;
                    return;
                }
                let res = self.binop(*op, cur, rhs, value, s.span);
                self.assign(target, res);
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                let t = self.ann_tv(annotation);
                self.assign(target, t);
                if let Some(v) = value {
                    let vt = self.infer(v);
                    self.cur_span = s.span;
                    self.assign(target, vt);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.infer_cond(test);
                // `isinstance(gen, list)`: the branch a generator cannot take is dead code.
                match self.static_lazy_test(test) {
                    Some(true) => return self.stmts(body),
                    Some(false) => return self.stmts(orelse),
                    None => {}
                }
                let depth = self.narrow.len();
                if let Some(n) = self.narrowing(test, true, body) {
                    self.narrow.push(n);
                }
                self.stmts(body);
                self.narrow.truncate(depth);
                if let Some(n) = self.narrowing(test, false, orelse) {
                    self.narrow.push(n);
                }
                self.stmts(orelse);
                self.narrow.truncate(depth);
            }
            StmtKind::While { test, body, orelse } => {
                self.infer_cond(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                let it = self.infer(iter);
                let elem = self.iter_elem(it, iter.span);
                self.cur_span = s.span;
                self.assign(target, elem);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Return(value) => {
                let Some(f) = self.cur_func else { return };
                let t = match value {
                    Some(v) => self.infer(v),
                    None => self.c(NONE_TV),
                };
                if self.prog.functions[f].is_generator {
                    if value.is_some() {
                        self.error(
                            "unsupported-syntax",
                            "unsupported: `return` with a value inside a generator",
                            s.span,
                            "",
                        );
                    }
                    return;
                }
                let ret = self.funcs[f].ret;
                self.cur_span = s.span;
                self.cur_what = Some(format!("{}()", self.prog.functions[f].name));
                self.flow(t, ret);
                self.cur_what = None;
            }
            StmtKind::Assert { test, msg } => {
                self.infer_cond(test);
                if let Some(m) = msg {
                    self.infer(m);
                }
            }
            StmtKind::FunctionDef(fid) => {
                let f = &self.prog.functions[*fid];
                if f.parent.is_some() {
                    // A nested `def` binds its name to a function value (a closure).
                    let (ps, r) = (self.funcs[*fid].params.clone(), self.funcs[*fid].ret);
                    // A nested generator function returns its generator.
                    let r = if f.is_generator { self.funcs[*fid].gen_tv } else { r };
                    let fv = self.fresh(Kind::Fn(ps, r));
                    let var = self.store_var(&f.name);
                    self.cur_span = f.name_span;
                    self.flow(fv, var);
                }
                for (i, p) in f.params.iter().enumerate() {
                    if let Some(d) = &p.default {
                        let t = self.infer(d);
                        let ptv = self.funcs[*fid].params[i];
                        self.cur_what = Some(p.name.clone());
                        self.flow(t, ptv);
                        self.cur_what = None;
                    }
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(c) = cause {
                    if !matches!(&c.kind, ExprKind::None) {
                        self.exception_value(c);
                    }
                }
                match exc {
                    None if self.handler_depth == 0 => self.error(
                        "unsupported-syntax",
                        "unsupported: a bare `raise` outside an `except` block",
                        s.span,
                        "pyport re-raises only inside the handler that caught the exception; move the `raise` into that `except` block",
                    ),
                    None => {}
                    Some(e) => self.exception_value(e),
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    if let Target::Subscript { value, index, span } = t {
                        let vt = self.infer(value);
                        if let ExprKind::Slice { lower, upper, step } = &index.kind {
                            // `del xs[a:b:c]`: a list only (bounds are ints or None).
                            for p in [lower, upper, step].into_iter().flatten() {
                                let pt = self.infer(p);
                                if !matches!(self.kv(pt), Kind::Int | Kind::Bool | Kind::None | Kind::Unknown) {
                                    self.error("unsupported-syntax", "unsupported: a slice bound that is not an int", p.span, "");
                                }
                            }
                            let k = self.kv(vt);
                            if !matches!(k, Kind::List(_) | Kind::Unknown | Kind::Conflict) {
                                let d = self.describe(&k);
                                self.error("unsupported-syntax", format!("unsupported: `del` of a slice of a `{d}` value (lists only)"), *span, "");
                            }
                            continue;
                        }
                        let it = self.infer(index);
                        match self.kv(vt) {
                            Kind::List(_) | Kind::Deque(_) => self.check_subscript_index(it, index.span),
                            Kind::Dict(k, _) | Kind::Mapping(_, k, _) => self.flow_into(it, k, "dict key", index.span),
                            Kind::Unknown | Kind::Conflict => {}
                            k => {
                                let d = self.describe(&k);
                                self.error("type-error", format!("`{d}` object does not support item deletion"), *span, "");
                            }
                        }
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body);
                for h in handlers {
                    for (t, sp) in &h.types {
                        let user_exc = self.classes_by_name.get(t).is_some_and(|&c| self.is_exc_class(c));
                        // `except SystemExit:` catches `sys.exit()` (which is not raised otherwise).
                        let system_exit = t == "SystemExit" && h.name.is_none() && !self.classes_by_name.contains_key(t);
                        if !builtins::is_exception(t) && !user_exc && !system_exit {
                            self.error(
                                "unsupported-syntax",
                                format!("unsupported: `{t}` in `except` (only built-in exception classes so far)"),
                                *sp,
                                "",
                            );
                        }
                    }
                    if let Some((name, _)) = &h.name {
                        let var = self.store_var(name);
                        let exc = self.c("Exc");
                        self.cur_what = Some(name.clone());
                        self.flow(exc, var);
                        self.cur_what = None;
                    }
                    self.handler_depth += 1;
                    self.stmts(&h.body);
                    self.handler_depth -= 1;
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::ClassDef(cid) => {
                let c = &self.prog.classes[*cid];
                for (name, sp, v) in &c.attrs {
                    let t = self.infer(v);
                    if let Some(slot) = self.find_attr(Some(*cid), name) {
                        self.cur_span = *sp;
                        self.cur_what = Some(format!("{}.{name}", c.name));
                        self.flow(t, slot);
                        // An instance field of the same name starts out as this value (`self.name`
                        // reads the class attribute until the instance assigns its own).
                        for x in 0..self.classes.len() {
                            let related = crate::derives(&self.classes, |i| i.base, x, *cid) || crate::derives(&self.classes, |i| i.base, *cid, x);
                            if let Some(&(_, field)) = self.classes[x].fields.iter().find(|(f, _)| f == name).filter(|_| related) {
                                self.flow(slot, field);
                            }
                        }
                        self.cur_what = None;
                    }
                }
                for &fid in &c.methods {
                    let f = &self.prog.functions[fid];
                    for (i, p) in f.params.iter().enumerate() {
                        if let Some(d) = &p.default {
                            let t = self.infer(d);
                            let ptv = self.funcs[fid].params[i];
                            self.cur_what = Some(p.name.clone());
                            self.flow(t, ptv);
                            self.cur_what = None;
                        }
                    }
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Global(_) => {}
        }
    }

    /// The result of `sum()` or `math.prod()` (`what`) over items of type `elem` from `start`: int,
    /// float, or int-or-float as the operands' kinds join.
    fn numeric_fold(&mut self, what: &str, elem: TV, start: Option<TV>, sp: Span) -> TV {
        let mut k = match self.kv(elem) {
            Kind::Bool | Kind::Int => Kind::Int,
            Kind::Float => Kind::Float,
            Kind::Num => Kind::Num,
            Kind::Unknown => Kind::Int,
            other => {
                let d = self.describe(&other);
                self.error("unsupported-builtin", format!("unsupported: `{what}` of `{d}` values"), sp, "");
                Kind::Int
            }
        };
        if let Some(s) = start {
            let ks = self.kv(s);
            k = match (k, ks) {
                (Kind::Float, _) | (_, Kind::Float) => Kind::Float,
                (Kind::Num, _) | (_, Kind::Num) => Kind::Num,
                (k, _) => k,
            };
        }
        match k {
            Kind::Float => self.c("Float"),
            Kind::Num => self.c("Num"),
            _ => self.c("Int"),
        }
    }

    /// `Cls.attr = v`: records that the class attribute changes after the class body, so an
    /// instance field of the same name cannot start out as a copy of it (emit/classes.rs).
    fn note_rebound_attr(&mut self, value: &Expr, attr: &str) {
        let ExprKind::Name(n) = &value.kind else { return };
        if self.lookup(n, Some(value.id), value.span).is_some() {
            return;
        }
        if let Some(NameRef::Class(c)) = self.names.get(&value.id).cloned() {
            if let Some((owner, _)) = up_hierarchy(&self.classes, Some(c), |i| i.base, |i| i.attrs.iter().any(|(a, _)| a == attr).then_some(())) {
                if !self.classes[owner].rebound_attrs.iter().any(|a| a == attr) {
                    self.classes[owner].rebound_attrs.push(attr.to_string());
                }
            }
        }
    }

    /// The field (its type) that class `c` (or a base) hands attributes it lacks to with
    /// `__getattr__` (`ClassDef::delegate`); the final pass asks for `value` to be rewritten as
    /// `value.field`.
    fn delegated(&mut self, c: ClassId, value: &Expr) -> Option<TV> {
        if c == self.duck_root() {
            return None;
        }
        let mut k = Some(c);
        let mut field = None;
        while let Some(x) = k {
            if let Some(f) = self.prog.classes.get(x).and_then(|d| d.delegate.clone()) {
                field = Some(f);
                break;
            }
            k = self.classes[x].base;
        }
        let field = field?;
        let t = self.find_field(Some(c), &field)?;
        if self.final_pass {
            self.rewrites.insert((value.span.start, value.span.end), crate::rewrite::Rewrite::Delegate { field });
        }
        Some(t)
    }

    /// The type slot of `value.attr` (an instance field or a class attribute), or `None` after a diagnostic.
    fn attr_slot(&mut self, value: &Expr, attr: &str, sp: Span) -> Option<TV> {
        if let ExprKind::Name(n) = &value.kind {
            if self.lookup(n, Some(value.id), value.span).is_none() {
                if let Some(NameRef::Class(c)) = self.names.get(&value.id).cloned() {
                    if attr == "__name__" && self.find_attr(Some(c), attr).is_none() {
                        return Some(self.c("Str"));
                    }
                    let found = self.find_attr(Some(c), attr);
                    if found.is_none() {
                        let cn = self.prog.classes[c].name.clone();
                        if self.find_method(Some(c), attr).is_some() {
                            // Valid Python (the function itself), but not a value the port can hold.
                            let help = format!("call it where it is used (`{cn}.{attr}(...)`), or wrap it: `lambda x: {cn}.{attr}(x)`");
                            self.error("unsupported-syntax", format!("unsupported: the method `{cn}.{attr}` as a value"), sp, &help);
                        } else {
                            self.error("type-error", format!("type object `{cn}` has no attribute `{attr}`"), sp, "");
                        }
                    }
                    return found;
                }
                self.error("unsupported-syntax", format!("unsupported: attribute `.{attr}` here"), sp, "");
                return None;
            }
        }
        let vt = self.infer(value);
        if let Some(t) = self.re_attribute(vt, attr, sp) {
            return Some(t);
        }
        if let Some(t) = self.bound_method(value, vt, attr) {
            return Some(t);
        }
        let kk = self.kv(vt);
        if let Some(t) = self.datetime_attr(&kk, attr) {
            return Some(t);
        }
        match self.kv(vt) {
            Kind::Obj(c) => {
                if let Some(t) = self.find_field(Some(c), attr).or_else(|| self.find_attr(Some(c), attr)) {
                    return Some(t);
                }
                if c == self.duck_root() {
                    if let Some(t) = self.duck_field(attr) {
                        return Some(t);
                    }
                } else if let Some(t) = self.sub_field(c, attr) {
                    return Some(t);
                }
                if let Some(t) = self.object_bound_method(value, c, attr) {
                    return Some(t);
                }
                if let Some(Kind::Obj(d)) = self.delegated(c, value).map(|f| self.kv(f)) {
                    if let Some(t) = self.find_field(Some(d), attr).or_else(|| self.find_attr(Some(d), attr)) {
                        return Some(t);
                    }
                }
                if self.final_pass {
                    let cn = self.class_name(c);
                    let help = if self.find_method(Some(c), attr).is_some() {
                        "call the method: bound methods of classmethods, generators and methods with `*args` or keyword-only parameters are not supported as values"
                    } else {
                        "assign every field as `self.name = ...` in a method of the class (e.g. `__init__`)"
                    };
                    self.error("type-error", format!("`{cn}` object has no attribute `{attr}`"), sp, help);
                }
                None
            }
            Kind::Unknown | Kind::Conflict => None,
            Kind::Frac if matches!(attr, "numerator" | "denominator") => Some(self.c("Int")),
            // An int-or-Fraction: an int is its own numerator, over 1.
            Kind::Union(ms) if matches!(attr, "numerator" | "denominator") && ms.iter().all(|&m| matches!(self.kv(m), Kind::Int | Kind::Bool | Kind::Frac)) => Some(self.c("Int")),
            Kind::Cplx if matches!(attr, "real" | "imag") => self.complex_attr(attr),
            Kind::DecCtx => self.decimal_ctx_attr(attr, sp),
            Kind::TextFile | Kind::BinFile => self.file_attr(attr, sp),
            Kind::Array(_) if attr == "typecode" => Some(self.c("Str")),
            // `q.queue` of a `queue.Queue` (a deque in the port): the deque of its items.
            Kind::Deque(_) if attr == "queue" => Some(vt),
            Kind::Array(_) if attr == "itemsize" => Some(self.c("Int")),
            // `f.__name__` / `f.__doc__` of a function value (see `emit/builtin_attrs.rs`).
            Kind::Fn(..) if matches!(attr, "__name__" | "__doc__") => Some(self.c("Str")),
            k => {
                let d = self.describe(&k);
                self.error("unsupported-syntax", format!("unsupported: attribute `.{attr}` of a `{d}` value"), sp, "");
                None
            }
        }
    }

    /// The operand of `raise` (or its `from`): an exception class, a call of one, or an exception value.
    fn exception_value(&mut self, e: &Expr) {
        if let ExprKind::Name(n) = &e.kind {
            if self.lookup(n, Some(e.id), e.span).is_none() {
                let user_exc = matches!(self.names.get(&e.id), Some(NameRef::Class(c)) if self.is_exc_class(*c));
                if !user_exc && !matches!(self.names.get(&e.id), Some(NameRef::Builtin(b)) if builtins::is_exception(b)) {
                    self.error("type-error", format!("exceptions must derive from BaseException, not `{n}`"), e.span, "");
                }
                return;
            }
        }
        let t = self.infer(e);
        match self.kv(t) {
            Kind::Exc | Kind::Unknown | Kind::Conflict => {}
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("exceptions must derive from BaseException, not `{d}`"), e.span, "");
            }
        }
    }

    fn read_target(&mut self, t: &Target) -> TV {
        match t {
            Target::Name { name, span } => self.lookup(name, None, *span).unwrap_or_else(|| self.c("Unknown")),
            Target::Subscript { value, index, span } => self.subscript(value, index, *span),
            Target::Attr { value, attr, span } => self.attr_slot(value, attr, *span).unwrap_or_else(|| self.c("Unknown")),
            Target::Tuple { .. } | Target::Starred { .. } => self.c("Unknown"),
        }
    }

    fn assign(&mut self, target: &Target, t: TV) {
        match target {
            Target::Tuple { elts, span } if elts.iter().any(|e| matches!(e, Target::Starred { .. })) => {
                self.assign_starred(elts, *span, t)
            }
            // Only inside a tuple target (the front end checks).
            Target::Starred { .. } => {}
            Target::Attr { value, attr, span } => {
                self.outside_field(value, attr);
                self.note_rebound_attr(value, attr);
                if let Some(slot) = self.attr_slot(value, attr, *span) {
                    self.cur_what = Some(format!(".{attr}"));
                    self.flow(t, slot);
                    self.cur_what = None;
                }
            }
            Target::Name { name, .. } => {
                let var = self.store_var(name);
                self.cur_what = Some(name.clone());
                self.flow(t, var);
                self.cur_what = None;
            }
            Target::Subscript { value, index, span } => {
                let vt = self.infer(value);
                let it = self.infer(index);
                match self.kv(vt) {
                    // `obj[i] = v`: `obj.__setitem__(i, v)`.
                    Kind::Obj(c) if self.find_method(Some(c), "__setitem__").is_some() => {
                        self.dunder_call(c, "__setitem__", &[it, t], *span);
                    }
                    Kind::List(e) => {
                        if matches!(index.kind, ExprKind::Slice { .. }) {
                            // `xs[a:b] = iterable`: its elements become list elements.
                            let el = self.iter_elem(t, *span);
                            self.flow_into(el, e, "list element", *span);
                            return;
                        }
                        self.check_subscript_index(it, index.span);
                        self.cur_what = Some("list element".into());
                        self.flow(t, e);
                        self.cur_what = None;
                    }
                    Kind::Mapping(MapKind::Counter, _, _) if !matches!(self.kv(t), Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) => {
                        let d = self.kv(t);
                        let d = self.describe(&d);
                        self.error("unsupported-builtin", format!("unsupported: Counter counts of type `{d}`"), *span, "the builtin engine's Counter counts with ints");
                    }
                    Kind::Dict(k, v) | Kind::Mapping(_, k, v) => {
                        self.check_hashable(it, index.span);
                        self.flow_into(it, k, "dict key", index.span);
                        self.flow_into(t, v, "dict value", *span);
                    }
                    Kind::Deque(e) => {
                        self.check_subscript_index(it, index.span);
                        self.flow_into(t, e, "deque element", *span);
                    }
                    Kind::Array(c) => {
                        if matches!(index.kind, ExprKind::Slice { .. }) {
                            self.error("unsupported-syntax", "unsupported: assigning to a slice of an array", index.span, ARRAY_HELP);
                        } else {
                            self.check_subscript_index(it, index.span);
                            self.array_item_ok(c, t, *span);
                        }
                    }
                    Kind::ByteArray => {
                        let k = self.kv(t);
                        let ok = if matches!(index.kind, ExprKind::Slice { .. }) {
                            let el = if matches!(k, Kind::List(_)) { self.iter_elem(t, *span) } else { t };
                            let ke = self.kv(el);
                            matches!(k, Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict)
                                || (matches!(k, Kind::List(_)) && matches!(ke, Kind::Int | Kind::Bool | Kind::Unknown))
                        } else {
                            self.check_index(it, index.span);
                            matches!(k, Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict)
                        };
                        if !ok {
                            let d = self.describe(&k);
                            self.error("unsupported-builtin", format!("unsupported: storing a `{d}` into a bytearray"), *span, "");
                        }
                    }
                    Kind::Unknown => {}
                    // A value of several types, some of which take item assignment (a list whose
                    // str items a loop turns into lists, `rows[i] = list(rows[i])`): CPython fails
                    // only if the value is of another type when the store runs.
                    Kind::Union(ms) if ms.iter().any(|&m| matches!(self.kv(m), Kind::List(_) | Kind::Dict(..) | Kind::Deque(_) | Kind::ByteArray | Kind::Array(_) | Kind::Obj(_))) => {
                        let d = self.describe(&Kind::Union(ms));
                        self.error(
                            "unsupported-type",
                            format!("unsupported: item assignment to a value that may be any of `{d}`"),
                            *span,
                            "give the variable or the list's items one type (e.g. build the rows as lists from the start: `rows = [list(r) for r in rows]`), or use `--engine auto` to hand the program to an LLM",
                        );
                    }
                    k => {
                        let d = self.describe(&k);
                        self.error(
                            "type-error",
                            format!("`{d}` object does not support item assignment"),
                            *span,
                            "",
                        );
                    }
                }
            }
            Target::Tuple { elts, span } => match self.kv(t) {
                Kind::Tuple(ts) => {
                    if ts.len() != elts.len() {
                        self.error(
                            "type-error",
                            format!("cannot unpack a tuple of {} values into {} targets", ts.len(), elts.len()),
                            *span,
                            "",
                        );
                        return;
                    }
                    for (el, tv) in elts.iter().zip(ts) {
                        self.assign(el, tv);
                    }
                }
                Kind::List(e) | Kind::Iter(e) | Kind::VTuple(e) | Kind::Gen(e) => {
                    for el in elts {
                        self.assign(el, e);
                    }
                }
                // `a, b, c = "xyz"`: one character each.
                Kind::Str => {
                    for el in elts {
                        self.assign(el, t);
                    }
                }
                Kind::Union(ms) => self.union_unpack(elts, &ms, *span),
                Kind::Obj(c) if self.prog.namedtuple_fields(c).is_some() => self.namedtuple_unpack(c, elts, *span),
                Kind::Unknown => {}
                k => {
                    let d = self.describe(&k);
                    self.type_error_unless_union(&k, "unpacking", format!("cannot unpack a value of type `{d}`"), *span);
                }
            },
        }
    }

    /// `a, *rest, z = value`: the starred name gets a list of the items the others leave.
    fn assign_starred(&mut self, elts: &[Target], span: Span, t: TV) {
        let star = elts.iter().position(|e| matches!(e, Target::Starred { .. })).unwrap_or(0);
        let rest_elem = self.fresh(Kind::Unknown);
        match self.kv(t) {
            Kind::List(e) | Kind::Iter(e) | Kind::Gen(e) | Kind::VTuple(e) => {
                for el in elts {
                    if matches!(el, Target::Starred { .. }) {
                        self.flow(e, rest_elem);
                    } else {
                        self.assign(el, e);
                    }
                }
            }
            Kind::Str => {
                let s = self.c("Str");
                for el in elts {
                    if matches!(el, Target::Starred { .. }) {
                        self.flow(s, rest_elem);
                    } else {
                        self.assign(el, s);
                    }
                }
            }
            Kind::Tuple(ts) => {
                let after = elts.len() - star - 1;
                if ts.len() < elts.len() - 1 {
                    self.error(
                        "type-error",
                        format!("cannot unpack a tuple of {} values into at least {} targets", ts.len(), elts.len() - 1),
                        span,
                        "",
                    );
                    return;
                }
                for (i, el) in elts.iter().enumerate().take(star) {
                    self.assign(el, ts[i]);
                }
                for &tv in &ts[star..ts.len() - after] {
                    self.flow_into(tv, rest_elem, "starred list element", span);
                }
                for (j, el) in elts[star + 1..].iter().enumerate() {
                    self.assign(el, ts[ts.len() - after + j]);
                }
            }
            Kind::Unknown => return,
            k => {
                let d = self.describe(&k);
                self.type_error_unless_union(&k, "unpacking", format!("cannot unpack a value of type `{d}`"), span);
                return;
            }
        }
        if let Target::Starred { name, .. } = &elts[star] {
            let list = self.fresh(Kind::List(rest_elem));
            let var = self.store_var(name);
            self.cur_what = Some(name.clone());
            self.flow(list, var);
            self.cur_what = None;
        }
    }

    fn check_index(&mut self, it: TV, sp: Span) {
        match self.kv(it) {
            Kind::Int | Kind::Bool | Kind::Num | Kind::Unknown | Kind::Conflict => {}
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("list indices must be integers, not `{d}`"), sp, "");
            }
        }
    }

    /// `t`, or a variable of its own (slot `k` of expression `id`) when `t` is the shared
    /// `Unknown` constant: a tuple built around the constant early would, once merged with a
    /// typed tuple, give the constant (and every untyped place) that type.
    fn not_the_unknown_const(&mut self, t: TV, id: ExprId, k: usize) -> TV {
        if t == self.c("Unknown") { self.aux(id, 150u8.saturating_add(k.min(100) as u8), Kind::Unknown) } else { t }
    }

    fn iter_elem(&mut self, it: TV, sp: Span) -> TV {
        match self.kv(it) {
            Kind::List(e) | Kind::Iter(e) | Kind::Gen(e) | Kind::Set(e) | Kind::FSet(e) | Kind::Dict(e, _) | Kind::Deque(e) | Kind::Mapping(_, e, _) | Kind::VTuple(e) => e,
            Kind::Str => self.c("Str"),
            Kind::Bytes | Kind::ByteArray => self.c("Int"),
            Kind::TextFile => self.c("Str"),
            Kind::BinFile => self.c("Bytes"),
            Kind::Array(c) => self.c(array_item(c)),
            Kind::Tuple(ts) => {
                let e = self.aux(sp.start, 200, Kind::Unknown);
                for t in ts {
                    self.flow(t, e);
                }
                e
            }
            Kind::Union(ms) => self.union_iter_elem(&ms, sp),
            Kind::Unknown | Kind::Conflict => self.c("Unknown"),
            Kind::Obj(c) if c != self.duck_root() && self.find_method(Some(c), "__iter__").is_some() => self.obj_iter_elem(c, sp),
            Kind::Obj(c) if self.prog.namedtuple_fields(c).is_some() => {
                let cn = self.class_name(c);
                self.error("unsupported-syntax", format!("unsupported: iterating over a namedtuple (`{cn}`)"), sp, "unpack it (`a, b = p`) or read its fields by name; `--engine auto` can hand the program to an LLM");
                self.c("Unknown")
            }
            k => {
                let d = self.describe(&k);
                self.type_error_unless_union(&k, "iterating", format!("`{d}` object is not iterable"), sp);
                self.c("Unknown")
            }
        }
    }

    /// `iter(obj)` gives the iterator object `obj.__iter__()` returns (`it`); iterating that again (a
    /// `for` loop over it) calls its own `__iter__` once more. The port iterates the `__next__`
    /// results instead, which is the same when that `__iter__` is `return self`: otherwise (it
    /// resets a counter, say) the call is refused.
    fn check_iter_reentry(&mut self, it: TV, sp: Span) {
        let Kind::Obj(i) = self.kv(it) else { return };
        if i == self.duck_root() || self.find_method(Some(i), "__next__").is_none() {
            return;
        }
        let Some(again) = self.find_method(Some(i), "__iter__") else { return };
        let f = &self.prog.functions[again];
        let me = f.params.first().map(|p| p.name.as_str());
        let body: Vec<&Stmt> = f.body.iter().filter(|s| !matches!(&s.kind, StmtKind::Expr(Expr { kind: ExprKind::Str(_), .. }))).collect();
        let trivial = matches!(&body[..], [Stmt { kind: StmtKind::Return(Some(Expr { kind: ExprKind::Name(n), .. })), .. }] if Some(n.as_str()) == me);
        if !trivial {
            let cn = self.class_name(i);
            self.error(
                "unsupported-syntax",
                format!("unsupported: `iter()` of an object whose iterator class `{cn}` has an `__iter__` that does more than `return self`"),
                sp,
                "iterate the object with a `for` loop (or make `__iter__` only `return self`); `--engine auto` can hand the program to an LLM",
            );
        }
    }

    /// The items of a `c` object iterated over through its class's `__iter__`. The final pass
    /// records where, so that [`crate::infer_iterating`] wraps the iterable in an `__iter__()` call
    /// and infers the program again.
    fn obj_iter_elem(&mut self, c: ClassId, sp: Span) -> TV {
        let Some(fid) = self.find_method(Some(c), "__iter__") else {
            return self.c("Unknown");
        };
        let cn = self.class_name(c);
        let it = if self.prog.functions[fid].is_generator { self.funcs[fid].gen_tv } else { self.funcs[fid].ret };
        match self.kv(it) {
            // An iterator object: its `__next__` results until StopIteration.
            Kind::Obj(i) if let Some(next) = self.find_method(Some(i), "__next__").filter(|_| i != self.duck_root()) => {
                if self.final_pass {
                    self.rewrites.insert((sp.start, sp.end), crate::rewrite::Rewrite::Iter { class: cn, next: true });
                }
                // A variable of their own for the items, fed by `__next__`'s result (sharing that
                // result's variable let a tuple target of `zip(xs, obj)` leave it None).
                let ret = self.funcs[next].ret;
                let item = self.aux(sp.start, 201, Kind::Unknown);
                self.flow(ret, item);
                item
            }
            Kind::Obj(i) => {
                let ic = self.class_name(i);
                self.error(
                    "type-error",
                    format!("iter() returned non-iterator of type '{ic}' (the `__iter__` of `{cn}` returns an object whose class defines no `__next__`)"),
                    sp,
                    "define `__next__` on that class, or write `__iter__` as a generator (with `yield`)",
                );
                self.c("Unknown")
            }
            _ => {
                if self.final_pass {
                    self.rewrites.insert((sp.start, sp.end), crate::rewrite::Rewrite::Iter { class: cn, next: false });
                }
                self.iter_elem(it, sp)
            }
        }
    }

    /// A Python TypeError found at compile time (`msg`); but for a union, whose members may each
    /// support `what`, this compiler's limit rather than an error of the program.
    fn type_error_unless_union(&mut self, k: &Kind, what: &str, msg: String, sp: Span) {
        if matches!(k, Kind::Union(_)) {
            let d = self.describe(k);
            self.error("unsupported-syntax", format!("unsupported: {what} a value that may be any of `{d}`"), sp, "");
        } else {
            self.error("type-error", msg, sp, "");
        }
    }

    // ---------- expressions ----------

    pub(crate) fn infer(&mut self, e: &Expr) -> TV {
        let saved = self.cur_span;
        self.cur_span = e.span;
        let t = self.compute(e);
        let et = self.expr_tv[e.id as usize];
        let saved_what = self.cur_what.take();
        self.flow(t, et);
        self.cur_what = saved_what;
        self.cur_span = saved;
        if self.final_pass && !self.recursive_reported && self.recursive_type(et, &mut Vec::new()) {
            self.recursive_reported = true;
            self.error(
                "unsupported-syntax",
                "unsupported: this value has a recursive type (e.g. a list that may hold lists of its own kind, nested without limit)",
                e.span,
                "C++ needs a finite static type for every value; `--engine auto` can hand this program to an LLM",
            );
        }
        // A recursive function building variable-length tuples (or lists…) of its own results
        // unrolls one level per pass instead of closing a cycle (`succ(x)` yielding `(i,) + x`).
        if self.final_pass && !self.recursive_reported && self.nested_chain(et) > 16 {
            self.recursive_reported = true;
            self.error("unsupported-type", "unsupported: a value whose type contains itself", e.span, SELF_TYPE_HELP);
        }
        if std::mem::take(&mut self.rec_found) && self.rec_span.is_none() {
            self.rec_span = Some(e.span);
        }
        et
    }

    /// Whether the type of `t` contains itself (its type graph has a cycle), or nests deeper
    /// than `resolve` follows: such a type has no finite C++ spelling.
    fn recursive_type(&mut self, t: TV, stack: &mut Vec<TV>) -> bool {
        let r = self.find(t);
        if let Some(pos) = stack.iter().position(|&x| x == r) {
            // A cycle through a union and a list has a finite C++ spelling (`Ty::Rec`).
            let ok = self.rec_cycle_ok(&stack[pos..].to_vec());
            self.rec_found |= ok;
            return !ok;
        }
        if stack.len() > 32 {
            return true;
        }
        let kids: Vec<TV> = match self.k(r) {
            Kind::List(e) | Kind::Gen(e) | Kind::Iter(e) | Kind::Opt(e) | Kind::Set(e) | Kind::FSet(e) | Kind::Deque(e) => vec![e],
            Kind::Dict(k, v) | Kind::Mapping(_, k, v) => vec![k, v],
            Kind::Tuple(ts) | Kind::Union(ts) => ts,
            Kind::Fn(ps, ret) => ps.into_iter().chain(std::iter::once(ret)).collect(),
            _ => return false,
        };
        stack.push(r);
        let found = kids.into_iter().any(|k| self.recursive_type(k, stack));
        stack.pop();
        found
    }

    fn compute(&mut self, e: &Expr) -> TV {
        match &e.kind {
            ExprKind::Int(_) => self.c("Int"),
            ExprKind::Float(_) => self.c("Float"),
            ExprKind::Bool(_) => self.c("Bool"),
            ExprKind::None => self.c(NONE_TV),
            ExprKind::Bytes(_) => self.c("Bytes"),
            ExprKind::Str(_) | ExprKind::FString(_) => {
                if let ExprKind::FString(parts) = &e.kind {
                    self.fparts(parts);
                }
                self.c("Str")
            }
            ExprKind::Name(n) => {
                if n == "__name__" {
                    return self.c("Str");
                }
                match self.lookup(n, Some(e.id), e.span) {
                    Some(tv) if !self.narrow.is_empty() => match self.narrowed_member(n, tv) {
                        Some(m) => {
                            self.narrowed.insert(e.id);
                            // Before the variable became a union, another member's type may have
                            // reached this read: it starts afresh as the member.
                            let et = self.expr_tv[e.id as usize];
                            let (ek, mk) = (self.k(et), self.k(m));
                            if ek != Kind::Unknown && (matches!(ek, Kind::Union(_)) || union_tag(&ek) != union_tag(&mk)) {
                                self.expr_tv[e.id as usize] = self.fresh(Kind::Unknown);
                            }
                            m
                        }
                        None => tv,
                    },
                    Some(tv) => tv,
                    None => match self.names.get(&e.id).cloned() {
                        // A module-level `def` used as a value.
                        Some(NameRef::Function(fid)) if self.prog.functions[fid].class.is_none() => {
                            let ps = self.funcs[fid].params.clone();
                            let r = if self.prog.functions[fid].is_generator { self.funcs[fid].gen_tv } else { self.funcs[fid].ret };
                            self.fresh(Kind::Fn(ps, r))
                        }
                        // `from math import pi`, `from sys import argv`: the module's constant.
                        Some(NameRef::Imported { module, name }) => match self.module_constant_tv(&module, &name, e.id) {
                            Some(tv) => tv,
                            None => self.c("Unknown"),
                        },
                        _ => self.c("Unknown"),
                    },
                }
            }
            ExprKind::Named { name, name_span, value } => {
                let v = self.infer(value);
                // `:=` binds in the enclosing function even inside a comprehension.
                let saved = std::mem::take(&mut self.comp_scopes);
                let var = self.store_var(name);
                self.comp_scopes = saved;
                self.cur_span = *name_span;
                self.cur_what = Some(name.clone());
                self.flow(v, var);
                self.cur_what = None;
                var
            }
            ExprKind::BinOp { op, left, right } => {
                let l = self.infer(left);
                let r = self.infer(right);
                self.cur_span = e.span;
                // `type(x)` is a class, which the port spells as its text; no operator takes a
                // class (CPython's TypeError: `"a" + type(x)`), but `"%s" % type(x)` formats it.
                let is_type_call = |me: &mut Self, x: &Expr| match &x.kind {
                    ExprKind::Call { func, args, keywords } if args.len() == 1 && keywords.is_empty() => {
                        matches!(&func.kind, ExprKind::Name(n) if n == "type" && me.lookup(n, None, func.span).is_none())
                    }
                    _ => false,
                };
                let (lt, rt) = (is_type_call(self, left), is_type_call(self, right));
                if lt || (*op != BinOp::Mod && rt) {
                    // With a builtin value on the other side, the port raises that TypeError.
                    let other = if lt { r } else { l };
                    let builtin = |k: &Kind| matches!(k, Kind::Bool | Kind::Int | Kind::Float | Kind::Str | Kind::List(_) | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_));
                    if (lt && rt) || builtin(&self.kv(other)) {
                        self.type_operand_errors.insert(e.id);
                        return if lt { r } else { l };
                    }
                    self.error(
                        "unsupported-builtin",
                        "unsupported: a class (`type(x)`) as an operand: CPython raises TypeError here",
                        e.span,
                        "convert it first, `str(type(x))` or `type(x).__name__`; or use `--engine auto` to hand the program to an LLM",
                    );
                    return self.c("Unknown");
                }
                self.binop(*op, l, r, right, e.span)
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => {
                self.infer_cond(operand);
                self.c("Bool")
            }
            ExprKind::UnaryOp { op, operand } => {
                let t = self.infer(operand);
                match (op, self.kv(t)) {
                    (UnaryOp::Not, _) => self.c("Bool"),
                    (_, Kind::Unknown) => self.c("Unknown"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Bool | Kind::Int) => self.c("Int"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Float) => self.c("Float"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Num) => self.c("Num"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Frac) => self.c("Frac"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Cplx) => self.c("Complex"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::Dec) => self.c("Decimal"),
                    (UnaryOp::Neg | UnaryOp::Pos, Kind::TimeDelta) => self.c("TimeDelta"),
                    (UnaryOp::Neg, Kind::Obj(c)) => self.dunder_call(c, "__neg__", &[], e.span),
                    (UnaryOp::Pos, Kind::Obj(c)) => self.dunder_call(c, "__pos__", &[], e.span),
                    (UnaryOp::Invert, Kind::Obj(c)) => self.dunder_call(c, "__invert__", &[], e.span),
                    (UnaryOp::Invert, Kind::Bool | Kind::Int) => self.c("Int"),
                    (UnaryOp::Neg, Kind::Union(ms)) => self.union_unary("-", &ms, e),
                    (UnaryOp::Pos, Kind::Union(ms)) => self.union_unary("+", &ms, e),
                    (UnaryOp::Invert, Kind::Union(ms)) => self.union_unary("~", &ms, e),
                    (_, k) => {
                        let d = self.describe(&k);
                        let sym = match op {
                            UnaryOp::Neg => "unary -",
                            UnaryOp::Pos => "unary +",
                            _ => "unary ~",
                        };
                        self.error("type-error", format!("bad operand type for {sym}: `{d}`"), e.span, "");
                        self.c("Unknown")
                    }
                }
            }
            ExprKind::BoolOp { values, .. } => {
                let out = self.aux(e.id, 0, Kind::Unknown);
                for v in values {
                    let t = self.infer(v);
                    self.cur_span = v.span;
                    self.flow(t, out);
                }
                out
            }
            ExprKind::Compare { left, ops, comparators } if self.type_test(left, ops, comparators).is_some() => {
                let x = self.type_test(left, ops, comparators).unwrap_or(left);
                self.infer(x);
                self.c("Bool")
            }
            ExprKind::Compare { left, ops, comparators } => {
                let mut prev = self.infer(left);
                for (op, c) in ops.iter().zip(comparators) {
                    let t = self.infer(c);
                    self.check_compare(*op, prev, t, e.span);
                    prev = t;
                }
                self.c("Bool")
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.infer_cond(test);
                let out = self.aux(e.id, 0, Kind::Unknown);
                if let Some(truth) = self.static_lazy_test(test) {
                    // `isinstance(gen, list)`: only the live branch is inferred (and emitted).
                    let live = self.infer(if truth { body } else { orelse });
                    self.cur_span = e.span;
                    self.flow(live, out);
                    return out;
                }
                let depth = self.narrow.len();
                if let Some(n) = self.narrowing(test, true, &[]) {
                    self.narrow.push(n);
                }
                let b = self.infer(body);
                self.narrow.truncate(depth);
                if let Some(n) = self.narrowing(test, false, &[]) {
                    self.narrow.push(n);
                }
                let o = self.infer(orelse);
                self.narrow.truncate(depth);
                self.cur_span = e.span;
                self.flow(b, out);
                self.flow(o, out);
                out
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords),
            ExprKind::Attribute { value, attr } => {
                if let Some(x) = type_name_of(value, attr) {
                    // `type(e).__name__` of an exception.
                    let t = self.infer(x);
                    // (or of a value of one builtin type: its name is known statically)
                    if !matches!(
                        self.kv(t),
                        Kind::Exc | Kind::Unknown | Kind::Conflict | Kind::Bool | Kind::Int | Kind::Float | Kind::Str | Kind::List(_) | Kind::Dict(..) | Kind::Set(_) | Kind::Tuple(_)
                    ) && !self.type_name_known(t)
                        && !(matches!(x.kind, ExprKind::Lambda { .. }) || matches!(self.names.get(&x.id), Some(NameRef::Function(_))))
                    {
                        self.error("unsupported-builtin", "unsupported: `type(x).__name__` of a value other than an exception", e.span, "");
                    }
                    return self.c("Str");
                }
                if let ExprKind::Name(n) = &value.kind {
                    self.lookup(n, Some(value.id), value.span);
                    if let Some(NameRef::Module(m)) = self.names.get(&value.id).cloned() {
                        return match self.module_constant_tv(&m, attr, e.id) {
                            Some(tv) => tv,
                            None => {
                                self.error(
                                    "unsupported-builtin",
                                    format!("unsupported: `{m}.{attr}`"),
                                    e.span,
                                    "",
                                );
                                self.c("Unknown")
                            }
                        };
                    }
                }
                self.attr_slot(value, attr, e.span).unwrap_or_else(|| self.c("Unknown"))
            }
            ExprKind::Subscript { value, index } => self.subscript(value, index, e.span),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    let t = self.infer(p);
                    self.check_index(t, p.span);
                }
                self.c("Unknown")
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) if star::has_star(elts) => self.starred_display(e, elts),
            ExprKind::List(elts) => {
                let (l, el) = self.list_of(e.id, 0);
                for x in elts {
                    let t = self.infer(x);
                    self.cur_span = x.span;
                    self.cur_what = Some("list element".into());
                    self.flow(t, el);
                    self.cur_what = None;
                }
                l
            }
            ExprKind::Tuple(elts) if elts.len() > 16 && literal_table(elts) => {
                // A long tuple of literals of one shape (a data table): `tuple[T, ...]`, one C++
                // element type instead of a `std::tuple` of hundreds of members.
                let el = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                for x in elts {
                    let t = self.infer(x);
                    self.flow_into(t, el, "tuple element", x.span);
                }
                self.aux(e.id, 0, Kind::VTuple(el))
            }
            ExprKind::Tuple(elts) => {
                let ts = elts.iter().map(|x| self.infer(x)).collect();
                self.fresh(Kind::Tuple(ts))
            }
            ExprKind::Dict(items) if star::has_star(items) => self.starred_dict(e, items),
            ExprKind::Dict(items) => {
                let (d, k, v) = self.dict_of(e.id, 0);
                for it in items {
                    let ExprKind::Tuple(kv) = &it.kind else { continue };
                    let (kt, vt) = (self.infer(&kv[0]), self.infer(&kv[1]));
                    self.check_hashable(kt, kv[0].span);
                    self.flow_into(kt, k, "dict key", kv[0].span);
                    self.flow_into(vt, v, "dict value", kv[1].span);
                }
                d
            }
            ExprKind::Set(elts) => {
                let (st, el) = self.set_of(e.id, 0);
                for x in elts {
                    let t = self.infer(x);
                    self.check_hashable(t, x.span);
                    self.flow_into(t, el, "set element", x.span);
                }
                st
            }
            ExprKind::SetComp { elt, generators } | ExprKind::DictComp { elt, generators } => {
                self.comp_scopes.push((e.id, HashMap::new()));
                for g in generators {
                    let it = self.infer(&g.iter);
                    let elem = self.iter_elem(it, g.iter.span);
                    self.declare_comp_target(e.id, &g.target);
                    self.assign(&g.target, elem);
                    for cond in &g.ifs {
                        self.infer_cond(cond);
                    }
                }
                let out = match (&e.kind, &elt.kind) {
                    (ExprKind::DictComp { .. }, ExprKind::Tuple(kv)) => {
                        let (d, k, v) = self.dict_of(e.id, 0);
                        let (kt, vt) = (self.infer(&kv[0]), self.infer(&kv[1]));
                        self.check_hashable(kt, kv[0].span);
                        self.flow_into(kt, k, "dict key", kv[0].span);
                        self.flow_into(vt, v, "dict value", kv[1].span);
                        d
                    }
                    _ => {
                        let (st, el) = self.set_of(e.id, 0);
                        let t = self.infer(elt);
                        self.check_hashable(t, elt.span);
                        self.flow_into(t, el, "set element", elt.span);
                        st
                    }
                };
                self.comp_scopes.pop();
                out
            }
            ExprKind::GenExp { elt, generators } if self.kept_gen.contains(&e.id) => self.kept_genexp(e, elt, generators),
            ExprKind::ListComp { elt, generators } | ExprKind::GenExp { elt, generators } => {
                let (l, el) = self.list_of(e.id, 0);
                self.comp_scopes.push((e.id, HashMap::new()));
                for g in generators {
                    let it = self.infer(&g.iter);
                    let elem = self.iter_elem(it, g.iter.span);
                    self.declare_comp_target(e.id, &g.target);
                    self.assign(&g.target, elem);
                    for cond in &g.ifs {
                        self.infer_cond(cond);
                    }
                }
                let t = self.infer(elt);
                self.cur_span = elt.span;
                self.flow(t, el);
                self.comp_scopes.pop();
                l
            }
            ExprKind::Lambda { params, body } => {
                // A lambda used as a value: a function value closing over what it reads.
                self.comp_scopes.push((e.id, HashMap::new()));
                let mut ps = Vec::new();
                for (p, sp) in params {
                    self.declare_comp_target(e.id, &Target::Name { name: p.clone(), span: *sp });
                    ps.push(self.comp_vars[&(e.id, p.clone())]);
                }
                self.lambda_stack.push(e.id);
                let r = self.infer(body);
                self.lambda_stack.pop();
                self.comp_scopes.pop();
                let out = self.aux(e.id, 0, Kind::Unknown);
                self.flow(r, out);
                self.fresh(Kind::Fn(ps, out))
            }
            ExprKind::Starred(inner) => {
                // `print(*xs)` and `heapq.merge(*xs)`: any iterable will do. Elsewhere (a method
                // call with a `*` argument that was not packed) it is refused.
                if !self.star_ok {
                    self.error("unsupported-syntax", "unsupported: a `*` argument in this call", e.span, "pass the values one by one");
                }
                let t = self.infer(inner);
                self.iter_elem(t, inner.span);
                self.c(NONE_TV)
            }
            ExprKind::Yield(v) => {
                if let Some(f) = self.cur_func {
                    let t = match v {
                        Some(v) => self.infer(v),
                        None => self.c(NONE_TV),
                    };
                    let y = self.funcs[f].yield_tv;
                    self.cur_what = Some("yielded value".into());
                    self.flow(t, y);
                    self.cur_what = None;
                }
                self.c(NONE_TV)
            }
        }
    }

    /// An expression used only for its truth value: `a and b` there need not have one type.
    fn infer_cond(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.infer_cond(v)),
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => {
                self.infer_cond(operand);
                let b = self.c("Bool");
                let et = self.expr_tv[e.id as usize];
                self.flow(b, et);
            }
            _ => {
                self.infer(e);
            }
        }
    }

    fn declare_comp_target(&mut self, comp: ExprId, t: &Target) {
        match t {
            Target::Name { name, .. } => {
                let scope = &self.comp_scopes.last().expect("comprehension scope").1;
                if scope.contains_key(name) {
                    return;
                }
                let tv = match self.comp_vars.get(&(comp, name.clone())) {
                    Some(&tv) => tv,
                    None => {
                        let tv = self.fresh(Kind::Unknown);
                        self.comp_vars.insert((comp, name.clone()), tv);
                        tv
                    }
                };
                self.comp_scopes.last_mut().expect("comprehension scope").1.insert(name.clone(), tv);
            }
            Target::Tuple { elts, .. } => {
                for el in elts {
                    self.declare_comp_target(comp, el);
                }
            }
            Target::Starred { span, .. } => {
                self.error("unsupported-syntax", "unsupported: a starred comprehension target", *span, "")
            }
            Target::Attr { span, .. } => {
                self.error("unsupported-syntax", "unsupported: attribute as a comprehension target", *span, "")
            }
            Target::Subscript { span, .. } => {
                self.error("unsupported-syntax", "unsupported: subscript as a comprehension target", *span, "")
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            if let FPart::Field { value, spec, conversion } = p {
                let t = self.infer(value);
                if let (false, None, Kind::Obj(c)) = (spec.is_empty(), conversion, self.kv(t)) {
                    if self.find_method(Some(c), "__format__").is_some() {
                        // `f"{obj:>10}"` calls `obj.__format__(">10")` (an enum member's).
                        let s = self.c("Str");
                        self.dunder_call(c, "__format__", &[s], value.span);
                    }
                }
                if self.final_pass {
                    self.check_printable_expr(value, t, *conversion == Some('r'));
                    if !spec.is_empty() && conversion.is_none() && self.kv(t) == Kind::Dec {
                        self.error("unsupported-builtin", "unsupported: a format spec for a Decimal", value.span, "the builtin engine's Decimal has no `__format__`; `--engine auto` can hand the program to an LLM");
                    }
                }
                self.fparts(spec);
            }
        }
    }

    /// An object compared with a number (an IntEnum member with an int): the comparison dunder
    /// the class defines for it, Python's reflected one when the object is on the right (`2 > m`
    /// calls `m.__lt__(2)`): the class, the method and the number.
    fn number_cmp_dunder(&self, op: CmpOp, ka: &Kind, kb: &Kind, a: TV, b: TV) -> Option<(ClassId, &'static str, TV)> {
        let number = |k: &Kind| matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Num);
        let (c, name, arg) = match (ka, kb) {
            (Kind::Obj(c), k) if number(k) => (*c, op.dunder(false)?, b),
            (k, Kind::Obj(c)) if number(k) => (*c, op.dunder(true)?, a),
            _ => return None,
        };
        if c == self.duck_root() {
            return None;
        }
        if self.find_method(Some(c), name).is_some() {
            return Some((c, name, arg));
        }
        // Python's default `__ne__` negates `__eq__`.
        (name == "__ne__" && self.find_method(Some(c), "__eq__").is_some()).then_some((c, "__eq__", arg))
    }

    fn check_compare(&mut self, op: CmpOp, a: TV, b: TV, sp: Span) {
        let (ka, kb) = (self.kv(a), self.kv(b));
        if matches!(ka, Kind::Unknown | Kind::Conflict) || matches!(kb, Kind::Unknown | Kind::Conflict) {
            return;
        }
        if let Some((c, name, arg)) = self.number_cmp_dunder(op, &ka, &kb, a, b) {
            self.dunder_call(c, name, &[arg], sp);
            return;
        }
        if let Kind::Obj(c) = ka {
            if c == self.duck_root() && !matches!(op, CmpOp::Is | CmpOp::IsNot) {
                self.error(
                    "unsupported-type",
                    "unsupported: comparing values of unrelated classes (a duck-typed union)",
                    sp,
                    "compare a field of the objects, or use `--engine auto` to hand the program to an LLM",
                );
                return;
            }
            match op {
                CmpOp::Eq | CmpOp::NotEq => {
                    if self.find_method(Some(c), "__eq__").is_some() {
                        self.dunder_call(c, "__eq__", &[b], sp);
                    }
                    return;
                }
                CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                    // Without `__lt__`, `a < b` is the reflected `b.__gt__(a)` (the runtime's `py_lt`).
                    let name = if self.find_method(Some(c), "__lt__").is_none() && self.find_method(Some(c), "__gt__").is_some() { "__gt__" } else { "__lt__" };
                    self.dunder_call(c, name, &[b], sp);
                    return;
                }
                _ => {}
            }
        }
        if let (CmpOp::In | CmpOp::NotIn, Kind::Obj(c)) = (op, &kb) {
            if self.find_method(Some(*c), "__contains__").is_some() {
                self.dunder_call(*c, "__contains__", &[a], sp);
                return;
            }
            let cn = self.class_name(*c);
            self.error("unsupported-syntax", format!("unsupported: `in` on a `{cn}` object"), sp, "");
            return;
        }
        let ok = match op {
            CmpOp::In | CmpOp::NotIn if matches!(ka, Kind::Union(_)) || matches!(&kb, Kind::List(e) | Kind::Dict(e, _) | Kind::Set(e) if matches!(self.kv(*e), Kind::Union(_))) => true,
            CmpOp::In | CmpOp::NotIn => match &kb {
                Kind::List(e) => {
                    // `x in [maybe-None values]`: None and the inner type both make sense.
                    let ke = self.kv(*e);
                    let optional = matches!(self.k(*e), Kind::Opt(_));
                    ke == Kind::Unknown || comparable(&ka, &ke) || ka == ke || structurally_same(&ka, &ke) || (optional && ka == Kind::None)
                }
                Kind::Str => ka == Kind::Str,
                Kind::Bytes | Kind::ByteArray => matches!(ka, Kind::Int | Kind::Bool | Kind::Bytes | Kind::ByteArray),
                Kind::Array(_) => ka.is_numeric(),
                Kind::Dict(e, _) | Kind::Set(e) | Kind::FSet(e) | Kind::Gen(e) | Kind::Deque(e) | Kind::Mapping(_, e, _) => {
                    let ke = self.kv(*e);
                    ke == Kind::Unknown || comparable(&ka, &ke) || ka == ke || structurally_same(&ka, &ke)
                }
                Kind::Tuple(_) | Kind::Iter(_) | Kind::VTuple(_) => true,
                _ => false,
            },
            CmpOp::Is | CmpOp::IsNot => true,
            CmpOp::Eq | CmpOp::NotEq => true,
            _ if matches!(ka, Kind::Union(_)) || matches!(kb, Kind::Union(_)) => self.union_orderable(&ka, &kb, sp),
            _ => comparable(&ka, &kb) || structurally_same(&ka, &kb),
        };
        if !ok {
            let (da, db) = (self.describe(&ka), self.describe(&kb));
            let sym = match op {
                CmpOp::In => "in",
                CmpOp::NotIn => "not in",
                CmpOp::Lt => "<",
                CmpOp::LtE => "<=",
                CmpOp::Gt => ">",
                CmpOp::GtE => ">=",
                _ => "==",
            };
            self.error("type-error", format!("unsupported comparison: `{da}` {sym} `{db}`"), sp, "");
        }
    }

    fn subscript(&mut self, value: &Expr, index: &Expr, sp: Span) -> TV {
        self.dt_iso_consumed(value);
        let vt = match self.unwrap_plan(value, |k| matches!(k, Kind::List(_) | Kind::Tuple(_) | Kind::VTuple(_) | Kind::Str | Kind::Dict(..)), "'{}' object is not subscriptable") {
            Some(n) => {
                self.narrow.push(n);
                let t = self.infer(value);
                self.narrow.pop();
                t
            }
            None => self.infer(value),
        };
        let it = self.infer(index);
        let is_slice = matches!(index.kind, ExprKind::Slice { .. });
        if let (Kind::Mat(shape), false) = (self.kv(vt), is_slice) {
            return self.re_match_subscript(shape, index);
        }
        match self.kv(vt) {
            Kind::List(e) | Kind::VTuple(e) => {
                if is_slice {
                    vt
                } else {
                    self.check_subscript_index(it, index.span);
                    e
                }
            }
            Kind::Str => {
                if !is_slice {
                    self.check_subscript_index(it, index.span);
                }
                self.c("Str")
            }
            Kind::Bytes | Kind::ByteArray => {
                if is_slice {
                    return vt;
                }
                self.check_subscript_index(it, index.span);
                self.c("Int")
            }
            Kind::Deque(e) => {
                if is_slice {
                    self.error("type-error", "sequence index must be integer, not 'slice'", index.span, "");
                    return self.c("Unknown");
                }
                self.check_subscript_index(it, index.span);
                e
            }
            Kind::Array(c) => {
                if is_slice {
                    return self.c(array::array_const(c));
                }
                self.check_subscript_index(it, index.span);
                self.c(array_item(c))
            }
            Kind::Dict(k, v) | Kind::Mapping(_, k, v) => {
                if is_slice {
                    self.error("type-error", "unhashable type: 'slice'", index.span, "");
                    return self.c("Unknown");
                }
                self.check_hashable(it, index.span);
                self.flow_into(it, k, "dict key", index.span);
                v
            }
            Kind::Obj(c) if !is_slice && self.prog.namedtuple_fields(c).is_some() => self.namedtuple_index(c, index),
            Kind::Tuple(ts) if is_slice && const_tuple_slice(ts.len(), index).is_some() => {
                // Constant bounds: the items taken are known, so is the result's type.
                let picked = const_tuple_slice(ts.len(), index).unwrap_or_default();
                self.fresh(Kind::Tuple(picked.into_iter().map(|i| ts[i]).collect()))
            }
            Kind::Tuple(ts) => {
                if is_slice {
                    // Bounds known only at run time: a `tuple[T, ...]` of the items' common type.
                    let item = self.aux(sp.start, 249, Kind::Unknown);
                    self.cur_what = Some("tuple item".into());
                    for t in ts {
                        self.flow(t, item);
                    }
                    self.cur_what = None;
                    return self.aux(sp.start, 250, Kind::VTuple(item));
                }
                let n = ts.len() as i64;
                match const_int(index) {
                    Some(i) if i >= -n && i < n => ts[if i < 0 { (i + n) as usize } else { i as usize }],
                    Some(_) => {
                        self.error("index-error", "tuple index out of range", index.span, "");
                        self.c("Unknown")
                    }
                    None => {
                        let e = self.aux(index.id, 1, Kind::Unknown);
                        self.cur_what = Some("tuple element".into());
                        for t in ts {
                            self.flow(t, e);
                        }
                        self.cur_what = None;
                        e
                    }
                }
            }
            // A kept `range` is indexable; other iterators raise CPython's TypeError at run time.
            Kind::Iter(e) if !is_slice => {
                self.check_subscript_index(it, index.span);
                e
            }
            Kind::Iter(_) => vt,
            // `obj[i]` of a class defining `__getitem__` (not a slice: that is another call shape).
            Kind::Obj(c) if !is_slice && self.find_method(Some(c), "__getitem__").is_some() => self.dunder_call(c, "__getitem__", &[it], sp),
            Kind::Union(ms) => self.union_subscript(&ms, it, index, sp),
            Kind::Unknown | Kind::Conflict => self.c("Unknown"),
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("`{d}` object is not subscriptable"), sp, "");
                self.c("Unknown")
            }
        }
    }

    /// A binary operator with a union operand: the join of its results on each pair of members it
    /// accepts; the other pairs raise CPython's TypeError at run time.
    fn union_binop(&mut self, op: BinOp, l: TV, r: TV, right: &Expr, sp: Span) -> TV {
        let members = |inf: &mut Self, t: TV| match inf.kv(t) {
            Kind::Union(ms) => ms,
            _ => vec![t],
        };
        let (ls, rs) = (members(self, l), members(self, r));
        let out = self.aux(sp.start, 211, Kind::Unknown);
        let (mut any, mut refused) = (false, false);
        for &a in &ls {
            for &b in &rs {
                let (ka, kb) = (self.kv(a), self.kv(b));
                match self.union_pair_valid(op, &ka, &kb) {
                    Some(true) => {
                        any = true;
                        let res = self.binop(op, a, b, right, sp);
                        self.flow(res, out);
                    }
                    Some(false) => {}
                    None => {
                        refused = true;
                        let (dl, dr) = (self.describe(&ka), self.describe(&kb));
                        self.error(
                            "unsupported-type",
                            format!("unsupported: `{}` on values of several types, where one may be `{dl}` and the other `{dr}`", op.as_str()),
                            sp,
                            "narrow the values first (`if isinstance(x, int):`), or use `--engine auto` to hand the program to an LLM",
                        );
                    }
                }
            }
        }
        if !any && !refused {
            let (dl, dr) = (self.describe(&Kind::Union(ls)), self.describe(&Kind::Union(rs)));
            self.error(
                "type-error",
                format!("unsupported operand type(s) for {}: `{dl}` and `{dr}`", op.as_str()),
                sp,
                "",
            );
        }
        out
    }

    fn binop(&mut self, op: BinOp, l: TV, r: TV, right: &Expr, sp: Span) -> TV {
        let (kl, kr) = (self.kv(l), self.kv(r));
        if matches!(kl, Kind::Unknown | Kind::Conflict) || matches!(kr, Kind::Unknown | Kind::Conflict) {
            return self.c("Unknown");
        }
        if matches!(kl, Kind::Union(_)) || matches!(kr, Kind::Union(_)) {
            return self.union_binop(op, l, r, right, sp);
        }
        if kl == Kind::Str && op == BinOp::Mod {
            let has_dec = match &kr {
                Kind::Dec => true,
                Kind::Tuple(ts) => ts.iter().any(|&t| self.kv(t) == Kind::Dec),
                _ => false,
            };
            if has_dec {
                // `%f`/`%d` convert a Decimal through float()/int(), which the runtime's % does not.
                self.error("unsupported-builtin", "unsupported: `%` formatting of a Decimal", sp, "format `str(d)` instead, or use `--engine auto` to hand the program to an LLM");
            }
            return self.c("Str");
        }
        if let Kind::Obj(c) = kl {
            return self.dunder_call(c, op.dunder(), &[r], sp);
        }
        if let Some(t) = self.reflected_binop(op, l, r, sp) {
            return t;
        }
        if let (Kind::Mapping(MapKind::Counter, a, _), Kind::Mapping(MapKind::Counter, b, _)) = (&kl, &kr) {
            if matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
                let (a, b) = (*a, *b);
                self.merge(a, b);
                return l;
            }
        }
        if let (Kind::Set(a) | Kind::FSet(a), Kind::Set(b) | Kind::FSet(b)) = (&kl, &kr) {
            if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
                // The result has the left operand's type (`frozenset | set` is a frozenset).
                let frozen = matches!(kl, Kind::FSet(_));
                let (a, b) = (*a, *b);
                let out = self.aux(sp.start, 201, Kind::Unknown);
                let e = self.fresh(Kind::Unknown);
                let st = self.fresh(if frozen { Kind::FSet(e) } else { Kind::Set(e) });
                self.flow(st, out);
                self.merge(a, b);
                self.merge(a, e);
                return out;
            }
        }
        if let Some(t) = self.datetime_binop(op, &kl, &kr, sp) {
            return t;
        }
        if kl == Kind::Cplx || kr == Kind::Cplx {
            return self.complex_binop(op, &kl, &kr, sp);
        }
        if kl == Kind::Frac || kr == Kind::Frac {
            return self.fraction_binop(op, &kl, &kr, sp);
        }
        if kl == Kind::Dec || kr == Kind::Dec {
            return self.decimal_binop(op, &kl, &kr, sp);
        }
        if kl.is_numeric() && kr.is_numeric() {
            let any_float = kl == Kind::Float || kr == Kind::Float;
            let any_num = kl == Kind::Num || kr == Kind::Num;
            let both_bool = kl == Kind::Bool && kr == Kind::Bool;
            return match op {
                BinOp::Div => self.c("Float"),
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => {
                    if any_float {
                        self.c("Float")
                    } else if any_num {
                        self.c("Num")
                    } else {
                        self.c("Int")
                    }
                }
                BinOp::Pow => {
                    if any_float {
                        self.c("Float")
                    } else if any_num {
                        self.c("Num")
                    } else {
                        match const_int(right) {
                            Some(v) if v >= 0 => self.c("Int"),
                            Some(_) => self.c("Float"),
                            None => self.c("Num"),
                        }
                    }
                }
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if both_bool => self.c("Bool"),
                // An int-or-float operand of `&` `|` `^` `<<` `>>`: its int, or CPython's
                // TypeError at run time when it holds a float (the emitter's `num_bitop_code`).
                _ if any_num && !any_float => self.c("Int"),
                _ => {
                    if any_float || any_num {
                        let (dl, dr) = (self.describe(&kl), self.describe(&kr));
                        self.error(
                            "type-error",
                            format!("unsupported operand type(s) for {}: `{dl}` and `{dr}`", op.as_str()),
                            sp,
                            "",
                        );
                        self.c("Unknown")
                    } else {
                        self.c("Int")
                    }
                }
            };
        }
        match (op, &kl, &kr) {
            // PEP 461 formatting; a str where bytes are needed is CPython's TypeError at run time.
            (BinOp::Mod, Kind::Bytes, _) => self.c("Bytes"),
            (BinOp::Mod, Kind::ByteArray, _) => self.c("ByteArray"),
            (BinOp::Add, Kind::Bytes, Kind::Bytes | Kind::ByteArray) => self.c("Bytes"),
            (BinOp::Add, Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => self.c("ByteArray"),
            (BinOp::Mul, Kind::Bytes, Kind::Int | Kind::Bool) | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Bytes) => self.c("Bytes"),
            (BinOp::Mul, Kind::ByteArray, Kind::Int | Kind::Bool) | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::ByteArray) => {
                self.c("ByteArray")
            }
            (BinOp::Add, Kind::Array(a), Kind::Array(b)) if a == b => self.c(array::array_const(*a)),
            (BinOp::Mul, Kind::Array(a), Kind::Int | Kind::Bool) | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Array(a)) => self.c(array::array_const(*a)),
            (BinOp::Add, Kind::Str, Kind::Str) => self.c("Str"),
            (BinOp::Mul, Kind::Str, Kind::Int | Kind::Bool) | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Str) => {
                self.c("Str")
            }
            // An int-or-float count: checked at run time (CPython's TypeError for a float).
            (BinOp::Mul, Kind::Str, Kind::Num) | (BinOp::Mul, Kind::Num, Kind::Str) => self.c("Str"),
            (BinOp::Add, Kind::List(a), Kind::List(b)) => {
                let (a, b) = (*a, *b);
                self.merge(a, b);
                l
            }
            // `d1 | d2` (Python 3.9): a new dict, `d1`'s items updated with `d2`'s.
            (BinOp::BitOr, Kind::Dict(k1, v1), Kind::Dict(k2, v2)) => {
                let (k1, v1, k2, v2) = (*k1, *v1, *k2, *v2);
                self.merge(k1, k2);
                self.merge(v1, v2);
                l
            }
            (BinOp::Mul, Kind::List(_), Kind::Int | Kind::Bool | Kind::Num) => l,
            (BinOp::Mul, Kind::Int | Kind::Bool | Kind::Num, Kind::List(_)) => r,
            (BinOp::Add, Kind::Tuple(a), Kind::Tuple(b)) => {
                let ts = a.iter().chain(b.iter()).copied().collect();
                self.fresh(Kind::Tuple(ts))
            }
            (BinOp::Add, Kind::VTuple(a), Kind::VTuple(b)) => {
                let (a, b) = (*a, *b);
                self.merge(a, b);
                l
            }
            (BinOp::Add, Kind::VTuple(a), Kind::Tuple(bs)) => {
                for &b in bs {
                    self.flow(b, *a);
                }
                l
            }
            (BinOp::Add, Kind::Tuple(a_s), Kind::VTuple(b)) => {
                for &a in a_s {
                    self.flow(a, *b);
                }
                r
            }
            (BinOp::Mul, Kind::VTuple(_), Kind::Int | Kind::Bool | Kind::Num) => l,
            (BinOp::Mul, Kind::Int | Kind::Bool | Kind::Num, Kind::VTuple(_)) => r,
            // `(x,) * 3` by a small constant is a tuple of 3 items; any other count gives a
            // tuple whose length is known only at run time.
            (BinOp::Mul, Kind::Tuple(ts), Kind::Int | Kind::Bool) | (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Tuple(ts)) => {
                let ts = ts.clone();
                let fixed = matches!(kl, Kind::Tuple(_)).then(|| const_int(right)).flatten();
                if let Some(k) = fixed.filter(|&k| k >= 0 && (k as usize).saturating_mul(ts.len()) <= 16) {
                    let items = (0..k).flat_map(|_| ts.iter().copied()).collect();
                    return self.fresh(Kind::Tuple(items));
                }
                let e = self.fresh(Kind::Unknown);
                for t in ts {
                    self.flow(t, e);
                }
                self.fresh(Kind::VTuple(e))
            }
            (BinOp::Mod, Kind::Str, _) => {
                self.error(
                    "unsupported-syntax",
                    "unsupported: `%` formatting of strings",
                    sp,
                    "use an f-string",
                );
                self.c("Str")
            }
            _ => {
                let (dl, dr) = (self.describe(&kl), self.describe(&kr));
                self.error(
                    "type-error",
                    format!("unsupported operand type(s) for {}: `{dl}` and `{dr}`", op.as_str()),
                    sp,
                    "",
                );
                self.c("Unknown")
            }
        }
    }

    /// `a op b` with a `Fraction` operand: exact with ints and Fractions (`//` gives an int),
    /// a float with a float.
    fn fraction_binop(&mut self, op: BinOp, kl: &Kind, kr: &Kind, sp: Span) -> TV {
        let exact = |k: &Kind| matches!(k, Kind::Frac | Kind::Int | Kind::Bool);
        if matches!(kl, Kind::Unknown | Kind::Conflict) || matches!(kr, Kind::Unknown | Kind::Conflict) {
            return self.c("Unknown");
        }
        let arith = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow);
        let any_float = *kl == Kind::Float || *kr == Kind::Float;
        if arith && any_float && (exact(kl) || exact(kr)) {
            return self.c("Float");
        }
        if arith && exact(kl) && exact(kr) {
            return match op {
                BinOp::FloorDiv => self.c("Int"),
                // Fraction ** int is exact; other powers may be irrational (a float).
                BinOp::Pow if *kl == Kind::Frac && matches!(kr, Kind::Int | Kind::Bool) => self.c("Frac"),
                BinOp::Pow => {
                    self.error(
                        "unsupported-builtin",
                        "unsupported: `**` with a `Fraction` exponent",
                        sp,
                        "raise a Fraction to an int power, or use `--engine auto` to hand the program to an LLM",
                    );
                    self.c("Unknown")
                }
                _ => self.c("Frac"),
            };
        }
        let (dl, dr) = (self.describe(kl), self.describe(kr));
        self.error(
            "type-error",
            format!("unsupported: `{}` with operands `{dl}` and `{dr}`", op.as_str()),
            sp,
            "a Fraction combines with ints, floats and Fractions (not int-or-float values); `--engine auto` can hand the program to an LLM",
        );
        self.c("Unknown")
    }

    /// `sum(objects, start)`: `start + x` for each item in turn, by `__add__`; without a start (or
    /// with an int), the first item's `__radd__(0)`, then `__add__`: an int for no items, else
    /// what the additions give (aux slot 1: the running total after the first item).
    fn object_sum(&mut self, e: &Expr, c: ClassId, elem: TV, start: Option<TV>) -> TV {
        let out = self.aux(e.id, 0, Kind::Unknown);
        let sp = e.span;
        match start.map(|s| self.kv(s)) {
            Some(Kind::Obj(cs)) => {
                let s = start.expect("a start");
                self.flow(s, out);
                let r = self.dunder_call(cs, "__add__", &[elem], sp);
                self.flow(r, out);
                if let Kind::Obj(co) = self.kv(out) {
                    let r = self.dunder_call(co, "__add__", &[elem], sp);
                    self.flow(r, out);
                }
            }
            None | Some(Kind::Int | Kind::Bool) => {
                let zero = start.unwrap_or_else(|| self.c("Int"));
                self.flow(zero, out);
                let first = self.dunder_call(c, "__radd__", &[zero], sp);
                let acc = self.aux(e.id, 1, Kind::Unknown);
                self.flow(first, acc);
                if let Kind::Obj(ca) = self.kv(acc) {
                    let r = self.dunder_call(ca, "__add__", &[elem], sp);
                    self.flow(r, acc);
                }
                self.flow(acc, out);
            }
            Some(Kind::Unknown) => {}
            Some(k) => {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `sum()` of objects with a `{d}` start"), sp, "start from an object of the class (`sum(xs, Vector(0, 0))`), or from 0");
            }
        }
        out
    }

    /// `obj + x`, `obj < x`...: calls the class's dunder method; its result type.
    fn dunder_call(&mut self, c: ClassId, name: &str, args: &[TV], sp: Span) -> TV {
        let Some(fid) = self.find_method(Some(c), name) else {
            let cn = self.class_name(c);
            self.error("type-error", format!("class `{cn}` does not define `{name}`, which this operation needs"), sp, "");
            return self.c("Unknown");
        };
        let params = self.funcs[fid].params.clone();
        if params.len() != args.len() + 1 {
            self.error("type-error", format!("`{name}` must take {} parameters", args.len() + 1), self.prog.functions[fid].name_span, "");
            return self.c("Unknown");
        }
        for (a, p) in args.iter().zip(&params[1..]) {
            self.cur_span = sp;
            self.flow(*a, *p);
        }
        self.funcs[fid].ret
    }

    /// Objects printed or converted to text need `__str__` or `__repr__` (CPython's default shows a
    /// memory address, which no port can reproduce); inside containers, `__repr__`.
    /// [`Self::check_printable`] of `e` (of type `t`); a dict's `keys()`, `values()` or `items()`
    /// view prints as CPython's `dict_keys([...])`, so only its items are checked.
    fn check_printable_expr(&mut self, e: &Expr, t: TV, repr: bool) {
        if let ExprKind::Call { func, args, keywords } = &e.kind {
            if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, args.is_empty() && keywords.is_empty()) {
                let d = self.expr_tv[value.id as usize];
                if matches!(attr.as_str(), "keys" | "values" | "items") && matches!(self.kv(d), Kind::Dict(..)) {
                    if let Kind::Iter(item) = self.kv(t) {
                        return self.check_printable(item, e.span, true, 1);
                    }
                }
            }
        }
        self.check_printable(t, e.span, repr, 0)
    }

    fn check_printable(&mut self, t: TV, sp: Span, repr: bool, depth: usize) {
        if depth > 8 {
            return;
        }
        match self.kv(t) {
            Kind::Obj(c) if c == self.duck_root() => {
                // Every class the value may be an instance of must be printable; the root declares both dunders.
                for m in self.duck_members() {
                    let ok = self.find_method(Some(m), "__repr__").is_some() || (!repr && self.find_method(Some(m), "__str__").is_some());
                    if !ok {
                        let cn = self.class_name(m);
                        self.error(
                            "unsupported-syntax",
                            format!("unsupported: printing a `{cn}` object, whose class defines no `__repr__`"),
                            sp,
                            "Python would print its memory address (`<__main__.X object at 0x...>`), which differs on every run; define `__repr__`",
                        );
                    }
                }
                self.duck_method("__repr__", sp);
                self.duck_method("__str__", sp);
            }
            // An instance of a class that prints with neither `__str__` nor `__repr__` (its own or a
            // base's) stops the port at run time (`py::object_without_repr`: CPython prints an
            // address); subclasses that define one print through it (the hierarchy's root declares
            // it, `abstract_methods`). So a print that only ever sees None or such subclasses runs.
            Kind::Obj(_) => {}
            Kind::List(e) | Kind::Set(e) | Kind::FSet(e) | Kind::Deque(e) | Kind::VTuple(e) => self.check_printable(e, sp, true, depth + 1),
            Kind::Mapping(MapKind::DefaultDict, _, v) if { let r = self.find(v); let fs = self.fn_factory.clone(); fs.into_iter().any(|d| self.find(d) == r) } => self.error(
                "unsupported-syntax",
                "unsupported: printing a `defaultdict` made with a lambda or function factory",
                sp,
                "Python would print the factory's memory address (`defaultdict(<function <lambda> at 0x...>, ...)`), which differs on every run; print `dict(d)` instead",
            ),
            Kind::Dict(k, v) | Kind::Mapping(_, k, v) => {
                self.check_printable(k, sp, true, depth + 1);
                self.check_printable(v, sp, true, depth + 1);
            }
            Kind::Tuple(ts) => ts.into_iter().for_each(|x| self.check_printable(x, sp, true, depth + 1)),
            Kind::Fn(..) => self.error(
                "unsupported-syntax",
                "unsupported: printing a function",
                sp,
                "Python would print its memory address (`<function f at 0x...>`), which differs on every run",
            ),
            Kind::Iter(_) | Kind::Gen(_) => self.error(
                "unsupported-syntax",
                "unsupported: printing a lazy iterable (a `range`, `zip`, `map`, `itertools` or generator object)",
                sp,
                "Python prints an iterator's memory address (`<zip object at 0x...>`), which differs on every run; print `list(...)` of it",
            ),
            _ => {}
        }
    }

    // ---------- calls ----------

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if let ExprKind::Name(n) = &func.kind {
            if n.starts_with(pyport_syntax::DOCTEST_INTRINSIC_PREFIX) {
                // The harness of docstring examples run by `doctest.testmod()` (pyport_syntax's
                // `doctest_run.rs`): `display(value)` shows the value as `repr` does.
                let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                if self.final_pass && n.ends_with("display") {
                    if let (Some(&t), Some(a)) = (ts.first(), args.first()) {
                        if self.kv(t) != Kind::None {
                            self.check_printable_expr(a, t, true);
                        }
                    }
                }
                return self.c(NONE_TV);
            }
        }
        if let (ExprKind::Name(n), [it]) = (&func.kind, args) {
            if n == crate::rewrite::NEXT_ITER {
                // (rewrite.rs) the generator of an iterator object's `__next__` results.
                let t = self.infer(it);
                // The items get a variable of their own, fed by `__next__`'s result.
                let item = self.aux(e.id, 1, Kind::Unknown);
                if let Kind::Obj(c) = self.kv(t) {
                    if let Some(next) = self.find_method(Some(c), "__next__") {
                        let ret = self.funcs[next].ret;
                        self.flow(ret, item);
                    }
                }
                return self.aux(e.id, 0, Kind::Gen(item));
            }
        }
        if let Some(t) = self.star_call(e, func, args, keywords) {
            return t;
        }
        if let Some(t) = self.datetime_call(e, func, args, keywords) {
            return t;
        }
        match &func.kind {
            ExprKind::Name(n) => {
                let var = self.lookup(n, Some(func.id), func.span);
                if let Some(tv) = var {
                    let et = self.expr_tv[func.id as usize];
                    self.flow(tv, et);
                    return self.value_call(tv, e, func, args, keywords);
                }
                match self.names.get(&func.id).cloned() {
                    Some(NameRef::Function(fid)) => self.user_call(fid, e, args, keywords),
                    Some(NameRef::Class(c)) => self.construct(c, e, args, keywords),
                    Some(NameRef::Builtin(b)) if b == "isinstance" => self.isinstance(e, args, keywords),
                    Some(NameRef::Builtin(b)) => self.builtin_call(&b, e, args, keywords),
                    Some(NameRef::Imported { module, name }) => self.module_call(&module, &name, e, args, keywords),
                    _ => self.c("Unknown"),
                }
            }
            ExprKind::Attribute { value, attr } => {
                if let ExprKind::Name(n) = &value.kind {
                    let var = self.lookup(n, Some(value.id), value.span);
                    if var.is_none() {
                        match self.names.get(&value.id).cloned() {
                            Some(NameRef::Module(m)) => return self.module_call(&m, attr, e, args, keywords),
                            Some(NameRef::Builtin(b)) if b == "str" && attr == "maketrans" => {
                                return self.str_maketrans(e, args, keywords);
                            }
                            Some(NameRef::Builtin(b))
                                if matches!(b.as_str(), "set" | "frozenset")
                                    && matches!(attr.as_str(), "union" | "intersection" | "difference")
                                    && matches!(&args[..], [Expr { kind: ExprKind::Starred(_), .. }]) =>
                            {
                                // `set.intersection(*sets)`: the first item's method on the others.
                                let ExprKind::Starred(inner) = &args[0].kind else { unreachable!() };
                                let t = self.infer(inner);
                                let item = self.iter_elem(t, inner.span);
                                let ok = match self.kv(item) {
                                    Kind::Set(_) => b == "set",
                                    Kind::FSet(_) => b == "frozenset",
                                    Kind::Unknown | Kind::Conflict => true,
                                    _ => false,
                                };
                                if !ok {
                                    let d = { let k = self.kv(item); self.describe(&k) };
                                    self.error("type-error", format!("descriptor '{attr}' for '{b}' objects doesn't apply to a `{d}` object"), inner.span, "");
                                }
                                return item;
                            }
                            Some(NameRef::Builtin(b)) if b == "int" && attr == "from_bytes" => {
                                return self.int_from_bytes(e, args, keywords);
                            }
                            Some(NameRef::Builtin(b)) if matches!(b.as_str(), "bytes" | "bytearray") && attr == "fromhex" => {
                                let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                                self.no_keywords(&format!("{b}.fromhex"), keywords, &[]);
                                if self.arity(&format!("{b}.fromhex"), e, args.len(), 1, 1)
                                    && !matches!(self.kv(ts[0]), Kind::Str | Kind::Unknown | Kind::Conflict)
                                {
                                    self.error("type-error", format!("`{b}.fromhex()` argument must be str"), args[0].span, "");
                                }
                                return self.c(if b == "bytes" { "Bytes" } else { "ByteArray" });
                            }
                            Some(NameRef::Class(c)) if attr == "__init__" && args.len() == 1 && keywords.is_empty() && !self.is_exc_class(c) && self.find_method(Some(c), attr).is_none() => {
                                // `Base.__init__(self)` where no class up from `Base` defines
                                // `__init__`: `object.__init__(self)`, which does nothing.
                                self.infer(&args[0]);
                                return self.c(NONE_TV);
                            }
                            Some(NameRef::Class(c)) => {
                                // `Cls.static(...)`, `Cls.clsmethod(...)`, or `Base.method(self, ...)`.
                                let Some(fid) = self.find_method(Some(c), attr) else {
                                    let cn = self.prog.classes[c].name.clone();
                                    if matches!(attr.as_str(), "mro" | "__subclasses__" | "__init_subclass__" | "__subclasshook__") {
                                        // Methods every class has in CPython (`type`'s), which the port does not model.
                                        self.error("unsupported-builtin", format!("unsupported: `{cn}.{attr}()`"), func.span, "`--engine auto` can hand the program to an LLM");
                                    } else {
                                        self.error("type-error", format!("type object `{cn}` has no method `{attr}`"), func.span, "");
                                    }
                                    return self.c("Unknown");
                                };
                                let skip = usize::from(self.prog.functions[fid].class.map(|k| k.1) == Some(MethodKind::Class));
                                return self.user_call_from(fid, skip, e, args, keywords);
                            }
                            _ => {}
                        }
                    }
                }
                if let ExprKind::Call { func: sf, args: sargs, .. } = &value.kind {
                    if matches!(&sf.kind, ExprKind::Name(n) if n == "super") && sargs.is_empty() {
                        let cls = self.cur_func.and_then(|f| self.prog.functions[f].class).map(|(c, _)| c);
                        if cls.is_some_and(|c| self.is_exc_class(c)) && attr == "__init__" {
                            // An exception's message: `super().__init__(message)`.
                            for a in args {
                                self.infer(a);
                            }
                            if args.len() != 1 || !keywords.is_empty() {
                                self.error(
                                    "unsupported-builtin",
                                    "unsupported: `super().__init__` of an exception without exactly one argument",
                                    e.span,
                                    "format the message into one string",
                                );
                            }
                            return self.c(NONE_TV);
                        }
                        // `super().m(...)`: the base class's implementation, called directly.
                        let base = cls.and_then(|c| self.classes[c].base);
                        if attr == "__init__" && args.is_empty() && keywords.is_empty() && self.find_method(base, attr).is_none() {
                            // `object.__init__(self)`: does nothing.
                            return self.c(NONE_TV);
                        }
                        let Some(fid) = self.find_method(base, attr) else {
                            self.error("unsupported-syntax", format!("unsupported: `super().{attr}` (no base class defines `{attr}`)"), func.span, "");
                            return self.c("Unknown");
                        };
                        let skip = usize::from(self.prog.functions[fid].class.map(|k| k.1) != Some(MethodKind::Static));
                        return self.user_call_from(fid, skip, e, args, keywords);
                    }
                }
                if let ExprKind::Attribute { value: m, attr: a } = &value.kind {
                    if let ExprKind::Name(n) = &m.kind {
                        if self.lookup(n, Some(m.id), m.span).is_none()
                            && matches!(self.names.get(&m.id), Some(NameRef::Module(x)) if x == "sys")
                            && a == "stdin"
                        {
                            self.arity(&format!("sys.stdin.{attr}"), e, args.len(), 0, 0);
                            return match attr.as_str() {
                                "read" | "readline" => self.c("Str"),
                                "readlines" => {
                                    let (l, el) = self.list_of(e.id, 0);
                                    let st = self.c("Str");
                                    self.flow(st, el);
                                    l
                                }
                                _ => {
                                    self.error("unsupported-builtin", format!("unsupported: `sys.stdin.{attr}()`"), e.span, "");
                                    self.c("Unknown")
                                }
                            };
                        }
                    }
                }
                if let (ExprKind::Str(_), "format") = (&value.kind, attr.as_str()) {
                    for a in args {
                        self.infer(a);
                    }
                    for k in keywords {
                        self.infer(&k.value);
                    }
                    return self.c("Str");
                }
                let recv = self.infer(value);
                if let (Kind::Obj(c), "_replace" | "_asdict") = (self.kv(recv), attr.as_str()) {
                    if self.prog.namedtuple_fields(c).is_some() {
                        return self.namedtuple_method(c, recv, attr, e, args, keywords);
                    }
                }
                if let Kind::Obj(c) = self.kv(recv) {
                    let duck = if c == self.duck_root() { self.duck_method(attr, func.span) } else { None };
                    let Some(fid) = duck.or_else(|| self.find_virtual(Some(c), attr)) else {
                        if let Some(t) = self.field_call(c, e, func, args, keywords) {
                            return t;
                        }
                        if let Some(Kind::Obj(d)) = self.delegated(c, value).map(|f| self.kv(f)) {
                            if let Some(fid) = self.find_virtual(Some(d), attr) {
                                let skip = usize::from(self.prog.functions[fid].class.map(|k| k.1) != Some(MethodKind::Static));
                                return self.user_call_from(fid, skip, e, args, keywords);
                            }
                        }
                        for a in args {
                            self.infer(a);
                        }
                        let cn = self.class_name(c);
                        // No class the object may be an instance of has anything of that name:
                        // CPython raises AttributeError when (if ever) the call runs.
                        let anywhere = |me: &Self, k: ClassId| {
                            let i = &me.classes[k];
                            i.methods.contains_key(attr.as_str()) || i.fields.iter().chain(&i.attrs).any(|(n, _)| n == attr)
                        };
                        // (Not for classes whose `__getattr__` answers instead.)
                        let hooks = ["__getattr__", "__getattribute__"].iter().any(|h| self.find_method(Some(c), h).is_some())
                            || (0..self.prog.classes.len()).any(|k| self.prog.classes[k].delegate.is_some() && crate::derives(&self.classes, |i| i.base, c, k));
                        let plain_obj = c != self.duck_root() && !hooks;
                        let defined = (0..self.classes.len()).any(|k| (crate::derives(&self.classes, |i| i.base, k, c) || crate::derives(&self.classes, |i| i.base, c, k)) && anywhere(self, k));
                        if plain_obj && !defined && self.find_attr(Some(c), attr).is_none() {
                            if self.final_pass && self.attr_errors.insert(e.id) {
                                let mut d = Diagnostic::error(
                                    "attribute-error-at-run-time",
                                    format!("`{cn}` objects have no method `{attr}`: this call raises AttributeError when it runs, as in CPython"),
                                    func.span,
                                )
                                .with_help("the port does what CPython does; define the method if the program should go on");
                                d.severity = pyport_syntax::Severity::Warning;
                                self.diags.push(d);
                            }
                            return self.c(NONE_TV);
                        }
                        self.error("type-error", format!("`{cn}` object has no method `{attr}`"), func.span, "");
                        return self.c("Unknown");
                    };
                    let skip = usize::from(self.prog.functions[fid].class.map(|k| k.1) != Some(MethodKind::Static));
                    return self.user_call_from(fid, skip, e, args, keywords);
                }
                if let Some(t) = self.datetime_method(recv, attr, e, args, keywords) {
                    return t;
                }
                if self.k(recv) == Kind::Cplx {
                    for a in args {
                        self.infer(a);
                    }
                    self.cur_span = e.span;
                    return self.complex_method(attr, e, args, keywords);
                }
                if self.k(recv) == Kind::Dec {
                    let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                    for k in keywords {
                        self.infer(&k.value);
                    }
                    self.cur_span = e.span;
                    return self.decimal_method(attr, e, args, &ts, keywords);
                }
                if self.k(recv) == Kind::Frac {
                    let mut ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                    ts.extend(keywords.iter().map(|k| self.infer(&k.value)));
                    self.no_keywords(attr, keywords, &["max_denominator"]);
                    self.cur_span = e.span;
                    if attr == "limit_denominator" {
                        if self.arity("limit_denominator", e, args.len() + keywords.len(), 0, 1) {
                            for &t in &ts {
                                if !matches!(self.kv(t), Kind::Int | Kind::Bool | Kind::Unknown) {
                                    self.error("type-error", "`limit_denominator()` needs an int", e.span, "");
                                }
                            }
                        }
                        return self.c("Frac");
                    }
                    if attr == "as_integer_ratio" {
                        self.arity("as_integer_ratio", e, args.len() + keywords.len(), 0, 0);
                        let i = self.c("Int");
                        return self.aux(e.id, 0, Kind::Tuple(vec![i, i]));
                    }
                    self.error("unsupported-builtin", format!("unsupported: method `Fraction.{attr}()`"), func.span, "");
                    return self.c("Unknown");
                }
                if let Some(t) = self.re_method_call(recv, attr, e, args, keywords) {
                    return t;
                }
                if let Some(t) = self.file_method(recv, attr, e, args, keywords) {
                    return t;
                }
                if let Some(t) = self.array_method(recv, attr, e, args, keywords) {
                    return t;
                }
                if self.k(recv) == Kind::Rng {
                    // `rng.choice(xs)`...: the module function's rules, on the instance's own generator.
                    let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                    for k in keywords {
                        self.infer(&k.value);
                    }
                    self.cur_span = e.span;
                    return self.random_call(attr, e, args, &ts, keywords);
                }
                self.method_call(recv, attr, e, args, keywords)
            }
            _ => {
                let f = self.infer(func);
                self.value_call(f, e, func, args, keywords)
            }
        }
    }

    /// A call through a function value (a closure, a lambda, a `def` passed around).
    fn value_call(&mut self, f: TV, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if let Kind::Obj(c) = self.kv(f) {
            if let Some(t) = self.object_call(c, e, func, args, keywords) {
                return t;
            }
        }
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        match self.kv(f) {
            Kind::Fn(ps, r) => {
                if !keywords.is_empty() {
                    self.error("unsupported-syntax", "unsupported: keyword arguments in a call through a function value", keywords[0].span, "pass the arguments by position");
                    return self.c("Unknown");
                }
                if ps.len() != ts.len() {
                    self.error("type-error", format!("this function takes {} argument{}, it is called with {}", ps.len(), if ps.len() == 1 { "" } else { "s" }, ts.len()), e.span, "");
                    return self.c("Unknown");
                }
                for (a, (&t, &p)) in args.iter().zip(ts.iter().zip(&ps)) {
                    self.cur_span = a.span;
                    self.flow(t, p);
                }
                r
            }
            Kind::Unknown => self.c("Unknown"),
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("a value of type `{d}` is called as a function"), func.span, "");
                self.c("Unknown")
            }
        }
    }

    fn user_call(&mut self, fid: FuncId, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        self.user_call_from(fid, 0, e, args, keywords)
    }

    /// `Cls(args)`: runs `__init__` (its own or a base's) on a new object.
    fn construct(&mut self, c: ClassId, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let cn = self.prog.classes[c].name.clone();
        if self.is_exc_class(c) {
            if let Some(init) = self.find_method(Some(c), "__init__") {
                self.user_call_from(init, 1, e, args, keywords);
                return self.c("Exc");
            }
            for a in args {
                self.infer(a);
            }
            self.no_keywords(&cn, keywords, &[]);
            if args.len() > 1 {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: `{cn}()` with more than one argument"),
                    e.span,
                    "format the message into one string",
                );
            }
            return self.c("Exc");
        }
        match self.find_method(Some(c), "__init__") {
            Some(init) => {
                self.user_call_from(init, 1, e, args, keywords);
            }
            None => {
                for a in args {
                    self.infer(a);
                }
                for k in keywords {
                    self.infer(&k.value);
                }
                if !args.is_empty() || !keywords.is_empty() {
                    self.error("type-error", format!("`{cn}()` takes no arguments"), e.span, "define `__init__` to take arguments");
                }
            }
        }
        self.aux(e.id, 0, Kind::Obj(c))
    }

    /// `isinstance(x, Cls)` / `isinstance(x, (A, B))` on the program's own classes.
    fn isinstance(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        self.no_keywords("isinstance", keywords, &[]);
        if !self.arity("isinstance", e, args.len(), 2, 2) {
            return self.c("Bool");
        }
        let t = self.infer(&args[0]);
        let classes: Vec<&Expr> = match &args[1].kind {
            ExprKind::Tuple(ts) => ts.iter().collect(),
            _ => vec![&args[1]],
        };
        // No value is ever a `slice` (an object's `obj[a:b]` is refused): that class never matches.
        let classes: Vec<&Expr> = classes.into_iter().filter(|c| !(matches!(&c.kind, ExprKind::Name(n) if n == "slice") && self.lookup("slice", None, c.span).is_none() && !self.classes_by_name.contains_key("slice"))).collect();
        if classes.is_empty() {
            return self.c("Bool");
        }
        if let Kind::Union(_) = self.kv(t) {
            // A union (or None or a union): tested by its run-time tag, on the builtin types its
            // members are.
            for c in &classes {
                let ok = matches!(&c.kind, ExprKind::Name(n) if self.is_builtin_class(n, c) || self.own_class(n, c).is_some());
                if !ok {
                    self.error(
                        "unsupported-builtin",
                        "unsupported: `isinstance` of a value of several types, with something other than the program's classes, `bool`, `int`, `float`, `complex`, `str`, `list`, `tuple`, `dict` or `set`",
                        c.span,
                        "use `--engine auto` to hand the program to an LLM",
                    );
                }
            }
            return self.c("Bool");
        }
        // A value of one builtin type tested against builtin classes: known statically (the
        // emitter answers it; `bool` is an `int`).
        // An int-or-float: by its run-time tag.
        if matches!(self.kv(t), Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Cplx | Kind::Str | Kind::List(_) | Kind::Dict(..) | Kind::Set(_) | Kind::Tuple(_))
            && classes.iter().all(|c| matches!(&c.kind, ExprKind::Name(n) if self.is_builtin_class(n, c)))
        {
            return self.c("Bool");
        }
        // A generator (never an instance of a builtin class) or a lazy iterable that may hold a
        // list or str (tested at run time by what it holds).
        if matches!(self.kv(t), Kind::Gen(_) | Kind::Iter(_)) && self.lazy_test_classes(&args[1]) {
            return self.c("Bool");
        }
        for c in classes {
            let ok = match &c.kind {
                ExprKind::Name(n) => {
                    self.lookup(n, Some(c.id), c.span).is_none() && matches!(self.names.get(&c.id), Some(NameRef::Class(_)))
                }
                _ => false,
            };
            if !ok {
                self.error(
                    "unsupported-builtin",
                    "unsupported: `isinstance` with something other than the program's own classes",
                    c.span,
                    "the builtin engine knows every variable's type statically; `isinstance` only distinguishes subclasses",
                );
            }
        }
        if !matches!(self.kv(t), Kind::Obj(_) | Kind::Unknown | Kind::Conflict) {
            let d = { let k = self.kv(t); self.describe(&k) };
            self.error("unsupported-builtin", format!("unsupported: `isinstance` of a `{d}` value"), args[0].span, "");
        }
        self.c("Bool")
    }

    /// A call of function `fid` whose first `skip` parameters are already bound (`self`, `cls`).
    fn user_call_from(&mut self, fid: FuncId, skip: usize, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let f = &self.prog.functions[fid];
        if let (Some(v), Some(_)) = (f.vararg, f.class) {
            if !self.prog.packed_calls.contains(&e.id) {
                // A method's `*args`: the extra positional arguments are packed into one tuple
                // (the program is rewritten and inferred again, `crate::infer_iterating`).
                let from = v.saturating_sub(skip.min(f.params.len()));
                if self.final_pass && args.len() >= from {
                    self.rewrites.insert((e.span.start, e.span.end), crate::rewrite::Rewrite::Pack { from });
                }
                for a in args {
                    self.infer(a);
                }
                for k in keywords {
                    self.infer(&k.value);
                }
                return if f.is_generator { self.funcs[fid].gen_tv } else { self.funcs[fid].ret };
            }
        }
        let params: Vec<TV> = self.funcs[fid].params[skip.min(f.params.len())..].to_vec();
        let fparams = &f.params[skip.min(f.params.len())..];
        let positional = fparams.iter().filter(|p| !p.keyword_only).count();
        if args.len() > positional {
            self.error(
                "type-error",
                format!("`{}()` takes {} positional arguments but {} were given", f.name, positional, args.len()),
                e.span,
                "",
            );
        }
        if let Some(star) = args.iter().position(|a| matches!(a.kind, ExprKind::Starred(_))) {
            return self.spread_call(fid, star, args, keywords);
        }
        let mut given = vec![false; fparams.len()];
        for (i, a) in args.iter().enumerate() {
            let t = self.infer(a);
            if i < positional {
                given[i] = true;
                self.cur_span = a.span;
                self.cur_what = Some(fparams[i].name.clone());
                self.flow(t, params[i]);
                self.cur_what = None;
            }
        }
        for k in keywords {
            let t = self.infer(&k.value);
            match fparams.iter().position(|p| p.name == k.name) {
                Some(i) if !given[i] => {
                    given[i] = true;
                    self.cur_span = k.span;
                    self.cur_what = Some(k.name.clone());
                    self.flow(t, params[i]);
                    self.cur_what = None;
                }
                Some(_) => self.error(
                    "type-error",
                    format!("`{}()` got multiple values for argument `{}`", f.name, k.name),
                    k.span,
                    "",
                ),
                // A `**kwargs` parameter made a dict (`kwargs_params.rs` marks it: its None default
                // spans the parameter) that this call's extra keywords did not go into.
                None if let Some(kw) = fparams.iter().find(|p| p.keyword_only && p.default.as_ref().is_some_and(|d| d.span == p.span)) => self.error(
                    "unsupported-syntax",
                    format!("unsupported: extra keyword argument `{}` for the `**{}` parameter of `{}()` in a call the builtin engine cannot trace to that function", k.name, kw.name, f.name),
                    k.span,
                    "it traces direct calls by name, `Class(...)`, `super().__init__(...)`, `cls(...)` in a class method, and methods whose every definition names its `**` parameter alike; `--engine auto` can hand the program to an LLM",
                ),
                None => self.error(
                    "type-error",
                    format!("`{}()` got an unexpected keyword argument `{}`", f.name, k.name),
                    k.span,
                    "",
                ),
            }
        }
        for (i, p) in fparams.iter().enumerate() {
            if !given[i] && p.default.is_none() {
                self.error(
                    "type-error",
                    format!("`{}()` missing required argument `{}`", f.name, p.name),
                    e.span,
                    "",
                );
            }
        }
        if f.is_generator {
            self.funcs[fid].gen_tv
        } else {
            self.funcs[fid].ret
        }
    }

    /// `obj.m(a, *t)` (or `Cls(*t)`) of a method without `*args`, `args[star]` the `*` argument:
    /// when `t` is a variable holding a tuple, its items fill the parameters, as
    /// `obj.m(a, t[0], t[1])` (a rewrite; the program is inferred again, `crate::infer_iterating`).
    /// Other `*` arguments are refused.
    fn spread_call(&mut self, fid: FuncId, star: usize, args: &[Expr], keywords: &[Keyword]) -> TV {
        let f = &self.prog.functions[fid];
        let name = match f.class {
            Some((c, _)) if f.name == "__init__" => self.prog.classes[c].name.clone(),
            _ => f.name.clone(),
        };
        for (i, a) in args.iter().enumerate() {
            if i != star {
                self.infer(a);
            }
        }
        for k in keywords {
            self.infer(&k.value);
        }
        let ExprKind::Starred(inner) = &args[star].kind else { unreachable!("a starred argument") };
        let t = self.infer(inner);
        let k = self.kv(t);
        let why = match (&k, &inner.kind) {
            _ if star + 1 != args.len() => Some("a `*` argument before other positional arguments".to_string()),
            (Kind::Tuple(items), ExprKind::Name(_)) => {
                if self.final_pass {
                    let sp = args[star].span;
                    self.rewrites.insert((sp.start, sp.end), crate::rewrite::Rewrite::Spread { len: items.len() });
                }
                None
            }
            (Kind::Tuple(_), _) => Some("a `*` argument that is not a variable (bind the tuple to a name first)".to_string()),
            (Kind::Unknown | Kind::Conflict, _) => None,
            (Kind::List(_) | Kind::VTuple(_), _) => Some("a `*` argument of a list or a tuple of unknown length (its length is known only at run time)".to_string()),
            (k, _) => Some(format!("a `*` argument of a `{}` value", self.describe(k))),
        };
        if let Some(why) = why {
            self.error(
                "unsupported-syntax",
                format!("unsupported: {why} in a call of `{name}`, which has no `*args` parameter"),
                args[star].span,
                "spread a tuple held in a variable (`*point`), or pass the values one by one",
            );
        }
        let f = &self.prog.functions[fid];
        if f.is_generator {
            self.funcs[fid].gen_tv
        } else {
            self.funcs[fid].ret
        }
    }

    /// `logging.debug(msg, *args)` and the other module functions on the root logger (logging.hpp).
    fn logging_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("logging.{name}");
        let level_arg = |me: &mut Self, i: usize| {
            if let (Some(&t), Some(a)) = (ts.get(i), args.get(i)) {
                if !matches!(me.kv(t), Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                    me.error("type-error", format!("`{full}()`: the level must be an int"), a.span, "");
                }
            }
        };
        match name {
            "debug" | "info" | "warning" | "warn" | "error" | "critical" | "fatal" | "log" => {
                self.no_keywords(&full, keywords, &[]);
                let first = usize::from(name == "log");
                if self.arity(&full, e, args.len(), first + 1, usize::MAX) {
                    if name == "log" {
                        level_arg(self, 0);
                    }
                    // One mapping argument would format by key (`%(name)s`), which the port does not do.
                    if args.len() == first + 2 && matches!(self.kv(ts[first + 1]), Kind::Dict(..)) {
                        self.error("unsupported-builtin", format!("unsupported: `{full}()` with a mapping argument"), args[first + 1].span, "format the message first");
                    }
                }
            }
            "basicConfig" => {
                self.no_keywords(&full, keywords, &["level", "format"]);
                self.arity(&full, e, args.len(), 0, 0);
                for k in keywords {
                    let t = self.expr_tv[k.value.id as usize];
                    let ok = match (k.name.as_str(), self.kv(t)) {
                        (_, Kind::Unknown | Kind::Conflict) => true,
                        ("level", Kind::Int | Kind::Bool) => true,
                        ("format", Kind::Str) => true,
                        _ => false,
                    };
                    if !ok {
                        let what = if k.name == "level" { "an int level (`logging.DEBUG`)" } else { "a str" };
                        self.error("unsupported-builtin", format!("unsupported: `logging.basicConfig({}=...)` other than {what}", k.name), k.value.span, "");
                    }
                }
            }
            "disable" => {
                self.no_keywords(&full, keywords, &["level"]);
                if self.arity(&full, e, args.len() + keywords.len(), 0, 1) {
                    level_arg(self, 0);
                }
            }
            _ => {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: `{full}`"),
                    e.span,
                    "the builtin engine compiles logging's module functions on the root logger (`basicConfig`, `disable`, `debug`...`critical`, `log`); `--engine auto` can hand the program to an LLM",
                );
                return self.c("Unknown");
            }
        }
        self.c(NONE_TV)
    }

    fn arity(&mut self, name: &str, e: &Expr, n: usize, min: usize, max: usize) -> bool {
        if n < min || n > max {
            let expect = if min == max { format!("{min}") } else { format!("{min} to {max}") };
            self.error(
                "type-error",
                format!("`{name}()` takes {expect} arguments ({n} given)"),
                e.span,
                "",
            );
            return false;
        }
        true
    }

    fn no_keywords(&mut self, name: &str, keywords: &[Keyword], allowed: &[&str]) {
        for k in keywords {
            if !allowed.contains(&k.name.as_str()) {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: keyword argument `{}` of `{name}()`", k.name),
                    k.span,
                    "",
                );
            }
        }
    }

    fn builtin_call(&mut self, b: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if !self.unwrapping && args.len() == 1 && matches!(b, "dict" | "list" | "len" | "sorted" | "set" | "sum" | "min" | "max" | "enumerate") {
            let msg = if b == "len" { "object of type '{}' has no len()" } else { "'{}' object is not iterable" };
            let iterable = |k: &Kind| matches!(k, Kind::List(_) | Kind::Tuple(_) | Kind::VTuple(_) | Kind::Str | Kind::Dict(..) | Kind::Set(_));
            if let Some(n) = self.unwrap_plan(&args[0], iterable, msg) {
                self.narrow.push(n);
                self.unwrapping = true;
                let r = self.builtin_call(b, e, args, keywords);
                self.unwrapping = false;
                self.narrow.pop();
                return r;
            }
        }
        if builtins::is_exception(b) {
            for a in args {
                self.infer(a);
            }
            self.no_keywords(b, keywords, &[]);
            if args.len() > 1 {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: `{b}()` with more than one argument"),
                    e.span,
                    "format the message into one string",
                );
            }
            return self.c("Exc");
        }
        if b == "type" && args.len() == 1 && keywords.is_empty() {
            // `type(x)` as a value (`f"{type(x)}"`, `type(a) == type(b)`): its text, CPython's
            // `<class 'int'>` (tests `type(x) == int` and `type(x).__name__` are read apart).
            self.infer(&args[0]);
            return self.c("Str");
        }
        if matches!(b, "map" | "filter") {
            self.no_keywords(b, keywords, &[]);
            // map(f, a, b, ...) calls f with one item of each iterable, stopping at the shortest.
            let most = if b == "map" { usize::MAX } else { 2 };
            if !self.arity(b, e, args.len(), 2, most) {
                return self.c("Unknown");
            }
            let elems: Vec<TV> = args[1..]
                .iter()
                .map(|a| {
                    let it = self.infer(a);
                    self.iter_elem(it, a.span)
                })
                .collect();
            let r = self.infer_callable(&args[0], &elems);
            // The element variable is the call's own: on the first pass `r` or the iterable's
            // element may still be the shared unknown (a function defined further down).
            let out = self.aux(e.id, 1, Kind::Unknown);
            self.flow(if b == "map" { r } else { elems[0] }, out);
            return self.aux(e.id, 0, Kind::Iter(out));
        }
        self.star_ok = b == "print";
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        self.star_ok = false;
        if b == "print" {
            if let Some(f) = keywords.iter().find(|k| k.name == "file") {
                self.print_file_ok(&f.value);
            }
        }
        let kws: Vec<(String, TV)> = keywords
            .iter()
            .filter(|k| k.name != "key" && !(b == "print" && k.name == "file"))
            .map(|k| (k.name.clone(), self.infer(&k.value)))
            .collect();
        if let Some(key) = keywords.iter().find(|k| k.name == "key") {
            if matches!(b, "sorted" | "min" | "max") && !args.is_empty() {
                let elem = if args.len() == 1 { self.iter_elem(ts[0], args[0].span) } else { ts[0] };
                if !matches!(key.value.kind, ExprKind::None) {
                    self.infer_callable(&key.value, &[elem]);
                }
            }
        }
        self.cur_span = e.span;
        if let Some(t) = self.complex_builtin(b, e, args, &ts, keywords) {
            return t;
        }
        if let Some(t) = self.decimal_builtin(b, e, args, &ts, keywords) {
            return t;
        }
        if b == "open" {
            return self.open_builtin(e, args, keywords, &ts);
        }
        let n = args.len();
        // Keywords the builtin engine understands; any other keyword is reported, never ignored.
        let allowed: &[&str] = match b {
            "print" => &["sep", "end", "flush", "file"],
            "enumerate" | "sum" => &["start"],
            "sorted" => &["reverse", "key"],
            "min" | "max" if n == 1 => &["key", "default"],
            "min" | "max" => &["key"],
            "round" => &["ndigits"],
            "int" => &["base"],
            _ => &[],
        };
        // `dict(red=1, ...)` takes any keyword (checked in its arm).
        if b != "dict" {
            self.no_keywords(b, keywords, allowed);
        }
        let min_positional = match b {
            "enumerate" | "sum" | "round" | "sorted" | "reversed" | "abs" | "len" | "any" | "all" | "next" | "zip" => 1,
            "divmod" | "pow" => 2,
            _ => 0,
        };
        if n < min_positional && b != "zip" {
            self.error(
                "unsupported-builtin",
                format!("`{b}()` needs {min_positional} positional argument{}", if min_positional == 1 { "" } else { "s" }),
                e.span,
                "pass the arguments by position",
            );
            return self.c("Unknown");
        }
        match b {
            "print" => {
                self.no_keywords(b, keywords, &["sep", "end", "flush", "file"]);
                if self.final_pass {
                    for (t, a) in ts.clone().into_iter().zip(args) {
                        self.check_printable_expr(a, t, false);
                    }
                }
                self.c(NONE_TV)
            }
            "len" => {
                self.no_keywords(b, keywords, &[]);
                if self.arity(b, e, n, 1, 1) {
                    match self.kv(ts[0]) {
                        Kind::Bytes | Kind::ByteArray => {}
                        Kind::List(_) | Kind::Str | Kind::Tuple(_) | Kind::Dict(..) | Kind::Set(_) | Kind::FSet(_) | Kind::Unknown | Kind::Conflict => {}
                        Kind::Deque(_) | Kind::Mapping(..) | Kind::VTuple(_) | Kind::Array(_) => {}
                        Kind::Iter(_) => {}
                        Kind::Union(ms) if self.union_len_ok(&ms) => {}
                        Kind::Obj(c) => {
                            return self.dunder_call(c, "__len__", &[], e.span);
                        }
                        k => {
                            let d = self.describe(&k);
                            self.error("type-error", format!("object of type `{d}` has no len()"), e.span, "");
                        }
                    }
                }
                self.c("Int")
            }
            "range" => {
                self.no_keywords(b, keywords, &[]);
                if self.arity(b, e, n, 1, 3) {
                    for (a, t) in args.iter().zip(&ts) {
                        match self.kv(*t) {
                            Kind::Int | Kind::Bool | Kind::Num | Kind::Unknown | Kind::Conflict => {}
                            Kind::Union(ms) if self.union_holds_int(&ms) => {}
                            k => {
                                let d = self.describe(&k);
                                self.error(
                                    "type-error",
                                    format!("`range()` needs integers, got `{d}`"),
                                    a.span,
                                    "",
                                );
                            }
                        }
                    }
                }
                // Its own int slot (not the shared `Int` constant): a range joined with other
                // iterables (`[range(n)] + [gen()]`) widens its items, never every int.
                let i = self.aux(e.id, 41, Kind::Int);
                self.aux(e.id, 0, Kind::Iter(i))
            }
            "enumerate" => {
                self.no_keywords(b, keywords, &["start"]);
                if !self.arity(b, e, n + kws.len(), 1, 2) {
                    return self.c("Unknown");
                }
                let elem = self.iter_elem(ts[0], args[0].span);
                let elem = self.not_the_unknown_const(elem, e.id, 0);
                let i = self.c("Int");
                let tup = self.fresh(Kind::Tuple(vec![i, elem]));
                let out = self.aux(e.id, 0, Kind::Unknown);
                let it = self.fresh(Kind::Iter(tup));
                self.flow(it, out);
                out
            }
            "zip" => {
                self.no_keywords(b, keywords, &[]);
                let elems: Vec<TV> = args.iter().zip(&ts).map(|(a, t)| self.iter_elem(*t, a.span)).collect();
                let elems: Vec<TV> = elems.into_iter().enumerate().map(|(k, t)| self.not_the_unknown_const(t, e.id, k)).collect();
                let tup = self.fresh(Kind::Tuple(elems));
                let out = self.aux(e.id, 0, Kind::Unknown);
                let it = self.fresh(Kind::Iter(tup));
                self.flow(it, out);
                out
            }
            "reversed" => {
                self.no_keywords(b, keywords, &[]);
                if !self.arity(b, e, n, 1, 1) {
                    return self.c("Unknown");
                }
                match self.kv(ts[0]) {
                    Kind::List(el) | Kind::Iter(el) | Kind::Deque(el) | Kind::VTuple(el) => self.aux(e.id, 0, Kind::Iter(el)),
                    Kind::Str => {
                        let s = self.c("Str");
                        self.aux(e.id, 0, Kind::Iter(s))
                    }
                    // A tuple's items (converted to one type as when iterating it).
                    Kind::Tuple(_) => {
                        let el = self.iter_elem(ts[0], args[0].span);
                        self.aux(e.id, 0, Kind::Iter(el))
                    }
                    // The items of the sequence member held (others raise TypeError at run time).
                    Kind::Union(ms) => {
                        let el = self.union_iter_elem(&ms, args[0].span);
                        self.aux(e.id, 0, Kind::Iter(el))
                    }
                    Kind::Unknown => self.c("Unknown"),
                    k => {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `reversed()` of `{d}`"), e.span, "");
                        self.c("Unknown")
                    }
                }
            }
            "sum" => {
                self.no_keywords(b, keywords, &["start"]);
                if !self.arity(b, e, n + kws.len(), 1, 2) {
                    return self.c("Unknown");
                }
                let elem = self.iter_elem(ts[0], args[0].span);
                let start = if n == 2 { Some(ts[1]) } else { kws.first().map(|k| k.1) };
                if let Some(Kind::List(y)) = start.map(|s| self.kv(s)) {
                    // `sum(list_of_lists, [])`: concatenation, each step a new list as `+` makes.
                    match self.kv(elem) {
                        Kind::List(x) => self.merge(x, y),
                        Kind::Unknown => {}
                        other => {
                            let d = self.describe(&other);
                            self.error("type-error", format!("can only concatenate list (not \"{d}\") to list"), e.span, "");
                        }
                    }
                    return self.aux(e.id, 0, Kind::List(y));
                }
                if let Some(Kind::Tuple(_) | Kind::VTuple(_)) = start.map(|s| self.kv(s)) {
                    // `sum(tuples, ())`: concatenation into a `tuple[T, ...]`.
                    let item = self.aux(e.id, 1, Kind::Unknown);
                    if let Kind::Union(_) = self.kv(elem) {
                        self.error("unsupported-builtin", "unsupported: `sum()` of tuples of several lengths", e.span, "make them one length, or build the tuple with `+` in a loop");
                        return self.c("Unknown");
                    }
                    for t in [start.map(|s| self.kv(s)), Some(self.kv(elem))].into_iter().flatten() {
                        match t {
                            Kind::Tuple(ts) => ts.into_iter().for_each(|x| self.flow(x, item)),
                            Kind::VTuple(x) => self.flow(x, item),
                            Kind::Unknown => {}
                            other => {
                                let d = self.describe(&other);
                                self.error("type-error", format!("can only concatenate tuple (not \"{d}\") to tuple"), e.span, "");
                            }
                        }
                    }
                    return self.aux(e.id, 0, Kind::VTuple(item));
                }
                if self.kv(elem) == Kind::Frac {
                    // `sum(fractions)` (start 0 or a Fraction): exact.
                    if let Some(s) = start {
                        if !matches!(self.kv(s), Kind::Int | Kind::Bool | Kind::Frac | Kind::Unknown) {
                            self.error("unsupported-builtin", "unsupported: `sum()` of Fractions with this start", e.span, "");
                        }
                    }
                    return self.c("Frac");
                }
                if let Kind::Union(_) = self.kv(elem) {
                    return self.union_sum(e, elem, start, &args[0]);
                }
                if !matches!(args[0].kind, ExprKind::GenExp { .. }) {
                    match (self.kv(elem), start.map(|s| self.kv(s))) {
                        (Kind::Obj(c), _) | (Kind::Unknown, Some(Kind::Obj(c))) => return self.object_sum(e, c, elem, start),
                        _ => {}
                    }
                }
                self.numeric_fold("sum()", elem, start, e.span)
            }
            "min" | "max" => {
                if n == 0 {
                    self.arity(b, e, n, 1, 99);
                    return self.c("Unknown");
                }
                let out = self.aux(e.id, 0, Kind::Unknown);
                if n == 1 {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    self.flow(elem, out);
                    // `default=` is the result for an empty iterable.
                    if let Some(d) = keywords.iter().find(|k| k.name == "default") {
                        let dt = self.expr_tv[d.value.id as usize];
                        self.flow(dt, out);
                    }
                } else {
                    for t in ts {
                        self.flow(t, out);
                    }
                }
                out
            }
            "hash" => {
                self.no_keywords(b, keywords, &[]);
                // A namedtuple's generated `__hash__` hashes its fields as a tuple: an unhashable
                // field raises CPython's TypeError when (and only when) the object is hashed.
                if self.arity(b, e, n, 1, 1) && !self.in_namedtuple_hash() {
                    self.check_hashable(ts[0], args[0].span);
                }
                self.c("Int")
            }
            "abs" => {
                if !self.arity(b, e, n, 1, 1) {
                    return self.c("Unknown");
                }
                match self.kv(ts[0]) {
                    Kind::Obj(c) => return self.dunder_call(c, "__abs__", &[], e.span),
                    Kind::Bool | Kind::Int => self.c("Int"),
                    Kind::Float => self.c("Float"),
                    Kind::Num => self.c("Num"),
                    Kind::Frac => self.c("Frac"),
                    Kind::TimeDelta => self.c("TimeDelta"),
                    Kind::Union(ms) => self.union_unary("abs", &ms, e),
                    Kind::Unknown => self.c("Unknown"),
                    k => {
                        let d = self.describe(&k);
                        self.error("type-error", format!("bad operand type for abs(): `{d}`"), e.span, "");
                        self.c("Unknown")
                    }
                }
            }
            "round" => {
                self.no_keywords(b, keywords, &["ndigits"]);
                if !self.arity(b, e, n + kws.len(), 1, 2) {
                    return self.c("Unknown");
                }
                let k0 = self.kv(ts[0]);
                let nd_none = args.get(1).or(keywords.first().map(|k| &k.value)).is_some_and(|a| matches!(a.kind, ExprKind::None));
                if n + kws.len() == 1 || nd_none {
                    return self.c("Int");
                }
                match k0 {
                    Kind::Float => self.c("Float"),
                    Kind::Int | Kind::Bool => self.c("Int"),
                    Kind::Num => self.c("Num"),
                    Kind::Frac => self.c("Frac"),
                    _ => self.c("Unknown"),
                }
            }
            "divmod" => {
                if !self.arity(b, e, n, 2, 2) {
                    return self.c("Unknown");
                }
                let q = self.binop(BinOp::FloorDiv, ts[0], ts[1], &args[1], e.span);
                if self.kv(ts[0]) == Kind::Frac || self.kv(ts[1]) == Kind::Frac {
                    // divmod of Fractions: (int, Fraction), or two floats.
                    let r = self.binop(BinOp::Mod, ts[0], ts[1], &args[1], e.span);
                    return self.fresh(Kind::Tuple(vec![q, r]));
                }
                self.fresh(Kind::Tuple(vec![q, q]))
            }
            "pow" => {
                if !self.arity(b, e, n, 2, 3) {
                    return self.c("Unknown");
                }
                if n == 3 {
                    for (a, t) in args.iter().zip(&ts) {
                        // An int-or-float is checked at run time (TypeError when it is a float).
                        if !matches!(self.kv(*t), Kind::Int | Kind::Bool | Kind::Num | Kind::Unknown) {
                            self.error("type-error", "`pow()` with 3 arguments needs integers", a.span, "");
                        }
                    }
                    return self.c("Int");
                }
                self.binop(BinOp::Pow, ts[0], ts[1], &args[1], e.span)
            }
            "int" => {
                self.arity(b, e, n, 0, 2);
                if let Some(t) = ts.first() {
                    match self.kv(*t) {
                        Kind::Bool | Kind::Int | Kind::Float | Kind::Num | Kind::Str | Kind::Frac | Kind::Unknown => {}
                        // `int(obj)`: its class's `__int__` (or `__index__`).
                        Kind::Obj(c) if n == 1 && ["__int__", "__index__"].iter().any(|m| self.find_method(Some(c), m).is_some()) => {
                            let m = if self.find_method(Some(c), "__int__").is_some() { "__int__" } else { "__index__" };
                            return self.dunder_call(c, m, &[], e.span);
                        }
                        Kind::Union(ms) if n == 1 && keywords.is_empty() && self.union_int_ok(&ms) => {}
                        k => {
                            let d = self.describe(&k);
                            self.type_error_unless_union(&k, "`int()` of", format!("`int()` argument must be a number or string, not `{d}`"), e.span);
                        }
                    }
                }
                self.c("Int")
            }
            "float" => {
                self.arity(b, e, n, 0, 1);
                // `float(obj)`: its class's `__float__`.
                if let (Some(&t), 1) = (ts.first(), n) {
                    if let Kind::Obj(c) = self.kv(t) {
                        if self.find_method(Some(c), "__float__").is_some() {
                            return self.dunder_call(c, "__float__", &[], e.span);
                        }
                    }
                }
                self.c("Float")
            }
            "bool" => {
                self.arity(b, e, n, 0, 1);
                self.c("Bool")
            }
            "format" => {
                // `format(x, spec)`: the f-string `{x:spec}`, for the types whose formatting the runtime ports.
                self.no_keywords(b, keywords, &[]);
                if self.arity(b, e, n, 1, 2) {
                    let k = self.kv(ts[0]);
                    if !matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Num | Kind::Str | Kind::Unknown | Kind::Conflict) && !self.union_formattable(&k) {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `format()` of a `{d}`"), args[0].span, "the builtin engine formats numbers and strings; `--engine auto` can hand the program to an LLM");
                    }
                    if n == 2 && !matches!(self.kv(ts[1]), Kind::Str | Kind::Unknown | Kind::Conflict) {
                        let k1 = self.kv(ts[1]);
                        let d = self.describe(&k1);
                        self.error("type-error", format!("format() argument 2 must be str, not {d}"), args[1].span, "");
                    }
                }
                self.c("Str")
            }
            "str" | "repr" => {
                self.arity(b, e, n, if b == "str" { 0 } else { 1 }, 1);
                if self.final_pass && n == 1 {
                    self.check_printable_expr(&args[0], ts[0], b == "repr");
                }
                self.c("Str")
            }
            "list" | "sorted" => {
                self.no_keywords(b, keywords, if b == "sorted" { &["reverse", "key"] } else { &[] });
                if !self.arity(b, e, n, if b == "list" { 0 } else { 1 }, 1) {
                    return self.c("Unknown");
                }
                let (l, el) = self.list_of(e.id, 0);
                if n == 1 {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    self.flow(elem, el);
                }
                l
            }
            "tuple" => {
                self.no_keywords(b, keywords, &[]);
                if !self.arity(b, e, n, 0, 1) {
                    return self.c("Unknown");
                }
                let el = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                if n == 1 {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    self.flow(elem, el);
                }
                self.aux(e.id, 0, Kind::VTuple(el))
            }
            "dict" => {
                let (d, k, v) = self.dict_of(e.id, 0);
                // `dict(red=1, ...)`: str keys (beside a positional argument, CPython would evaluate
                // the keywords before iterating it: not supported).
                if n > 0 && !keywords.is_empty() {
                    self.no_keywords(b, keywords, &[]);
                }
                for kw in keywords {
                    let st = self.c("Str");
                    self.flow_into(st, k, "dict key", kw.span);
                    let t = self.infer(&kw.value);
                    self.flow_into(t, v, "dict value", kw.value.span);
                }
                if self.arity(b, e, n, 0, 1) && n == 1 {
                    match self.kv(ts[0]) {
                        // The copy of a dict that may be None is a dict (None raises TypeError).
                        Kind::Dict(..) => {
                            let inner = match self.k(ts[0]) {
                                Kind::Opt(inner) => inner,
                                _ => ts[0],
                            };
                            self.flow(inner, d)
                        }
                        Kind::Mapping(_, mk, mv) => {
                            self.merge(mk, k);
                            self.merge(mv, v);
                        }
                        _ => {
                            let elem = self.iter_elem(ts[0], args[0].span);
                            match self.kv(elem) {
                                Kind::Tuple(kv) if kv.len() == 2 => {
                                    self.flow_into(kv[0], k, "dict key", args[0].span);
                                    self.flow_into(kv[1], v, "dict value", args[0].span);
                                }
                                Kind::Unknown => {}
                                other => {
                                    let dsc = self.describe(&other);
                                    self.error("type-error", format!("`dict()` needs key/value pairs, got `{dsc}` elements"), args[0].span, "");
                                }
                            }
                        }
                    }
                }
                d
            }
            "frozenset" => {
                self.no_keywords(b, keywords, &[]);
                let el = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                if self.arity(b, e, n, 0, 1) && n == 1 {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    self.check_hashable(elem, args[0].span);
                    self.flow_into(elem, el, "frozenset element", args[0].span);
                }
                self.aux(e.id, 0, Kind::FSet(el))
            }
            "set" => {
                self.no_keywords(b, keywords, &[]);
                let (st, el) = self.set_of(e.id, 0);
                if self.arity(b, e, n, 0, 1) && n == 1 {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    self.check_hashable(elem, args[0].span);
                    self.flow_into(elem, el, "set element", args[0].span);
                }
                st
            }
            "input" => {
                self.arity(b, e, n, 0, 1);
                self.c("Str")
            }
            "ord" => {
                self.arity(b, e, n, 1, 1);
                if n == 1 && matches!(self.kv(ts[0]), Kind::Bytes | Kind::ByteArray) {
                    self.error("unsupported-builtin", "unsupported: `ord()` of a bytes object (index it instead: `b[0]`)", e.span, "");
                }
                self.c("Int")
            }
            "bytes" | "bytearray" => self.bytes_constructor(b, e, args, &ts),
            "ascii" => {
                self.arity(b, e, n, 1, 1);
                self.c("Str")
            }
            "bin" | "hex" | "oct" => {
                if self.arity(b, e, n, 1, 1) {
                    self.check_index(ts[0], args[0].span);
                }
                self.c("Str")
            }
            "chr" => {
                if self.arity(b, e, n, 1, 1) {
                    self.check_index(ts[0], args[0].span);
                }
                self.c("Str")
            }
            "any" | "all" => {
                if self.arity(b, e, n, 1, 1) {
                    self.iter_elem(ts[0], args[0].span);
                }
                self.c("Bool")
            }
            "iter" => {
                if n == 2 && keywords.is_empty() {
                    // `iter(f, sentinel)`: calls `f` until it returns the sentinel.
                    for a in args {
                        self.infer(a);
                    }
                    self.error("unsupported-builtin", "unsupported: `iter(callable, sentinel)`", e.span, "write a `while True:` loop that calls it and breaks on the sentinel; `--engine auto` can hand the program to an LLM");
                    return self.c("Unknown");
                }
                if !self.arity(b, e, n, 1, 1) {
                    return self.c("Unknown");
                }
                // After the rewrite (`iter(__pyport_next_iter(obj.__iter__()))`): the iterator object.
                if let ExprKind::Call { func, args: inner, .. } = &args[0].kind {
                    if let (ExprKind::Name(n), [it]) = (&func.kind, &inner[..]) {
                        if n == crate::rewrite::NEXT_ITER {
                            let t = self.expr_tv[it.id as usize];
                            self.check_iter_reentry(t, e.span);
                        }
                    }
                }
                let el = self.iter_elem(ts[0], args[0].span);
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "next" => {
                if !self.arity(b, e, n, 1, 2) {
                    return self.c("Unknown");
                }
                let from_genexp = matches!(args[0].kind, ExprKind::GenExp { .. });
                let k0 = match self.kv(ts[0]) {
                    Kind::List(el) if from_genexp => Kind::Gen(el),
                    k => k,
                };
                let item = match k0 {
                    Kind::Gen(el) | Kind::Iter(el) => el,
                    // An iterator object: its `__next__()` (StopIteration, or the default).
                    Kind::Obj(c) if c != self.duck_root() && self.find_method(Some(c), "__next__").is_some() => {
                        let next = self.find_method(Some(c), "__next__").unwrap_or_default();
                        self.funcs[next].ret
                    }
                    Kind::Unknown => return self.c("Unknown"),
                    k => {
                        let d = self.describe(&k);
                        self.error(
                            "unsupported-builtin",
                            format!("unsupported: `next()` of `{d}`"),
                            e.span,
                            "`next()` works on generators",
                        );
                        return self.c("Unknown");
                    }
                };
                if n == 2 {
                    // `next(it, default)`: the item or the default.
                    let out = self.aux(e.id, 0, Kind::Unknown);
                    self.flow(item, out);
                    self.flow(ts[1], out);
                    out
                } else {
                    item
                }
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: builtin `{b}()`"), e.span, "");
                self.c("Unknown")
            }
        }
    }

    fn module_call(&mut self, m: &str, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if m == "collections" {
            // Before inferring the arguments: a `defaultdict` factory is a function value, not an expression.
            return self.collections_call(name, e, args, keywords);
        }
        if m == "re" {
            return self.re_module_call(name, e, args, keywords);
        }
        if m == "calendar" {
            return self.calendar_call(name, e, args, keywords);
        }
        self.star_ok = m == "heapq" && name == "merge";
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        self.star_ok = false;
        for k in keywords {
            // `heapq.nlargest(n, xs, key=f)`: the key is a function of an element (`heap_bisect_call`).
            if m == "heapq" && k.name == "key" && matches!(name, "nlargest" | "nsmallest") {
                continue;
            }
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        if m == "pprint" {
            return self.pprint_call(name, e, args, &ts, keywords);
        }
        if m == "cmath" {
            return self.cmath_call(name, e, args, &ts, keywords);
        }
        if m == "decimal" {
            return self.decimal_call(name, e, args, &ts, keywords);
        }
        if m == "array" {
            return self.array_call(name, e, args, &ts, keywords);
        }
        if m == "struct" {
            return self.struct_call(name, e, args, &ts, keywords);
        }
        if m == "json" {
            return self.json_call(name, e, args, &ts, keywords);
        }
        if m == "io" {
            return self.io_call(name, e, args, &ts, keywords);
        }
        if m == "logging" {
            return self.logging_call(name, e, args, &ts, keywords);
        }
        if m == "queue" {
            // `queue.Queue()` / `queue.SimpleQueue()`: a FIFO of items, which the port keeps in a deque.
            if !matches!(name, "Queue" | "SimpleQueue") {
                self.error("unsupported-builtin", format!("unsupported: `queue.{name}`"), e.span, "the builtin engine compiles `queue.Queue` and `queue.SimpleQueue` (a single-threaded FIFO); `--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
            self.no_keywords(&format!("queue.{name}"), keywords, &["maxsize"]);
            if self.arity(&format!("queue.{name}"), e, args.len(), 0, usize::from(name == "Queue")) {
                if let Some((&t, a)) = ts.first().zip(args.first()).or_else(|| keywords.first().map(|k| (&self.expr_tv[k.value.id as usize], &k.value))) {
                    self.check_index(t, a.span);
                }
            }
            let el = match self.aux_tv.get(&(e.id, 1)) {
                Some(&t) => t,
                None => self.aux(e.id, 1, Kind::Unknown),
            };
            return self.aux(e.id, 0, Kind::Deque(el));
        }
        if m == "keyword" {
            // `keyword.iskeyword(s)` / `keyword.issoftkeyword(s)`: membership in 3.11's lists.
            if !matches!(name, "iskeyword" | "issoftkeyword") {
                self.error("unsupported-builtin", format!("unsupported: `keyword.{name}`"), e.span, "");
                return self.c("Unknown");
            }
            self.no_keywords(&format!("keyword.{name}"), keywords, &[]);
            if self.arity(&format!("keyword.{name}"), e, args.len(), 1, 1) && !matches!(self.kv(ts[0]), Kind::Str | Kind::Unknown | Kind::Conflict) {
                // CPython answers False for a value of another type (a frozenset lookup).
                let d = { let k = self.kv(ts[0]); self.describe(&k) };
                self.error("unsupported-builtin", format!("unsupported: `keyword.{name}()` of a `{d}`"), args[0].span, "");
            }
            return self.c("Bool");
        }
        if m == "html" {
            // `html.escape(s, quote=True)`.
            if name != "escape" {
                self.error("unsupported-builtin", format!("unsupported: `html.{name}`"), e.span, "the builtin engine compiles `html.escape`; `--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
            self.no_keywords("html.escape", keywords, &["quote"]);
            if self.arity("html.escape", e, args.len() + keywords.len(), 1, 2) {
                let want = ["Str", "Bool"];
                let given: Vec<(TV, &Expr)> = ts.iter().copied().zip(args).chain(keywords.iter().map(|k| (self.expr_tv[k.value.id as usize], &k.value))).collect();
                for ((t, a), w) in given.into_iter().zip(want) {
                    let k = self.kv(t);
                    let ok = match w {
                        "Str" => matches!(k, Kind::Str | Kind::Unknown),
                        _ => matches!(k, Kind::Bool | Kind::Int | Kind::Unknown),
                    };
                    if !ok {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `html.escape()` of a `{d}`"), a.span, "");
                    }
                }
            }
            return self.c("Str");
        }
        if m == "colorsys" {
            self.no_keywords(&format!("colorsys.{name}"), keywords, &[]);
            if !COLORSYS_FUNCTIONS.contains(&name) {
                self.error("unsupported-builtin", format!("unsupported: `colorsys.{name}`"), e.span, "");
                return self.c("Unknown");
            }
            if self.arity(name, e, args.len(), 3, 3) {
                for (a, &t) in args.iter().zip(&ts) {
                    let k = self.kv(t);
                    if !matches!(k, Kind::Float | Kind::Unknown | Kind::Conflict) {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `colorsys.{name}()` of a `{d}` (with an int argument CPython may return ints)"), a.span, "pass floats (`x * 1.0`), or use `--engine auto` to hand the program to an LLM");
                    }
                }
            }
            let f = self.c("Float");
            return self.aux(e.id, 0, Kind::Tuple(vec![f, f, f]));
        }
        if m == "textwrap" {
            return self.textwrap_call(name, e, args, &ts, keywords);
        }
        if m == "statistics" {
            return self.statistics_call(name, e, args, &ts, keywords);
        }
        if m == "copy" {
            return self.copy_call(name, e, args, &ts, keywords);
        }
        if m == "random" && name == "Random" {
            // `random.Random(seed)`: a generator of its own (see `rng_call`).
            self.no_keywords("random.Random", keywords, &[]);
            if self.arity("random.Random", e, args.len(), 0, 1) {
                if let Some(&t) = ts.first() {
                    if !matches!(self.kv(t), Kind::Int | Kind::Bool | Kind::Float | Kind::Str | Kind::None | Kind::Unknown | Kind::Conflict) {
                        let kt = self.k(t);
                        let d = self.describe(&kt);
                        self.error("unsupported-builtin", format!("unsupported: `random.Random()` seeded with a `{d}`"), e.span, "seed with an int, float or str");
                    }
                }
            }
            return self.aux(e.id, 0, Kind::Rng);
        }
        if m == "random" {
            return self.random_call(name, e, args, &ts, keywords);
        }
        if m == "fractions" && name == "Fraction" {
            self.no_keywords("fractions.Fraction", keywords, &[]);
            if self.arity("Fraction", e, args.len(), 0, 2) {
                for (a, &t) in args.iter().zip(&ts) {
                    let k = self.kv(t);
                    let ok = if args.len() == 1 {
                        matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Num | Kind::Str | Kind::Frac)
                    } else {
                        matches!(k, Kind::Int | Kind::Bool | Kind::Frac | Kind::Num | Kind::Float)
                    };
                    if !ok && !matches!(k, Kind::Unknown | Kind::Conflict) {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `Fraction()` of a `{d}`"), a.span, "");
                    }
                }
            }
            return self.c("Frac");
        }
        if m == "heapq" || m == "bisect" {
            return self.heap_bisect_call(m, name, e, args, &ts, keywords);
        }
        if m == "itertools" {
            return self.itertools_call(name, e, args, &ts, keywords);
        }
        if m == "functools" {
            return self.functools_call(name, e, args, &ts, keywords);
        }
        if (m, name) == ("math", "prod") {
            self.no_keywords("math.prod", keywords, &["start"]);
            if !self.arity("math.prod", e, args.len(), 1, 1) {
                return self.c("Unknown");
            }
            let elem = self.iter_elem(ts[0], args[0].span);
            let start = keywords.first().map(|k| self.infer(&k.value));
            return self.numeric_fold("math.prod()", elem, start, e.span);
        }
        if (m, name) == ("math", "fsum") {
            self.no_keywords("math.fsum", keywords, &[]);
            if self.arity("math.fsum", e, args.len(), 1, 1) {
                let el = self.iter_elem(ts[0], args[0].span);
                let k = self.kv(el);
                if !(k.is_numeric() || matches!(k, Kind::Unknown | Kind::Conflict)) {
                    let d = self.describe(&k);
                    self.error("type-error", format!("`math.fsum()` needs numbers, got `{d}` items"), args[0].span, "");
                }
            }
            return self.c("Float");
        }
        let Some(sig) = builtins::module_function(m, name) else {
            if builtins::module_constant(m, name).is_some() {
                self.error("type-error", format!("`{m}.{name}` is not callable"), e.span, "");
            } else {
                let help = if m == "gc" {
                    "the port has no cycle collector: `gc.collect()`, `gc.enable()` and `gc.disable()` are compiled as statements (they do nothing), not as values"
                } else {
                    ""
                };
                self.error("unsupported-builtin", format!("unsupported: `{m}.{name}()`"), e.span, help);
            }
            return self.c("Unknown");
        };
        if !keywords.is_empty() {
            self.error("unsupported-builtin", format!("unsupported: keyword arguments to `{m}.{name}()`"), e.span, "");
        }
        if !self.arity(&format!("{m}.{name}"), e, args.len(), sig.min_args, sig.max_args) {
            return self.c("Unknown");
        }
        for (a, t) in args.iter().zip(ts) {
            let k = self.kv(t);
            let ok = match sig.arg {
                builtins::ArgKind::Number => k.is_numeric() || k == Kind::Unknown || Self::fraction_rounding(m, name, &k),
                // An int-or-float is checked at run time (TypeError when it is a float), as CPython.
                builtins::ArgKind::Int => matches!(k, Kind::Int | Kind::Bool | Kind::Num | Kind::Unknown),
                builtins::ArgKind::None => true,
                builtins::ArgKind::ExitCode => matches!(k, Kind::Int | Kind::Bool | Kind::Str | Kind::None | Kind::Unknown),
            };
            if !ok {
                let d = self.describe(&k);
                let want = if matches!(sig.arg, builtins::ArgKind::ExitCode) { "an int, a str or None" } else { "a number" };
                self.error("type-error", format!("`{m}.{name}()` needs {want}, got `{d}`"), a.span, "");
            }
        }
        self.c(sig.ret)
    }

    fn method_call(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        if let Some(t) = self.set_star_method(recv, attr, e, args) {
            return t;
        }
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            if k.name == "key" && attr == "sort" {
                if let Kind::List(el) = self.kv(recv) {
                    if !matches!(k.value.kind, ExprKind::None) {
                        self.infer_callable(&k.value, &[el]);
                    }
                }
                continue;
            }
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        let n = args.len();
        match self.kv(recv) {
            Kind::List(el) => {
                let name = format!("list.{attr}");
                match attr {
                    "append" => {
                        if self.arity(&name, e, n, 1, 1) {
                            self.cur_what = Some("list element".into());
                            self.flow(ts[0], el);
                            self.cur_what = None;
                        }
                        self.c(NONE_TV)
                    }
                    "insert" => {
                        if self.arity(&name, e, n, 2, 2) {
                            self.cur_what = Some("list element".into());
                            self.flow(ts[1], el);
                            self.cur_what = None;
                        }
                        self.c(NONE_TV)
                    }
                    "extend" => {
                        if self.arity(&name, e, n, 1, 1) {
                            let src = self.iter_elem(ts[0], args[0].span);
                            self.cur_what = Some("list element".into());
                            self.flow(src, el);
                            self.cur_what = None;
                        }
                        self.c(NONE_TV)
                    }
                    "pop" => {
                        self.arity(&name, e, n, 0, 1);
                        el
                    }
                    "index" => {
                        // `xs.index(x[, start[, stop]])`
                        self.arity(&name, e, n, 1, 3);
                        for (a, &t) in args.iter().zip(&ts).skip(1) {
                            self.check_index(t, a.span);
                        }
                        self.c("Int")
                    }
                    "count" => {
                        self.arity(&name, e, n, 1, 1);
                        self.c("Int")
                    }
                    "sort" => {
                        self.arity(&name, e, n, 0, 0);
                        self.no_keywords(&name, keywords, &["reverse", "key"]);
                        self.c(NONE_TV)
                    }
                    "reverse" | "clear" => {
                        self.arity(&name, e, n, 0, 0);
                        self.c(NONE_TV)
                    }
                    "copy" => {
                        self.arity(&name, e, n, 0, 0);
                        recv
                    }
                    "remove" => {
                        self.arity(&name, e, n, 1, 1);
                        self.c(NONE_TV)
                    }
                    _ => {
                        self.error("unsupported-builtin", format!("unsupported: method `list.{attr}()`"), e.span, "");
                        self.c("Unknown")
                    }
                }
            }
            Kind::Dict(k, v) => {
                if attr == "update" {
                    // `d.update(other, key=value)`: each keyword is a str key.
                    for kw in keywords {
                        let t = self.infer(&kw.value);
                        let st = self.c("Str");
                        self.flow_into(st, k, "dict key", kw.span);
                        self.flow_into(t, v, "dict value", kw.value.span);
                    }
                } else {
                    self.no_keywords(&format!("dict.{attr}"), keywords, &[]);
                }
                self.dict_method(recv, k, v, attr, e, args, &ts)
            }
            Kind::VTuple(_) | Kind::Tuple(_) if matches!(attr, "count" | "index") => {
                self.arity(&format!("tuple.{attr}"), e, n, 1, if attr == "index" { 3 } else { 1 });
                for (a, &t) in args.iter().zip(&ts).skip(1) {
                    self.check_index(t, a.span);
                }
                self.c("Int")
            }
            Kind::Set(el) => self.set_method(recv, el, attr, e, args, &ts),
            Kind::FSet(el) => self.frozenset_method(recv, el, attr, e, args, &ts),
            Kind::Deque(el) => self.deque_method(recv, el, attr, e, args, &ts, keywords),
            Kind::Mapping(m, k, v) => self.mapping_method(recv, m, k, v, attr, e, args, &ts, keywords),
            Kind::Str if attr == "encode" => {
                self.codec_args("str.encode", e, args, keywords);
                self.c("Bytes")
            }
            Kind::Bytes | Kind::ByteArray => self.bytes_method(recv, attr, e, args, &ts, keywords),
            Kind::Int | Kind::Bool if attr == "to_bytes" => {
                self.no_keywords("int.to_bytes", keywords, &["length", "byteorder", "signed"]);
                if self.arity("int.to_bytes", e, n + keywords.len(), 0, 3) {
                    self.byteorder_arg(args.get(1).or(keywords.iter().find(|k| k.name == "byteorder").map(|k| &k.value)));
                }
                self.c("Bytes")
            }
            Kind::Str if attr != "format" && !keywords.is_empty() => match builtins::str_method_slots(attr, args, keywords) {
                Err(msg) => {
                    self.error("type-error", msg, e.span, "");
                    self.c("Unknown")
                }
                Ok(slots) => {
                    // Keywords in their parameter's place; a parameter left out before one given by
                    // keyword is `split`'s `sep`, which is None.
                    let mut filled = Vec::new();
                    let mut filled_ts = Vec::new();
                    for slot in &slots {
                        match slot {
                            Some(a) => {
                                filled.push((*a).clone());
                                filled_ts.push(self.expr_tv[a.id as usize]);
                            }
                            None => {
                                filled.push(Expr { id: e.id, span: e.span, kind: ExprKind::None });
                                filled_ts.push(self.c(NONE_TV));
                            }
                        }
                    }
                    self.str_method(attr, e, &filled, &filled_ts)
                }
            },
            Kind::Str => self.str_method(attr, e, args, &ts),
            // A str method on a union with a str member (the others raise AttributeError).
            Kind::Union(ms) if keywords.is_empty() && !matches!(attr, "encode" | "format") && self.union_str_method_ok(&ms, attr) => {
                self.str_method(attr, e, args, &ts)
            }
            Kind::Int | Kind::Bool if matches!(attr, "bit_length" | "bit_count") => {
                self.arity(&format!("int.{attr}"), e, n, 0, 0);
                self.c("Int")
            }
            // An int-or-float: the int's answer; a float raises CPython's AttributeError.
            Kind::Num if matches!(attr, "bit_length" | "bit_count") => {
                self.arity(&format!("int.{attr}"), e, n, 0, 0);
                self.c("Int")
            }
            // `x.is_integer()`: a float's test; Python 3.11's ints have no such method (AttributeError).
            Kind::Int | Kind::Bool | Kind::Float | Kind::Num if attr == "is_integer" => {
                self.arity("float.is_integer", e, n, 0, 0);
                self.c("Bool")
            }
            // `g.__next__()` is `next(g)` (an `Iterable` may hold a list, which has no `__next__`).
            Kind::Gen(el) if attr == "__next__" && n == 0 && keywords.is_empty() => el,
            Kind::Unknown | Kind::Conflict => self.c("Unknown"),
            k => {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: method `{attr}()` on `{d}`"), e.span, "");
                self.c("Unknown")
            }
        }
    }
}

/// The help of the refusal of a value whose type contains itself.
const SELF_TYPE_HELP: &str =
    "its type would nest without limit (e.g. a tuple built from tuples of its own kind), and C++ needs a finite static type; `--engine auto` can hand this program to an LLM";

impl Infer<'_> {
    /// `heapq.*` and `bisect.*` over a list.
    /// `itertools.f(...)`: lazy iterables (`Kind::Iter`); tuple lengths must be known statically.
    fn itertools_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("itertools.{name}");
        let n = args.len();
        let unknown = |this: &mut Self| this.c("Unknown");
        match name {
            "count" => {
                self.no_keywords(&full, keywords, &[]);
                if !self.arity(&full, e, n, 0, 2) {
                    return unknown(self);
                }
                let el = self.aux(e.id, 1, Kind::Unknown);
                if n == 0 {
                    let int = self.c("Int");
                    self.flow(int, el);
                }
                for (a, &t) in args.iter().zip(ts) {
                    let k = self.kv(t);
                    if !(k.is_numeric() || matches!(k, Kind::Unknown | Kind::Conflict)) {
                        let d = self.describe(&k);
                        self.error("type-error", format!("`{full}()` needs numbers, got `{d}`"), a.span, "");
                    }
                    self.flow(t, el);
                }
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "islice" => {
                self.no_keywords(&full, keywords, &[]);
                if !self.arity(&full, e, n, 2, 4) {
                    return unknown(self);
                }
                for (a, &t) in args.iter().zip(ts).skip(1) {
                    if !matches!(self.kv(t), Kind::None) {
                        self.check_index(t, a.span);
                    }
                }
                let el = self.iter_elem(ts[0], args[0].span);
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "groupby" => {
                self.no_keywords(&full, keywords, &["key"]);
                if !self.arity(&full, e, n + keywords.len(), 1, 2) {
                    return unknown(self);
                }
                let el = self.iter_elem(ts[0], args[0].span);
                let key_fn = match (ts.get(1), keywords.first()) {
                    (Some(&t), _) => Some((t, args[1].span)),
                    (None, Some(k)) => Some((self.infer(&k.value), k.value.span)),
                    _ => None,
                };
                let key = match key_fn {
                    Some((t, sp)) if !matches!(self.kv(t), Kind::None) => self.call_fn_value(t, &[el], sp),
                    _ => el,
                };
                let group = self.aux(e.id, 2, Kind::Iter(el));
                let tup = self.aux(e.id, 1, Kind::Tuple(vec![key, group]));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            "takewhile" | "dropwhile" | "filterfalse" | "starmap" => {
                self.no_keywords(&full, keywords, &[]);
                if !self.arity(&full, e, n, 2, 2) {
                    return unknown(self);
                }
                let el = self.iter_elem(ts[1], args[1].span);
                if name != "starmap" {
                    self.call_fn_value(ts[0], &[el], args[0].span);
                    return self.aux(e.id, 0, Kind::Iter(el));
                }
                match self.kv(el) {
                    Kind::Tuple(items) => {
                        let r = self.call_fn_value(ts[0], &items, args[0].span);
                        self.aux(e.id, 0, Kind::Iter(r))
                    }
                    Kind::Unknown => unknown(self),
                    k => {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `{full}()` over `{d}` items (tuples only)"), args[1].span, "");
                        unknown(self)
                    }
                }
            }
            "cycle" | "pairwise" => {
                self.no_keywords(&full, keywords, &[]);
                if !self.arity(&full, e, n, 1, 1) {
                    return unknown(self);
                }
                let el = self.iter_elem(ts[0], args[0].span);
                if name == "cycle" {
                    return self.aux(e.id, 0, Kind::Iter(el));
                }
                let tup = self.aux(e.id, 1, Kind::Tuple(vec![el, el]));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            "compress" => {
                self.no_keywords(&full, keywords, &[]);
                if !self.arity(&full, e, n, 2, 2) {
                    return unknown(self);
                }
                self.iter_elem(ts[1], args[1].span);
                let el = self.iter_elem(ts[0], args[0].span);
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "repeat" => {
                self.no_keywords(&full, keywords, &["times"]);
                if !self.arity(&full, e, n + keywords.len(), 1, 2) {
                    return unknown(self);
                }
                if let Some(t) = ts.get(1).copied().or(keywords.first().map(|k| self.infer(&k.value))) {
                    self.check_index(t, e.span);
                }
                self.aux(e.id, 0, Kind::Iter(ts[0]))
            }
            "zip_longest" => {
                self.no_keywords(&full, keywords, &["fillvalue"]);
                if n == 0 || n > 8 {
                    self.error("unsupported-builtin", format!("unsupported: `{full}()` of {n} iterables (1 to 8)"), e.span, "");
                    return unknown(self);
                }
                let fill = match keywords.first() {
                    Some(k) => self.infer(&k.value),
                    None => self.c(NONE_TV),
                };
                let items: Vec<TV> = args
                    .iter()
                    .zip(ts)
                    .enumerate()
                    .map(|(i, (a, &t))| {
                        let x = self.iter_elem(t, a.span);
                        let item = self.aux(e.id, 2 + i as u8, Kind::Unknown);
                        self.flow(x, item);
                        self.flow(fill, item);
                        item
                    })
                    .collect();
                let tup = self.aux(e.id, 1, Kind::Tuple(items));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            "accumulate" if n == 2 || !keywords.is_empty() => {
                self.no_keywords(&full, keywords, &["initial", "func"]);
                let func = match (ts.get(1), keywords.iter().find(|k| k.name == "func")) {
                    (Some(&t), _) => Some((t, args[1].span)),
                    (None, Some(k)) => Some((self.infer(&k.value), k.value.span)),
                    _ => None,
                };
                if !self.arity(&full, e, n, 1, 2) {
                    return unknown(self);
                }
                let x = self.iter_elem(ts[0], args[0].span);
                let el = self.aux(e.id, 1, Kind::Unknown);
                self.flow(x, el);
                if let Some(k) = keywords.iter().find(|k| k.name == "initial") {
                    let t = self.infer(&k.value);
                    self.flow(t, el);
                }
                match func {
                    Some((t, sp)) => {
                        let r = self.call_fn_value(t, &[el, el], sp);
                        self.flow(r, el);
                    }
                    None => {
                        let k = self.kv(el);
                        if !(k.is_numeric() || matches!(k, Kind::Unknown | Kind::Conflict)) {
                            let d = self.describe(&k);
                            self.error("unsupported-builtin", format!("unsupported: `{full}()` of `{d}` values (numbers only)"), args[0].span, "");
                        }
                    }
                }
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "chain" | "accumulate" => {
                self.no_keywords(&full, keywords, &[]);
                let (min, max) = if name == "chain" { (1, 16) } else { (1, 1) };
                if !self.arity(&full, e, n, min, max) {
                    return unknown(self);
                }
                let el = self.aux(e.id, 1, Kind::Unknown);
                for (a, &t) in args.iter().zip(ts) {
                    let x = self.iter_elem(t, a.span);
                    self.flow_into(x, el, "chain element", a.span);
                }
                if name == "accumulate" {
                    let k = self.kv(el);
                    if !(k.is_numeric() || matches!(k, Kind::Unknown | Kind::Conflict)) {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `{full}()` of `{d}` values (numbers only)"), args[0].span, "");
                    }
                }
                self.aux(e.id, 0, Kind::Iter(el))
            }
            "product" => {
                self.no_keywords(&full, keywords, &["repeat"]);
                let mut repeat = 1usize;
                if let Some(k) = keywords.iter().find(|k| k.name == "repeat") {
                    match const_int(&k.value) {
                        Some(r) if (0..=8).contains(&r) => repeat = r as usize,
                        _ if n == 1 => {
                            // One iterable repeated a number of times known at run time: `tuple[T, ...]` items.
                            let rt = self.infer(&k.value);
                            self.check_index(rt, k.value.span);
                            let el0 = self.iter_elem(ts[0], args[0].span);
                            let el = self.aux(e.id, 2, Kind::Unknown);
                            self.flow(el0, el);
                            let tup = self.aux(e.id, 1, Kind::VTuple(el));
                            return self.aux(e.id, 0, Kind::Iter(tup));
                        }
                        _ => {
                            self.error("unsupported-builtin", format!("unsupported: `{full}()` with a `repeat` that is not a number from 0 to 8"), k.value.span, "");
                            return unknown(self);
                        }
                    }
                }
                if n == 0 || n * repeat > 8 {
                    self.error("unsupported-builtin", format!("unsupported: `{full}()` of {n} iterables repeated {repeat} times (1 to 8 tuple items)"), e.span, "");
                    return unknown(self);
                }
                let els: Vec<TV> = args.iter().zip(ts).map(|(a, &t)| self.iter_elem(t, a.span)).collect();
                let items: Vec<TV> = (0..repeat).flat_map(|_| els.iter().copied()).collect();
                let tup = self.aux(e.id, 1, Kind::Tuple(items));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            "permutations" | "combinations" | "combinations_with_replacement" => {
                self.no_keywords(&full, keywords, &["r"]);
                // `r=` given by keyword counts as the second argument.
                let kw_r = keywords.iter().find(|k| k.name == "r").filter(|_| n == 1).map(|k| k.value.clone());
                let mut args_r: Vec<Expr> = args.to_vec();
                let mut ts_r: Vec<TV> = ts.to_vec();
                if let Some(v) = kw_r {
                    let t = self.infer(&v);
                    args_r.push(v);
                    ts_r.push(t);
                }
                let (args, ts, n) = (&args_r[..], &ts_r[..], args_r.len());
                let min = if name == "permutations" { 1 } else { 2 };
                if !self.arity(&full, e, n, min, 2) {
                    return unknown(self);
                }
                let r = match args.get(1) {
                    Some(a) => const_int(a),
                    // `permutations(xs)`: tuples as long as xs, known for a tuple or a display.
                    None => match (&args[0].kind, self.kv(ts[0])) {
                        (_, Kind::Tuple(v)) => Some(v.len() as i64),
                        (ExprKind::List(v) | ExprKind::Tuple(v), _) if !star::has_star(v) => Some(v.len() as i64),
                        _ => None,
                    },
                };
                if !r.is_some_and(|r| (0..=8).contains(&r)) {
                    // A length known only at run time: `tuple[T, ...]` items.
                    if let Some(a) = args.get(1) {
                        self.check_index(ts[1], a.span);
                    }
                    let el0 = self.iter_elem(ts[0], args[0].span);
                    let el = self.aux(e.id, 2, Kind::Unknown);
                    self.flow(el0, el);
                    let tup = self.aux(e.id, 1, Kind::VTuple(el));
                    return self.aux(e.id, 0, Kind::Iter(tup));
                }
                let Some(r) = r.filter(|r| (0..=8).contains(r)) else {
                    self.error(
                        "unsupported-builtin",
                        format!("unsupported: `{full}()` without a constant length from 0 to 8"),
                        e.span,
                        "pyport needs the tuple length at compile time: pass it as a number, e.g. `permutations(xs, 3)`",
                    );
                    return unknown(self);
                };
                let el = self.iter_elem(ts[0], args[0].span);
                let tup = self.aux(e.id, 1, Kind::Tuple(vec![el; r as usize]));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, "the builtin engine supports itertools.count, islice, chain, product, permutations, combinations, combinations_with_replacement, accumulate, groupby, takewhile, dropwhile, filterfalse, starmap, cycle, pairwise, compress, repeat and zip_longest");
                unknown(self)
            }
        }
    }

    /// Calls a function value (a lambda or a `def` passed as an argument) with arguments of
    /// these types; its return type.
    fn call_fn_value(&mut self, f: TV, args: &[TV], sp: Span) -> TV {
        match self.kv(f) {
            Kind::Fn(ps, r) if ps.len() == args.len() => {
                for (&a, &p) in args.iter().zip(&ps) {
                    self.flow(a, p);
                }
                r
            }
            Kind::Unknown | Kind::Conflict => self.c("Unknown"),
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("`{d}` is not a function of {} argument{}", args.len(), if args.len() == 1 { "" } else { "s" }), sp, "");
                self.c("Unknown")
            }
        }
    }

    /// `heapq.merge(a, b, ...)` of lists, or `heapq.merge(*lists)` of a list of lists: a lazy iterator.
    fn heap_merge(&mut self, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        let out = match self.aux_tv.get(&(e.id, 1)) {
            Some(&t) => t,
            None => self.aux(e.id, 1, Kind::Unknown),
        };
        let star = args.len() == 1 && matches!(args[0].kind, ExprKind::Starred(_));
        for (a, &t) in args.iter().zip(ts) {
            let (inner, t) = match &a.kind {
                ExprKind::Starred(x) if star => (&**x, self.infer(x)),
                ExprKind::Starred(_) => {
                    self.error("unsupported-builtin", "unsupported: `heapq.merge` with `*` mixed with other arguments", a.span, "pass `*lists` alone, or every list separately");
                    continue;
                }
                _ => (a, t),
            };
            let t = if star {
                match self.kv(t) {
                    Kind::List(l) => l,
                    Kind::Unknown | Kind::Conflict => continue,
                    k => {
                        let d = self.describe(&k);
                        self.error("unsupported-builtin", format!("unsupported: `heapq.merge(*xs)` of a `{d}` (a list of lists is supported)"), inner.span, "");
                        continue;
                    }
                }
            } else {
                t
            };
            match self.kv(t) {
                Kind::List(el) => self.merge(el, out),
                Kind::Unknown | Kind::Conflict => {}
                k => {
                    let d = self.describe(&k);
                    self.error("unsupported-builtin", format!("unsupported: `heapq.merge` of a `{d}` (lists are supported)"), inner.span, "");
                }
            }
        }
        self.aux(e.id, 0, Kind::Iter(out))
    }

    fn heap_bisect_call(&mut self, m: &str, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("{m}.{name}");
        let n_extreme = m == "heapq" && matches!(name, "nlargest" | "nsmallest");
        self.no_keywords(&full, keywords, if n_extreme { &["key"] } else { &[] });
        if m == "heapq" && name == "merge" {
            return self.heap_merge(e, args, ts);
        }
        let n = args.len();
        let (min, max) = match name {
            "heappush" | "heapreplace" | "heappushpop" | "nlargest" | "nsmallest" => (2, 2),
            "heappop" | "heapify" => (1, 1),
            "bisect_left" | "bisect_right" | "bisect" | "insort_left" | "insort_right" | "insort" => (2, 4),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, "");
                return self.c("Unknown");
            }
        };
        if !self.arity(&full, e, n, min, max) {
            return self.c("Unknown");
        }
        if matches!(name, "nlargest" | "nsmallest") {
            self.check_index(ts[0], args[0].span);
            let el = self.iter_elem(ts[1], args[1].span);
            let (l, lel) = self.list_of(e.id, 0);
            self.flow(el, lel);
            // `nlargest(n, xs, key=f)`: `f` takes an element (`key=None` is no key).
            if let Some(k) = keywords.iter().find(|k| k.name == "key" && !matches!(k.value.kind, ExprKind::None)) {
                self.infer_callable(&k.value, &[lel]);
            }
            return l;
        }
        let el = match self.kv(ts[0]) {
            Kind::List(el) => el,
            Kind::Unknown | Kind::Conflict => return self.c("Unknown"),
            k => {
                let d = self.describe(&k);
                self.error("type-error", format!("`{full}()` needs a list, got `{d}`"), args[0].span, "");
                return self.c("Unknown");
            }
        };
        if n >= 2 {
            self.flow_into(ts[1], el, "list element", args[1].span);
        }
        for (a, t) in args.iter().zip(ts).skip(2) {
            self.check_index(*t, a.span);
        }
        match name {
            "heappush" | "heapify" | "insort_left" | "insort_right" | "insort" => self.c(NONE_TV),
            "heappop" | "heapreplace" | "heappushpop" => el,
            _ => self.c("Int"),
        }
    }

    /// `f(a, *xs)` of a plain `def` (lowering keeps only those, `print(*xs)` and `heapq.merge(*xs)`):
    /// a tuple's items or a list's elements fill the parameters after `a`. `None` for other calls.
    fn star_call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let star = args.iter().position(|a| matches!(a.kind, ExprKind::Starred(_)))?;
        if let Some(t) = self.star_library_call(e, func, args, keywords) {
            return Some(t);
        }
        let ExprKind::Name(n) = &func.kind else {
            // `sub(*pair)` with `from operator import sub`: lowering made `sub` the lambda it equals.
            if matches!(func.kind, ExprKind::Lambda { .. }) && star + 1 == args.len() && keywords.is_empty() {
                let f = self.infer(func);
                return Some(self.star_value_call(f, e, func, args));
            }
            return None;
        };
        let var = self.lookup(n, Some(func.id), func.span);
        if var.is_some() && (star + 1 != args.len() || !keywords.is_empty()) {
            for a in args {
                match &a.kind {
                    ExprKind::Starred(inner) => self.infer(inner),
                    _ => self.infer(a),
                };
            }
            self.error("unsupported-syntax", "unsupported: a `*` argument that is not the last argument of a call through a function value (or beside keywords)", args[star].span, "pass the values one by one; `--engine auto` can hand the program to an LLM");
            return Some(self.c("Unknown"));
        }
        if let Some(tv) = var {
            return Some(self.star_value_call(tv, e, func, args));
        }
        let fid = match self.names.get(&func.id).cloned() {
            Some(NameRef::Function(fid)) if var.is_none() => fid,
            Some(NameRef::Class(c)) if self.prog.namedtuple_fields(c).is_some() => return Some(self.namedtuple_star_new(c, e, args, keywords)),
            // `Cls(*xs)`: packed into the `*args` of its `__init__` (`user_call_from`), or refused there.
            Some(NameRef::Class(_)) => return None,
            Some(NameRef::Builtin(b)) if b == "print" => return None,
            Some(NameRef::Imported { module, name }) if module == "heapq" && name == "merge" => return None,
            _ => {
                let help = if n == "zip" { "`zip(*rows)` would need variable-length tuples; write the transpose with a comprehension" } else { "`*` is supported into `def` functions and `print`; pass the values one by one" };
                self.error("unsupported-syntax", format!("unsupported: `*` arguments in a call of `{n}`"), args[star].span, help);
                return Some(self.c("Unknown"));
            }
        };
        let f = &self.prog.functions[fid];
        let plain = f.class.is_none() && f.params.iter().all(|p| p.default.is_none() && !p.keyword_only);
        let nparams = f.params.len();
        let name = f.name.clone();
        let params = self.funcs[fid].params.clone();
        let ts: Vec<TV> = args[..star].iter().map(|a| self.infer(a)).collect();
        let ExprKind::Starred(inner) = &args[star].kind else { return None };
        let st = self.infer(inner);
        if !plain || star + 1 != args.len() || !keywords.is_empty() {
            self.error("unsupported-syntax", "unsupported: `*` arguments in a call of a function with default values or keyword-only parameters", args[star].span, "pass the values one by one");
            return Some(self.c("Unknown"));
        }
        if star > nparams {
            self.error("type-error", format!("`{name}()` takes {nparams} positional arguments but {} were given", star), e.span, "");
            return Some(self.c("Unknown"));
        }
        for (a, (&t, &p)) in args.iter().zip(ts.iter().zip(&params)) {
            self.cur_span = a.span;
            self.flow(t, p);
        }
        match self.kv(st) {
            Kind::Tuple(items) if star + items.len() == nparams => {
                for (&t, &p) in items.iter().zip(&params[star..]) {
                    self.cur_span = args[star].span;
                    self.flow(t, p);
                }
            }
            Kind::Tuple(items) => {
                // CPython raises TypeError on every run; a program meaning it is not worth porting.
                self.error("type-error", format!("`{name}()` takes {nparams} positional arguments but {} were given", star + items.len()), e.span, "");
            }
            Kind::List(el) => {
                for &p in &params[star..] {
                    self.cur_span = args[star].span;
                    self.flow(el, p);
                }
            }
            Kind::Unknown => {}
            k => {
                let d = self.describe(&k);
                self.error("unsupported-syntax", format!("unsupported: `*` of a `{d}` value in a call (a tuple or a list is supported)"), args[star].span, "pass the values one by one");
            }
        }
        Some(if self.prog.functions[fid].is_generator { self.funcs[fid].gen_tv } else { self.funcs[fid].ret })
    }

    /// `f(a, *t)` through a function value (a nested `def`, a closure): only a tuple, whose length
    /// is known, fills the parameters (a list's arity error would have to name the function).
    fn star_value_call(&mut self, f: TV, e: &Expr, func: &Expr, args: &[Expr]) -> TV {
        let et = self.expr_tv[func.id as usize];
        self.flow(f, et);
        let (last, pre) = args.split_last().expect("a starred argument");
        let ts: Vec<TV> = pre.iter().map(|a| self.infer(a)).collect();
        let ExprKind::Starred(inner) = &last.kind else { return self.c("Unknown") };
        let st = self.infer(inner);
        let (fk, sk) = (self.kv(f), self.kv(st));
        match (fk, sk) {
            (Kind::Fn(ps, r), Kind::Tuple(items)) if ps.len() == pre.len() + items.len() => {
                for (&t, &p) in ts.iter().chain(&items).zip(&ps) {
                    self.cur_span = e.span;
                    self.flow(t, p);
                }
                r
            }
            (Kind::Unknown, _) | (_, Kind::Unknown) => self.c("Unknown"),
            (Kind::Fn(ps, _), Kind::Tuple(items)) => {
                self.error("type-error", format!("this function takes {} arguments, it is called with {}", ps.len(), pre.len() + items.len()), e.span, "");
                self.c("Unknown")
            }
            _ => {
                self.error("unsupported-syntax", "unsupported: `*` arguments in a call through a function value (a tuple is supported)", last.span, "pass the values one by one");
                self.c("Unknown")
            }
        }
    }

    /// A function passed as a value (`key=`, `map`, `filter`), called with arguments of types `args`:
    /// the type of its result. Lambdas, one-parameter `def` functions and a few builtins.
    /// Whether `func` names `functools.cmp_to_key` (resolving the name first: the call itself is
    /// never inferred as a value).
    fn names_cmp_to_key(&mut self, func: &Expr) -> bool {
        let name = match &func.kind {
            ExprKind::Name(n) if n == "cmp_to_key" => func,
            ExprKind::Attribute { value, attr } if attr == "cmp_to_key" && matches!(value.kind, ExprKind::Name(_)) => value,
            _ => return false,
        };
        if let ExprKind::Name(n) = &name.kind {
            self.lookup(n, Some(name.id), name.span);
        }
        is_cmp_to_key(&self.names, func)
    }

    fn infer_callable(&mut self, f: &Expr, args: &[TV]) -> TV {
        match &f.kind {
            // `key=functools.cmp_to_key(cmp)`: keys that order as `cmp(a, b) < 0` says.
            ExprKind::Call { func, args: cargs, keywords } if args.len() == 1 && self.names_cmp_to_key(func) => {
                if cargs.len() != 1 || !keywords.is_empty() {
                    self.error("type-error", "`cmp_to_key()` takes one function", f.span, "");
                    return self.c("Unknown");
                }
                let r = self.infer_callable(&cargs[0], &[args[0], args[0]]);
                let k = self.kv(r);
                if !matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Unknown | Kind::Conflict) {
                    let d = self.describe(&k);
                    self.error("unsupported-builtin", format!("unsupported: a `cmp_to_key` comparison function returning `{d}` (pyport takes an int, bool or float)"), cargs[0].span, "");
                }
                self.aux(f.id, 60, Kind::Unknown)
            }
            ExprKind::Lambda { params, body } => {
                if params.len() != args.len() {
                    self.error("type-error", format!("this lambda takes {} arguments, it is called with {}", params.len(), args.len()), f.span, "");
                    return self.c("Unknown");
                }
                self.comp_scopes.push((f.id, HashMap::new()));
                for ((p, sp), &a) in params.iter().zip(args) {
                    self.declare_comp_target(f.id, &Target::Name { name: p.clone(), span: *sp });
                    let tv = self.comp_vars[&(f.id, p.clone())];
                    self.flow(a, tv);
                }
                let r = self.infer(body);
                self.comp_scopes.pop();
                let out = self.aux(f.id, 0, Kind::Unknown);
                self.flow(r, out);
                self.expr_tv_set(f.id, out);
                out
            }
            ExprKind::Name(n) => {
                if let Some(tv) = self.lookup(n, Some(f.id), f.span) {
                    return match self.kv(tv) {
                        Kind::Fn(ps, r) if ps.len() == args.len() => {
                            for (&a, &p) in args.iter().zip(&ps) {
                                self.flow(a, p);
                            }
                            let et = self.expr_tv[f.id as usize];
                            self.flow(tv, et);
                            r
                        }
                        Kind::Unknown => self.c("Unknown"),
                        _ => {
                            self.error("unsupported-syntax", format!("unsupported: passing the variable `{n}` as a function"), f.span, "pass a `def` function or a lambda");
                            self.c("Unknown")
                        }
                    };
                }
                match self.names.get(&f.id).cloned() {
                    Some(NameRef::Function(fid)) => {
                        let np = self.prog.functions[fid].params.len();
                        if np != args.len() || self.prog.functions[fid].is_generator {
                            self.error("unsupported-syntax", format!("unsupported: passing `{n}` here (it must take exactly {} argument{})", args.len(), if args.len() == 1 { "" } else { "s" }), f.span, "");
                            return self.c("Unknown");
                        }
                        for (i, &a) in args.iter().enumerate() {
                            let p = self.funcs[fid].params[i];
                            self.flow(a, p);
                        }
                        self.funcs[fid].ret
                    }
                    Some(NameRef::Builtin(b)) if args.len() == 2 && matches!(b.as_str(), "min" | "max") => {
                        // `reduce(max, xs)`, `map(min, a, b)`, `accumulate(xs, max)`: two values of one type.
                        match (self.kv(args[0]), self.kv(args[1])) {
                            (Kind::Int, Kind::Int) => self.c("Int"),
                            (Kind::Float, Kind::Float) => self.c("Float"),
                            (Kind::Str, Kind::Str) => self.c("Str"),
                            (Kind::Unknown, _) | (_, Kind::Unknown) => self.c("Unknown"),
                            _ => {
                                self.error("unsupported-builtin", format!("unsupported: passing the builtin `{b}` as a function of these values (two ints, two floats or two strings are supported)"), f.span, "use a lambda; `--engine auto` can hand the program to an LLM");
                                self.c("Unknown")
                            }
                        }
                    }
                    Some(NameRef::Builtin(b)) if args.len() == 1 => {
                        let k = self.kv(args[0]);
                        match b.as_str() {
                            "int" if matches!(k, Kind::Str | Kind::Int | Kind::Bool | Kind::Float) => self.c("Int"),
                            "float" if matches!(k, Kind::Str | Kind::Int | Kind::Bool | Kind::Float) => self.c("Float"),
                            "str" | "repr" => self.c("Str"),
                            "len" if matches!(k, Kind::Str | Kind::List(_) | Kind::Dict(..) | Kind::Set(_) | Kind::FSet(_) | Kind::Deque(_) | Kind::Mapping(..) | Kind::VTuple(_)) => self.c("Int"),
                            "abs" if matches!(k, Kind::Int | Kind::Float) => args[0],
                            "ord" if k == Kind::Str => self.c("Int"),
                            "bool" => self.c("Bool"),
                            // `map(sum, rows)`, `map(max, rows)` over lists of ints or floats.
                            "sum" | "min" | "max" if matches!(k, Kind::List(_)) => {
                                let elem = self.iter_elem(args[0], f.span);
                                match (b.as_str(), self.kv(elem)) {
                                    ("sum", Kind::Int | Kind::Float) => self.numeric_fold("sum()", elem, None, f.span),
                                    ("min" | "max", Kind::Int | Kind::Float | Kind::Str) => elem,
                                    (_, Kind::Unknown) => self.c("Unknown"),
                                    _ => {
                                        self.error("unsupported-builtin", format!("unsupported: passing the builtin `{b}` as a function of these lists (lists of ints or floats are supported)"), f.span, "use a lambda");
                                        self.c("Unknown")
                                    }
                                }
                            }
                            "tuple" if matches!(k, Kind::List(_) | Kind::Iter(_) | Kind::Gen(_) | Kind::Set(_) | Kind::FSet(_) | Kind::Str | Kind::VTuple(_)) => {
                                // `map(tuple, rows)`: each item a `tuple[T, ...]`.
                                let elem = self.iter_elem(args[0], f.span);
                                let el = self.aux(f.id, 40, Kind::Unknown);
                                self.flow(elem, el);
                                self.aux(f.id, 41, Kind::VTuple(el))
                            }
                            "list" if matches!(k, Kind::List(_) | Kind::Iter(_) | Kind::Gen(_) | Kind::Set(_) | Kind::FSet(_) | Kind::Str | Kind::VTuple(_)) => {
                                // `map(list, zip(*rows))`: each item a new list of its elements.
                                let elem = self.iter_elem(args[0], f.span);
                                let el = self.aux(f.id, 42, Kind::Unknown);
                                self.flow(elem, el);
                                self.aux(f.id, 43, Kind::List(el))
                            }
                            _ if k == Kind::Unknown => self.c("Unknown"),
                            _ => {
                                self.error("unsupported-builtin", format!("unsupported: passing the builtin `{b}` as a function here"), f.span, "use a lambda");
                                self.c("Unknown")
                            }
                        }
                    }
                    _ => {
                        self.error("unsupported-syntax", format!("unsupported: passing `{n}` as a function"), f.span, "");
                        self.c("Unknown")
                    }
                }
            }
            _ => {
                // Any other expression whose type is a function value (`compose(len)(show)`,
                // `fs[0]`, `make_adder(3)`): called through it, as `value_call` does.
                let ft = self.infer(f);
                match self.kv(ft) {
                    Kind::Fn(ps, r) if ps.len() == args.len() => {
                        for (&a, &p) in args.iter().zip(&ps) {
                            self.flow(a, p);
                        }
                        r
                    }
                    Kind::Unknown => self.c("Unknown"),
                    _ => {
                        self.error("unsupported-syntax", "unsupported: this function value", f.span, "pass a `def` function or a lambda");
                        self.c("Unknown")
                    }
                }
            }
        }
    }

    /// `functools.reduce(f, xs[, initial])` (the function argument is a function value).
    fn functools_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        if name != "reduce" {
            self.error("unsupported-builtin", format!("unsupported: `functools.{name}()`"), e.span, "");
            return self.c("Unknown");
        }
        self.no_keywords("functools.reduce", keywords, &[]);
        if !self.arity("functools.reduce", e, args.len(), 2, 3) {
            return self.c("Unknown");
        }
        let el = self.iter_elem(ts[1], args[1].span);
        let acc = self.aux(e.id, 0, Kind::Unknown);
        if args.len() == 3 {
            self.flow(ts[2], acc);
        } else {
            self.flow(el, acc);
        }
        if matches!(&args[0].kind, ExprKind::Name(b) if matches!(b.as_str(), "min" | "max")) && matches!(self.names.get(&args[0].id), Some(NameRef::Builtin(_))) {
            // `reduce(max, xs)`: the builtin as a function of two values (`infer_callable`).
            let r = self.infer_callable(&args[0], &[acc, el]);
            self.flow(r, acc);
            return acc;
        }
        match self.kv(ts[0]) {
            Kind::Fn(ps, r) if ps.len() == 2 => {
                self.flow(acc, ps[0]);
                self.flow(el, ps[1]);
                self.flow(r, acc);
            }
            Kind::Unknown => {}
            _ => self.error("unsupported-syntax", "unsupported: this function in `functools.reduce` (it must take two arguments)", args[0].span, "pass a `def` function or a lambda"),
        }
        acc
    }

    fn expr_tv_set(&mut self, id: ExprId, tv: TV) {
        let et = self.expr_tv[id as usize];
        self.flow(tv, et);
    }

    fn random_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("random.{name}");
        self.no_keywords(&full, keywords, &[]);
        let n = args.len();
        let (min, max) = match name {
            "seed" => (0, 1),
            "random" => (0, 0),
            "randint" | "uniform" | "lognormvariate" | "betavariate" | "gammavariate" | "weibullvariate"
            | "vonmisesvariate" => (2, 2),
            // Python 3.11: `gauss(mu=0.0, sigma=1.0)`, `normalvariate(mu=0.0, sigma=1.0)`.
            "gauss" | "normalvariate" => (0, 2),
            "randrange" => (1, 3),
            "choice" | "shuffle" | "expovariate" | "paretovariate" | "getrandbits" => (1, 1),
            "sample" => (2, 2),
            "triangular" => (0, 3),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `random.{name}()`"), e.span, "");
                return self.c("Unknown");
            }
        };
        if !self.arity(&full, e, n, min, max) {
            return self.c("Unknown");
        }
        match name {
            "seed" => self.c(NONE_TV),
            "randint" | "randrange" | "getrandbits" => {
                for (a, t) in args.iter().zip(ts) {
                    self.check_index(*t, a.span);
                }
                self.c("Int")
            }
            "choice" => self.iter_elem(ts[0], args[0].span),
            "shuffle" => {
                if !matches!(self.kv(ts[0]), Kind::List(_) | Kind::Unknown | Kind::Conflict) {
                    self.error("type-error", "`random.shuffle()` needs a list", args[0].span, "");
                }
                self.c(NONE_TV)
            }
            "sample" => {
                let el = self.iter_elem(ts[0], args[0].span);
                let (l, lel) = self.list_of(e.id, 0);
                self.flow(el, lel);
                l
            }
            _ => self.c("Float"),
        }
    }

    /// `str.maketrans(x, y[, z])` (a `dict[int, int]`, with None values for z) or
    /// `str.maketrans(mapping)` (a dict keyed by one-character strs or ints).
    fn str_maketrans(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        if !keywords.is_empty() {
            self.error("unsupported-builtin", "unsupported: keyword arguments to `str.maketrans()`", e.span, "");
            return self.c("Unknown");
        }
        if !self.arity("str.maketrans", e, args.len(), 1, 3) {
            return self.c("Unknown");
        }
        let (d, dk, dv) = self.dict_of(e.id, 0);
        let int = self.c("Int");
        self.flow(int, dk);
        if args.len() == 1 {
            match self.k(ts[0]) {
                Kind::Dict(k, v) => {
                    let kk = self.kv(k);
                    if !matches!(kk, Kind::Str | Kind::Int | Kind::Unknown | Kind::Conflict) {
                        let dsc = self.describe(&kk);
                        self.error("type-error", format!("`str.maketrans()` keys must be strs of length 1 or ints, not `{dsc}`"), args[0].span, "");
                    }
                    let vk = self.kv(v);
                    if !matches!(vk, Kind::Str | Kind::Int | Kind::None | Kind::Unknown | Kind::Conflict) {
                        let dsc = self.describe(&vk);
                        self.error("type-error", format!("`str.maketrans()` values must be ints, strs or None, not `{dsc}`"), args[0].span, "");
                    }
                    self.flow(v, dv);
                }
                Kind::Unknown | Kind::Conflict => {}
                k => {
                    let dsc = self.describe(&k);
                    self.error(
                        "type-error",
                        format!("if you give only one argument to `str.maketrans()` it must be a dict, not `{dsc}`"),
                        args[0].span,
                        "",
                    );
                }
            }
            return d;
        }
        for (i, (a, t)) in args.iter().zip(&ts).enumerate() {
            let k = self.kv(*t);
            if !matches!(k, Kind::Str | Kind::Unknown | Kind::Conflict) {
                let dsc = self.describe(&k);
                self.error("type-error", format!("`str.maketrans()` argument {} must be a str, not `{dsc}`", i + 1), a.span, "");
            }
        }
        self.flow(int, dv);
        if args.len() == 3 {
            let none = self.c(NONE_TV);
            self.flow(none, dv);
        }
        d
    }

    fn str_method(&mut self, attr: &str, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        if attr == "translate" {
            if !self.arity("str.translate", e, args.len(), 1, 1) {
                return self.c("Unknown");
            }
            match self.kv(ts[0]) {
                Kind::Dict(k, v) => {
                    let kk = self.kv(k);
                    let vk = self.kv(v);
                    let key_ok = matches!(kk, Kind::Int | Kind::Unknown | Kind::Conflict);
                    let val_ok = matches!(vk, Kind::Str | Kind::Int | Kind::None | Kind::Unknown | Kind::Conflict);
                    if !key_ok || !val_ok {
                        let dsc = self.describe(&Kind::Dict(k, v));
                        self.error(
                            "type-error",
                            format!("`str.translate()` needs a table mapping ints to ints, strs or None, got `{dsc}`"),
                            args[0].span,
                            "build the table with `str.maketrans()`",
                        );
                    }
                }
                Kind::Unknown | Kind::Conflict => {}
                k => {
                    let dsc = self.describe(&k);
                    self.error("unsupported-builtin", format!("unsupported: `str.translate()` with a `{dsc}` table (only a dict)"), args[0].span, "");
                }
            }
            return self.c("Str");
        }
        let name = format!("str.{attr}");
        let n = args.len();
        let (min, max, ret) = match attr {
            "split" | "rsplit" => (0, 2, "ListStr"),
            "splitlines" => (0, 1, "ListStr"),
            "join" => (1, 1, "Str"),
            "strip" | "lstrip" | "rstrip" => (0, 1, "Str"),
            "replace" => (2, 3, "Str"),
            "find" | "rfind" | "index" | "rindex" | "count" => (1, 3, "Int"),
            "startswith" | "endswith" => (1, 3, "Bool"),
            "upper" | "lower" | "capitalize" | "title" | "swapcase" | "casefold" => (0, 0, "Str"),
            "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal" | "isnumeric"
            | "istitle" | "isidentifier" | "isascii" | "isprintable" => (0, 0, "Bool"),
            "center" | "ljust" | "rjust" => (1, 2, "Str"),
            "zfill" => (1, 1, "Str"),
            "expandtabs" => (0, 1, "Str"),
            "removeprefix" | "removesuffix" => (1, 1, "Str"),
            "partition" | "rpartition" => (1, 1, "Tuple3"),
            "format" => (0, 99, "Str"),
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `str.{attr}()`"), e.span, "");
                return self.c("Unknown");
            }
        };
        if !self.arity(&name, e, n, min, max) {
            return self.c("Unknown");
        }
        // Argument kinds: strings except the counts and positions.
        for (i, (a, t)) in args.iter().zip(ts).enumerate() {
            let want_int = match attr {
                "split" | "rsplit" => i == 1,
                "replace" => i == 2,
                "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => i >= 1,
                "center" | "ljust" | "rjust" | "zfill" => i == 0,
                "expandtabs" | "splitlines" => true,
                _ => false,
            };
            let k = self.kv(*t);
            if attr == "join" {
                let el = self.iter_elem(*t, a.span);
                let ke = self.kv(el);
                let str_member = matches!(&ke, Kind::Union(ms) if ms.iter().any(|m| self.k(*m) == Kind::Str));
                if !matches!(ke, Kind::Str | Kind::Unknown | Kind::Conflict) && !str_member {
                    let d = self.describe(&ke);
                    self.error("type-error", format!("`str.join()` needs strings, got `{d}` items"), a.span, "");
                }
                continue;
            }
            if attr == "format" || matches!(k, Kind::Unknown | Kind::Conflict) {
                continue;
            }
            let ok = if want_int {
                matches!(k, Kind::Int | Kind::Bool) || (attr == "splitlines" && k == Kind::Bool) || self.width_arg_at_run_time(attr, &k)
            } else {
                k == Kind::Str
                    || (matches!(attr, "split" | "rsplit" | "strip" | "lstrip" | "rstrip") && k == Kind::None)
                    || (matches!(attr, "startswith" | "endswith") && matches!(k, Kind::Tuple(_)))
            };
            if !ok {
                let d = self.describe(&k);
                self.error("type-error", format!("`str.{attr}()` argument {} has type `{d}`", i + 1), a.span, "");
            }
        }
        match ret {
            "ListStr" => {
                let (l, el) = self.list_of(e.id, 0);
                let st = self.c("Str");
                self.flow(st, el);
                l
            }
            "Tuple3" => {
                let st = self.c("Str");
                self.aux(e.id, 0, Kind::Tuple(vec![st, st, st]))
            }
            r => self.c(r),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn dict_method(&mut self, recv: TV, k: TV, v: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        let name = format!("dict.{attr}");
        let n = args.len();
        let key_arg = |this: &mut Self, i: usize| {
            if let Some(&t) = ts.get(i) {
                this.check_hashable(t, args[i].span);
                this.flow_into(t, k, "dict key", args[i].span);
            }
        };
        match attr {
            "get" => {
                if !self.arity(&name, e, n, 1, 2) {
                    return self.c("Unknown");
                }
                key_arg(self, 0);
                if n == 2 {
                    let out = self.aux(e.id, 0, Kind::Unknown);
                    self.flow(v, out);
                    self.flow(ts[1], out);
                    out
                } else {
                    let none = self.c(NONE_TV);
                    let out = self.aux(e.id, 0, Kind::Unknown);
                    self.flow(v, out);
                    self.flow(none, out);
                    out
                }
            }
            "setdefault" => {
                if self.arity(&name, e, n, 2, 2) {
                    key_arg(self, 0);
                    self.flow_into(ts[1], v, "dict value", args[1].span);
                }
                v
            }
            "pop" => {
                if !self.arity(&name, e, n, 1, 2) {
                    return self.c("Unknown");
                }
                key_arg(self, 0);
                if n == 2 {
                    let out = self.aux(e.id, 0, Kind::Unknown);
                    self.flow(v, out);
                    self.flow(ts[1], out);
                    out
                } else {
                    v
                }
            }
            "popitem" => {
                self.arity(&name, e, n, 0, 0);
                self.aux(e.id, 0, Kind::Tuple(vec![k, v]))
            }
            "keys" => {
                self.arity(&name, e, n, 0, 0);
                self.aux(e.id, 0, Kind::Iter(k))
            }
            "values" => {
                self.arity(&name, e, n, 0, 0);
                self.aux(e.id, 0, Kind::Iter(v))
            }
            "items" => {
                self.arity(&name, e, n, 0, 0);
                let tup = self.aux(e.id, 1, Kind::Tuple(vec![k, v]));
                self.aux(e.id, 0, Kind::Iter(tup))
            }
            // `d.__setitem__(k, v)` is `d[k] = v` as an expression (its value is None).
            "__setitem__" => {
                if self.arity(&name, e, n, 2, 2) {
                    key_arg(self, 0);
                    self.flow_into(ts[1], v, "dict value", args[1].span);
                }
                self.c(NONE_TV)
            }
            "update" => {
                if self.arity(&name, e, n, 0, 1) && n == 1 {
                    match self.kv(ts[0]) {
                        Kind::Dict(..) => self.flow(ts[0], recv),
                        _ => {
                            let elem = self.iter_elem(ts[0], args[0].span);
                            if let Kind::Tuple(kv) = self.kv(elem) {
                                if kv.len() == 2 {
                                    self.flow_into(kv[0], k, "dict key", args[0].span);
                                    self.flow_into(kv[1], v, "dict value", args[0].span);
                                }
                            }
                        }
                    }
                }
                self.c(NONE_TV)
            }
            "clear" => {
                self.arity(&name, e, n, 0, 0);
                self.c(NONE_TV)
            }
            "copy" => {
                self.arity(&name, e, n, 0, 0);
                let (d, k2, v2) = self.dict_of(e.id, 0);
                self.merge(k, k2);
                self.flow(v, v2);
                d
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `dict.{attr}()`"), e.span, "");
                self.c("Unknown")
            }
        }
    }

    /// `s.union(*xs)` (also `intersection`, `difference` and the updates) on a set or frozenset:
    /// each item of `xs` is an iterable taken as one argument. `None` when the call is no such.
    fn set_star_method(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr]) -> Option<TV> {
        let [Expr { kind: ExprKind::Starred(inner), .. }] = args else { return None };
        if !pyport_syntax::SET_STAR_METHODS.contains(&attr) {
            return None;
        }
        let (el, frozen) = match self.kv(recv) {
            Kind::Set(el) => (el, false),
            Kind::FSet(el) => (el, true),
            _ => return None,
        };
        let t = self.infer(inner);
        let item = self.iter_elem(t, inner.span);
        let x = self.iter_elem(item, inner.span);
        if frozen && attr.ends_with("update") {
            self.error("type-error", format!("'frozenset' object has no attribute '{attr}'"), e.span, "a frozenset never changes; build a new one, or use a set");
            return Some(self.c("Unknown"));
        }
        let what = if frozen { "frozenset element" } else { "set element" };
        Some(match attr {
            "update" => {
                self.flow_into(x, el, what, inner.span);
                self.c(NONE_TV)
            }
            "intersection_update" | "difference_update" => self.c(NONE_TV),
            "union" => {
                // A new set, of the receiver's items and the iterables' (like `s.union(a, b)`).
                let el2 = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                self.merge(el, el2);
                self.flow_into(x, el2, what, inner.span);
                self.aux(e.id, 0, if frozen { Kind::FSet(el2) } else { Kind::Set(el2) })
            }
            _ => recv,
        })
    }

    fn set_method(&mut self, recv: TV, el: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        let name = format!("set.{attr}");
        let n = args.len();
        match attr {
            "add" | "discard" | "remove" => {
                if self.arity(&name, e, n, 1, 1) {
                    self.check_hashable(ts[0], args[0].span);
                    self.flow_into(ts[0], el, "set element", args[0].span);
                }
                self.c(NONE_TV)
            }
            "pop" => {
                self.arity(&name, e, n, 0, 0);
                el
            }
            "clear" => {
                self.arity(&name, e, n, 0, 0);
                self.c(NONE_TV)
            }
            "copy" => {
                self.arity(&name, e, n, 0, 0);
                recv
            }
            "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                for (a, t) in args.iter().zip(ts) {
                    let x = self.iter_elem(*t, a.span);
                    self.flow_into(x, el, "set element", a.span);
                }
                self.c(NONE_TV)
            }
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let (st, el2) = self.set_of(e.id, 0);
                self.merge(el, el2);
                for (a, t) in args.iter().zip(ts) {
                    let x = self.iter_elem(*t, a.span);
                    self.flow_into(x, el2, "set element", a.span);
                }
                st
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                if self.arity(&name, e, n, 1, 1) {
                    self.iter_elem(ts[0], args[0].span);
                }
                self.c("Bool")
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `set.{attr}()`"), e.span, "");
                self.c("Unknown")
            }
        }
    }
}

impl Infer<'_> {
    /// A frozenset's methods: a set's that make a new value (on a frozenset, `copy` is itself).
    fn frozenset_method(&mut self, recv: TV, el: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        let n = args.len();
        match attr {
            "copy" => {
                self.arity("frozenset.copy", e, n, 0, 0);
                recv
            }
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let el2 = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                self.merge(el, el2);
                for (a, t) in args.iter().zip(ts) {
                    let x = self.iter_elem(*t, a.span);
                    self.flow_into(x, el2, "frozenset element", a.span);
                }
                self.aux(e.id, 0, Kind::FSet(el2))
            }
            "issubset" | "issuperset" | "isdisjoint" => self.set_method(recv, el, attr, e, args, ts),
            "add" | "discard" | "remove" | "pop" | "clear" | "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                self.error("type-error", format!("'frozenset' object has no attribute '{attr}'"), e.span, "a frozenset never changes; build a new one, or use a set");
                self.c("Unknown")
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `frozenset.{attr}()`"), e.span, "");
                self.c("Unknown")
            }
        }
    }
}

fn comparable(a: &Kind, b: &Kind) -> bool {
    (a.is_numeric() && b.is_numeric())
        || (a == &Kind::Str && b == &Kind::Str)
        || (matches!(a, Kind::Bytes | Kind::ByteArray) && matches!(b, Kind::Bytes | Kind::ByteArray))
        || (a == &Kind::Frac && matches!(b, Kind::Frac | Kind::Int | Kind::Bool | Kind::Float))
        || (b == &Kind::Frac && matches!(a, Kind::Frac | Kind::Int | Kind::Bool | Kind::Float))
        || (a == &Kind::Dec && matches!(b, Kind::Dec | Kind::Int | Kind::Bool))
        || (b == &Kind::Dec && matches!(a, Kind::Dec | Kind::Int | Kind::Bool))
        || (a == b && matches!(a, Kind::Date | Kind::DateTime | Kind::TimeDelta))
}

fn structurally_same(a: &Kind, b: &Kind) -> bool {
    matches!(
        (a, b),
        (Kind::List(_), Kind::List(_))
            | (Kind::Tuple(_) | Kind::VTuple(_), Kind::Tuple(_) | Kind::VTuple(_))
            | (Kind::Set(_) | Kind::FSet(_), Kind::Set(_) | Kind::FSet(_))
            | (Kind::Dict(..) | Kind::Mapping(..), Kind::Dict(..) | Kind::Mapping(..))
    )
}

/// The item positions `t[lo:hi:step]` takes from a tuple of `n` items, when every bound is an
/// integer literal or absent (Python's slice rules); `None` otherwise or for a zero step.
pub fn const_tuple_slice(n: usize, index: &Expr) -> Option<Vec<usize>> {
    let ExprKind::Slice { lower, upper, step } = &index.kind else { return None };
    let bound = |b: &Option<Box<Expr>>| -> Option<Option<i64>> {
        match b {
            None => Some(None),
            Some(x) => const_int(x).map(Some),
        }
    };
    let (lo, hi, st) = (bound(lower)?, bound(upper)?, bound(step)?.unwrap_or(1));
    if st == 0 {
        return None;
    }
    let n = n as i64;
    let clamp = |v: i64, lo_lim: i64, hi_lim: i64| v.clamp(lo_lim, hi_lim);
    let adjust = |v: Option<i64>, dflt: i64, lo_lim: i64, hi_lim: i64| match v {
        None => dflt,
        Some(v) if v < 0 => clamp(v + n, lo_lim, hi_lim),
        Some(v) => clamp(v, lo_lim, hi_lim),
    };
    let mut out = Vec::new();
    if st > 0 {
        let (a, b) = (adjust(lo, 0, 0, n), adjust(hi, n, 0, n));
        let mut i = a;
        while i < b {
            out.push(i as usize);
            i += st;
        }
    } else {
        let (a, b) = (adjust(lo, n - 1, -1, n - 1), adjust(hi, -1, -1, n - 1));
        let mut i = a;
        while i > b {
            out.push(i as usize);
            i += st;
        }
    }
    Some(out)
}

/// The value of an integer literal (or its negation).
pub fn const_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => Some(*v),
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => const_int(operand).and_then(|v| v.checked_neg()),
        ExprKind::UnaryOp { op: UnaryOp::Pos, operand } => const_int(operand),
        _ => None,
    }
}

/// Why an exception class's `__init__` cannot be compiled: the first statement other than one leading
/// `super().__init__(message)` (whose message must not read `self`) and `self.x = ...` assignments.
fn exc_init_problem(f: &Function) -> Option<Span> {
    let me = f.params.first().map(|p| p.name.as_str()).unwrap_or("self");
    let mut saw_super = false;
    for s in &f.body {
        match &s.kind {
            StmtKind::Expr(Expr { kind: ExprKind::Call { func, args, .. }, .. }) if !saw_super => {
                let ok = matches!(&func.kind, ExprKind::Attribute { value, attr }
                    if attr == "__init__" && matches!(&value.kind, ExprKind::Call { func: sf, .. } if matches!(&sf.kind, ExprKind::Name(n) if n == "super")));
                let mut names = HashSet::new();
                args.iter().for_each(|a| expr_reads(a, &mut names));
                if !ok || names.contains(me) {
                    return Some(s.span);
                }
                saw_super = true;
            }
            StmtKind::Assign { targets, .. }
                if targets.iter().all(|t| matches!(t, Target::Attr { value, .. } if matches!(&value.kind, ExprKind::Name(n) if n == me))) => {}
            StmtKind::Pass => {}
            _ => return Some(s.span),
        }
    }
    None
}

/// Every name an expression reads (including inside comprehensions).
fn expr_reads(e: &Expr, out: &mut HashSet<String>) {
    if let ExprKind::Name(n) = &e.kind {
        out.insert(n.clone());
    }
    crate::split::for_each_child_pub(e, |c| expr_reads(c, out));
}

/// `x` in `type(x).__name__`.
pub fn type_name_of<'e>(value: &'e Expr, attr: &str) -> Option<&'e Expr> {
    match &value.kind {
        ExprKind::Call { func, args, keywords } if attr == "__name__" && args.len() == 1 && keywords.is_empty() => {
            matches!(&func.kind, ExprKind::Name(n) if n == "type").then(|| &args[0])
        }
        _ => None,
    }
}


/// Calls `f(object, attr)` for every attribute store `object.attr = ...` in `body` (also `+=`,
/// annotated, `for` and tuple targets), in source order, descending into nested blocks.
fn for_each_attr_store<'b>(body: &'b [Stmt], f: &mut impl FnMut(&'b Expr, &'b str)) {
    fn target<'b>(t: &'b Target, f: &mut impl FnMut(&'b Expr, &'b str)) {
        match t {
            Target::Attr { value, attr, .. } => f(value, attr),
            Target::Tuple { elts, .. } => elts.iter().for_each(|e| target(e, f)),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, f)),
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } | StmtKind::For { target: t, .. } => target(t, f),
            _ => {}
        }
        for b in s.child_blocks() {
            for_each_attr_store(b, f);
        }
    }
}

/// Attribute names the program assigns other than as `self.name = ...` in an instance method,
/// `cls.name = ...` in a class method or `Cls.name = ...` on a class: `obj.name = ...` at module
/// level, in a function, or on another object in a method.
fn outside_attr_stores(prog: &Program) -> HashSet<String> {
    let classes: HashSet<&str> = prog.classes.iter().map(|c| c.name.as_str()).collect();
    let mut out = HashSet::new();
    let mut walk = |body: &[Stmt], me: Option<&str>| {
        for_each_attr_store(body, &mut |value, attr| {
            let via_self_or_class = matches!(&value.kind, ExprKind::Name(n) if Some(n.as_str()) == me || classes.contains(n.as_str()));
            if !via_self_or_class {
                out.insert(attr.to_string());
            }
        });
    };
    walk(&prog.body, None);
    for f in &prog.functions {
        let me = match f.class {
            // `self.x = ...` makes a field; `cls.x = ...` in a classmethod sets the class's.
            Some((_, MethodKind::Instance | MethodKind::Class)) => f.params.first().map(|p| p.name.as_str()),
            _ => None,
        };
        walk(&f.body, me);
    }
    out
}

/// Fields assigned as `me.name = ...` anywhere in a method body, in source order.
fn self_fields(body: &[Stmt], me: &str, out: &mut Vec<String>) {
    for_each_attr_store(body, &mut |value, attr| {
        if matches!(&value.kind, ExprKind::Name(n) if n == me) && !out.iter().any(|a| a == attr) {
            out.push(attr.to_string());
        }
    });
}

/// Names bound by assignments in `body` (not descending into functions or comprehensions).
fn assigned_names(body: &[Stmt], out: &mut Vec<String>) {
    // A set beside the list: a program may bind tens of thousands of names.
    let mut seen: HashSet<String> = out.iter().cloned().collect();
    collect_assigned(body, out, &mut seen);
    for n in crate::split::walrus_names(body) {
        if seen.insert(n.clone()) {
            out.push(n);
        }
    }
}

/// The `def`s directly in `body` (inside its blocks, not inside other functions).
fn nested_defs(body: &[Stmt], out: &mut Vec<FuncId>) {
    for s in body {
        if let StmtKind::FunctionDef(f) = s.kind {
            out.push(f);
        }
        for b in s.child_blocks() {
            nested_defs(b, out);
        }
    }
}

fn collect_assigned(body: &[Stmt], out: &mut Vec<String>, seen: &mut HashSet<String>) {
    fn add(name: &str, out: &mut Vec<String>, seen: &mut HashSet<String>) {
        if seen.insert(name.to_string()) {
            out.push(name.to_string());
        }
    }
    fn target(t: &Target, out: &mut Vec<String>, seen: &mut HashSet<String>) {
        match t {
            Target::Name { name, .. } | Target::Starred { name, .. } => add(name, out, seen),
            Target::Tuple { elts, .. } => elts.iter().for_each(|e| target(e, out, seen)),
            Target::Subscript { .. } | Target::Attr { .. } => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out, seen)),
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => target(t, out, seen),
            StmtKind::For { target: t, body, orelse, .. } => {
                target(t, out, seen);
                collect_assigned(body, out, seen);
                collect_assigned(orelse, out, seen);
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some((n, _)) = &h.name {
                        add(n, out, seen);
                    }
                }
                s.child_blocks().into_iter().for_each(|b| collect_assigned(b, out, seen));
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_assigned(body, out, seen);
                collect_assigned(orelse, out, seen);
            }
            _ => {}
        }
    }
}

fn global_names(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => out.extend(names.iter().cloned()),
            _ => s.child_blocks().into_iter().for_each(|b| global_names(b, out)),
        }
    }
}

/// Whether control can reach the end of `body` (conservative: true when unsure).
pub fn falls_through(body: &[Stmt]) -> bool {
    let Some(last) = body.last() else { return true };
    match &last.kind {
        StmtKind::Return(_) => false,
        StmtKind::If { body, orelse, .. } => falls_through(body) || orelse.is_empty() || falls_through(orelse),
        StmtKind::While { test, body, orelse } => {
            let infinite = matches!(test.kind, ExprKind::Bool(true)) || matches!(test.kind, ExprKind::Int(v) if v != 0);
            let else_ends = !orelse.is_empty() && !falls_through(orelse);
            !((infinite || else_ends) && !contains_break(body))
        }
        // Without `break`, a loop's `else` always runs when the loop ends.
        StmtKind::For { body, orelse, .. } => orelse.is_empty() || falls_through(orelse) || contains_break(body),
        StmtKind::Assert { test, .. } => !matches!(test.kind, ExprKind::Bool(false)),
        StmtKind::Raise { .. } => false,
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            falls_through(finalbody)
                && ((falls_through(body) && falls_through(orelse)) || handlers.iter().any(|h| falls_through(&h.body)))
        }
        _ => true,
    }
}

fn contains_break(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If { .. } | StmtKind::Try { .. } => s.child_blocks().into_iter().any(|b| contains_break(b)),
        _ => false,
    })
}

/// Names bound by assignments in `body` (for the variable splitter).
pub(crate) fn assigned_names_pub(body: &[Stmt], out: &mut Vec<String>) {
    assigned_names(body, out)
}

/// Names declared `global` in `body` (for the variable splitter and the emitter's int widths).
pub fn global_names_pub(body: &[Stmt], out: &mut HashSet<String>) {
    global_names(body, out)
}

/// `collections`: `deque`, `Counter`, `defaultdict`, `OrderedDict` (see `runtime/pyport/collections.hpp`).
impl Infer<'_> {
    /// Names of `collections` the builtin engine compiles.
    const COLLECTIONS: &'static str = "the builtin engine supports collections.deque, Counter, defaultdict and OrderedDict";

    fn collections_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let full = format!("collections.{name}");
        if name == "defaultdict" {
            return self.defaultdict_call(e, args, keywords);
        }
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        let n = args.len();
        match name {
            "deque" => {
                self.no_keywords(&full, keywords, &["maxlen", "iterable"]);
                let el = match self.aux_tv.get(&(e.id, 1)) {
                    Some(&t) => t,
                    None => self.aux(e.id, 1, Kind::Unknown),
                };
                let q = self.aux(e.id, 0, Kind::Deque(el));
                if !self.arity(&full, e, n, 0, 2) {
                    return q;
                }
                let src = args.first().map(|a| (ts[0], a.span)).or_else(|| {
                    keywords.iter().find(|k| k.name == "iterable").map(|k| (self.expr_tv[k.value.id as usize], k.span))
                });
                if let Some((t, sp)) = src {
                    let x = self.iter_elem(t, sp);
                    self.flow_into(x, el, "deque element", sp);
                }
                let maxlen = args.get(1).map(|a| (ts[1], a.span)).or_else(|| {
                    keywords.iter().find(|k| k.name == "maxlen").map(|k| (self.expr_tv[k.value.id as usize], k.span))
                });
                if let Some((t, sp)) = maxlen {
                    match self.kv(t) {
                        Kind::Int | Kind::Bool | Kind::None | Kind::Unknown | Kind::Conflict => {}
                        k => {
                            let d = self.describe(&k);
                            self.error("type-error", format!("an integer is required for `maxlen`, got `{d}`"), sp, "");
                        }
                    }
                }
                q
            }
            "Counter" => {
                let (c, k, v) = self.mapping_of(e.id, MapKind::Counter);
                if !keywords.is_empty() {
                    self.error("unsupported-builtin", "unsupported: `Counter()` with keyword arguments", e.span, "build the Counter from a dict or an iterable");
                }
                if self.arity(&full, e, n, 0, 1) && n == 1 {
                    self.counter_source(ts[0], k, v, args[0].span);
                }
                c
            }
            "OrderedDict" => {
                let (d, k, v) = self.mapping_of(e.id, MapKind::OrderedDict);
                self.no_keywords(&full, keywords, &[]);
                if self.arity(&full, e, n, 0, 1) && n == 1 {
                    self.pairs_into(ts[0], k, v, args[0].span);
                }
                d
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, Self::COLLECTIONS);
                self.c("Unknown")
            }
        }
    }

    /// A stable `Mapping(m, key, value)` variable owned by expression `id` (a Counter's value is an int).
    fn mapping_of(&mut self, id: ExprId, m: MapKind) -> (TV, TV, TV) {
        if let Some(&d) = self.aux_tv.get(&(id, 0)) {
            if let Kind::Mapping(_, k, v) = self.k(d) {
                return (d, k, v);
            }
        }
        let k = self.fresh(Kind::Unknown);
        let v = self.fresh(if m == MapKind::Counter { Kind::Int } else { Kind::Unknown });
        let d = self.aux(id, 0, Kind::Mapping(m, k, v));
        (d, k, v)
    }

    /// The keys and values of a mapping or an iterable of pairs (`dict(x)`, `OrderedDict(x)`, `update(x)`).
    fn pairs_into(&mut self, t: TV, k: TV, v: TV, sp: Span) {
        match self.kv(t) {
            Kind::Dict(a, b) | Kind::Mapping(_, a, b) => {
                self.flow_into(a, k, "dict key", sp);
                self.flow_into(b, v, "dict value", sp);
            }
            Kind::Unknown | Kind::Conflict => {}
            _ => {
                let elem = self.iter_elem(t, sp);
                match self.kv(elem) {
                    Kind::Tuple(kv) if kv.len() == 2 => {
                        self.flow_into(kv[0], k, "dict key", sp);
                        self.flow_into(kv[1], v, "dict value", sp);
                    }
                    Kind::Unknown | Kind::Conflict => {}
                    other => {
                        let d = self.describe(&other);
                        self.error("type-error", format!("a mapping needs key/value pairs, got `{d}` elements"), sp, "");
                    }
                }
            }
        }
    }

    /// What `Counter(x)` / `c.update(x)` / `c.subtract(x)` count: a mapping's keys (its values must be
    /// ints), or an iterable's elements.
    fn counter_source(&mut self, t: TV, k: TV, v: TV, sp: Span) {
        match self.kv(t) {
            Kind::Dict(a, b) | Kind::Mapping(_, a, b) => {
                self.check_hashable(a, sp);
                self.flow_into(a, k, "Counter key", sp);
                match self.kv(b) {
                    Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict => {}
                    other => {
                        let d = self.describe(&other);
                        self.error("unsupported-builtin", format!("unsupported: Counter counts of type `{d}`"), sp, "the builtin engine's Counter counts with ints");
                    }
                }
                let _ = v;
            }
            Kind::Unknown | Kind::Conflict => {}
            _ => {
                let x = self.iter_elem(t, sp);
                self.check_hashable(x, sp);
                self.flow_into(x, k, "Counter key", sp);
            }
        }
    }

    /// `defaultdict(factory)`: the factory's result is the value type.
    fn defaultdict_call(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let (d, k, v) = self.mapping_of(e.id, MapKind::DefaultDict);
        for kw in keywords {
            self.infer(&kw.value);
            self.error("unsupported-builtin", format!("unsupported: keyword argument `{}` of `defaultdict()`", kw.name), kw.span, "");
        }
        let init: Vec<TV> = args.iter().skip(1).map(|a| self.infer(a)).collect();
        if args.len() > 2 {
            self.error("unsupported-builtin", "unsupported: `defaultdict()` with more than two arguments", args[2].span, "create it empty, then fill it");
        } else if let Some(&t) = init.first() {
            // `defaultdict(factory, mapping_or_pairs)`: the initial items, as `dict.update` takes them.
            self.mapping_init(t, k, v, args[1].span);
        }
        let Some(f) = args.first() else { return d };
        let made = match self.factory_kind(f) {
            Some(t) => t,
            None => match &f.kind {
                ExprKind::None => return d,
                ExprKind::Lambda { params, .. } if params.is_empty() => {
                    self.fn_factory.push(v);
                    self.infer_callable(f, &[])
                }
                ExprKind::Name(_) if matches!(self.names.get(&f.id), Some(NameRef::Function(_))) => {
                    self.fn_factory.push(v);
                    self.infer_callable(f, &[])
                }
                ExprKind::Name(n) if self.lookup(n, Some(f.id), f.span).is_none() && matches!(self.names.get(&f.id), Some(NameRef::Class(c)) if !self.is_exc_class(*c)) => {
                    // A class: each missing key gets `Cls()`.
                    let Some(NameRef::Class(c)) = self.names.get(&f.id).cloned() else { return d };
                    self.fn_factory.push(v);
                    self.construct(c, f, &[], &[])
                }
                _ => {
                    self.infer(f);
                    self.error(
                        "unsupported-builtin",
                        "unsupported: this `defaultdict` factory",
                        f.span,
                        "the builtin engine supports int, float, str, bool, list, set, dict, deque, Counter, a lambda or function without parameters",
                    );
                    return d;
                }
            },
        };
        self.cur_span = f.span;
        self.flow_into(made, v, "defaultdict value", f.span);
        let _ = k;
        d
    }

    /// The value a type-named `defaultdict` factory (`int`, `list`, `deque`...) makes, or `None`
    /// when `f` names no such type.
    fn factory_kind(&mut self, f: &Expr) -> Option<TV> {
        let ExprKind::Name(n) = &f.kind else { return None };
        if self.lookup(n, Some(f.id), f.span).is_some() {
            return None;
        }
        let slot = |this: &mut Self, k: Kind| this.aux(f.id, 0, k);
        match self.names.get(&f.id).cloned()? {
            NameRef::Builtin(b) => match b.as_str() {
                "int" => Some(self.c("Int")),
                "float" => Some(self.c("Float")),
                "str" => Some(self.c("Str")),
                "bool" => Some(self.c("Bool")),
                "list" => {
                    let (l, _) = self.list_of(f.id, 0);
                    Some(l)
                }
                "set" => {
                    let (s, _) = self.set_of(f.id, 0);
                    Some(s)
                }
                "dict" => {
                    let (d, _, _) = self.dict_of(f.id, 0);
                    Some(d)
                }
                _ => None,
            },
            NameRef::Imported { module, name } if module == "collections" => match name.as_str() {
                "deque" => {
                    let el = match self.aux_tv.get(&(f.id, 1)) {
                        Some(&t) => t,
                        None => self.aux(f.id, 1, Kind::Unknown),
                    };
                    Some(slot(self, Kind::Deque(el)))
                }
                "Counter" => Some(self.mapping_of(f.id, MapKind::Counter).0),
                _ => None,
            },
            _ => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn deque_method(&mut self, recv: TV, el: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let name = format!("deque.{attr}");
        self.no_keywords(&name, keywords, &[]);
        let n = args.len();
        match attr {
            "append" | "appendleft" => {
                if self.arity(&name, e, n, 1, 1) {
                    self.flow_into(ts[0], el, "deque element", args[0].span);
                }
                self.c(NONE_TV)
            }
            "extend" | "extendleft" => {
                if self.arity(&name, e, n, 1, 1) {
                    let x = self.iter_elem(ts[0], args[0].span);
                    self.flow_into(x, el, "deque element", args[0].span);
                }
                self.c(NONE_TV)
            }
            "insert" => {
                if self.arity(&name, e, n, 2, 2) {
                    self.check_index(ts[0], args[0].span);
                    self.flow_into(ts[1], el, "deque element", args[1].span);
                }
                self.c(NONE_TV)
            }
            "pop" | "popleft" => {
                self.arity(&name, e, n, 0, 0);
                el
            }
            // A `queue.Queue`'s methods (the port keeps its items in a deque).
            "put" | "put_nowait" => {
                if self.arity(&format!("Queue.{attr}"), e, n, 1, 1) {
                    self.flow_into(ts[0], el, "queue item", args[0].span);
                }
                self.c(NONE_TV)
            }
            "get" => {
                self.arity("Queue.get", e, n, 0, 0);
                el
            }
            "qsize" => {
                self.arity("Queue.qsize", e, n, 0, 0);
                self.c("Int")
            }
            "empty" => {
                self.arity("Queue.empty", e, n, 0, 0);
                self.c("Bool")
            }
            "rotate" => {
                if self.arity(&name, e, n, 0, 1) && n == 1 {
                    self.check_index(ts[0], args[0].span);
                }
                self.c(NONE_TV)
            }
            "clear" | "reverse" => {
                self.arity(&name, e, n, 0, 0);
                self.c(NONE_TV)
            }
            "remove" => {
                self.arity(&name, e, n, 1, 1);
                self.c(NONE_TV)
            }
            "count" | "index" => {
                self.arity(&name, e, n, 1, 1);
                self.c("Int")
            }
            "copy" => {
                self.arity(&name, e, n, 0, 0);
                recv
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `deque.{attr}()`"), e.span, "");
                self.c("Unknown")
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping_method(&mut self, recv: TV, m: MapKind, k: TV, v: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let name = format!("{}.{attr}", m.name());
        let n = args.len();
        match (m, attr) {
            (_, "copy") => {
                self.arity(&name, e, n, 0, 0);
                recv
            }
            (MapKind::Counter, "most_common") => {
                self.no_keywords(&name, keywords, &[]);
                if self.arity(&name, e, n, 0, 1) && n == 1 {
                    self.check_index(ts[0], args[0].span);
                }
                let (l, el) = self.list_of(e.id, 0);
                let tup = self.aux(e.id, 1, Kind::Tuple(vec![k, v]));
                self.flow(tup, el);
                l
            }
            (MapKind::Counter, "elements") => {
                self.arity(&name, e, n, 0, 0);
                let (l, el) = self.list_of(e.id, 0);
                self.merge(k, el);
                l
            }
            (MapKind::Counter, "total") => {
                self.arity(&name, e, n, 0, 0);
                self.c("Int")
            }
            (MapKind::Counter, "update" | "subtract") => {
                self.no_keywords(&name, keywords, &[]);
                if self.arity(&name, e, n, 0, 1) && n == 1 {
                    self.counter_source(ts[0], k, v, args[0].span);
                }
                self.c(NONE_TV)
            }
            (_, "update") => {
                self.no_keywords(&name, keywords, &[]);
                if self.arity(&name, e, n, 1, 1) {
                    self.pairs_into(ts[0], k, v, args[0].span);
                }
                self.c(NONE_TV)
            }
            (MapKind::OrderedDict, "move_to_end") => {
                self.no_keywords(&name, keywords, &["last"]);
                if self.arity(&name, e, n, 1, 2) {
                    self.check_hashable(ts[0], args[0].span);
                    self.flow_into(ts[0], k, "dict key", args[0].span);
                }
                self.c(NONE_TV)
            }
            (MapKind::OrderedDict, "popitem") => {
                self.no_keywords(&name, keywords, &["last"]);
                self.arity(&name, e, n, 0, 1);
                self.aux(e.id, 0, Kind::Tuple(vec![k, v]))
            }
            (MapKind::Counter, "fromkeys") => {
                self.error("unsupported-builtin", "unsupported: `Counter.fromkeys()` (CPython raises NotImplementedError)", e.span, "");
                self.c("Unknown")
            }
            _ => {
                self.no_keywords(&name, keywords, &[]);
                self.dict_method(recv, k, v, attr, e, args, ts)
            }
        }
    }
}

/// `bytes` and `bytearray`: constructors, methods, codecs and `int.from_bytes`/`int.to_bytes`.
impl Infer<'_> {
    /// `bytes(...)` / `bytearray(...)`: nothing, a size, an iterable of ints, a byte string, or a
    /// str with its encoding.
    fn bytes_constructor(&mut self, b: &str, e: &Expr, args: &[Expr], ts: &[TV]) -> TV {
        let kind = if b == "bytes" { "Bytes" } else { "ByteArray" };
        let n = args.len();
        if !self.arity(b, e, n, 0, 2) || n == 0 {
            return self.c(kind);
        }
        match self.kv(ts[0]) {
            Kind::Str if n == 2 => self.codec_arg(&args[1], ts[1]),
            Kind::Str => self.error("type-error", "string argument without an encoding", args[0].span, ""),
            _ if n == 2 => self.error("type-error", "encoding without a string argument", args[1].span, ""),
            Kind::Int | Kind::Bool | Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict => {}
            Kind::List(_) | Kind::Tuple(_) | Kind::Iter(_) | Kind::Gen(_) | Kind::Deque(_) => {
                let el = self.iter_elem(ts[0], args[0].span);
                if !matches!(self.kv(el), Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                    let d = self.kv(el);
                    let d = self.describe(&d);
                    self.error("type-error", format!("`{b}()` needs integers in range(0, 256), not `{d}` items"), args[0].span, "");
                }
            }
            k => {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `{b}()` of a `{d}`"), args[0].span, "");
            }
        }
        self.c(kind)
    }

    /// An encoding argument: a str, and when written as a literal one of the codecs the runtime has.
    fn codec_arg(&mut self, a: &Expr, t: TV) {
        if !matches!(self.kv(t), Kind::Str | Kind::Unknown | Kind::Conflict) {
            self.error("type-error", "the encoding must be a str", a.span, "");
            return;
        }
        if let ExprKind::Str(name) = &a.kind {
            let n = name.to_ascii_lowercase().replace('_', "-");
            if !matches!(n.as_str(), "utf-8" | "utf8" | "u8" | "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1") {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: the `{name}` codec (the builtin engine has utf-8, ascii and latin-1)"),
                    a.span,
                    "use `--engine auto` to hand the program to an LLM",
                );
            }
        }
    }

    /// `s.encode(...)` / `b.decode(...)`: at most the encoding (by position or as `encoding=`);
    /// `errors=` handlers other than strict are not compiled.
    fn codec_args(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) {
        self.no_keywords(name, keywords, &["encoding"]);
        if !self.arity(name, e, args.len() + keywords.iter().filter(|k| k.name == "encoding").count(), 0, 1) {
            return;
        }
        let enc = args.first().or(keywords.iter().find(|k| k.name == "encoding").map(|k| &k.value));
        if let Some(a) = enc {
            let t = self.expr_tv[a.id as usize];
            self.codec_arg(a, t);
        }
    }

    /// A byte order given as a literal must be "big" or "little" (others raise at run time, as CPython).
    fn byteorder_arg(&mut self, a: Option<&Expr>) {
        if let Some(a) = a {
            let t = self.expr_tv[a.id as usize];
            if !matches!(self.kv(t), Kind::Str | Kind::Unknown | Kind::Conflict) {
                self.error("type-error", "the byteorder must be a str", a.span, "");
            }
        }
    }

    /// `int.from_bytes(b, byteorder="big", *, signed=False)`.
    fn int_from_bytes(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        self.no_keywords("int.from_bytes", keywords, &["bytes", "byteorder", "signed"]);
        if !self.arity("int.from_bytes", e, args.len() + keywords.len(), 1, 3) {
            return self.c("Int");
        }
        let src = args.first().map(|a| (a.span, ts[0])).or(keywords.iter().find(|k| k.name == "bytes").map(|k| (k.value.span, self.expr_tv[k.value.id as usize])));
        if let Some((sp, t)) = src {
            if !matches!(self.kv(t), Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict) {
                let d = self.kv(t);
                let d = self.describe(&d);
                self.error("unsupported-builtin", format!("unsupported: `int.from_bytes()` of a `{d}` (only bytes and bytearray)"), sp, "");
            }
        }
        self.byteorder_arg(args.get(1).or(keywords.iter().find(|k| k.name == "byteorder").map(|k| &k.value)));
        self.c("Int")
    }

    fn bytes_method(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let is_ba = self.kv(recv) == Kind::ByteArray;
        let cls = if is_ba { "bytearray" } else { "bytes" };
        let name = format!("{cls}.{attr}");
        if attr == "decode" {
            self.codec_args(&name, e, args, keywords);
            return self.c("Str");
        }
        self.no_keywords(&name, keywords, &[]);
        let n = args.len();
        // (min args, max args, result, argument kinds: 'b' byte string, 'n' byte string or int, 'i' int, 'x' ints or byte string)
        let (min, max, ret, arg): (usize, usize, &str, char) = match attr {
            "hex" => (0, 0, "Str", ' '),
            "count" | "find" | "rfind" | "index" => (1, 1, "Int", 'n'),
            "startswith" | "endswith" => (1, 1, "Bool", 'b'),
            "upper" | "lower" => (0, 0, "Self", ' '),
            "replace" => (2, 2, "Self", 'b'),
            "strip" | "lstrip" | "rstrip" => (0, 1, "Self", 'b'),
            "split" => (0, 1, "List", 'b'),
            "join" => (1, 1, "Self", 'j'),
            "append" if is_ba => (1, 1, "None", 'i'),
            "extend" if is_ba => (1, 1, "None", 'x'),
            "pop" if is_ba => (0, 1, "Int", 'i'),
            "copy" if is_ba => (0, 0, "Self", ' '),
            "clear" | "reverse" if is_ba => (0, 0, "None", ' '),
            _ => {
                self.error(
                    "unsupported-builtin",
                    format!("unsupported: method `{name}()`"),
                    e.span,
                    "use `--engine auto` to hand the program to an LLM",
                );
                return self.c("Unknown");
            }
        };
        if !self.arity(&name, e, n, min, max) {
            return self.c("Unknown");
        }
        for (a, &t) in args.iter().zip(ts) {
            let k = self.kv(t);
            let el = if matches!(k, Kind::List(_) | Kind::Tuple(_)) { self.iter_elem(t, a.span) } else { t };
            let ke = self.kv(el);
            let bytes_like = matches!(k, Kind::Bytes | Kind::ByteArray);
            let int = matches!(k, Kind::Int | Kind::Bool);
            let ok = matches!(k, Kind::Unknown | Kind::Conflict)
                || match arg {
                    'b' => bytes_like,
                    'n' => bytes_like || int,
                    'i' => int,
                    'x' => bytes_like || matches!(k, Kind::List(_)) && matches!(ke, Kind::Int | Kind::Bool | Kind::Unknown),
                    'j' => matches!(k, Kind::List(_) | Kind::Tuple(_)) && matches!(ke, Kind::Bytes | Kind::ByteArray | Kind::Unknown),
                    _ => true,
                };
            if !ok {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `{name}()` with a `{d}` argument"), a.span, "");
            }
        }
        match ret {
            "Self" => recv,
            "List" => {
                let (l, el) = self.list_of(e.id, 0);
                self.flow(recv, el);
                l
            }
            "None" => self.c(NONE_TV),
            r => self.c(r),
        }
    }
}

/// Whether every item of a tuple display is a literal of one shape: all ints, all floats, all
/// strs, or all tuples of such literals, item by item alike (`((519432, 525806), (632382, 518061),
/// ...)`).
fn literal_table(elts: &[Expr]) -> bool {
    fn shape(e: &Expr, out: &mut String) -> bool {
        match &e.kind {
            ExprKind::Int(_) => out.push('i'),
            ExprKind::UnaryOp { op: UnaryOp::Neg, operand } if matches!(operand.kind, ExprKind::Int(_)) => out.push('i'),
            ExprKind::Float(_) => out.push('f'),
            ExprKind::Str(_) => out.push('s'),
            ExprKind::Tuple(ts) => {
                out.push('(');
                for t in ts {
                    if !shape(t, out) {
                        return false;
                    }
                }
                out.push(')');
            }
            _ => return false,
        }
        true
    }
    let mut first = String::new();
    if !shape(&elts[0], &mut first) {
        return false;
    }
    elts[1..].iter().all(|x| {
        let mut s = String::new();
        shape(x, &mut s) && s == first
    })
}
