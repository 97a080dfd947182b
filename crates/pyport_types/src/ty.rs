//! The types pyport infers, as seen by later stages.
use std::fmt;

/// A resolved static type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Nothing ever flowed here (e.g. the elements of a list that stays empty).
    Unknown,
    None,
    Bool,
    Int,
    Float,
    /// An int at some times and a float at others; tagged at run time.
    Num,
    Str,
    List(Box<Ty>),
    Tuple(Vec<Ty>),
    /// `tuple[T, ...]`: a homogeneous tuple whose length is known only at run time (`py::VTuple<T>`).
    VarTuple(Box<Ty>),
    Generator(Box<Ty>),
    /// A lazy iterable from `range`, `enumerate`, `zip` or `reversed`.
    Iter(Box<Ty>),
    /// `None` or a value of the inner type.
    Optional(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    /// `frozenset[elem]` (`py::FrozenSet`: a value, hashable).
    FrozenSet(Box<Ty>),
    /// A caught or constructed exception (`except E as e`, `ValueError("x")`).
    Exception,
    /// An instance of a user class (id into `Program::classes`, name), or of one of its subclasses.
    Object(usize, String),
    /// A `random.Random` instance: its own generator state, shared by reference.
    Random,
    /// A `fractions.Fraction`: an exact rational (a value, like an int).
    Fraction,
    /// A `complex`: two IEEE doubles (a value, `py::Complex`).
    Complex,
    /// A `decimal.Decimal`: sign, coefficient, exponent (a value, `py::Decimal`).
    Decimal,
    /// The value of `decimal.getcontext()` (a handle on the one context, `py::DecContext`).
    DecimalContext,
    /// A function value (a `def`, a closure or a lambda): parameter types and return type.
    Func(Vec<Ty>, Box<Ty>),
    /// Incompatible types met here; a diagnostic was reported.
    Conflict,
    /// `collections.deque[elem]` (shared by reference, like a list).
    Deque(Box<Ty>),
    /// A `collections` mapping: a dict with the behaviour of `kind` (`Counter` values are ints).
    Mapping(MapKind, Box<Ty>, Box<Ty>),
    /// A value of one of 2..N unrelated types (tagged at run time, `py::Union`): none is itself a
    /// union, an optional or `None`; members in canonical order (see `union_rank`).
    Union(Vec<Ty>),
    /// `bytes`: an immutable byte string (a value).
    Bytes,
    /// `bytearray`: a mutable byte string, shared by reference like a list.
    ByteArray,
    /// A compiled `re` pattern (`re.compile(...)`), `py::Regex`; the id of its pattern's shape
    /// (groups), so two patterns of different shapes are different types.
    Pattern(u32),
    /// A `re` match object, `py::Match` (a failed match is `None`: `Optional(Match)`).
    Match(u32),
    /// A recursive union met again inside itself (`int | list[...]`, a nested list): the id of
    /// its definition in [`crate::Typed::recs`] (C++ `_rec<id>`, a struct deriving from the
    /// `py::Union` of its members). Only container items are `Rec`: a value's own type is the
    /// definition, unfolded once.
    Rec(u32),
    /// `datetime.date` (a value, `py::Date`).
    Date,
    /// `datetime.datetime`, naive (a value, `py::DateTime`).
    DateTime,
    /// `datetime.timedelta` (a value, `py::TimeDelta`).
    TimeDelta,
    /// A file object of `open()` in a text mode (`py::TextFile`, shared by reference).
    TextFile,
    /// A file object of `open()` in a binary mode (`py::BinaryFile`, shared by reference).
    BinaryFile,
    /// An `array.array` of this typecode (`py::Array<'I'>`, shared by reference).
    Array(char),
}

/// Which `collections` dict subclass a [`Ty::Mapping`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapKind {
    DefaultDict,
    Counter,
    OrderedDict,
}

impl MapKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            MapKind::DefaultDict => "defaultdict",
            MapKind::Counter => "Counter",
            MapKind::OrderedDict => "OrderedDict",
        }
    }
}

impl Ty {
    /// The Python class name of a union member's values (`int | float` reads `int` or `float`).
    pub fn py_class_name(&self) -> Option<String> {
        Some(match self {
            Ty::Bool => "bool".into(),
            Ty::Int => "int".into(),
            Ty::Float => "float".into(),
            Ty::Str => "str".into(),
            Ty::List(_) => "list".into(),
            Ty::Tuple(_) | Ty::VarTuple(_) => "tuple".into(),
            Ty::Dict(..) => "dict".into(),
            Ty::Set(_) => "set".into(),
            Ty::None => "NoneType".into(),
            Ty::Bytes => "bytes".into(),
            Ty::ByteArray => "bytearray".into(),
            _ => return None,
        })
    }

    /// `self` with every `Rec(from)` read as `Rec(to)`.
    pub fn rename_rec(&self, from: u32, to: u32) -> Ty {
        let b = |t: &Ty| Box::new(t.rename_rec(from, to));
        match self {
            Ty::Rec(i) if *i == from => Ty::Rec(to),
            Ty::List(e) => Ty::List(b(e)),
            Ty::VarTuple(e) => Ty::VarTuple(b(e)),
            Ty::Generator(e) => Ty::Generator(b(e)),
            Ty::Iter(e) => Ty::Iter(b(e)),
            Ty::Optional(e) => Ty::Optional(b(e)),
            Ty::Set(e) => Ty::Set(b(e)),
            Ty::Deque(e) => Ty::Deque(b(e)),
            Ty::Dict(k, v) => Ty::Dict(b(k), b(v)),
            Ty::Mapping(m, k, v) => Ty::Mapping(*m, b(k), b(v)),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| t.rename_rec(from, to)).collect()),
            Ty::Union(ts) => Ty::Union(ts.iter().map(|t| t.rename_rec(from, to)).collect()),
            Ty::Func(ps, r) => Ty::Func(ps.iter().map(|t| t.rename_rec(from, to)).collect(), b(r)),
            t => t.clone(),
        }
    }

    /// True for bool, int, float and int-or-float.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Int | Ty::Float | Ty::Num)
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Unknown => write!(f, "unknown"),
            Ty::None => write!(f, "None"),
            Ty::Bool => write!(f, "bool"),
            Ty::Int => write!(f, "int"),
            Ty::Float => write!(f, "float"),
            Ty::Num => write!(f, "int | float"),
            Ty::Str => write!(f, "str"),
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::Tuple(ts) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Ty::VarTuple(t) => write!(f, "tuple[{t}, ...]"),
            Ty::Generator(t) => write!(f, "Generator[{t}]"),
            Ty::Iter(t) => write!(f, "Iterable[{t}]"),
            Ty::Optional(t) => write!(f, "{t} | None"),
            Ty::Exception => write!(f, "Exception"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(t) => write!(f, "set[{t}]"),
            Ty::FrozenSet(t) => write!(f, "frozenset[{t}]"),
            Ty::Object(_, name) => write!(f, "{name}"),
            Ty::Random => write!(f, "random.Random"),
            Ty::Fraction => write!(f, "Fraction"),
            Ty::Complex => write!(f, "complex"),
            Ty::Decimal => write!(f, "Decimal"),
            Ty::DecimalContext => write!(f, "decimal.Context"),
            Ty::TextFile => write!(f, "TextIOWrapper"),
            Ty::BinaryFile => write!(f, "BufferedIOBase"),
            Ty::Array(c) => write!(f, "array('{c}')"),
            Ty::Pattern(_) => write!(f, "re.Pattern"),
            Ty::Match(_) => write!(f, "re.Match"),
            Ty::Func(ps, r) => {
                write!(f, "Callable[[")?;
                for (i, t) in ps.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "], {r}]")
            }
            Ty::Conflict => write!(f, "<conflict>"),
            Ty::Bytes => write!(f, "bytes"),
            Ty::ByteArray => write!(f, "bytearray"),
            Ty::Rec(_) => write!(f, "..."),
            Ty::Date => write!(f, "datetime.date"),
            Ty::DateTime => write!(f, "datetime.datetime"),
            Ty::TimeDelta => write!(f, "datetime.timedelta"),
            Ty::Deque(t) => write!(f, "deque[{t}]"),
            Ty::Mapping(MapKind::Counter, k, _) => write!(f, "Counter[{k}]"),
            Ty::Mapping(m, k, v) => write!(f, "{}[{k}, {v}]", m.name()),
            Ty::Union(ms) => {
                for (i, t) in ms.iter().enumerate() {
                    if i > 0 {
                        write!(f, " | ")?;
                    }
                    write!(f, "{t}")?;
                }
                Ok(())
            }
        }
    }
}
