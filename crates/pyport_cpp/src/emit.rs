//! The C++ emitter: one C++ function per Python function, names kept, Python semantics through `py::` calls.
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use pyport_syntax::ast::*;
use pyport_syntax::{Diagnostic, SourceFile, Span};
use pyport_types::{MapKind, const_int, NameRef, Ty, Typed};

use crate::names::{cname, cpp_double, cpp_int, cpp_string};
use crate::Emitted;

mod builtin_attrs;
mod classes;
mod complex;
mod decimal;
mod array;
mod datetime;
mod files;
mod percent;
mod struct_fmt;
mod json;
mod genexp;
mod inbounds;
mod nests;
mod lazy_tests;
mod namedtuple;
mod pprint;
mod ranges;
mod re;
mod rec;
mod recursion;
mod star;
mod statistics;
mod numeric;
mod textwrap;
mod union_ops;
use namedtuple::unhashable_name;
use union_ops::union_items_ty;

/// What a comprehension does with each element.
enum Sink {
    Append(String, Ty),
    Any,
    All,
    First(Ty),
    Sum(String, Ty, usize),
    Best { best: String, have: String, ty: Ty, is_max: bool },
    SetAdd(String, Ty),
    DictSet(String, Ty, Ty),
    /// A generator expression kept as a value: `co_yield` each element (see `emit/genexp.rs`).
    Yield(Ty),
    /// `sep.join(...)` of a comprehension of strs: each str appended to `acc` (after `sep` unless
    /// it is the first, counted by `n`), never held in a list.
    Join { acc: String, sep: String, n: String },
}

/// Where the loop currently being emitted keeps its "broke out" flag (for `for`/`while` ... `else`).
struct LoopCtx {
    broke_flag: Option<String>,
}

/// A `try` with a `finally` being emitted. C++ has no `finally`: a `return`, `break` or
/// `continue` that leaves the `try` stores what it does in `{id}_ctl` (1, 2, 3) and the return
/// value in `{id}_rv`, and jumps to `{id}_done`, where the `finally` block runs and then does it.
struct FinallyCtx {
    id: String,
    /// `loops.len()` when the `try` began: a `break`/`continue` at that depth leaves the `try`.
    loop_depth: usize,
    /// Whether a return, break or continue jumped out (index 0, 1, 2).
    used: [bool; 3],
    /// Where the declarations of `{id}_ctl` and `{id}_rv` go once the jumps are known.
    decl_at: usize,
    decl_indent: usize,
}

pub(crate) struct Emitter<'a> {
    prog: &'a Program,
    typed: &'a Typed,
    file: &'a SourceFile,
    out: String,
    indent: usize,
    cur_func: Option<FuncId>,
    comp_stack: Vec<(ExprId, HashSet<String>)>,
    /// Comprehension variables read by a lambda created in the comprehension: they live in a cell
    /// (one per run of the comprehension) so the lambdas see the last value, as in Python.
    celled: HashSet<(ExprId, String)>,
    loops: Vec<LoopCtx>,
    tmp: usize,
    diags: Vec<Diagnostic>,
    /// The attribute being reached through a possibly-None object (for the AttributeError message).
    cur_attr: Option<String>,
    /// The statement being emitted, for diagnostics raised deep inside expressions.
    cur_span: Span,
    /// Generator expressions whose consumer takes all their elements at once (materializing is exact).
    genexp_ok: HashSet<ExprId>,
    /// Expressions already evaluated into temporaries (to keep Python's left-to-right order).
    overrides: std::collections::HashMap<ExprId, String>,
    /// The C++ variables holding the exceptions of the `except` blocks being emitted (for a bare `raise`).
    handling: Vec<String>,
    /// The `try` blocks with a `finally` around the statement being emitted, innermost last.
    finally: Vec<FinallyCtx>,
    /// `--int64`: Python ints are checked int64 (`#define PYPORT_INT64 1` before the runtime).
    pub(crate) int64: bool,
    /// Int locals of the function being emitted that provably stay in int64 (`small_int_locals`):
    /// declared `int64_t` instead of `py::int_t`.
    small_ints: HashSet<String>,
    /// Per function, its int locals and parameters that provably stay in int64
    /// (`small_int_program`), computed on first use.
    small_by_func: Option<Vec<HashSet<String>>>,
    /// Attribute names some statement outside an `__init__`'s `self.x = ...` assigns (`arg_may_change`).
    attrs_rebound: Option<HashSet<String>>,
    /// The C++ names of every variable and parameter (a class named alike is written `prog::C`).
    var_cnames: Option<HashSet<String>>,
    /// The value ranges of the int locals and parameters of the function being emitted
    /// (`ranges::program_ranges`): operations they prove cannot overflow are C++ arithmetic.
    int_ranges: std::collections::HashMap<String, ranges::IntRange>,
    /// `program_ranges`, computed on first use.
    ranges_by_func: Option<Vec<std::collections::HashMap<String, ranges::IntRange>>>,
    /// The counted loops being emitted whose list subscripts are versioned (`emit/inbounds.rs`).
    inbounds: Vec<inbounds::InBounds>,
    /// A plan made for the next `for_loop`, which declares its flag.
    next_inbounds: Option<inbounds::InBounds>,
    /// `inbounds::pure_functions`, computed on first use.
    pure_funcs: Option<HashSet<FuncId>>,
    /// Emitting an augmented assignment's operation (`aug_binop_code`).
    in_aug_assign: bool,
    /// `recursion::recursive_functions`, computed on first use.
    recursive_funcs: Option<HashSet<FuncId>>,
    /// The loop nest being emitted as a versioned lambda (`emit/nests.rs`).
    nest: Option<nests::Nest>,
    /// `nests::list_free_functions`, computed on first use.
    list_free: Option<HashSet<FuncId>>,
    /// Nests versioned so far (their names' numbers).
    nests_made: usize,
    /// Comprehension variables that only `range` loops bind: declared `int64_t`.
    small_comp: HashSet<(ExprId, String)>,
}

/// The runtime names only `re.hpp` and `textwrap.hpp` declare (included under `PYPORT_WITH_RE`).
const RE_NAMES: &[&str] = &["py::re_", "py::Regex", "py::Match", "py::ReSubject", "py::textwrap_", "py::WrapOpts"];
/// Runtime names that need decimal.hpp (`PYPORT_WITH_DECIMAL`).
const DECIMAL_NAMES: &[&str] = &["py::Decimal", "py::dec_", "py::DecContext", "py::DecRound"];
/// The runtime names only `fraction.hpp` declares (included under `PYPORT_WITH_FRACTION`).
const FRACTION_NAMES: &[&str] = &["py::Fraction", "py::frac_"];
/// The runtime names only `complex.hpp` declares (included under `PYPORT_WITH_COMPLEX`).
const COMPLEX_NAMES: &[&str] = &["py::Complex", "py::complex_", "py::cmath_"];
/// The runtime names only `bytes.hpp` declares (included under `PYPORT_WITH_BYTES`).
const BYTES_NAMES: &[&str] =
    &["py::Bytes", "py::ByteArray", "py::bytes_", "py::bytearray_", "py::int_from_bytes", "py::int_to_bytes", "py::str_encode"];
/// The runtime names only `pprint.hpp` declares (included under `PYPORT_WITH_PPRINT`).
const PPRINT_NAMES: &[&str] = &["py::pprint", "py::pformat", "py::PPrintOpts"];

/// The runtime's optional parts: the macro that includes one (runtime.hpp) and the C++ names that
/// need it. Generated code naming any of them starts with `#define <macro> 1`; the rest of the
/// runtime never names them, so a program that does not use a part does not pay for compiling it.
const OPTIONAL_HEADERS: &[(&str, &[&str])] = &[
    ("PYPORT_WITH_RE", RE_NAMES),
    ("PYPORT_WITH_FRACTION", FRACTION_NAMES),
    ("PYPORT_WITH_COMPLEX", COMPLEX_NAMES),
    ("PYPORT_WITH_BYTES", BYTES_NAMES),
    ("PYPORT_WITH_PPRINT", PPRINT_NAMES),
    ("PYPORT_WITH_COPY", &["py::copy_copy", "py::deepcopy", "py::detail::DeepMemo"]),
    ("PYPORT_WITH_DECIMAL", DECIMAL_NAMES),
    ("PYPORT_WITH_DATETIME", datetime::DATETIME_NAMES),
    ("PYPORT_WITH_FILES", files::FILE_NAMES),
    ("PYPORT_WITH_ARRAY", array::ARRAY_NAMES),
    ("PYPORT_WITH_STRUCT", &["py::struct_pack", "py::struct_unpack"]),
    ("PYPORT_WITH_COLORSYS", &["py::colorsys_"]),
    ("PYPORT_WITH_STATISTICS", &["py::stat_", "py::StatisticsError"]),
    ("PYPORT_WITH_JSON", json::JSON_NAMES),
    ("PYPORT_WITH_LOGGING", &["py::logging_"]),
    ("PYPORT_WITH_DOCTEST", &["py::doctest::"]),
];

/// CPython's TypeError for `seq * x` when x is a float.
const REPEAT_FLOAT: &str = "can't multiply sequence by non-int of type 'float'";

fn is_simple(code: &str) -> bool {
    code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
}

/// A temporary of the emitter's (`_t3`: user names never start with `_` in C++) or an item of one
/// (`std::get<0>(_t3)`): nothing a Python assignment to plain names does can change it.
fn temp_derived(code: &str) -> bool {
    if let Some(inner) = code.strip_prefix("std::get<").and_then(|r| r.split_once(">(")).and_then(|(i, r)| {
        i.bytes().all(|b| b.is_ascii_digit()).then_some(r)
    }) {
        return inner.strip_suffix(')').is_some_and(temp_derived);
    }
    code.starts_with('_') && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether every target (at any depth) is a plain name.
fn names_only(elts: &[Target]) -> bool {
    elts.iter().all(|e| match e {
        Target::Name { .. } => true,
        Target::Tuple { elts, .. } => names_only(elts),
        _ => false,
    })
}

impl<'a> Emitter<'a> {
    pub fn new(prog: &'a Program, typed: &'a Typed, file: &'a SourceFile) -> Self {
        Emitter {
            prog,
            typed,
            file,
            out: String::new(),
            indent: 0,
            cur_func: None,
            comp_stack: Vec::new(),
            celled: HashSet::new(),
            loops: Vec::new(),
            tmp: 0,
            diags: Vec::new(),
            overrides: std::collections::HashMap::new(),
            cur_span: Span::default(),
            cur_attr: None,
            genexp_ok: HashSet::new(),
            handling: Vec::new(),
            finally: Vec::new(),
            int64: false,
            small_ints: HashSet::new(),
            int_ranges: std::collections::HashMap::new(),
            ranges_by_func: None,
            inbounds: Vec::new(),
            next_inbounds: None,
            pure_funcs: None,
            recursive_funcs: None,
            in_aug_assign: false,
            nest: None,
            list_free: None,
            nests_made: 0,
            small_comp: HashSet::new(),
            small_by_func: None,
            attrs_rebound: None,
            var_cnames: None,
        }
    }

    fn unsupported(&mut self, what: impl Into<String>, sp: Span) {
        let what = what.into();
        if !self.diags.iter().any(|d| d.span() == sp && d.message == what) {
            self.diags.push(
                Diagnostic::error("unsupported-syntax", format!("unsupported: {what}"), sp)
                    .with_help("the builtin engine does not compile this yet; rewrite this part of the program"),
            );
        }
    }

    fn line(&self, sp: Span) -> usize {
        self.file.line(sp.start)
    }

    fn fresh(&mut self, base: &str) -> String {
        self.tmp += 1;
        format!("_{}{}", base, self.tmp)
    }

    fn w(&mut self, line: impl AsRef<str>) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(line.as_ref());
        self.out.push('\n');
    }

    fn ty(&self, e: &Expr) -> Ty {
        self.typed.ty(e.id).clone()
    }

    /// The C++ type for a Python type.
    fn cty(&mut self, t: &Ty, sp: Span) -> String {
        match t {
            Ty::Unknown | Ty::None => "py::NoneType".into(),
            Ty::Bool => "bool".into(),
            Ty::Int => "py::int_t".into(),
            Ty::Float => "double".into(),
            Ty::Num => "py::Num".into(),
            Ty::Str => "py::Str".into(),
            // A list that never holds anything: any element type works; int keeps sums and loops valid.
            Ty::List(e) if **e == Ty::Unknown => "py::List<py::int_t>".into(),
            Ty::List(e) => format!("py::List<{}>", self.cty(e, sp)),
            Ty::VarTuple(e) if **e == Ty::Unknown => "py::VTuple<py::int_t>".into(),
            Ty::VarTuple(e) => format!("py::VTuple<{}>", self.cty(e, sp)),
            Ty::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.cty(t, sp)).collect();
                format!("std::tuple<{}>", parts.join(", "))
            }
            Ty::Generator(e) => format!("py::Generator<{}>", self.cty(e, sp)),
            Ty::Optional(e) => format!("std::optional<{}>", self.cty(e, sp)),
            Ty::Iter(e) => format!("py::Iter<{}>", self.cty(e, sp)),
            Ty::Exception => "py::Exc".into(),
            Ty::Random => "py::Random".into(),
            Ty::Fraction => "py::Fraction".into(),
            Ty::Complex => "py::Complex".into(),
            Ty::Decimal => "py::Decimal".into(),
            Ty::DecimalContext => "py::DecContext".into(),
            Ty::TextFile => "py::TextFile".into(),
            Ty::BinaryFile => "py::BinaryFile".into(),
            Ty::Array(c) => format!("py::Array<'{c}'>"),
            Ty::Date => "py::Date".into(),
            Ty::DateTime => "py::DateTime".into(),
            Ty::TimeDelta => "py::TimeDelta".into(),
            Ty::Bytes => "py::Bytes".into(),
            Ty::ByteArray => "py::ByteArray".into(),
            Ty::Pattern(_) => "py::Regex".into(),
            Ty::Match(_) => "py::Match".into(),
            Ty::Dict(k, v) => {
                let kc = if **k == Ty::Unknown { "py::int_t".into() } else { self.cty(k, sp) };
                let vc = if **v == Ty::Unknown { "py::int_t".into() } else { self.cty(v, sp) };
                format!("py::Dict<{kc}, {vc}>")
            }
            Ty::Set(e) if **e == Ty::Unknown => "py::Set<py::int_t>".into(),
            Ty::Set(e) => format!("py::Set<{}>", self.cty(e, sp)),
            Ty::FrozenSet(e) if **e == Ty::Unknown => "py::FrozenSet<py::int_t>".into(),
            Ty::FrozenSet(e) => format!("py::FrozenSet<{}>", self.cty(e, sp)),
            Ty::Object(c, _) => format!("py::Ref<{}>", self.class_tname(*c)),
            Ty::Func(ps, r) => {
                let rc = match &**r {
                    Ty::None | Ty::Unknown => "void".to_string(),
                    r => self.cty(r, sp),
                };
                let pc: Vec<String> = ps.iter().map(|p| self.cty(p, sp)).collect();
                format!("std::function<{rc}({})>", pc.join(", "))
            }
            Ty::Conflict => "py::int_t".into(),
            Ty::Deque(_) | Ty::Mapping(..) => self.collections_cty(t, sp),
            Ty::Union(ms) => {
                let parts: Vec<String> = ms.iter().map(|m| self.cty(m, sp)).collect();
                format!("py::Union<{}>", parts.join(", "))
            }
            Ty::Rec(id) => Self::rec_cname(*id),
        }
    }

    /// The member of union `ms` that values of type `t` go into (an int into an int-or-float member).
    fn union_member(ms: &[Ty], t: &Ty) -> Option<Ty> {
        let group = |t: &Ty| match t {
            Ty::Int | Ty::Float | Ty::Num => 1,
            Ty::Tuple(ts) => 100 + ts.len(),
            Ty::List(_) => 3,
            Ty::Dict(..) => 5,
            Ty::Set(_) => 6,
            Ty::Object(..) => 7,
            Ty::Complex => 8,
            Ty::Fraction => 9,
            Ty::Bool => 0,
            Ty::Str => 2,
            _ => 1000,
        };
        ms.iter()
            .find(|m| *m == t)
            .or_else(|| ms.iter().find(|m| group(m) == group(t) && group(t) != 1000))
            // A fixed tuple goes into a `tuple[T, ...]` member (inference joined it there).
            .or_else(|| ms.iter().find(|m| matches!((m, t), (Ty::VarTuple(_), Ty::Tuple(_)))))
            .cloned()
    }

    // ---------- classes ----------

    /// The C++ name of class `c` where a type is expected: qualified (`prog::C`) when a variable
    /// of the program has the class's name, since it would hide the class inside its function.
    fn class_tname(&mut self, c: ClassId) -> String {
        let name = self.class_cname(c);
        let (prog, typed) = (self.prog, self.typed);
        let vars = self.var_cnames.get_or_insert_with(|| {
            let params = prog.functions.iter().flat_map(|f| f.params.iter().map(|p| cname(&p.name)));
            let locals = typed.funcs.iter().flat_map(|f| f.locals.iter().map(|(l, _)| cname(l)));
            params.chain(locals).chain(typed.globals.iter().map(|(g, _)| cname(g))).collect()
        });
        if c < self.prog.classes.len() && vars.contains(&name) {
            format!("prog::{name}")
        } else {
            name
        }
    }

    fn class_cname(&self, c: ClassId) -> String {
        if c >= self.prog.classes.len() {
            // The implicit root of unrelated classes (`_` names are the emitter's own).
            return "_object".into();
        }
        cname(&self.prog.classes[c].name)
    }

    /// The C++ name of a user exception class or of a built-in one.
    fn exc_cname(&self, name: &str) -> String {
        match self.prog.classes.iter().position(|c| c.name == name) {
            Some(c) if self.typed.classes[c].exc_root.is_some() => self.class_cname(c),
            // A module's exception class (`statistics.StatisticsError`) is the runtime's class of
            // that name.
            _ => format!("py::{}", name.rsplit('.').next().unwrap_or(name)),
        }
    }

    /// Unique key of a function or method, for names derived from it (non-literal defaults).
    fn func_key(&self, fid: FuncId) -> String {
        let f = &self.prog.functions[fid];
        match f.class {
            Some((c, _)) => format!("{}_{}", self.prog.classes[c].name, f.name.trim_matches('_')),
            None => f.name.clone(),
        }
    }

    /// How many leading parameters a method binds implicitly (`self`, `cls`).
    fn bound_params(&self, fid: FuncId) -> usize {
        match self.prog.functions[fid].class {
            Some((_, MethodKind::Instance | MethodKind::Class)) => 1,
            _ => 0,
        }
    }

    /// Class declarations: exception classes, then every class's struct (members declared, methods defined later).
    fn classes(&mut self) {
        let prog = self.prog;
        if prog.classes.is_empty() {
            return;
        }
        self.w("// Classes.");
        for c in 0..prog.classes.len() {
            if self.typed.classes[c].exc_root.is_none() {
                self.w(format!("struct {};", self.class_cname(c)));
            }
        }
        for (c, k) in prog.classes.iter().enumerate() {
            if self.typed.classes[c].exc_root.is_some() {
                let base = match &k.base {
                    Some((b, _)) => self.exc_cname(b),
                    None => "py::Exception".into(),
                };
                let name = self.class_cname(c);
                let pyname = prog.py_name(&k.name);
                let msg = match self.typed.classes[c].methods.get("__init__") {
                    Some(&init) => {
                        let params: Vec<String> = (1..prog.functions[init].params.len()).map(|i| self.param_passing(init, i)).collect();
                        format!(" static py::Str _msg({});", params.join(", "))
                    }
                    None => String::new(),
                };
                self.w(format!(
                    "struct {name} : {base} {{ using {base}::{}; const char* type_name() const override {{ return \"{pyname}\"; }}{msg} }};",
                    base.rsplit("::").next().unwrap_or(&base)
                ));
            }
        }
        self.out.push('\n');
        self.duck_root_struct();
        let class_ranges = self.class_ranges();
        for (c, k) in prog.classes.iter().enumerate() {
            if self.typed.classes[c].exc_root.is_some() {
                continue;
            }
            let name = self.class_cname(c);
            let base = match self.typed.classes[c].base {
                Some(b) => self.class_cname(b),
                None => "py::Object".into(),
            };
            let line = self.line(k.span);
            self.w(format!("// {}:{line}", self.file.path.rsplit('/').next().unwrap_or("")));
            self.w(format!("struct {name} : {base} {{"));
            self.indent += 1;
            if k.total_ordering {
                self.w("static constexpr bool _total_ordering = true;");
            }
            self.w(format!("const char* py_type_name() const override {{ return {}; }}", cpp_string(self.prog.py_name(&k.name))));
            if let Some(&(lo, hi)) = class_ranges.get(&c) {
                self.w(format!("static constexpr int py_class_lo = {lo}, py_class_hi = {hi};"));
                self.w(format!("int py_class_id() const override {{ return {lo}; }}"));
            }
            self.refuse_field_shadowing_attr(c, k.name_span);
            for (f, t) in self.typed.classes[c].fields.clone() {
                let ct = self.cty(&t, k.name_span);
                self.w(format!("{ct} {}{{}};", field_cname(&f)));
            }
            for (a, t) in self.typed.classes[c].attrs.clone() {
                let ct = self.cty(&t, k.name_span);
                self.w(format!("inline static {ct} {}{{}};", attr_cname(&a)));
                self.w(format!("virtual {ct}& _a_{a}() {{ return {}; }}", attr_cname(&a)));
            }
            if let Some(init) = self.typed.find_method(Some(c), "__init__") {
                let params: Vec<String> = (1..prog.functions[init].params.len()).map(|i| self.param_passing(init, i)).collect();
                self.w(format!("static py::Ref<{name}> _new({});", params.join(", ")));
            } else {
                let inits = self.shadowed_field_inits(c);
                let refuse = self.abstract_refusal(c);
                if inits.is_empty() {
                    self.w(format!("static py::Ref<{name}> _new() {{ {refuse}return py::make_object<{name}>(); }}"));
                } else {
                    self.w(format!("static py::Ref<{name}> _new() {{ {refuse}auto _o = py::make_object<{name}>(); {} return _o; }}", inits.join(" ")));
                }
            }
            for &fid in &k.methods {
                let sig = self.member_signature(fid, false);
                self.w(format!("{sig};"));
                if let Some(co) = self.generator_method_body(fid, false) {
                    self.w(format!("{co};"));
                }
            }
            let mut abstract_methods: Vec<(String, FuncId)> =
                self.typed.classes[c].abstract_methods.iter().map(|(n, f)| (n.clone(), *f)).collect();
            abstract_methods.sort();
            for (m, fid) in abstract_methods {
                // Only subclasses define it: reaching this one is Python's AttributeError.
                let sig = self.member_signature(fid, false);
                if m == "__str__" && self.typed.find_virtual(Some(c), "__repr__").is_some() {
                    // Python's `object.__str__` calls `__repr__`.
                    self.w(format!("{sig} {{ return _d_repr(); }}"));
                    continue;
                }
                if m == "__str__" || m == "__repr__" {
                    // Printing an instance of a class that has neither (only subclasses do).
                    self.w(format!("{sig} {{ py::object_without_repr(py_type_name()); }}"));
                    continue;
                }
                self.w(format!("{sig} {{ {}; }}", no_attribute("py_type_name()", &m)));
            }
            // Fields only subclasses store, read through this class (`sub_field` in inference).
            for (f, t) in self.typed.classes[c].duck_fields.clone() {
                let ct = self.cty(&t, k.name_span);
                self.w(format!("virtual {ct}& _g_{f}() {{ {}; }}", no_attribute("py_type_name()", &f)));
            }
            self.duck_member_accessors(c);
            self.copy_methods(c);
            self.indent -= 1;
            self.w("};");
            self.out.push('\n');
        }
        // Constructors: a new object, then `__init__` (the class's own or the nearest base's).
        for (c, _) in prog.classes.iter().enumerate() {
            if self.typed.classes[c].exc_root.is_some() {
                self.exception_init(c);
                continue;
            }
            let Some(init) = self.typed.find_method(Some(c), "__init__") else { continue };
            let name = self.class_cname(c);
            let f = &prog.functions[init];
            let params: Vec<String> = (1..f.params.len()).map(|i| self.param_passing(init, i)).collect();
            let names: Vec<String> = f.params.get(1..).unwrap_or(&[]).iter().map(|p| cname(&p.name)).collect();
            self.w(format!("py::Ref<{name}> {name}::_new({}) {{", params.join(", ")));
            let refuse = self.abstract_refusal(c);
            if !refuse.is_empty() {
                self.w(format!("    {refuse}"));
            }
            let tname = self.class_tname(c);
            self.w(format!("    auto _o = py::make_object<{tname}>();"));
            for init in self.shadowed_field_inits(c) {
                self.w(format!("    {init}"));
            }
            self.w(format!("    _o->_d_init({});", names.join(", ")));
            self.w("    return _o;");
            self.w("}");
        }
        self.out.push('\n');
    }

    /// Each program class (not an exception) numbered in a preorder walk of the class tree, with
    /// the last number in its subtree: `isinstance(x, C)` is a range test (`py::isinstance`).
    fn class_ranges(&self) -> HashMap<ClassId, (usize, usize)> {
        let n = self.prog.classes.len();
        let plain = |c: ClassId| self.typed.classes[c].exc_root.is_none();
        let mut children: Vec<Vec<ClassId>> = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for c in (0..n).filter(|&c| plain(c)) {
            match self.typed.classes[c].base.filter(|&b| b < n) {
                Some(b) => children[b].push(c),
                None => roots.push(c),
            }
        }
        let mut out = HashMap::new();
        let mut next = 0;
        // (class, whether its subtree is done): an explicit stack, however deep the hierarchy.
        let mut stack: Vec<(ClassId, bool)> = roots.into_iter().rev().map(|c| (c, false)).collect();
        while let Some((c, done)) = stack.pop() {
            if done {
                out.entry(c).and_modify(|r: &mut (usize, usize)| r.1 = next - 1);
                continue;
            }
            out.insert(c, (next, next));
            next += 1;
            stack.push((c, true));
            stack.extend(children[c].iter().rev().map(|&k| (k, false)));
        }
        out
    }

    /// The implicit root of unrelated classes, when values of unrelated classes meet: a struct whose
    /// virtual methods and field accessors raise CPython's AttributeError unless the object's class
    /// defines them.
    fn duck_root_struct(&mut self) {
        let root = self.prog.classes.len();
        if !self.typed.classes.iter().any(|k| k.base == Some(root)) {
            return;
        }
        let no_attr = |a: &str| no_attribute("_type_name()", a);
        self.w("// The common root of unrelated classes used through the same methods and fields.");
        self.w("struct _object : py::Object {");
        self.indent += 1;
        self.w("virtual const char* _type_name() const { return \"object\"; }");
        for (f, t) in self.typed.classes[root].duck_fields.clone() {
            let ct = self.cty(&t, Span::default());
            self.w(format!("virtual {ct}& _g_{f}() {{ {}; }}", no_attr(&f)));
        }
        let mut methods: Vec<(String, FuncId)> = self.typed.classes[root].abstract_methods.iter().map(|(n, f)| (n.clone(), *f)).collect();
        methods.sort();
        for (m, fid) in methods {
            let sig = self.member_signature(fid, false);
            let body = match m.as_str() {
                // Printing: a class with only `__repr__` prints that (the check in inference ensures one exists).
                "__str__" if self.typed.classes[root].abstract_methods.contains_key("__repr__") => "return _d_repr();".to_string(),
                _ => format!("{};", no_attr(&m)),
            };
            self.w(format!("{sig} {{ {body} }}"));
        }
        self.indent -= 1;
        self.w("};");
        self.out.push('\n');
    }

    /// Accessors for the fields and class attributes class `c` stores that are read through a class
    /// above it (the implicit root of unrelated classes, or a base whose subclasses store them);
    /// below the implicit root, also its Python name.
    fn duck_member_accessors(&mut self, c: ClassId) {
        let root = self.prog.classes.len();
        if self.typed.is_subclass(c, root) {
            let pyname = self.prog.py_name(&self.prog.classes[c].name);
            self.w(format!("const char* _type_name() const override {{ return {}; }}", cpp_string(pyname)));
        }
        let mut read_above: Vec<(String, Ty)> = Vec::new();
        let mut a = self.typed.classes[c].base;
        while let Some(x) = a {
            read_above.extend(self.typed.classes[x].duck_fields.iter().cloned());
            a = self.typed.classes.get(x).and_then(|k| k.base);
        }
        for (f, t) in read_above {
            let ct = self.cty(&t, Span::default());
            if self.typed.classes[c].fields.iter().any(|(n, _)| *n == f) {
                self.w(format!("{ct}& _g_{f}() override {{ return {}; }}", field_cname(&f)));
            } else if self.typed.classes[c].attrs.iter().any(|(n, _)| *n == f) {
                self.w(format!("{ct}& _g_{f}() override {{ return _a_{f}(); }}"));
            }
        }
    }

    /// An exception class's `__init__` becomes `_msg`: the message its `super().__init__(message)` passes.
    fn exception_init(&mut self, c: ClassId) {
        let Some(&init) = self.typed.classes[c].methods.get("__init__") else { return };
        let f = &self.prog.functions[init];
        let msg = f.body.iter().find_map(|s| match &s.kind {
            StmtKind::Expr(Expr { kind: ExprKind::Call { args, .. }, .. }) => args.first(),
            _ => None,
        });
        let name = self.class_cname(c);
        let params: Vec<String> = (1..f.params.len()).map(|i| self.param_passing(init, i)).collect();
        self.w(format!("py::Str {name}::_msg({}) {{", params.join(", ")));
        self.cur_func = Some(init);
        let code = match msg {
            Some(m) => {
                let t = self.ty(m);
                let code = self.expr(m);
                if t == Ty::Str { code } else { format!("py::str({})", self.lit_safe(&code, &t)) }
            }
            None => "py::Str()".into(),
        };
        self.cur_func = None;
        self.w(format!("    return {code};"));
        self.w("}");
    }

    /// A method's declaration inside its struct (`out_of_line`: its definition's head instead).
    fn member_signature(&mut self, fid: FuncId, out_of_line: bool) -> String {
        let f = &self.prog.functions[fid];
        let Some((c, kind)) = f.class else { return self.signature(fid) };
        let skip = self.bound_params(fid);
        let params: Vec<String> = (skip..f.params.len()).map(|i| self.param_passing(fid, i)).collect();
        let ret = self.ret_cty(fid);
        let m = method_cname(&f.name);
        if out_of_line {
            return format!("{ret} {}::{m}({})", self.class_cname(c), params.join(", "));
        }
        let prefix = match kind {
            MethodKind::Instance if f.name != "__init__" => "virtual ",
            MethodKind::Instance => "",
            MethodKind::Static | MethodKind::Class => "static ",
        };
        format!("{prefix}{ret} {m}({})", params.join(", "))
    }

    /// `value.attr` as a C++ place: an instance field or a class attribute.
    fn attr_place(&mut self, value: &Expr, attr: &str, sp: Span) -> (String, Ty) {
        if let Some(NameRef::Class(c)) = self.typed.names.get(&value.id).cloned() {
            if let Some((owner, t)) = self.typed.find_attr(Some(c), attr) {
                let t = t.clone();
                return (format!("{}::{}", self.class_cname(owner), attr_cname(attr)), t);
            }
            if attr == "__name__" {
                // `Cls.__name__`: the class's Python name.
                return (format!("py::Str({})", cpp_string(self.prog.py_name(&self.prog.classes[c].name))), Ty::Str);
            }
            self.unsupported(format!("attribute `.{attr}`"), sp);
            return ("0".into(), Ty::Unknown);
        }
        let vt = self.ty(value);
        let c = match &vt {
            Ty::Object(c, _) => *c,
            Ty::Optional(inner) if matches!(**inner, Ty::Object(..)) => match **inner {
                Ty::Object(c, _) => c,
                _ => unreachable!(),
            },
            _ => {
                self.unsupported(format!("attribute `.{attr}`"), sp);
                return ("0".into(), Ty::Unknown);
            }
        };
        if let Some(t) = self.typed.find_field(Some(c), attr) {
            let t = t.clone();
            let obj = self.object(value);
            return (format!("{obj}->{}", field_cname(attr)), t);
        }
        if let Some((_, t)) = self.typed.find_attr(Some(c), attr) {
            // Through an instance: the object's class (a subclass may redefine it).
            let t = t.clone();
            let obj = self.object(value);
            return (format!("{obj}->_a_{attr}()"), t);
        }
        if let Some(t) = self.typed.find_duck_field(Some(c), attr) {
            // Through the implicit root of unrelated classes, or a class whose subclasses store it:
            // the object's class's accessor.
            let t = t.clone();
            let obj = self.object(value);
            return (format!("{obj}->_g_{attr}()"), t);
        }
        self.unsupported(format!("attribute `.{attr}`"), sp);
        ("0".into(), Ty::Unknown)
    }

    /// An object-valued expression, ready for `->`: None raises AttributeError as in Python.
    fn object(&mut self, value: &Expr) -> String {
        let code = self.expr(value);
        match self.ty(value) {
            Ty::Optional(_) => {
                let attr = match self.cur_attr.clone() {
                    Some(a) => a,
                    None => String::new(),
                };
                format!("py::attr_of({code}, {})", cpp_string(&attr))
            }
            _ => code,
        }
    }

    /// `obj.method(args)`, `Cls.method(args)` or `super().method(args)` on the program's classes.
    fn class_method_call(&mut self, e: &Expr, value: &Expr, attr: &str, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        let _ = e;
        // super().m(...)
        if let ExprKind::Call { func: sf, args: sargs, .. } = &value.kind {
            if matches!(&sf.kind, ExprKind::Name(n) if n == "super") && sargs.is_empty() {
                let fid = self.cur_func?;
                let (c, _) = self.prog.functions[fid].class?;
                let base = self.typed.classes[c].base;
                if attr == "__init__" && args.is_empty() && keywords.is_empty() && self.typed.find_method(base, attr).is_none() {
                    // `object.__init__(self)`: does nothing.
                    return Some("py::None".into());
                }
                let target = self.typed.find_method(base, attr)?;
                let (owner, kind) = self.prog.functions[target].class?;
                let owner = self.class_cname(owner);
                let m = method_cname(attr);
                let callee = match kind {
                    MethodKind::Instance => {
                        let me = cname(&self.prog.functions[fid].params.first()?.name);
                        format!("{me}->{owner}::{m}")
                    }
                    _ => format!("{owner}::{m}"),
                };
                return Some(self.user_call_with(target, self.bound_params(target), &callee, args, keywords));
            }
        }
        if let Some(NameRef::Class(c)) = self.typed.names.get(&value.id).cloned() {
            if attr == "__init__" && args.len() == 1 && keywords.is_empty() && self.typed.find_method(Some(c), attr).is_none() {
                // `Base.__init__(self)` with no `__init__` up from `Base`: `object.__init__`, a no-op
                // (its argument, a name or `self`, has no effect to keep).
                let obj = self.expr(&args[0]);
                return Some(format!("((void){obj}, py::None)"));
            }
            let target = self.typed.find_method(Some(c), attr)?;
            let (owner, kind) = self.prog.functions[target].class?;
            let owner = self.class_cname(owner);
            let m = method_cname(attr);
            return Some(match kind {
                MethodKind::Instance => {
                    // `Base.method(obj, ...)`: the base implementation, called directly.
                    let Some(first) = args.first() else {
                        self.unsupported("calling a method through its class without the object", value.span);
                        return Some("0".into());
                    };
                    let obj = self.object(first);
                    let callee = format!("{obj}->{owner}::{m}");
                    self.user_call_with(target, 1, &callee, &args[1..], keywords)
                }
                MethodKind::Class => self.user_call_with(target, 1, &format!("{owner}::{m}"), args, keywords),
                MethodKind::Static => self.user_call_with(target, 0, &format!("{owner}::{m}"), args, keywords),
            });
        }
        let c = match self.ty(value) {
            Ty::Object(c, _) => c,
            Ty::Optional(inner) => match *inner {
                Ty::Object(c, _) => c,
                _ => return None,
            },
            _ => return None,
        };
        let target = self.typed.find_virtual(Some(c), attr)?;
        let (owner, kind) = self.prog.functions[target].class?;
        let m = method_cname(attr);
        self.cur_attr = Some(attr.to_string());
        let obj = self.object(value);
        self.cur_attr = None;
        Some(match kind {
            MethodKind::Instance => self.user_call_with(target, 1, &format!("{obj}->{m}"), args, keywords),
            _ => {
                let owner = self.class_cname(owner);
                let callee = format!("{owner}::{m}");
                let call = self.user_call_with(target, self.bound_params(target), &callee, args, keywords);
                if impure(value, self.typed) { format!("((void){obj}, {call})") } else { call }
            }
        })
    }

    /// `obj.__op__(args)` for an operator on an object.
    fn dunder_code(&mut self, c: ClassId, name: &str, obj: &str, args: &[(&str, &Ty)]) -> String {
        let Some(fid) = self.typed.find_method(Some(c), name) else {
            self.unsupported(format!("`{name}` on this object"), self.cur_span);
            return "0".into();
        };
        let ptys = self.typed.funcs[fid].params.clone();
        let codes: Vec<String> = args.iter().zip(ptys.iter().skip(1)).map(|((a, at), pt)| self.coerce(a, at, pt)).collect();
        format!("{obj}->{}({})", method_cname(name), codes.join(", "))
    }

    /// `Cls(args)`.
    fn construct(&mut self, c: ClassId, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let name = self.class_cname(c);
        if self.typed.classes[c].exc_root.is_some() {
            let (msg, arg_repr) = self.exception_message(&self.prog.classes[c].name.clone(), args);
            return format!("py::Exc::make<{name}>({msg}, {arg_repr})");
        }
        let _ = e;
        match self.typed.find_method(Some(c), "__init__") {
            Some(init) => self.user_call_with(init, 1, &format!("{name}::_new"), args, keywords),
            None => format!("{name}::_new()"),
        }
    }

    /// `a + type(x)` and the like with a builtin value (see `Typed::type_operand_errors`): both
    /// operands evaluated, then CPython's TypeError.
    fn type_operand_error(&mut self, e: &Expr, op: BinOp, left: &Expr, right: &Expr) -> String {
        let is_type = |x: &Expr| matches!(&x.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Name(n) if n == "type"));
        let name = |me: &Self, x: &Expr| if is_type(x) { "type".to_string() } else { me.ty(x).py_class_name().unwrap_or_else(|| "object".into()) };
        let (ln, rn) = (name(self, left), name(self, right));
        let msg = match op {
            BinOp::Add if matches!(ln.as_str(), "str" | "list" | "tuple") => format!("can only concatenate {ln} (not \"{rn}\") to {ln}"),
            BinOp::Mul if matches!(ln.as_str(), "str" | "list" | "tuple") || matches!(rn.as_str(), "str" | "list" | "tuple") => {
                "can't multiply sequence by non-int of type 'type'".to_string()
            }
            _ => format!("unsupported operand type(s) for {}: '{ln}' and '{rn}'", op.as_str()),
        };
        let (l, r) = (self.expr(left), self.expr(right));
        let ct = self.cty(&self.ty(e), e.span);
        format!("(static_cast<void>({l}), static_cast<void>({r}), py::raise<py::TypeError>({}), {ct}{{}})", cpp_string(&msg))
    }

    /// `sum(objects, start)` (see inference's `object_sum`): `start + x` by `__add__` for each item;
    /// with no start or an int one, the first item's `__radd__(start)`, then `__add__`, and the
    /// start itself for no items.
    fn object_sum(&mut self, e: &Expr, xs: &Expr, start: Option<&Expr>, res: &Ty) -> String {
        let et = elem_ty(&self.ty(xs));
        let ct = self.cty(res, e.span);
        let it = self.iterable(xs);
        let step = |me: &mut Self, acc_ty: &Ty, name: &str, arg: (&str, &Ty)| -> String {
            let Ty::Object(c, _) = acc_ty else { return "{}".into() };
            let Some(fid) = me.typed.find_method(Some(*c), name) else { return "{}".into() };
            let ret = me.typed.funcs[fid].ret.clone();
            let call = me.dunder_code(*c, name, "_acc", &[arg]);
            me.coerce(&call, &ret, acc_ty)
        };
        if let Some(s) = start.filter(|s| matches!(self.ty(s), Ty::Object(..))) {
            let init = self.expr_as(s, res);
            if !matches!(et, Ty::Object(..)) {
                // Items of no known type: an empty list.
                return format!("[&] {{ {ct} _acc = {init}; for (const auto& _x : {it}) (void)_x; return _acc; }}()");
            }
            let add = step(self, res, "__add__", ("_x", &et));
            return format!("[&] {{ {ct} _acc = {init}; for (const auto& _x : {it}) _acc = {add}; return _acc; }}()");
        }
        let acc_ty = match res {
            Ty::Union(ms) => ms.iter().find(|m| matches!(m, Ty::Object(..))).cloned().unwrap_or(Ty::Unknown),
            t => t.clone(),
        };
        let Ty::Object(c, _) = &et else { unreachable!("object items") };
        let zero = match start {
            Some(s) => self.expr_as(s, &Ty::Int),
            None => "py::int_t{0}".to_string(),
        };
        let act = self.cty(&acc_ty, e.span);
        let first = {
            let Some(fid) = self.typed.find_method(Some(*c), "__radd__") else { return "{}".into() };
            let ret = self.typed.funcs[fid].ret.clone();
            let call = self.dunder_code(*c, "__radd__", "_x", &[("_z", &Ty::Int)]);
            self.coerce(&call, &ret, &acc_ty)
        };
        let add = step(self, &acc_ty, "__add__", ("_x", &et));
        let empty = self.coerce("_z", &Ty::Int, res);
        let out = self.coerce("_acc", &acc_ty, res);
        format!(
            "[&]() -> {ct} {{ const py::int_t _z = {zero}; {act} _acc{{}}; bool _first = true; for (const auto& _x : {it}) {{ if (_first) {{ _acc = {first}; _first = false; }} else {{ _acc = {add}; }} }} if (_first) return {empty}; return {out}; }}()"
        )
    }

    /// `isinstance(x, C)` / `isinstance(x, (A, B))`.
    fn isinstance(&mut self, args: &[Expr]) -> String {
        let classes: Vec<&Expr> = match &args[1].kind {
            ExprKind::Tuple(ts) => ts.iter().collect(),
            _ => vec![&args[1]],
        };
        // No value is ever a `slice` (inference's `isinstance`).
        let classes: Vec<&Expr> = classes.into_iter().filter(|c| !(matches!(&c.kind, ExprKind::Name(n) if n == "slice") && matches!(self.typed.names.get(&c.id), None | Some(NameRef::Builtin(_))))).collect();
        if classes.is_empty() {
            let x = self.expr(&args[0]);
            return if is_simple(&x) { "false".into() } else { format!("(static_cast<void>({x}), false)") };
        }
        if let Ty::Union(ms) = self.ty(&args[0]) {
            return self.union_isinstance(&args[0], &ms, &classes);
        }
        if let Ty::Optional(inner) = self.ty(&args[0]) {
            if let Ty::Union(ms) = *inner {
                return self.optional_union_isinstance(&args[0], &ms, &classes);
            }
        }
        if let Some(code) = self.lazy_isinstance(&args[0], &args[1]) {
            return code;
        }
        if self.ty(&args[0]) == Ty::Num {
            // An int-or-float: `int` and `float` by its tag (it never holds a bool).
            let names: Vec<&str> = classes.iter().filter_map(|c| if let ExprKind::Name(n) = &c.kind { Some(n.as_str()) } else { None }).collect();
            let (int, float) = (names.contains(&"int"), names.contains(&"float"));
            let x = self.expr(&args[0]);
            let test = match (int, float) {
                (true, true) => "true".to_string(),
                (true, false) => format!("!({x}).is_float"),
                (false, true) => format!("({x}).is_float"),
                (false, false) => "false".to_string(),
            };
            return if matches!(test.as_str(), "true" | "false") && !is_simple(&x) { format!("(static_cast<void>({x}), {test})") } else { test };
        }
        if let Some(answer) = self.static_isinstance(&self.ty(&args[0]), &classes) {
            let x = self.expr(&args[0]);
            return if is_simple(&x) { answer.to_string() } else { format!("(static_cast<void>({x}), {answer})") };
        }
        let x = self.expr(&args[0]);
        // Tested against several classes: evaluated once, inside the expression's own lambda.
        let (x, pre) = if is_simple(&x) || classes.len() == 1 {
            (x, None)
        } else {
            let t = self.fresh("x");
            let pre = format!("const auto& {t} = {x}; ");
            (t, Some(pre))
        };
        let tests: Vec<String> = classes
            .iter()
            .filter_map(|c| match self.typed.names.get(&c.id) {
                Some(NameRef::Class(k)) => Some(format!("py::isinstance<{}>({x})", self.class_cname(*k))),
                _ => None,
            })
            .collect();
        if tests.is_empty() {
            return "false".into();
        }
        match pre {
            Some(pre) => format!("[&] {{ {pre}return {}; }}()", tests.join(" || ")),
            None => format!("({})", tests.join(" || ")),
        }
    }

    /// `isinstance(x, (int, str, ...))` where `x` has one builtin type: `bool` is an `int`.
    fn static_isinstance(&self, t: &Ty, classes: &[&Expr]) -> Option<bool> {
        let mut answer = false;
        for c in classes {
            let ExprKind::Name(n) = &c.kind else { return None };
            // (inference accepted this call only with builtin class names: `is_builtin_class`)
            if !matches!(self.typed.names.get(&c.id), None | Some(NameRef::Builtin(_))) {
                return None;
            }
            answer |= match (n.as_str(), t) {
                ("int", Ty::Int | Ty::Bool) | ("bool", Ty::Bool) | ("float", Ty::Float) | ("str", Ty::Str) => true,
                ("list", Ty::List(_)) | ("dict", Ty::Dict(..)) | ("set", Ty::Set(_)) | ("tuple", Ty::Tuple(_)) | ("complex", Ty::Complex) => true,
                (
                    "int" | "bool" | "float" | "complex" | "str" | "list" | "dict" | "set" | "tuple",
                    Ty::Bool | Ty::Int | Ty::Float | Ty::Complex | Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_),
                ) => false,
                _ => return None,
            };
        }
        Some(answer)
    }

    /// A binary operator with a union operand: a switch over the members, each pair computed as for
    /// those types, or CPython's TypeError for pairs Python rejects.
    fn union_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty, res: &Ty, line: usize) -> String {
        let rc = self.cty(res, Span::default());
        let (ul, ur) = (self.fresh("ul"), self.fresh("ur"));
        let members = |t: &Ty| match t {
            Ty::Union(ms) => ms.clone(),
            t => vec![t.clone()],
        };
        let (ls, rs) = (members(lt), members(rt));
        let pick = |u: &str, t: &Ty, i: usize| if matches!(t, Ty::Union(_)) { format!("std::get<{i}>({u}.v)") } else { u.to_string() };
        let mut body = format!("[&]() -> {rc} {{ const auto& {ul} = {l}; const auto& {ur} = {r}; ");
        for (i, a) in ls.iter().enumerate() {
            for (j, b) in rs.iter().enumerate() {
                let mut conds = Vec::new();
                if matches!(lt, Ty::Union(_)) {
                    conds.push(format!("{ul}.index() == {i}"));
                }
                if matches!(rt, Ty::Union(_)) {
                    conds.push(format!("{ur}.index() == {j}"));
                }
                let (x, y) = (pick(&ul, lt, i), pick(&ur, rt, j));
                let stmt = match self.union_pair_result(op, a, b) {
                    Some(pt) => {
                        let code = self.binop_code(op, &x, a, &y, b, &pt, line);
                        let code = self.coerce(&code, &pt, res);
                        format!("return {code};")
                    }
                    None => format!("py::binop_type_error({}, {x}, {y});", self.binop_spelling(op)),
                };
                body.push_str(&format!("if ({}) {{ {stmt} }} ", conds.join(" && ")));
            }
        }
        body.push_str("py::internal_error(\"a union value holds none of its types\"); }()");
        body
    }

    /// Whether a comparison is `type(x) == T` on a union value (see `union_type_test`).
    fn is_union_type_test(&self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> bool {
        let ExprKind::Call { func, args, .. } = &left.kind else { return false };
        ops.len() == 1
            && matches!(ops[0], CmpOp::Eq | CmpOp::Is | CmpOp::NotEq | CmpOp::IsNot)
            && args.len() == 1
            && matches!(&func.kind, ExprKind::Name(n) if n == "type")
            && (self.object_type_test_class(&args[0], &comparators[0]).is_some()
                || matches!(&comparators[0].kind, ExprKind::Name(n) if matches!(self.typed.names.get(&comparators[0].id), None | Some(NameRef::Builtin(_))) && matches!(n.as_str(), "bool" | "int" | "float" | "str" | "list" | "dict" | "set" | "tuple")))
            && {
                let t = match self.typed.ty(args[0].id) {
                    Ty::Optional(inner) => &**inner,
                    t => t,
                };
                matches!(t, Ty::Union(_) | Ty::Bool | Ty::Int | Ty::Float | Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_) | Ty::None | Ty::Object(..))
            }
    }

    /// The class `c` names in `type(x) is c`, when `x` is an object and `c` one of the program's
    /// classes (inference's `type_test`).
    fn object_type_test_class(&self, x: &Expr, c: &Expr) -> Option<ClassId> {
        let ExprKind::Name(n) = &c.kind else { return None };
        if !matches!(self.typed.ty(x.id), Ty::Object(..)) || matches!(self.typed.names.get(&c.id), Some(NameRef::Var)) {
            return None;
        }
        self.class_named(n)
    }

    /// The program's class of (C++-level) name `n`.
    fn class_named(&self, n: &str) -> Option<ClassId> {
        self.prog.classes.iter().position(|k| k.name == n)
    }

    /// `type(x) == T` / `type(x) is not T` on a union value: a test of its run-time member.
    fn union_type_test(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
        if ops.len() != 1 || !matches!(ops[0], CmpOp::Eq | CmpOp::Is | CmpOp::NotEq | CmpOp::IsNot) {
            return None;
        }
        let ExprKind::Call { func, args, .. } = &left.kind else { return None };
        if args.len() != 1 || !matches!(&func.kind, ExprKind::Name(n) if n == "type") {
            return None;
        }
        let ExprKind::Name(cn) = &comparators[0].kind else { return None };
        let neg = matches!(ops[0], CmpOp::NotEq | CmpOp::IsNot);
        if let (Some(k), Ty::Object(c, _)) = (self.object_type_test_class(&args[0], &comparators[0]), self.ty(&args[0])) {
            // An object's exact class: its dynamic C++ type (classes unrelated to its own never).
            let code = self.expr(&args[0]);
            let related = self.typed.is_subclass(k, c) || self.typed.is_subclass(c, k);
            let (eq, ne) = if neg { ("!=", "true") } else { ("==", "false") };
            return Some(if related {
                format!("(typeid(*({code})) {eq} typeid({}))", self.class_cname(k))
            } else {
                format!("(static_cast<void>({code}), {ne})")
            });
        }
        if let Ty::Optional(inner) = self.ty(&args[0]) {
            // None's type is NoneType: the test holds only for a value of a matching type.
            if !matches!(*inner, Ty::Union(_)) {
                let answer = inner.py_class_name().as_deref() == Some(cn.as_str());
                let code = self.expr(&args[0]);
                let has = format!("{code}.has_value()");
                return Some(match (answer, neg) {
                    (true, false) => has,
                    (true, true) => format!("!{has}"),
                    (false, _) => format!("(static_cast<void>({code}), {neg})"),
                });
            }
        }
        let Ty::Union(ms) = self.ty(&args[0]) else {
            // One builtin type, known statically: `type(True) is int` is False (exact class).
            let t = self.ty(&args[0]);
            let answer = (t.py_class_name().as_deref() == Some(cn.as_str())) != neg;
            let code = self.expr(&args[0]);
            return Some(if is_simple(&code) { answer.to_string() } else { format!("(static_cast<void>({code}), {answer})") });
        };
        let code = self.expr(&args[0]);
        let u = self.fresh("u");
        let mut tests = Vec::new();
        for (i, m) in ms.iter().enumerate() {
            let t = match (m, cn.as_str()) {
                (Ty::Num, "int") => format!("({u}.index() == {i} && !std::get<{i}>({u}.v).is_float)"),
                (Ty::Num, "float") => format!("({u}.index() == {i} && std::get<{i}>({u}.v).is_float)"),
                _ if m.py_class_name().as_deref() == Some(cn.as_str()) => format!("{u}.index() == {i}"),
                _ => continue,
            };
            tests.push(t);
        }
        let neg = if matches!(ops[0], CmpOp::NotEq | CmpOp::IsNot) { "!" } else { "" };
        let test = if tests.is_empty() { "false".to_string() } else { tests.join(" || ") };
        Some(format!("[&] {{ const auto& {u} = {code}; return {neg}({test}); }}()"))
    }

    /// `isinstance(x, (int, str))` on a union value: a test of its run-time member (and of an
    /// int-or-float member's own tag).
    fn union_isinstance(&mut self, x: &Expr, ms: &[Ty], classes: &[&Expr]) -> String {
        let names: Vec<&str> = classes.iter().filter_map(|c| if let ExprKind::Name(n) = &c.kind { Some(n.as_str()) } else { None }).collect();
        let has = |c: &str| names.contains(&c);
        let code = self.expr(x);
        let u = self.fresh("u");
        let mut tests = Vec::new();
        for (i, m) in ms.iter().enumerate() {
            let t = match m {
                Ty::Bool if has("bool") || has("int") => format!("{u}.index() == {i}"),
                Ty::Int if has("int") => format!("{u}.index() == {i}"),
                Ty::Float if has("float") => format!("{u}.index() == {i}"),
                Ty::Num if has("int") && has("float") => format!("{u}.index() == {i}"),
                Ty::Num if has("int") => format!("({u}.index() == {i} && !std::get<{i}>({u}.v).is_float)"),
                Ty::Num if has("float") => format!("({u}.index() == {i} && std::get<{i}>({u}.v).is_float)"),
                Ty::Str if has("str") => format!("{u}.index() == {i}"),
                Ty::List(_) if has("list") => format!("{u}.index() == {i}"),
                Ty::Tuple(_) if has("tuple") => format!("{u}.index() == {i}"),
                Ty::Dict(..) if has("dict") => format!("{u}.index() == {i}"),
                Ty::Set(_) if has("set") => format!("{u}.index() == {i}"),
                Ty::Complex if has("complex") => format!("{u}.index() == {i}"),
                Ty::Object(c, _) => {
                    // The object member: wholly an instance of a named class that is it or its
                    // base; else tested for each named subclass of it.
                    let named: Vec<usize> = names.iter().filter_map(|n| self.class_named(n)).collect();
                    if named.iter().any(|&k| self.typed.is_subclass(*c, k)) {
                        format!("{u}.index() == {i}")
                    } else {
                        let subs: Vec<String> = named
                            .iter()
                            .filter(|&&k| self.typed.is_subclass(k, *c))
                            .map(|&k| format!("py::isinstance<{}>(std::get<{i}>({u}.v))", self.class_cname(k)))
                            .collect();
                        if subs.is_empty() {
                            continue;
                        }
                        format!("({u}.index() == {i} && ({}))", subs.join(" || "))
                    }
                }
                _ => continue,
            };
            tests.push(t);
        }
        if tests.is_empty() {
            return format!("((void){code}, false)");
        }
        format!("[&] {{ const auto& {u} = {code}; return {}; }}()", tests.join(" || "))
    }

    // ---------- program ----------

    pub fn run(mut self) -> Emitted {
        let prog = self.prog;
        let typed = self.typed;
        let mut taken: HashSet<String> = typed.globals.iter().map(|(n, _)| n.clone()).collect();
        for (i, f) in prog.functions.iter().enumerate() {
            taken.insert(f.name.clone());
            taken.extend(f.params.iter().map(|p| p.name.clone()));
            taken.extend(typed.funcs[i].locals.iter().map(|(n, _)| n.clone()));
        }
        taken.extend(typed.comp_vars.keys().map(|(_, n)| n.clone()));
        taken.extend(prog.classes.iter().map(|c| c.name.clone()));
        let functions: Vec<&str> = prog.functions.iter().filter(|f| f.class.is_none()).map(|f| f.name.as_str()).collect();
        crate::names::set_taken_names(taken, &functions);
        self.out.push_str(&format!(
            "// Generated by pyport {} (builtin engine) from {}. Do not edit: regenerate instead.\n",
            env!("CARGO_PKG_VERSION"),
            self.file.path
        ));
        if self.int64 {
            self.out.push_str("#define PYPORT_INT64 1\n");
        }
        self.out.push_str("#include \"pyport/runtime.hpp\"\n\nnamespace prog {\n\n");
        self.rec_decls();
        self.classes();
        self.rec_defs();
        // Module-level ints that provably stay in int64 (assigned only by the module's own code,
        // `small_int_module_vars`) are `int64_t`, as such locals of a function are.
        let module_small: HashSet<String> = if self.int64 { HashSet::new() } else { small_int_module_vars(prog, typed).into_keys().collect() };
        if !typed.globals.is_empty() {
            self.w("// Module-level variables.");
            for (name, t) in &typed.globals {
                let ct = if module_small.contains(name) { "int64_t".to_string() } else { self.cty(t, Span::default()) };
                self.w(format!("{ct} {}{{}};", cname(name)));
                if typed.unbound_vars.contains(&(None, name.clone())) {
                    self.w(format!("bool {} = false;", bound_flag(name)));
                }
            }
            self.out.push('\n');
        }
        // Defaults that are not literals are evaluated once, when the `def` runs, as in Python.
        for (fid, f) in prog.functions.iter().enumerate() {
            for (i, p) in f.params.iter().enumerate() {
                if let Some(d) = &p.default {
                    if !is_literal(d) {
                        let ct = self.cty(&typed.funcs[fid].params[i], p.span);
                        let key = self.func_key(fid);
                        self.w(format!("{ct} {}{{}};", default_name(&key, &p.name)));
                    }
                }
            }
        }
        if !prog.functions.is_empty() {
            for (fid, f) in prog.functions.iter().enumerate() {
                if f.class.is_some() || f.parent.is_some() {
                    continue;
                }
                let sig = self.signature(fid);
                self.w(format!("{sig};"));
            }
            self.out.push('\n');
            for fid in 0..prog.functions.len() {
                if prog.functions[fid].class.is_some_and(|(c, _)| typed.classes[c].exc_root.is_some()) {
                    continue;
                }
                // Nested functions are emitted as closures where their `def` runs.
                if prog.functions[fid].parent.is_some() {
                    continue;
                }
                self.function(fid);
                self.out.push('\n');
            }
        }
        self.w("void _module_body() {");
        self.indent += 1;
        self.cur_func = None;
        self.small_ints = module_small;
        self.stmts(&prog.body);
        self.indent -= 1;
        self.w("}");
        self.out.push_str("\n}  // namespace prog\n\n");
        self.out.push_str(&format!(
            "int main(int argc, char** argv) {{\n    return py::run_main(argc, argv, {}, prog::_module_body);\n}}\n",
            cpp_string(self.file.path.rsplit('/').next().unwrap_or("main.py"))
        ));
        // Code using an optional part of the runtime (`re`, `fractions`, ...) asks the runtime for it.
        let mut cpp = self.out;
        let include = "#include \"pyport/runtime.hpp\"\n";
        for (define, names) in OPTIONAL_HEADERS {
            if names.iter().any(|n| cpp.contains(n)) {
                if let Some(at) = cpp.find(include) {
                    cpp.insert_str(at, &format!("#define {define} 1\n"));
                }
            }
        }
        Emitted { cpp, diagnostics: self.diags }
    }

    /// The int locals and parameters of `fid` declared `int64_t` (`small_int_program`).
    fn small_ints_of(&mut self, fid: FuncId) -> HashSet<String> {
        if self.int64 {
            return HashSet::new();
        }
        let all = self.small_by_func.get_or_insert_with(|| small_int_program(self.prog, self.typed));
        let mut small = all.get(fid).cloned().unwrap_or_default();
        // A known range fits in int64 too.
        small.extend(self.ranges_of(fid).into_keys());
        small
    }

    /// The known value ranges of the int locals and parameters of `fid` (`ranges::program_ranges`).
    fn ranges_of(&mut self, fid: FuncId) -> std::collections::HashMap<String, ranges::IntRange> {
        let all = self.ranges_by_func.get_or_insert_with(|| ranges::program_ranges(self.prog, self.typed));
        all.get(fid).cloned().unwrap_or_default()
    }

    fn param_passing(&mut self, fid: FuncId, i: usize) -> String {
        let f = &self.prog.functions[fid];
        // An int parameter every call passes a provably int64 value (`small_int_program`).
        if self.small_ints_of(fid).contains(&f.params[i].name) {
            return format!("int64_t {}", cname(&f.params[i].name));
        }
        let t = self.typed.funcs[fid].params[i].clone();
        let ct = self.cty(&t, f.params[i].span);
        if self.param_by_ref(fid, i) {
            format!("const {ct}& {}", cname(&f.params[i].name))
        } else {
            format!("{ct} {}", cname(&f.params[i].name))
        }
    }

    /// Whether parameter `i` of `fid` is a `const&` (see `param_passing`).
    fn param_by_ref(&mut self, fid: FuncId, i: usize) -> bool {
        if self.small_ints_of(fid).contains(&self.prog.functions[fid].params[i].name) {
            return false;
        }
        let f = &self.prog.functions[fid];
        let t = &self.typed.funcs[fid].params[i];
        // Methods take values, so an override's signature always matches its base method's.
        // An exact int (py::Int) owns a reference to its heap digits: a copy per call costs. An
        // object (or None) passed by value counts a reference up and down per call.
        let object = |t: &Ty| matches!(t, Ty::Object(..));
        (matches!(t, Ty::List(_) | Ty::Str | Ty::Tuple(_) | Ty::VarTuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Mapping(..) | Ty::Deque(_))
            || (*t == Ty::Int && !self.int64)
            || object(t)
            || matches!(t, Ty::Optional(inner) if object(inner)))
            && f.class.is_none()
            && !f.is_generator
            && !assigns_name(&f.body, &f.params[i].name)
    }

    /// Whether the variable, field or item argument `a` may be rebound while the called function
    /// runs (a global some function declares `global`, a closure variable, a field some code outside
    /// `__init__` assigns, a container item): a `const&` parameter bound to it would then see the
    /// new value, so the call passes a copy.
    fn arg_may_change(&mut self, a: &Expr) -> bool {
        match &a.kind {
            ExprKind::Name(n) => {
                let local = match self.cur_func {
                    Some(cf) => {
                        let ft = &self.typed.funcs[cf];
                        let f = &self.prog.functions[cf];
                        !ft.global_decls.contains(n)
                            && !ft.captured.contains(n)
                            && !ft.free.contains(n)
                            && (f.params.iter().any(|p| p.name == *n) || ft.locals.iter().any(|(l, _)| l == n))
                    }
                    None => false,
                };
                !local && (self.typed.funcs.iter().any(|ft| ft.global_decls.contains(n)) || self.prog.functions.iter().any(|f| f.nonlocals.contains(n)))
            }
            ExprKind::Attribute { attr, .. } => self.attrs_stored_after_init().contains(attr),
            ExprKind::Subscript { .. } => true,
            _ => false,
        }
    }

    /// See `attrs_rebound`.
    fn attrs_stored_after_init(&mut self) -> &HashSet<String> {
        if self.attrs_rebound.is_none() {
            fn targets(t: &Target, init_self: Option<&str>, out: &mut HashSet<String>) {
                match t {
                    Target::Attr { value, attr, .. } => {
                        let own_init_field = matches!((&value.kind, init_self), (ExprKind::Name(n), Some(s)) if n == s);
                        if !own_init_field {
                            out.insert(attr.clone());
                        }
                    }
                    Target::Tuple { elts, .. } => elts.iter().for_each(|e| targets(e, init_self, out)),
                    _ => {}
                }
            }
            fn walk(body: &[Stmt], init_self: Option<&str>, out: &mut HashSet<String>) {
                for s in body {
                    match &s.kind {
                        StmtKind::Assign { targets: ts, .. } => ts.iter().for_each(|t| targets(t, init_self, out)),
                        StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } | StmtKind::For { target, .. } => targets(target, init_self, out),
                        _ => {}
                    }
                    for b in s.child_blocks() {
                        walk(b, init_self, out);
                    }
                }
            }
            let mut out = HashSet::new();
            walk(&self.prog.body, None, &mut out);
            for f in &self.prog.functions {
                let init_self = (f.name == "__init__" && f.class.is_some()).then(|| f.params.first().map(|p| p.name.as_str())).flatten();
                walk(&f.body, init_self, &mut out);
            }
            self.attrs_rebound = Some(out);
        }
        self.attrs_rebound.get_or_insert_with(HashSet::new)
    }

    fn ret_cty(&mut self, fid: FuncId) -> String {
        let t = self.typed.funcs[fid].ret.clone();
        match t {
            Ty::None | Ty::Unknown => "void".into(),
            t => self.cty(&t, self.prog.functions[fid].name_span),
        }
    }

    fn signature(&mut self, fid: FuncId) -> String {
        let f = &self.prog.functions[fid];
        let params: Vec<String> = (0..f.params.len()).map(|i| self.param_passing(fid, i)).collect();
        let ret = self.ret_cty(fid);
        format!("{ret} {}({})", cname(&f.name), params.join(", "))
    }

    /// The signature of the coroutine that runs the body of generator instance method `fid`
    /// (`None` for other functions): it takes `self` as a parameter, so that the generator holds
    /// the object alive as Python's frame does (`Words(text).__iter__()` outlives its temporary).
    /// The method itself only calls it.
    fn generator_method_body(&mut self, fid: FuncId, out_of_line: bool) -> Option<String> {
        let f = &self.prog.functions[fid];
        let Some((c, MethodKind::Instance)) = f.class else { return None };
        if !f.is_generator || f.cache.is_some() {
            return None;
        }
        let mut params = vec![format!("py::Ref<{}> {}", self.class_cname(c), cname(&f.params[0].name))];
        params.extend((1..f.params.len()).map(|i| self.param_passing(fid, i)));
        let ret = self.ret_cty(fid);
        let m = method_cname(&f.name);
        let owner = if out_of_line { format!("{}::", self.class_cname(c)) } else { String::new() };
        Some(format!("{ret} {owner}_gen{m}({})", params.join(", ")))
    }

    fn function(&mut self, fid: FuncId) {
        let f = &self.prog.functions[fid];
        let sig = self.member_signature(fid, true);
        let line = self.line(f.span);
        self.w(format!("// {}:{line}", self.file.path.rsplit('/').next().unwrap_or("")));
        if let Some(co) = self.generator_method_body(fid, true) {
            let args: Vec<String> = f.params[1..].iter().map(|p| cname(&p.name)).collect();
            let cls = self.class_tname(f.class.expect("a method").0);
            let m = method_cname(&f.name);
            self.w(format!("{sig} {{ return _gen{m}({}); }}", [format!("py::Ref<{cls}>(this)")].into_iter().chain(args).collect::<Vec<_>>().join(", ")));
            self.w(format!("{co} {{"));
            self.indent += 1;
            self.function_body(fid);
            self.indent -= 1;
            self.w("}");
            return;
        }
        self.w(format!("{sig} {{"));
        self.indent += 1;
        if let Some(size) = f.cache {
            self.cached_body(fid, size, None);
            self.indent -= 1;
            self.w("}");
            return;
        }
        self.function_body(fid);
        self.indent -= 1;
        self.w("}");
    }

    /// The body of function `fid` (without braces): locals, captured cells, statements.
    fn function_body(&mut self, fid: FuncId) {
        let f = &self.prog.functions[fid];
        if let (Some((c, MethodKind::Instance)), false) = (f.class, f.is_generator && f.cache.is_none()) {
            let me = cname(&f.params[0].name);
            let tname = self.class_tname(c);
            self.w(format!("py::Ref<{tname}> {me}(this);"));
        }
        if self.typed.funcs[fid].params.iter().any(|t| *t == Ty::Unknown) {
            // Some parameter never received a value: the program never calls this function.
            let msg = format!("pyport: `{}` is never called by the program, so it was not translated", f.name);
            self.w(format!("py::raise<py::RuntimeError>({});", cpp_string(&msg)));
            return;
        }
        if self.may_recurse(fid) {
            self.w("py::stack_check();");
        }
        let saved_func = self.cur_func;
        self.cur_func = Some(fid);
        let outer_finally = std::mem::take(&mut self.finally);
        let outer_loops = std::mem::take(&mut self.loops);
        let outer_handling = std::mem::take(&mut self.handling);
        let outer_comp = std::mem::take(&mut self.comp_stack);
        // Variables nested functions or lambdas use live in shared cells (Python's closure cells):
        // `x` is a reference to the cell's value, and each closure holds the cell itself.
        let captured = self.typed.funcs[fid].captured.clone();
        let mut cell_params = false;
        for (i, p) in f.params.iter().enumerate() {
            if captured.contains(&p.name) {
                let ct = self.cty(&self.typed.funcs[fid].params[i].clone(), p.span);
                self.w(format!("auto {} = py::make_shared<{ct}>({});", cell_name(&p.name), cname(&p.name)));
                cell_params = true;
            }
        }
        if cell_params {
            self.w("{");
            self.indent += 1;
            for p in &f.params {
                if captured.contains(&p.name) {
                    self.w(format!("auto& {} = *{};", cname(&p.name), cell_name(&p.name)));
                }
            }
        }
        let locals = self.typed.funcs[fid].locals.clone();
        let small = self.small_ints_of(fid);
        let outer_small = std::mem::replace(&mut self.small_ints, small);
        let ranges = self.ranges_of(fid);
        let outer_ranges = std::mem::replace(&mut self.int_ranges, ranges);
        for (name, t) in &locals {
            // A local that provably stays in int64 is one (Python semantics unchanged: every
            // operation on it still goes through the exact runtime functions).
            let ct = if self.small_ints.contains(name) { "int64_t".to_string() } else { self.cty(t, f.name_span) };
            if captured.contains(name) {
                self.w(format!("auto {} = py::make_shared<{ct}>();", cell_name(name)));
                self.w(format!("auto& {} = *{};", cname(name), cell_name(name)));
            } else {
                self.w(format!("{ct} {}{{}};", cname(name)));
            }
            if self.typed.unbound_vars.contains(&(Some(fid), name.clone())) {
                self.w(format!("bool {} = false;", bound_flag(name)));
            }
        }
        self.stmts(&f.body);
        self.finally = outer_finally;
        let ret = self.typed.funcs[fid].ret.clone();
        if !f.is_generator && matches!(ret, Ty::Optional(_)) && self.typed.funcs[fid].falls_through {
            self.w("return std::nullopt;");
        } else if !f.is_generator && !matches!(ret, Ty::None | Ty::Unknown) && self.typed.funcs[fid].falls_through {
            self.w(format!(
                "py::raise<py::RuntimeError>({});",
                cpp_string(&format!("pyport: `{}` ended without returning a value", f.name))
            ));
        }
        if cell_params {
            self.indent -= 1;
            self.w("}");
        }
        self.loops = outer_loops;
        self.handling = outer_handling;
        self.comp_stack = outer_comp;
        self.small_ints = outer_small;
        self.int_ranges = outer_ranges;
        self.cur_func = saved_func;
    }

    /// Whether function `fid` may be part of a recursion (its start then checks the stack,
    /// `py::stack_check`).
    fn may_recurse(&mut self, fid: FuncId) -> bool {
        self.recursive_funcs.get_or_insert_with(|| recursion::recursive_functions(self.prog, self.typed)).contains(&fid)
    }

    /// A `@cache`/`@lru_cache` function: a memo table keyed by the argument tuple around the body.
    fn cached_body(&mut self, fid: FuncId, size: Option<i64>, table: Option<&str>) {
        let f = &self.prog.functions[fid];
        let ret = self.typed.funcs[fid].ret.clone();
        if f.is_generator || matches!(ret, Ty::None | Ty::Unknown) {
            self.unsupported("`@lru_cache`/`@cache` on a function that returns nothing or is a generator", f.name_span);
            return;
        }
        let pts: Vec<String> = self.typed.funcs[fid].params.clone().iter().map(|t| self.cty(t, f.name_span)).collect();
        let rct = self.cty(&ret, f.name_span);
        let names: Vec<String> = f.params.iter().map(|p| cname(&p.name)).collect();
        // A nested cached function gets a table per closure (`table`), created where its `def` runs.
        let t = match table {
            Some(t) => format!("(*{t})"),
            None => {
                self.w(format!(
                    "static py::FnCache<std::tuple<{}>, {rct}> _cache({});",
                    pts.join(", "),
                    size.map_or("-1".to_string(), |n| n.to_string())
                ));
                "_cache".to_string()
            }
        };
        self.w(format!("std::tuple<{}> _key{{{}}};", pts.join(", "), names.join(", ")));
        self.w(format!("if (const auto* _hit = {t}.get(_key)) return *_hit;"));
        self.w(format!("{rct} _result = [&]() -> {rct} {{"));
        self.indent += 1;
        self.function_body(fid);
        self.indent -= 1;
        self.w("}();");
        self.w(format!("{t}.put(_key, _result);"));
        self.w("return _result;");
    }

    /// A nested `def`: a C++ lambda holding the cells of the variables it shares with enclosing
    /// functions, stored in the variable the `def` binds.
    fn nested_def(&mut self, fid: FuncId) {
        let f = &self.prog.functions[fid];
        let params: Vec<String> = (0..f.params.len())
            .map(|i| {
                let ct = self.cty(&self.typed.funcs[fid].params[i].clone(), f.params[i].span);
                format!("{ct} {}", cname(&f.params[i].name))
            })
            .collect();
        let ret = self.ret_cty(fid);
        let free = self.typed.funcs[fid].free.clone();
        let mut caps: Vec<String> = free.iter().map(|n| cell_name(n)).collect();
        let target = cname(&f.name);
        let table = f.cache.map(|size| {
            let t = self.fresh("memo");
            let rt = self.typed.funcs[fid].ret.clone();
            let rct = self.cty(&rt, f.name_span);
            let pts: Vec<String> = self.typed.funcs[fid].params.clone().iter().map(|t| self.cty(t, f.name_span)).collect();
            self.w(format!(
                "auto {t} = py::make_shared<py::FnCache<std::tuple<{}>, {rct}>>({});",
                pts.join(", "),
                size.map_or("-1".to_string(), |n| n.to_string())
            ));
            caps.push(t.clone());
            t
        });
        self.w(format!("{target} = [{}]({}) -> {ret} {{", caps.join(", "), params.join(", ")));
        self.indent += 1;
        if f.is_generator {
            // A coroutine lambda's captures live in the closure object, which may be gone before the
            // generator ends: the body runs in a capture-less coroutine that gets the cells and the
            // arguments as parameters, which its frame keeps.
            let cell_params: Vec<String> = caps.iter().map(|c| format!("decltype({c}) {c}")).collect();
            let mut all_params = cell_params;
            all_params.extend(params.iter().cloned());
            let mut args: Vec<String> = caps.clone();
            args.extend(f.params.iter().map(|p| cname(&p.name)));
            self.w(format!("return []({}) -> {ret} {{", all_params.join(", ")));
            self.indent += 1;
            for n in &free {
                self.w(format!("auto& {} = *{};", cname(n), cell_name(n)));
            }
            self.function_body(fid);
            self.indent -= 1;
            self.w(format!("}}({});", args.join(", ")));
            self.indent -= 1;
            self.w("};");
            return;
        }
        for n in &free {
            self.w(format!("auto& {} = *{};", cname(n), cell_name(n)));
        }
        match (f.cache, &table) {
            (Some(size), Some(t)) => self.cached_body(fid, size, Some(t)),
            _ => self.function_body(fid),
        }
        self.indent -= 1;
        self.w("};");
    }

    // ---------- statements ----------

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn block(&mut self, body: &[Stmt]) {
        self.indent += 1;
        self.stmts(body);
        self.indent -= 1;
    }

    fn var_ty(&self, name: &str) -> Ty {
        for (comp, _) in self.comp_stack.iter().rev() {
            if let Some(t) = self.typed.comp_vars.get(&(*comp, name.to_string())) {
                return t.clone();
            }
        }
        if let Some(fid) = self.cur_func {
            let f = &self.prog.functions[fid];
            let ft = &self.typed.funcs[fid];
            if let Some(i) = f.params.iter().position(|p| p.name == name) {
                return ft.params[i].clone();
            }
            if let Some((_, t)) = ft.locals.iter().find(|(n, _)| n == name) {
                return t.clone();
            }
            // A variable of an enclosing function (a closure's free variable).
            let mut p = f.parent;
            while let Some(k) = p {
                let (pf, pt) = (&self.prog.functions[k], &self.typed.funcs[k]);
                if ft.global_decls.iter().any(|g| g == name) {
                    break;
                }
                if let Some(i) = pf.params.iter().position(|x| x.name == name) {
                    return pt.params[i].clone();
                }
                if let Some((_, t)) = pt.locals.iter().find(|(n, _)| n == name) {
                    return t.clone();
                }
                p = pf.parent;
            }
        }
        self.typed.global_ty(name).cloned().unwrap_or(Ty::Unknown)
    }

    fn stmt(&mut self, s: &Stmt) {
        self.cur_span = s.span;
        match &s.kind {
            // A docstring (or any string literal statement) does nothing.
            StmtKind::Expr(Expr { kind: ExprKind::Str(_), .. }) => {}
            StmtKind::Expr(e) => {
                if let ExprKind::Yield(v) = &e.kind {
                    let Some(fid) = self.cur_func else { return };
                    let yt = match &self.typed.funcs[fid].ret {
                        Ty::Generator(t) => (**t).clone(),
                        _ => Ty::Unknown,
                    };
                    let code = match v {
                        Some(v) => self.expr_as(v, &yt),
                        None => "py::None".into(),
                    };
                    // Evaluate first: GCC 12 cannot keep an initializer list's array alive across the suspension.
                    if is_simple(&code) {
                        self.w(format!("co_yield {code};"));
                    } else {
                        let ct = self.cty(&yt, e.span);
                        let y = self.fresh("y");
                        self.w(format!("{{ {ct} {y} = {code}; co_yield std::move({y}); }}"));
                    }
                    return;
                }
                if let ExprKind::Call { func, args, .. } = &e.kind {
                    // An example's expression statement whose value is always None shows nothing.
                    if matches!(&func.kind, ExprKind::Name(n) if n.strip_prefix(pyport_syntax::DOCTEST_INTRINSIC_PREFIX) == Some("display")) {
                        if let [a] = &args[..] {
                            if matches!(self.ty(a), Ty::None) {
                                let code = self.expr_stmt_code(a);
                                self.w(format!("{code};"));
                                return;
                            }
                        }
                    }
                }
                let code = self.expr_stmt_code(e);
                self.w(format!("{code};"));
            }
            StmtKind::Assign { targets, value } => {
                if targets.len() == 1 {
                    self.assign(&targets[0], value);
                } else {
                    let t = self.ty(value);
                    let code = self.expr(value);
                    let tmp = self.fresh("v");
                    self.w(format!("auto {tmp} = {code};"));
                    for target in targets {
                        self.assign_code(target, &tmp, &t);
                    }
                }
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.assign(target, v);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, s.span),
            StmtKind::If { test, body, orelse } if self.static_lazy_test(test).is_some() => {
                // `isinstance(gen, list)`: only the live branch (the other was not inferred).
                let live = if self.static_lazy_test(test) == Some(true) { body } else { orelse };
                self.w("{");
                self.block(live);
                self.w("}");
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.cond(test);
                self.w(format!("if ({c}) {{"));
                self.block(body);
                self.else_chain(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                let flag = self.loop_flag(orelse);
                let c = self.cond(test);
                self.w(format!("while ({c}) {{"));
                self.loops.push(LoopCtx { broke_flag: flag.clone() });
                self.block(body);
                self.loops.pop();
                self.w("}");
                self.loop_else(flag, orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                let flag = self.loop_flag(orelse);
                self.next_inbounds = self.inbounds_plan(target, iter, body);
                let nest = if self.next_inbounds.is_some() { self.nest_plan(target, iter, body) } else { None };
                let nested = nest.is_some();
                if let Some(nest) = nest {
                    self.nest_open(nest);
                }
                self.for_loop(target, iter, |this| {
                    this.loops.push(LoopCtx { broke_flag: flag.clone() });
                    this.stmts(body);
                    this.loops.pop();
                });
                if nested {
                    self.nest_close();
                }
                self.loop_else(flag, orelse);
            }
            StmtKind::Return(v) => {
                let Some(fid) = self.cur_func else { return };
                if self.prog.functions[fid].is_generator {
                    self.jump_return(None);
                    return;
                }
                let ret = self.typed.funcs[fid].ret.clone();
                match (v, &ret) {
                    (_, Ty::None | Ty::Unknown) => {
                        if let Some(v) = v {
                            if !matches!(v.kind, ExprKind::None) {
                                let code = self.expr_stmt_code(v);
                                self.w(format!("{code};"));
                            }
                        }
                        self.jump_return(None);
                    }
                    (Some(v), t) => {
                        let code = self.expr_as(v, t);
                        self.jump_return(Some(code));
                    }
                    (None, _) => self.jump_return(Some("{}".into())),
                }
            }
            StmtKind::Break => self.jump_loop(1),
            StmtKind::Continue => self.jump_loop(2),
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Assert { test, msg } => {
                let c = self.cond(test);
                match msg {
                    Some(m) if self.ty(m) != Ty::Str => {
                        // `assert x, 42`: repr(e) is AssertionError(42).
                        let code = self.expr(m);
                        let t = self.ty(m);
                        let v = self.lit_safe(&code, &t);
                        self.w(format!("if (!({c})) {{ auto _am = {v}; py::raise_with_repr<py::AssertionError>(py::str(_am), py::repr(_am)); }}"));
                    }
                    Some(m) => {
                        let code = self.expr(m);
                        let t = self.ty(m);
                        self.w(format!("if (!({c})) py::raise<py::AssertionError>(py::str({}));", self.lit_safe(&code, &t)));
                    }
                    None => self.w(format!("if (!({c})) py::raise<py::AssertionError>(py::Str());")),
                }
            }
            StmtKind::Raise { exc, cause } => self.raise(exc.as_ref(), cause.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    if let Target::Subscript { value, index, .. } = t {
                        if let ExprKind::Slice { lower, upper, step } = &index.kind {
                            let l = self.line(index.span);
                            let v = self.expr(value);
                            let mut parts = Vec::new();
                            for p in [lower, upper, step] {
                                parts.push(match p {
                                    Some(x) if !matches!(x.kind, ExprKind::None) => {
                                        let b = self.fresh("b");
                                        let c = self.expr_as(x, &Ty::Int);
                                        self.w(format!("std::optional<py::int_t> {b} = {c};"));
                                        b
                                    }
                                    _ => "std::nullopt".into(),
                                });
                            }
                            self.w(format!("py::list_del_slice({v}, {}, {l});", parts.join(", ")));
                            continue;
                        }
                        let (v, vt) = self.val(value);
                        let k = match vt {
                            Ty::Dict(kt, _) | Ty::Mapping(_, kt, _) => self.expr_as(index, &kt),
                            _ => self.expr_as(index, &Ty::Int),
                        };
                        self.w(format!("{v}.del_item({k});"));
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse);
                } else {
                    self.try_finally(body, handlers, orelse, finalbody);
                }
            }
            StmtKind::FunctionDef(fid) if self.prog.functions[*fid].parent.is_some() => self.nested_def(*fid),
            StmtKind::FunctionDef(fid) => self.defaults(*fid),
            StmtKind::ClassDef(cid) => {
                let k = &self.prog.classes[*cid];
                for (name, _, v) in &k.attrs {
                    let Some((owner, t)) = self.typed.find_attr(Some(*cid), name) else { continue };
                    let t = t.clone();
                    let code = self.expr_as(v, &t);
                    self.w(format!("{}::{} = {code};", self.class_cname(owner), attr_cname(name)));
                }
                for &m in &k.methods {
                    self.defaults(m);
                }
            }
        }
    }

    /// `raise ...`: a class or a call of one is thrown directly; an exception value is rethrown.
    fn raise(&mut self, exc: Option<&Expr>, cause: Option<&Expr>) {
        let Some(exc) = exc else {
            match self.handling.last() {
                Some(x) => {
                    let x = x.clone();
                    self.w(format!("py::reraise({x});"));
                }
                None => self.unsupported("a bare `raise` outside an `except` block", self.cur_span),
            }
            return;
        };
        let class = match &exc.kind {
            ExprKind::Name(n) if matches!(self.typed.names.get(&exc.id), Some(NameRef::Builtin(_) | NameRef::Class(_))) => {
                Some((n.clone(), Vec::new()))
            }
            ExprKind::Call { func, args, .. } => match (&func.kind, self.typed.names.get(&func.id)) {
                (ExprKind::Name(n), Some(NameRef::Builtin(_))) if pyport_types::builtins::is_exception(n) => {
                    Some((n.clone(), args.clone()))
                }
                (ExprKind::Name(n), Some(NameRef::Class(c))) if self.typed.classes[*c].exc_root.is_some() => {
                    Some((n.clone(), args.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        let code = match class {
            Some((name, args)) => {
                let plain = name == "KeyError" || args.first().is_none_or(|a| self.ty(a) == Ty::Str);
                let (msg, repr) = self.exception_message(&name, &args);
                if let Some(hint) = self.prog.name_error_hints.get(&exc.id) {
                    format!("py::raise_hinted<{}>({msg}, {})", self.exc_cname(&name), cpp_string(hint))
                } else if plain {
                    format!("py::raise<{}>({msg})", self.exc_cname(&name))
                } else {
                    format!("py::raise_with_repr<{}>({msg}, {repr})", self.exc_cname(&name))
                }
            }
            None => {
                let code = self.expr(exc);
                format!("py::reraise({code})")
            }
        };
        if let Some(c) = cause {
            if !matches!(c.kind, ExprKind::None | ExprKind::Name(_)) {
                let cc = self.expr(c);
                self.w(format!("(void)({cc});"));
            }
        }
        self.w(format!("{code};"));
    }

    /// The message (`str(e)`) and the argument's repr for `Name(args)`.
    fn exception_message(&mut self, name: &str, args: &[Expr]) -> (String, String) {
        if let Some(c) = self.class_named(name) {
            if let Some(&init) = self.typed.classes[c].methods.get("__init__") {
                let callee = format!("{}::_msg", self.class_cname(c));
                let code = self.user_call_with(init, 1, &callee, args, &[]);
                let tmp = self.fresh("m");
                self.w(format!("py::Str {tmp} = {code};"));
                return (tmp.clone(), format!("py::repr({tmp})"));
            }
        }
        let Some(a) = args.first() else { return ("py::Str()".into(), "py::Str()".into()) };
        let code = self.expr(a);
        let t = self.ty(a);
        let safe = self.lit_safe(&code, &t);
        if name == "KeyError" {
            let tmp = self.fresh("k");
            self.w(format!("py::Str {tmp} = py::repr({safe});"));
            (tmp.clone(), tmp)
        } else if t == Ty::Str {
            let tmp = self.fresh("m");
            self.w(format!("py::Str {tmp} = {safe};"));
            (tmp.clone(), format!("py::repr({tmp})"))
        } else {
            let tmp = self.fresh("m");
            self.w(format!("auto {tmp} = {safe};"));
            (format!("py::str({tmp})"), format!("py::repr({tmp})"))
        }
    }

    /// `try` with `finally`. C++ has none: catch everything, run the block, rethrow; a `return`,
    /// `break` or `continue` leaving the `try` jumps to the block and is done after it (see
    /// [`FinallyCtx`]). A `return` inside the `finally` block itself drops the pending exception,
    /// as in Python.
    fn try_finally(&mut self, body: &[Stmt], handlers: &[Handler], orelse: &[Stmt], finalbody: &[Stmt]) {
        let f = self.fresh("fin");
        self.w(format!("{{ std::exception_ptr {f};"));
        let (decl_at, decl_indent) = (self.out.len(), self.indent);
        self.finally.push(FinallyCtx { id: f.clone(), loop_depth: self.loops.len(), used: [false; 3], decl_at, decl_indent });
        self.w("try {");
        self.indent += 1;
        self.try_except(body, handlers, orelse);
        self.indent -= 1;
        let ctx = self.finally.pop().expect("pushed above");
        self.w(format!("}} catch (...) {{ {f} = std::current_exception(); }}"));
        let jumps = ctx.used.iter().any(|u| *u);
        if jumps {
            self.w(format!("{f}_done:;"));
        }
        self.stmts(finalbody);
        self.w(format!("if ({f}) std::rethrow_exception({f});"));
        if jumps {
            let mut decls = format!("{}int {f}_ctl = 0;\n", "    ".repeat(ctx.decl_indent));
            if ctx.used[0] {
                if let Some(rt) = self.value_return_cty() {
                    decls.push_str(&format!("{}{rt} {f}_rv{{}};\n", "    ".repeat(ctx.decl_indent)));
                }
                self.w(format!("if ({f}_ctl == 1) {{"));
                self.indent += 1;
                let value = self.value_return_cty().map(|_| format!("std::move({f}_rv)"));
                self.jump_return(value);
                self.indent -= 1;
                self.w("}");
            }
            for (i, what) in [(1, "break"), (2, "continue")] {
                if ctx.used[i] {
                    self.w(format!("if ({f}_ctl == {}) {{", i + 1));
                    self.indent += 1;
                    self.jump_loop(i);
                    self.indent -= 1;
                    self.w(format!("}} // {what}"));
                }
            }
            self.out.insert_str(ctx.decl_at, &decls);
        }
        self.w("}");
    }

    /// The C++ type of the current function's return value, when it returns one (not in a
    /// generator, not `None`).
    fn value_return_cty(&mut self) -> Option<String> {
        let fid = self.cur_func?;
        if self.prog.functions[fid].is_generator {
            return None;
        }
        let ret = self.typed.funcs[fid].ret.clone();
        if matches!(ret, Ty::None | Ty::Unknown) {
            return None;
        }
        let sp = self.prog.functions[fid].name_span;
        Some(self.cty(&ret, sp))
    }

    /// `return` (with the C++ value `value`, if the function returns one), through any `finally`.
    fn jump_return(&mut self, value: Option<String>) {
        if let Some(ctx) = self.finally.last_mut() {
            ctx.used[0] = true;
            let id = ctx.id.clone();
            if let Some(v) = value {
                self.w(format!("{id}_rv = {v};"));
            }
            self.w(format!("{id}_ctl = 1;"));
            self.w(format!("goto {id}_done;"));
            return;
        }
        let generator = self.cur_func.is_some_and(|fid| self.prog.functions[fid].is_generator);
        match value {
            _ if generator => self.w("co_return;"),
            Some(v) => self.w(format!("return {v};")),
            None => self.w("return;"),
        }
    }

    /// `break` (`which` 1) or `continue` (2), through a `finally` between here and the loop.
    fn jump_loop(&mut self, which: usize) {
        let depth = self.loops.len();
        if let Some(ctx) = self.finally.last_mut().filter(|c| c.loop_depth == depth) {
            ctx.used[which] = true;
            let id = ctx.id.clone();
            self.w(format!("{id}_ctl = {};", which + 1));
            self.w(format!("goto {id}_done;"));
            return;
        }
        if which == 1 {
            if let Some(Some(flag)) = self.loops.last().map(|l| l.broke_flag.clone()) {
                self.w(format!("{flag} = true;"));
            }
            self.w("break;");
        } else {
            self.w("continue;");
        }
    }

    /// `try`/`except`/`else` without `finally`. The `catch` blocks only record which handler matched;
    /// the handlers run after the C++ `try`, so an exception they raise is not caught by their siblings
    /// (as in Python) and they may contain `break`, `continue`, `return` and `yield`.
    fn try_except(&mut self, body: &[Stmt], handlers: &[Handler], orelse: &[Stmt]) {
        if handlers.is_empty() {
            self.stmts(body);
            self.stmts(orelse);
            return;
        }
        let which = self.fresh("h");
        let x = self.fresh("exc");
        self.w(format!("int {which} = 0; py::Exc {x};"));
        self.w("try {");
        self.block(body);
        for (i, h) in handlers.iter().enumerate() {
            let classes: Vec<String> = if h.types.is_empty() {
                vec!["BaseException".into()]
            } else {
                h.types.iter().map(|(t, _)| t.clone()).collect()
            };
            for c in classes {
                if c == "BaseException" {
                    // pyport's own limit errors are not Python exceptions: never swallow them.
                    self.w("} catch (py::PyportLimit&) {");
                    self.w("    throw;");
                }
                self.w(format!("}} catch ({}& e_) {{", self.exc_cname(&c)));
                self.w(format!("    {which} = {}; {x} = py::Exc::current(e_);", i + 1));
            }
        }
        self.w("}");
        let mut first = true;
        if !orelse.is_empty() {
            self.w(format!("if ({which} == 0) {{"));
            self.block(orelse);
            first = false;
        }
        for (i, h) in handlers.iter().enumerate() {
            let kw = if first { "if" } else { "} else if" };
            first = false;
            self.w(format!("{kw} ({which} == {}) {{", i + 1));
            self.indent += 1;
            if let Some((name, _)) = &h.name {
                self.store(name, &x);
            }
            self.handling.push(x.clone());
            self.stmts(&h.body);
            self.handling.pop();
            self.indent -= 1;
        }
        self.w("}");
    }

    /// Non-literal parameter defaults are evaluated once, when the `def` runs.
    fn defaults(&mut self, fid: FuncId) {
        let f = &self.prog.functions[fid];
        for (i, p) in f.params.iter().enumerate() {
            if let Some(d) = &p.default {
                if !is_literal(d) {
                    let t = self.typed.funcs[fid].params[i].clone();
                    let code = self.expr_as(d, &t);
                    let key = self.func_key(fid);
                    self.w(format!("{} = {code};", default_name(&key, &p.name)));
                }
            }
        }
    }

    fn else_chain(&mut self, orelse: &[Stmt]) {
        if orelse.is_empty() {
            self.w("}");
            return;
        }
        if orelse.len() == 1 {
            if let StmtKind::If { test, body, orelse: rest } = &orelse[0].kind {
                if self.static_lazy_test(test).is_some() {
                    self.w("} else {");
                    self.block(orelse);
                    self.w("}");
                    return;
                }
                let c = self.cond(test);
                self.w(format!("}} else if ({c}) {{"));
                self.block(body);
                self.else_chain(rest);
                return;
            }
        }
        self.w("} else {");
        self.block(orelse);
        self.w("}");
    }

    fn loop_flag(&mut self, orelse: &[Stmt]) -> Option<String> {
        if orelse.is_empty() {
            return None;
        }
        let flag = self.fresh("broke");
        self.w(format!("bool {flag} = false;"));
        Some(flag)
    }

    fn loop_else(&mut self, flag: Option<String>, orelse: &[Stmt]) {
        if let Some(flag) = flag {
            self.w(format!("if (!{flag}) {{"));
            self.block(orelse);
            self.w("}");
        }
    }

    /// Emits `for target in iter: body`, with counted loops for `range`.
    fn for_loop(&mut self, target: &Target, iter: &Expr, body: impl FnOnce(&mut Self)) {
        let plan = self.next_inbounds.take();
        // A pure generator expression gives the same elements whether made lazily or up front.
        if matches!(iter.kind, ExprKind::GenExp { .. }) && !genexp_has_effects(iter, self.typed) {
            self.genexp_ok.insert(iter.id);
        }
        if let Some((start, stop, step)) = self.range_args(iter) {
            let i = self.fresh("i");
            let stop = if matches!(step.as_deref(), None | Some("1") | Some("-1")) { self.range_stop(iter, stop) } else { stop };
            let header = match step.as_deref() {
                None | Some("1") => {
                    let e = self.fresh("stop");
                    let f = match &plan {
                        Some(p) => format!(", {} = {i} >= {e} || ({})", p.flag, Self::inbounds_cond(p, &i, &format!("{e} - 1"))),
                        None => String::new(),
                    };
                    format!("for (int64_t {i} = {start}, {e} = {stop}{f}; {i} < {e}; ++{i}) {{")
                }
                Some("-1") => {
                    let e = self.fresh("stop");
                    let f = match &plan {
                        Some(p) => format!(", {} = {i} <= {e} || ({})", p.flag, Self::inbounds_cond(p, &format!("{e} + 1"), &i)),
                        None => String::new(),
                    };
                    format!("for (int64_t {i} = {start}, {e} = {stop}{f}; {i} > {e}; --{i}) {{")
                }
                Some(step) => {
                    let (k, n, b, st) = (self.fresh("k"), self.fresh("n"), self.fresh("start"), self.fresh("step"));
                    self.w("{");
                    self.indent += 1;
                    let sp2 = self.fresh("stop");
                    self.w(format!("const int64_t {b} = {start}, {sp2} = {stop}, {st} = {step};"));
                    self.w(format!("const int64_t {n} = py::range_len({b}, {sp2}, {st});"));
                    if let Some(p) = &plan {
                        let last = format!("{b} + ({n} - 1) * {st}");
                        let (lo, hi) = (format!("std::min({b}, {last})"), format!("std::max({b}, {last})"));
                        self.w(format!("const bool {} = {n} == 0 || ({});", p.flag, Self::inbounds_cond(p, &lo, &hi)));
                    }
                    let hdr = format!("for (int64_t {k} = 0; {k} < {n}; ++{k}) {{");
                    self.w(hdr);
                    self.indent += 1;
                    self.assign_code(target, &format!("{b} + {k} * {st}"), &Ty::Int);
                    let planned = plan.is_some();
                    self.inbounds.extend(plan);
                    body(self);
                    if planned {
                        self.inbounds.pop();
                    }
                    self.indent -= 1;
                    self.w("}");
                    self.indent -= 1;
                    self.w("}");
                    return;
                }
            };
            self.w(header);
            self.indent += 1;
            self.assign_code(target, &i, &Ty::Int);
            let planned = plan.is_some();
            self.inbounds.extend(plan);
            body(self);
            if planned {
                self.inbounds.pop();
            }
            self.indent -= 1;
            self.w("}");
            return;
        }
        let it_ty = match self.ty(iter) {
            Ty::Optional(t) => *t,
            t => t,
        };
        let mut tuple_code = None;
        let elem = match &it_ty {
            Ty::Tuple(ts) => {
                let c = self.expr(iter);
                // Items of different types: each converted to the loop variable's union.
                let var = match self.target_ty(target) {
                    u @ (Ty::Union(_) | Ty::Optional(_)) => Some(u),
                    _ => None,
                };
                match self.tuple_list_as(&c, ts, iter.span, var) {
                    Some((list, t)) => {
                        tuple_code = Some(list);
                        t
                    }
                    None => Ty::Unknown,
                }
            }
            t => elem_ty(t),
        };
        let code = match it_ty {
            _ if let Some(list) = tuple_code => list,
            Ty::List(_) | Ty::VarTuple(_) => format!("py::iter_list({})", self.val(iter).0),
            Ty::Str => format!("py::str_iter({})", self.val(iter).0),
            _ => {
                let c = self.iterable(iter);
                // Python iterates the object, not the variable: rebinding it in the body must not matter.
                if is_simple(&c) { format!("py::decay_copy({c})") } else { c }
            }
        };
        let v = self.fresh("v");
        self.w(format!("for (auto&& {v} : {code}) {{"));
        self.indent += 1;
        self.assign_code(target, &v, &elem);
        body(self);
        self.indent -= 1;
        self.w("}");
    }

    /// The value of an optional an augmented assignment `op=` with a right operand of type `rt`
    /// reads: None raises CPython's TypeError for that operation.
    fn aug_unwrap(&self, code: &str, op: BinOp, rt: &Ty) -> String {
        let name = match rt {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::Str => "str",
            Ty::List(_) => "list",
            Ty::Tuple(_) | Ty::VarTuple(_) => "tuple",
            Ty::Dict(..) => "dict",
            Ty::Set(_) => "set",
            _ => return format!("py::unwrap({code})"),
        };
        let msg = format!("unsupported operand type(s) for {}=: 'NoneType' and '{name}'", op.as_str());
        format!("py::unwrap_msg({code}, {})", cpp_string(&msg))
    }

    /// The C++ place of an augmented assignment's target that changes in place (a list or dict
    /// named, an attribute, or an item of a list); `None` for other targets.
    fn inplace_place(&mut self, target: &Target) -> Option<String> {
        Some(match target {
            Target::Name { name, .. } => cname(name),
            Target::Subscript { value: c, index, .. } if matches!(self.ty(c), Ty::List(_)) => {
                let c = self.expr(c);
                let i = self.expr_as(index, &Ty::Int);
                format!("{c}.at_set({i})")
            }
            // `d[k] += [x]`: the item (KeyError when missing, as Python reads it first).
            Target::Subscript { value: c, index, .. } if matches!(self.ty(c), Ty::Dict(..)) => {
                let Ty::Dict(kt, _) = self.ty(c) else { return None };
                let c = self.expr(c);
                let k = self.expr_as(index, &kt);
                format!("{c}.at({k})")
            }
            Target::Attr { value, attr, span } => {
                self.cur_attr = Some(attr.clone());
                let (place, _) = self.attr_place(value, attr, *span);
                self.cur_attr = None;
                place
            }
            Target::Subscript { .. } | Target::Tuple { .. } | Target::Starred { .. } => return None,
        })
    }

    /// The C++ of `print`'s `sep=` and `end=` (their defaults when absent or None).
    fn print_sep_end(&mut self, keywords: &[Keyword]) -> (String, String) {
        let code = |me: &mut Self, name: &str, default: &str| match keywords.iter().find(|k| k.name == name && !matches!(k.value.kind, ExprKind::None)) {
            Some(k) => me.expr_as(&k.value, &Ty::Str),
            None => default.to_string(),
        };
        let sep = code(self, "sep", "py::Str(\" \")");
        let end = code(self, "end", "py::Str(\"\\n\")");
        (sep, end)
    }

    /// `print(a, b)`'s arguments evaluated in order into temporaries `_p0`, `_p1`...: the
    /// statements and the names.
    fn print_arg_temps(&mut self, args: &[Expr]) -> (String, Vec<String>) {
        let mut pre = String::new();
        let mut names = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = self.ty(a);
            let c = self.expr(a);
            let c = self.lit_safe(&c, &t);
            let _ = write!(pre, "auto _p{i} = {c}; ");
            names.push(format!("_p{i}"));
        }
        (pre, names)
    }

    /// `print(*xs, y)`'s arguments as statements filling `std::vector<py::Str> _items` with each
    /// item's str().
    fn print_star_items(&mut self, args: &[Expr]) -> Vec<String> {
        let mut pieces = Vec::new();
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    if matches!(inner.kind, ExprKind::GenExp { .. }) {
                        self.genexp_ok.insert(inner.id);
                    }
                    let it = match self.ty(inner) {
                        Ty::List(_) => self.expr(inner),
                        _ => self.iterable(inner),
                    };
                    pieces.push(format!("py::print_items_of({it}, _items)"));
                }
                _ => {
                    let t = self.ty(a);
                    let c = self.expr(a);
                    let c = self.lit_safe(&c, &t);
                    pieces.push(format!("_items.push_back(py::str({c}))"));
                }
            }
        }
        pieces
    }

    /// Whether `e` calls the builtin `range`.
    fn is_range_call(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call { func, .. } if self.typed.names.get(&func.id) == Some(&NameRef::Builtin("range".into())))
    }

    /// A counted loop's stop: an int that may exceed int64 is clamped (`py::range_stop`) rather
    /// than raising OverflowError; literals and `len()` are left as they are.
    fn range_stop(&mut self, iter: &Expr, stop: String) -> String {
        let ExprKind::Call { args, .. } = &iter.kind else { return stop };
        let Some(arg) = args.get(if args.len() == 1 { 0 } else { 1 }) else { return stop };
        let plain = matches!(arg.kind, ExprKind::Int(_))
            || matches!(&arg.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Name(n) if n == "len"));
        if plain || self.ty(arg) != Ty::Int {
            return stop;
        }
        format!("py::range_stop({stop})")
    }

    /// `(start, stop, step)` code when `e` is a call to the builtin `range`.
    fn range_args(&mut self, e: &Expr) -> Option<(String, String, Option<String>)> {
        if self.overrides.contains_key(&e.id) {
            // Already evaluated into a temporary: use that, never evaluate the arguments twice.
            return None;
        }
        let ExprKind::Call { func, args, keywords } = &e.kind else { return None };
        let ExprKind::Name(_) = &func.kind else { return None };
        if self.typed.names.get(&func.id) != Some(&NameRef::Builtin("range".into())) || !keywords.is_empty() {
            return None;
        }
        let a: Vec<String> = args.iter().map(|x| self.range_arg(x)).collect();
        match a.len() {
            1 => Some(("0".into(), a[0].clone(), None)),
            2 => Some((a[0].clone(), a[1].clone(), None)),
            3 => {
                if const_int(&args[2]) == Some(0) {
                    return None;
                }
                Some((a[0].clone(), a[1].clone(), Some(a[2].clone())))
            }
            _ => None,
        }
    }

    /// The nearest class both `a` and `b` (objects, maybe None) are instances of, as a type.
    fn common_base(&self, a: &Ty, b: &Ty) -> Option<Ty> {
        let (Ty::Object(x, _), Ty::Object(y, _)) = (a, b) else { return None };
        let c = pyport_types::nearest_common_class(*x, *y, |k| self.typed.classes.get(k).and_then(|i| i.base))?;
        Some(Ty::Object(c, self.prog.py_name(&self.prog.classes[c].name).to_string()))
    }

    /// A homogeneous tuple as a list (for iteration, `in`, `min`...): `None` when its elements differ.
    /// Items that are tuples of different lengths (or hold such tuples) are converted to the one
    /// type inference gives them (`tuple[T, ...]`, see `tuple_items_alike`).
    fn tuple_list(&mut self, code: &str, ts: &[Ty], sp: Span) -> Option<(String, Ty)> {
        self.tuple_list_as(code, ts, sp, None)
    }

    /// [`Self::tuple_list`], or when the elements have no common type, a list of `union` (the type
    /// inference gave the variable that receives the items) if given.
    fn tuple_list_as(&mut self, code: &str, ts: &[Ty], sp: Span, union: Option<Ty>) -> Option<(String, Ty)> {
        let mut elem = ts.first().cloned().unwrap_or(Ty::Int);
        let mut converted = false;
        for t in ts {
            if *t != elem {
                if t.is_numeric() && elem.is_numeric() {
                    elem = if matches!((t, &elem), (Ty::Float, Ty::Float)) { Ty::Float } else { Ty::Num };
                } else if let Some(j) = join_tuple_tys(&elem, t) {
                    elem = j;
                    converted = true;
                } else if let Some(j) = self.common_base(&elem, t) {
                    // Objects of sibling classes (`for s in (self.fs, self.ps): s.boot()`): their
                    // nearest common base class.
                    elem = j;
                    converted = true;
                } else if let Some(u) = union.clone() {
                    elem = u;
                    converted = true;
                    break;
                } else {
                    self.unsupported("iterating over a tuple whose elements have different types", sp);
                    return None;
                }
            }
        }
        let ct = self.cty(&elem, sp);
        if converted {
            let tmp = self.fresh("tup");
            let items: Vec<String> = ts.iter().enumerate().map(|(i, t)| self.coerce(&format!("std::get<{i}>({tmp})"), t, &elem)).collect();
            return Some((format!("[&] {{ const auto& {tmp} = {code}; return py::List<{ct}>{{{}}}; }}()", items.join(", ")), elem));
        }
        Some((
            format!("std::apply([](const auto&... _x) {{ return py::List<{ct}>{{{ct}(_x)...}}; }}, {code})"),
            elem,
        ))
    }

    /// Code for an object usable in range-for and in runtime adapters (`py::enumerate` etc.).
    fn iterable(&mut self, e: &Expr) -> String {
        // A pure generator expression handed to a consumer (`enumerate(v for v in xs)`) gives the
        // same elements whether made lazily or up front.
        if matches!(e.kind, ExprKind::GenExp { .. }) && !genexp_has_effects(e, self.typed) {
            self.genexp_ok.insert(e.id);
        }
        if let Some((start, stop, step)) = self.range_args(e) {
            let step = step.unwrap_or_else(|| "1".into());
            if let ExprKind::Call { args, .. } = &e.kind {
                let refs: Vec<&Expr> = args.iter().collect();
                if self.needs_order(&refs) {
                    return format!(
                        "[&] {{ py::int_t _r0 = {start}; py::int_t _r1 = {stop}; py::int_t _r2 = {step}; return py::range(_r0, _r1, _r2); }}()"
                    );
                }
            }
            return format!("py::range({start}, {stop}, {step})");
        }
        let (code, t) = self.val_iterated(e);
        match t {
            Ty::Str => format!("py::str_iter({code})"),
            Ty::Bytes | Ty::ByteArray => format!("{code}.iter()"),
            Ty::Tuple(ts) => self.tuple_list(&code, &ts, e.span).map(|x| x.0).unwrap_or(code),
            Ty::Union(ms) => self.union_iterable(&code, &ms, e.span),
            _ => code,
        }
    }

    fn target_ty(&self, t: &Target) -> Ty {
        match t {
            Target::Name { name, .. } => self.var_ty(name),
            Target::Subscript { value, index, .. } => {
                let container = match self.ty(value) {
                    Ty::Optional(inner) => *inner,
                    t => t,
                };
                if matches!(index.kind, ExprKind::Slice { .. }) && matches!(container, Ty::List(_)) {
                    // `xs[a:b] = ...` takes a list (of the same elements).
                    return container;
                }
                match container {
                    Ty::List(e) | Ty::Dict(_, e) | Ty::Deque(e) | Ty::Mapping(_, _, e) => *e,
                    Ty::ByteArray => Ty::Int,
                    // `obj[k] = v`: what `__setitem__` takes.
                    Ty::Object(c, _) => self
                        .typed
                        .find_method(Some(c), "__setitem__")
                        .and_then(|f| self.typed.funcs[f].params.get(2).cloned())
                        .unwrap_or(Ty::Unknown),
                    _ => Ty::Unknown,
                }
            }
            Target::Tuple { elts, .. } => Ty::Tuple(elts.iter().map(|e| self.target_ty(e)).collect()),
            Target::Starred { name, .. } => self.var_ty(name),
            Target::Attr { value, attr, .. } => {
                let c = match self.ty(value) {
                    Ty::Object(c, _) => Some(c),
                    Ty::Optional(inner) => match *inner {
                        Ty::Object(c, _) => Some(c),
                        _ => None,
                    },
                    _ => match self.typed.names.get(&value.id) {
                        Some(NameRef::Class(c)) => Some(*c),
                        _ => None,
                    },
                };
                let field = self.typed.find_field(c, attr).cloned();
                field
                    .or_else(|| self.typed.find_attr(c, attr).map(|(_, t)| t.clone()))
                    .or_else(|| self.typed.find_duck_field(c, attr).cloned())
                    .unwrap_or(Ty::Unknown)
            }
        }
    }

    fn assign(&mut self, target: &Target, value: &Expr) {
        match target {
            Target::Name { name, .. } => {
                let t = self.var_ty(name);
                let mut code = self.expr_as(value, &t);
                if t == Ty::Unknown && matches!(value.kind, ExprKind::Subscript { .. } | ExprKind::Call { .. }) {
                    // An item of a container nothing fills (C++ items are ints) into a variable of
                    // unknown type (C++ None): evaluated for its IndexError, never a value.
                    code = format!("(static_cast<void>({code}), py::None)");
                }
                self.store(name, &code);
            }
            Target::Tuple { elts, .. } => {
                let starred = elts.iter().any(|e| matches!(e, Target::Starred { .. }));
                if let ExprKind::Tuple(vals) = &value.kind {
                    if vals.len() == elts.len() && !starred {
                        // `a, b = b, a + b`: evaluate every value before assigning any.
                        let mut tmps = Vec::new();
                        for (el, v) in elts.iter().zip(vals) {
                            let t = self.target_ty(el);
                            let ct = self.cty(&t, v.span);
                            let code = self.expr_as(v, &t);
                            let tmp = self.fresh("t");
                            self.w(format!("{ct} {tmp} = {code};"));
                            tmps.push((tmp, t));
                        }
                        for (el, (tmp, t)) in elts.iter().zip(tmps) {
                            self.assign_code(el, &tmp, &t);
                        }
                        return;
                    }
                }
                let mut t = self.ty(value);
                let code = if let (Ty::Iter(e) | Ty::Generator(e), true) = (&t, starred) {
                    // `a, *b = range(3)`: unpack a materialized list (plain targets pull items
                    // one by one: `assign_code`).
                    let e = (**e).clone();
                    let c = self.as_list(value);
                    t = Ty::List(Box::new(e));
                    c
                } else {
                    self.expr(value)
                };
                let tmp = self.fresh("t");
                // A variable none of the targets rebinds is read in place (no reference count
                // traffic); anything else is held first, as Python evaluates it before assigning.
                let only_names = elts.iter().all(|e| matches!(e, Target::Name { .. }));
                let rebinds = elts.iter().any(|e| matches!(e, Target::Name { name, .. } if code.split('.').next() == Some(cname(name).as_str())));
                if is_simple(&code) && only_names && !rebinds {
                    self.w(format!("const auto& {tmp} = {code};"));
                } else {
                    self.w(format!("auto {tmp} = {code};"));
                }
                self.assign_code(target, &tmp, &t);
            }
            Target::Subscript { .. } | Target::Attr { .. } => {
                if self.slice_to_slice(target, value) {
                    return;
                }
                let t = self.ty(value);
                let code = self.expr(value);
                self.assign_code(target, &code, &t);
            }
            // Only inside a tuple target (the front end checks).
            Target::Starred { .. } => {}
        }
    }

    /// `a, *rest, z = value` for an evaluated `code` of type `t` (a list, a str or a tuple).
    fn assign_starred_code(&mut self, elts: &[Target], span: Span, code: &str, t: &Ty) {
        let star = elts.iter().position(|e| matches!(e, Target::Starred { .. })).unwrap_or(0);
        let after = elts.len() - star - 1;
        let Target::Starred { name, .. } = &elts[star] else { return };
        let rest_ty = self.var_ty(name);
        let rest_elem = elem_ty(&rest_ty);
        let rest_ct = self.cty(&rest_elem, span);
        let l = self.line(span);
        let tmp = self.fresh("u");
        match t {
            Ty::List(_) | Ty::Str | Ty::Generator(_) | Ty::Iter(_) | Ty::VarTuple(_) => {
                let (src, et) = match t {
                    Ty::List(e) => (code.to_string(), (**e).clone()),
                    Ty::Generator(e) | Ty::Iter(e) | Ty::VarTuple(e) => {
                        let ct = self.cty(e, span);
                        (format!("py::list_convert<{ct}>({code})"), (**e).clone())
                    }
                    _ => (format!("py::str_chars({code})"), Ty::Str),
                };
                self.w(format!("auto {tmp} = {src};"));
                self.w(format!("py::check_unpack_at_least({tmp}.size(), {}, {l});", elts.len() - 1));
                for (i, el) in elts[..star].iter().enumerate() {
                    self.assign_code(el, &format!("{tmp}.at({i})"), &et);
                }
                let hi = if after == 0 { "std::nullopt".to_string() } else { format!("{tmp}.size() - {after}") };
                let rest = format!("py::list_slice({tmp}, {star}, {hi}, std::nullopt, {l})");
                let rest = if et == rest_elem { rest } else { format!("py::list_convert<{rest_ct}>({rest})") };
                self.store(name, &rest);
                for (j, el) in elts[star + 1..].iter().enumerate() {
                    self.assign_code(el, &format!("{tmp}.at({tmp}.size() - {})", after - j), &et);
                }
            }
            Ty::Tuple(ts) if ts.len() + 1 >= elts.len() => {
                self.w(format!("auto {tmp} = {code};"));
                for (i, el) in elts[..star].iter().enumerate() {
                    self.assign_code(el, &format!("std::get<{i}>({tmp})"), &ts[i]);
                }
                let mut items = Vec::new();
                for (k, it) in ts.iter().enumerate().take(ts.len() - after).skip(star) {
                    items.push(self.coerce(&format!("std::get<{k}>({tmp})"), it, &rest_elem));
                }
                self.store(name, &format!("py::List<{rest_ct}>{{{}}}", items.join(", ")));
                for (j, el) in elts[star + 1..].iter().enumerate() {
                    let k = ts.len() - after + j;
                    self.assign_code(el, &format!("std::get<{k}>({tmp})"), &ts[k]);
                }
            }
            _ => self.unsupported("a starred target for this value", span),
        }
    }

    /// Declares the variables a comprehension (or kept generator expression) `e` binds: a cell
    /// for one that a lambda inside it reads, a plain local otherwise.
    fn declare_comp_vars(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension], vars: &HashSet<String>) {
        let mut in_lambdas = HashSet::new();
        lambda_reads(elt, false, &mut in_lambdas);
        for g in generators {
            lambda_reads(&g.iter, false, &mut in_lambdas);
            g.ifs.iter().for_each(|c| lambda_reads(c, false, &mut in_lambdas));
        }
        let mut sorted: Vec<&String> = vars.iter().collect();
        sorted.sort();
        for v in sorted {
            let vt = self.typed.comp_vars.get(&(e.id, v.clone())).cloned().unwrap_or(Ty::Unknown);
            let mut vct = self.cty(&vt, e.span);
            // A variable only `range` loops bind holds int64 values (the counters are int64_t).
            let range_only = generators.iter().all(|g| {
                let mut names = HashSet::new();
                collect_target_names(&g.target, &mut names);
                !names.contains(v) || (matches!(&g.target, Target::Name { .. }) && self.is_range_call(&g.iter))
            });
            if vt == Ty::Int && range_only && !in_lambdas.contains(v) {
                vct = "int64_t".into();
                self.small_comp.insert((e.id, v.clone()));
            }
            if in_lambdas.contains(v) {
                self.celled.insert((e.id, v.clone()));
                self.w(format!("auto {} = py::make_shared<{vct}>(); auto& {} = *{};", cell_name(v), cname(v), cell_name(v)));
            } else {
                self.w(format!("{vct} {}{{}};", cname(v)));
            }
        }
    }

    /// The bounds of a slice target evaluated in order into `std::optional<py::int_t>`
    /// temporaries (`std::nullopt` for a missing one), for `*_set_slice` calls.
    /// `xs[a:b:c] = ys[d:e:f]` on two lists of one item type, both plain variables or attributes
    /// of one, with int bounds: the source slice goes through the runtime's reused buffer instead
    /// of a new list (`py::list_set_slice_from`). Python's order is kept: ys's bounds, then xs's.
    fn slice_to_slice(&mut self, target: &Target, value: &Expr) -> bool {
        let Target::Subscript { value: xs, index, .. } = target else { return false };
        let ExprKind::Slice { lower, upper, step } = &index.kind else { return false };
        let ExprKind::Subscript { value: ys, index: src } = &value.kind else { return false };
        let ExprKind::Slice { lower: lower2, upper: upper2, step: step2 } = &src.kind else { return false };
        let plain = |e: &Expr| match &e.kind {
            ExprKind::Name(_) => true,
            ExprKind::Attribute { value, .. } => matches!(value.kind, ExprKind::Name(_)),
            _ => false,
        };
        if !plain(xs) || !plain(ys) {
            return false;
        }
        let (Ty::List(a), Ty::List(b)) = (self.ty(xs), self.ty(ys)) else { return false };
        let int_bounds = [lower, upper, step, lower2, upper2, step2].into_iter().flatten().all(|x| self.ty(x) == Ty::Int);
        if a != b || !int_bounds {
            return false;
        }
        let l = self.line(index.span);
        let source = self.slice_bound_temps([lower2, upper2, step2]);
        let dest = self.slice_bound_temps([lower, upper, step]);
        let (xv, yv) = (self.expr(xs), self.expr(ys));
        self.w(format!("py::list_set_slice_from({xv}, {}, {yv}, {}, {l});", dest.join(", "), source.join(", ")));
        true
    }

    fn slice_bound_temps(&mut self, bounds: [&Option<Box<Expr>>; 3]) -> Vec<String> {
        let mut parts = Vec::new();
        for p in bounds {
            parts.push(match p {
                Some(x) => {
                    let b = self.fresh("b");
                    let c = self.expr_as(x, &Ty::Int);
                    self.w(format!("std::optional<py::int_t> {b} = {c};"));
                    b
                }
                None => "std::nullopt".into(),
            });
        }
        parts
    }

    /// Assigns already-evaluated C++ `code` of type `t` to `target`.
    fn assign_code(&mut self, target: &Target, code: &str, t: &Ty) {
        if matches!(t, Ty::Rec(_)) && !matches!(target, Target::Name { .. }) {
            // An item of a recursive type (`for label, kids in tree_list`) unpacks as its definition.
            let u = self.rec_unfold(t);
            return self.assign_code(target, code, &u);
        }
        match target {
            Target::Name { name, .. } => {
                let vt = self.var_ty(name);
                if *t == Ty::Unknown {
                    // Elements of a list that is always empty: this assignment never runs.
                    return;
                }
                let c = self.coerce(code, t, &vt);
                self.store(name, &c);
            }
            Target::Subscript { value, index, .. } if matches!(self.ty(value), Ty::Array(_)) => {
                // Python evaluates the value first, then the array, then the index.
                let tmp = self.fresh("val");
                self.w(format!("{{ auto {tmp} = {code};"));
                let v = self.expr(value);
                let i = self.index_operand(index, &Ty::Array('b'));
                self.w(format!("  {v}.set({i}, {tmp}); }}"));
            }
            Target::Subscript { value, index, .. } if self.ty(value) == Ty::ByteArray => {
                // Python evaluates the value first, then the bytearray, then the index or bounds.
                let l = self.line(index.span);
                let tmp = self.fresh("val");
                self.w(format!("{{ auto {tmp} = {code};"));
                self.indent += 1;
                let v = self.expr(value);
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let parts = self.slice_bound_temps([lower, upper, step]);
                    self.w(format!("py::bytearray_set_slice({v}, {}, {tmp}, {l});", parts.join(", ")));
                } else {
                    let i = self.index_operand(index, &Ty::ByteArray);
                    self.w(format!("py::bytearray_setitem({v}, {i}, {tmp});"));
                }
                self.indent -= 1;
                self.w("}");
            }
            Target::Subscript { value, index, .. } if matches!(self.ty(value), Ty::Object(..)) => {
                // `obj[i] = v`: Python evaluates the value first, then the object, then the index.
                let Ty::Object(c, _) = self.ty(value) else { unreachable!() };
                let tmp = self.fresh("val");
                let vct = self.cty(t, value.span);
                self.w(format!("{{ {vct} {tmp} = {code};"));
                let (obj, _) = self.val(value);
                let (i, it) = self.val(index);
                let call = self.dunder_code(c, "__setitem__", &obj, &[(&i, &it), (&tmp, t)]);
                self.w(format!("  {call}; }}"));
            }
            Target::Subscript { value, index, .. } => {
                if let (ExprKind::Slice { lower, upper, step }, Ty::List(et)) = (&index.kind, self.ty(value)) {
                    // `xs[a:b:c] = ys`: ys first (already evaluated), then xs, then the bounds.
                    let l = self.line(index.span);
                    let ct = self.cty(&et, index.span);
                    let items = self.fresh("items");
                    match t {
                        Ty::List(st) if **st == *et => self.w(format!("py::List<{ct}> {items} = {code};")),
                        // `xs[:] = []`: the empty list holds nothing to convert.
                        Ty::List(_) if never_holds_items(t) => self.w(format!("py::List<{ct}> {items}; (void)({code});")),
                        Ty::Str => self.w(format!("py::List<{ct}> {items} = py::list_convert<{ct}>(py::str_iter({code}));")),
                        Ty::Tuple(ts) => {
                            let Some((list, _)) = self.tuple_list(code, ts, index.span) else { return };
                            self.w(format!("py::List<{ct}> {items} = py::list_convert<{ct}>({list});"));
                        }
                        _ => self.w(format!("py::List<{ct}> {items} = py::list_convert<{ct}>({code});")),
                    }
                    let v = self.expr(value);
                    let parts = self.slice_bound_temps([lower, upper, step]);
                    self.w(format!("py::list_set_slice({v}, {}, {items}, {l});", parts.join(", ")));
                    return;
                }
                let et = self.target_ty(target);
                let c = self.coerce(code, t, &et);
                // `cache[k][n] = v` / `table[k] = v` where `cache[k]` / `table` may be None.
                let (vt, optional) = match self.ty(value) {
                    Ty::Optional(inner) => (*inner, true),
                    vt => (vt, false),
                };
                let container = |me: &mut Self| {
                    let v = me.expr(value);
                    if optional { format!("py::unwrap_for_store({v})") } else { v }
                };
                if let Ty::Dict(kt, _) | Ty::Mapping(_, kt, _) = &vt {
                    // Python evaluates the value first, then the dict, then the key.
                    let tmp = self.fresh("val");
                    let ect = self.cty(&et, value.span);
                    self.w(format!("{{ {ect} {tmp} = {c};"));
                    let v = container(self);
                    let k = self.expr_as(index, kt);
                    self.w(format!("  {v}.set({k}, std::move({tmp})); }}"));
                    return;
                }
                let v = container(self);
                let i = self.index_operand(index, &vt);
                if let (Ty::List(_), Some(slot)) = (&vt, self.inbounds_access(value, &v, index, &i, true)) {
                    self.w(format!("{slot} = {c};"));
                    return;
                }
                self.w(format!("{v}.at_set({i}) = {c};"));
            }
            Target::Attr { value, attr, .. } if self.ty(value) == Ty::DecimalContext => {
                // `getcontext().prec = n`: checked like CPython's setter.
                let ctx = self.expr(value);
                let c = self.lit_safe(code, t);
                self.w(format!("{ctx}.set_{attr}({c});"));
            }
            Target::Attr { value, attr, span } => {
                if *t == Ty::Unknown {
                    return;
                }
                let et = self.target_ty(target);
                let c = self.coerce(code, t, &et);
                // C++17 evaluates the right-hand side of `=` first, as Python does.
                self.cur_attr = Some(attr.clone());
                let (place, _) = self.attr_place(value, attr, *span);
                self.cur_attr = None;
                self.w(format!("{place} = {c};"));
            }
            Target::Tuple { elts, span } if elts.iter().any(|e| matches!(e, Target::Starred { .. })) => {
                self.assign_starred_code(elts, *span, code, t)
            }
            Target::Starred { .. } => {}
            Target::Tuple { .. } if matches!(t, Ty::Optional(_)) => {
                let Ty::Optional(inner) = t else { unreachable!() };
                self.assign_code(target, &format!("py::unwrap({code})"), inner);
            }
            Target::Tuple { elts, span } => match t {
                Ty::Tuple(ts) => {
                    let src = if is_simple(code) {
                        code.to_string()
                    } else if temp_derived(code) && names_only(elts) {
                        // An item of a temporary the targets cannot touch: read in place.
                        let tmp = self.fresh("t");
                        self.w(format!("const auto& {tmp} = {code};"));
                        tmp
                    } else {
                        let tmp = self.fresh("t");
                        self.w(format!("auto {tmp} = {code};"));
                        tmp
                    };
                    for (i, (el, et)) in elts.iter().zip(ts).enumerate() {
                        self.assign_code(el, &format!("std::get<{i}>({src})"), et);
                    }
                }
                Ty::List(et) | Ty::VarTuple(et) => {
                    let tmp = self.fresh("t");
                    if temp_derived(code) && names_only(elts) {
                        self.w(format!("const auto& {tmp} = {code};"));
                    } else {
                        self.w(format!("auto {tmp} = {code};"));
                    }
                    let n = elts.len();
                    let l = self.line(*span);
                    self.w(format!("py::check_unpack({tmp}.size(), {n}, {l});"));
                    for (i, el) in elts.iter().enumerate() {
                        self.assign_code(el, &format!("{tmp}.raw({i})"), et);
                    }
                }
                Ty::Str => {
                    // `a, b, c = "xyz"`: the code points, with CPython's errors for another length.
                    let tmp = self.fresh("t");
                    let l = self.line(*span);
                    self.w(format!("auto {tmp} = py::unpack_items<py::Str>(py::str_iter({code}), {}, {l});", elts.len()));
                    for (i, el) in elts.iter().enumerate() {
                        self.assign_code(el, &format!("{tmp}.raw({i})"), &Ty::Str);
                    }
                }
                Ty::Generator(et) | Ty::Iter(et) => {
                    // Pulls at most one item more than the targets, as CPython does.
                    let tmp = self.fresh("t");
                    let ct = self.cty(et, *span);
                    let l = self.line(*span);
                    self.w(format!("auto {tmp} = py::unpack_items<{ct}>({code}, {}, {l});", elts.len()));
                    for (i, el) in elts.iter().enumerate() {
                        self.assign_code(el, &format!("{tmp}.raw({i})"), et);
                    }
                }
                Ty::Union(ms) => self.union_unpack_code(target, elts.len(), *span, code, ms),
                Ty::Object(c, _) if self.prog.namedtuple_fields(*c).is_some() => self.namedtuple_unpack_code(*c, elts, code),
                _ => self.unsupported("unpacking this value", *span),
            },
        }
    }

    fn aug_assign(&mut self, target: &Target, op: BinOp, value: &Expr, sp: Span) {
        let l = self.line(sp);
        // `v += u` on an object whose class defines `__iadd__`: `v = v.__iadd__(u)`.
        let tt = self.target_ty(target);
        if let Ty::Object(c, _) = tt {
            if let Some(fid) = self.typed.find_method(Some(c), &op.idunder()) {
                let place = match target {
                    Target::Name { name, .. } => Some(cname(name)),
                    // The object is a name: evaluating it twice is evaluating it once.
                    Target::Attr { value: obj, attr, span } if matches!(obj.kind, ExprKind::Name(_)) => {
                        self.cur_attr = Some(attr.clone());
                        let (place, _) = self.attr_place(obj, attr, *span);
                        self.cur_attr = None;
                        Some(place)
                    }
                    _ => None,
                };
                let Some(place) = place else {
                    self.unsupported(format!("`{}=` on an object held in a container", op.as_str()), sp);
                    return;
                };
                let (r, rt) = self.val(value);
                let call = self.dunder_code(c, &op.idunder(), &place, &[(&r, &rt)]);
                let ret = self.typed.funcs[fid].ret.clone();
                let call = self.coerce(&call, &ret, &tt);
                self.w(format!("{place} = {call};"));
                return;
            }
        }
        // `ba += b"..."` and `ba *= n` change the bytearray in place: every alias sees it.
        if self.target_ty(target) == Ty::ByteArray && matches!(op, BinOp::Add | BinOp::Mul) {
            let place = match target {
                Target::Name { name, .. } => cname(name),
                Target::Attr { value, attr, span } => {
                    self.cur_attr = Some(attr.clone());
                    let (place, _) = self.attr_place(value, attr, *span);
                    self.cur_attr = None;
                    place
                }
                _ => {
                    self.unsupported("an augmented assignment to a bytearray held in a container", sp);
                    return;
                }
            };
            if op == BinOp::Add {
                let src = self.expr(value);
                self.w(format!("py::bytearray_iadd({place}, {src});"));
            } else {
                let n = self.expr_as(value, &Ty::Int);
                self.w(format!("py::bytearray_imul({place}, {n});"));
            }
            return;
        }
        // `a += b` and `a *= n` change an array in place; `a[i] op= v` reads and stores the item.
        if let Ty::Array(_) = self.target_ty(target) {
            if matches!(op, BinOp::Add | BinOp::Mul) {
                if let Some(place) = self.inplace_place(target) {
                    let src = if op == BinOp::Add { self.expr(value) } else { format!("static_cast<int64_t>({})", self.expr_as(value, &Ty::Int)) };
                    let f = if op == BinOp::Add { "iadd" } else { "imul" };
                    self.w(format!("{place}.{f}({src});"));
                    return;
                }
            }
        }
        if let Target::Subscript { value: container, index, .. } = target {
            if let Ty::Array(code) = self.ty(container) {
                let et = if matches!(code, 'f' | 'd') { Ty::Float } else { Ty::Int };
                let (arr, idx, c0, r0) = (self.fresh("arr"), self.fresh("idx"), self.fresh("cur"), self.fresh("rhs"));
                self.w("{");
                self.indent += 1;
                let cont = self.expr(container);
                self.w(format!("auto {arr} = {cont};"));
                let i = self.index_operand(index, &Ty::Array(code));
                self.w(format!("int64_t {idx} = static_cast<int64_t>({i});"));
                let ect = self.cty(&et, value.span);
                self.w(format!("{ect} {c0} = {arr}.at({idx});"));
                let rt = self.ty(value);
                let r = self.expr(value);
                self.w(format!("auto {r0} = {r};"));
                let res_ty = result_ty(op, &et, &rt, value);
                let code = self.aug_binop_code(op, &c0, &et, &r0, &rt, &res_ty, l);
                self.w(format!("{arr}.set({idx}, {code});"));
                self.indent -= 1;
                self.w("}");
                return;
            }
        }
        // `d |= other` updates the dict in place: every alias sees it.
        if let (Ty::Dict(..), BinOp::BitOr) = (self.target_ty(target), op) {
            if let Some(place) = self.inplace_place(target) {
                let (r, _) = self.val(value);
                self.w(format!("{place}.update({r});"));
                return;
            }
        }
        // `xs += ys` and `xs *= n` change the list in place: every alias sees it.
        if let Ty::List(_) = self.target_ty(target) {
            let list = if matches!(op, BinOp::Add | BinOp::Mul) { self.inplace_place(target) } else { None };
            if let Some(list) = list {
                if op == BinOp::Add {
                    let src = self.as_list(value);
                    self.w(format!("{list}.extend({src});"));
                } else {
                    let n = self.expr_as(value, &Ty::Int);
                    self.w(format!("py::list_imul({list}, {n});"));
                }
                return;
            }
        }
        match target {
            Target::Name { name, .. } => {
                let vt = self.var_ty(name);
                let rt = self.ty(value);
                let r = self.expr(value);
                let (mut cur, cur_t) = match &vt {
                    Ty::Optional(t) => (format!("py::unwrap({})", cname(name)), (**t).clone()),
                    t => (cname(name), t.clone()),
                };
                let (mut r, rt) = match rt {
                    Ty::Optional(t) => (format!("py::unwrap({r})"), *t),
                    t => (r, t),
                };
                let ordered = impure(value, self.typed);
                if ordered {
                    // Python reads the target before evaluating the right-hand side.
                    self.w("{");
                    self.indent += 1;
                    let (c0, r0) = (self.fresh("cur"), self.fresh("rhs"));
                    self.w(format!("auto {c0} = {cur};"));
                    self.w(format!("auto {r0} = {r};"));
                    cur = c0;
                    r = r0;
                }
                let res_ty = result_ty(op, &cur_t, &rt, value);
                let code = match self.raw_aug_value(name, op, value).filter(|_| !ordered) {
                    Some(raw) => raw,
                    None => self.aug_binop_code(op, &cur, &cur_t, &r, &rt, &res_ty, l),
                };
                let c = self.coerce(&code, &res_ty, &vt);
                self.store(name, &c);
                if ordered {
                    self.indent -= 1;
                    self.w("}");
                }
            }
            Target::Subscript { value: container, index, .. } if matches!(self.ty(container), Ty::Dict(..) | Ty::Mapping(..)) => {
                let (Ty::Dict(kt, et) | Ty::Mapping(_, kt, et)) = self.ty(container) else { unreachable!() };
                let et = *et;
                let (d, k, c0, r0) = (self.fresh("d"), self.fresh("key"), self.fresh("cur"), self.fresh("rhs"));
                self.w("{");
                self.indent += 1;
                let cont = self.expr(container);
                self.w(format!("auto {d} = {cont};"));
                let kc = self.expr_as(index, &kt);
                let kct = self.cty(&kt, index.span);
                self.w(format!("{kct} {k} = {kc};"));
                let ect = self.cty(&et, value.span);
                self.w(format!("{ect} {c0} = {d}.at({k});"));
                let rt = self.ty(value);
                let r = self.expr(value);
                self.w(format!("auto {r0} = {r};"));
                let res_ty = result_ty(op, &et, &rt, value);
                let code = self.aug_binop_code(op, &c0, &et, &r0, &rt, &res_ty, l);
                let c = self.coerce(&code, &res_ty, &et);
                self.w(format!("{d}.set(std::move({k}), {c});"));
                self.indent -= 1;
                self.w("}");
            }
            Target::Subscript { value: container, index, .. } if matches!(self.ty(container), Ty::Object(..)) => {
                // `obj[k] += v`: `obj.__setitem__(k, obj.__getitem__(k) + v)`, obj and k evaluated once.
                let Ty::Object(c, _) = self.ty(container) else { unreachable!() };
                let Some(get) = self.typed.find_method(Some(c), "__getitem__") else {
                    self.unsupported("an augmented assignment to an item of an object without `__getitem__`", sp);
                    return;
                };
                let et = self.typed.funcs[get].ret.clone();
                let (o, k, c0, r0) = (self.fresh("obj"), self.fresh("key"), self.fresh("cur"), self.fresh("rhs"));
                self.w("{");
                self.indent += 1;
                let cont = self.expr(container);
                self.w(format!("auto {o} = {cont};"));
                let kt = self.ty(index);
                let kc = self.expr(index);
                self.w(format!("auto {k} = {kc};"));
                let read = self.dunder_code(c, "__getitem__", &o, &[(&k, &kt)]);
                self.w(format!("auto {c0} = {read};"));
                let rt = self.ty(value);
                let r = self.expr(value);
                self.w(format!("auto {r0} = {r};"));
                let res_ty = result_ty(op, &et, &rt, value);
                let code = self.aug_binop_code(op, &c0, &et, &r0, &rt, &res_ty, l);
                let store = self.dunder_code(c, "__setitem__", &o, &[(&k, &kt), (&code, &res_ty)]);
                self.w(format!("{store};"));
                self.indent -= 1;
                self.w("}");
            }
            Target::Subscript { value: container, index, .. } if self.ty(container) == Ty::ByteArray => {
                if matches!(index.kind, ExprKind::Slice { .. }) {
                    self.unsupported("an augmented assignment to a bytearray slice", sp);
                    return;
                }
                // Python: the bytearray, the index, read the byte, the right-hand side, store.
                let (ba, idx, c0, r0) = (self.fresh("ba"), self.fresh("idx"), self.fresh("cur"), self.fresh("rhs"));
                self.w("{");
                self.indent += 1;
                let cont = self.expr(container);
                self.w(format!("auto {ba} = {cont};"));
                let i = self.index_operand(index, &Ty::ByteArray);
                self.w(format!("int64_t {idx} = {i};"));
                self.w(format!("py::int_t {c0} = py::bytes_getitem({ba}, {idx});"));
                let rt = self.ty(value);
                let r = self.expr(value);
                self.w(format!("auto {r0} = {r};"));
                let res_ty = result_ty(op, &Ty::Int, &rt, value);
                let code = self.aug_binop_code(op, &c0, &Ty::Int, &r0, &rt, &res_ty, l);
                self.w(format!("py::bytearray_setitem({ba}, {idx}, {code});"));
                self.indent -= 1;
                self.w("}");
            }
            Target::Subscript { value: container, index, .. } => {
                let et = self.target_ty(target);
                let ct = self.ty(container);
                let cont = self.expr(container);
                let i = self.index_operand(index, &ct);
                let rt = self.ty(value);
                let r = self.expr(value);
                // An item that may be None (`[None] + [0] * n`): its value, None being TypeError.
                let (cur_t, unwrap) = match &et {
                    Ty::Optional(t) => ((**t).clone(), true),
                    t => (t.clone(), false),
                };
                let res_ty = result_ty(op, &cur_t, &rt, value);
                if impure(value, self.typed) {
                    // Python: read `xs[i]`, then evaluate the right-hand side, then store into `xs[i]`.
                    let (lst, idx, c0, r0) = (self.fresh("list"), self.fresh("idx"), self.fresh("cur"), self.fresh("rhs"));
                    self.w("{");
                    self.indent += 1;
                    self.w(format!("auto {lst} = {cont};"));
                    self.w(format!("int64_t {idx} = {i};"));
                    let ect = self.cty(&cur_t, value.span);
                    let read = if unwrap { self.aug_unwrap(&format!("{lst}.at({idx})"), op, &rt) } else { format!("{lst}.at({idx})") };
                    self.w(format!("{ect} {c0} = {read};"));
                    self.w(format!("auto {r0} = {r};"));
                    let code = self.aug_binop_code(op, &c0, &cur_t, &r0, &rt, &res_ty, l);
                    let c = self.coerce(&code, &res_ty, &et);
                    self.w(format!("{lst}.at_set({idx}) = {c};"));
                    self.indent -= 1;
                    self.w("}");
                    return;
                }
                let slot = self.fresh("slot");
                // Python reads `xs[i]` first: an index out of range is "list index out of range".
                let place = match (&ct, self.inbounds_access(container, &cont, index, &i, false)) {
                    (Ty::List(_), Some(p)) => p,
                    _ => format!("{cont}.at({i})"),
                };
                self.w(format!("auto& {slot} = {place};"));
                let cur = match cur_t {
                    _ if unwrap => self.aug_unwrap(&slot, op, &rt),
                    Ty::Bool => format!("bool({slot})"),
                    _ => slot.clone(),
                };
                let code = self.aug_binop_code(op, &cur, &cur_t, &r, &rt, &res_ty, l);
                let c = self.coerce(&code, &res_ty, &et);
                self.w(format!("{slot} = {c};"));
            }
            Target::Attr { value: obj, attr, span } => {
                let et = self.target_ty(target);
                self.cur_attr = Some(attr.clone());
                let (place, _) = self.attr_place(obj, attr, *span);
                self.cur_attr = None;
                let slot = self.fresh("slot");
                self.w("{");
                self.indent += 1;
                self.w(format!("auto& {slot} = {place};"));
                let rt = self.ty(value);
                let (mut cur, cur_t) = match &et {
                    Ty::Optional(t) => (self.aug_unwrap(&slot, op, &rt), (**t).clone()),
                    t => (slot.clone(), t.clone()),
                };
                if impure(value, self.typed) {
                    // Python reads the attribute before evaluating the right-hand side.
                    let c0 = self.fresh("cur");
                    self.w(format!("auto {c0} = {cur};"));
                    cur = c0;
                }
                let rt = self.ty(value);
                let r = self.expr(value);
                let (r, rt) = match rt {
                    Ty::Optional(t) => (format!("py::unwrap({r})"), *t),
                    t => (r, t),
                };
                let r0 = self.fresh("rhs");
                self.w(format!("auto {r0} = {r};"));
                let res_ty = result_ty(op, &cur_t, &rt, value);
                let code = self.aug_binop_code(op, &cur, &cur_t, &r0, &rt, &res_ty, l);
                let c = self.coerce(&code, &res_ty, &et);
                self.w(format!("{slot} = {c};"));
                self.indent -= 1;
                self.w("}");
            }
            Target::Tuple { span, .. } | Target::Starred { span, .. } => self.unsupported("augmented assignment to a tuple", *span),
        }
    }

    // ---------- expressions ----------

    /// An int operand (an index, a repeat count, a slice bound) as `py::int_t`. A value typed
    /// int-or-float (`Num`) is checked at run time: a float raises CPython's TypeError `msg`.
    fn int_operand(&mut self, e: &Expr, msg: &str) -> String {
        if self.ty(e) == Ty::Num {
            let c = self.expr(e);
            return format!("py::num_int_or({c}, {})", cpp_string(msg));
        }
        if let Ty::Union(ms) = self.ty(e) {
            let c = self.expr(e);
            return self.union_int_operand(&c, &ms, msg);
        }
        self.expr_as(e, &Ty::Int)
    }

    /// `xs[i]` with an int-or-float `i`: CPython's TypeError for a float, by container type.
    fn index_operand(&mut self, index: &Expr, container: &Ty) -> String {
        let msg = match container {
            Ty::Str => "string indices must be integers, not 'float'",
            Ty::Deque(_) => "sequence index must be integer, not 'float'",
            Ty::Tuple(_) => "tuple indices must be integers or slices, not float",
            Ty::Iter(_) => "range indices must be integers or slices, not float",
            _ => "list indices must be integers or slices, not float",
        };
        self.int_operand(index, msg)
    }

    /// Code for `e` converted to type `want`.
    fn expr_as(&mut self, e: &Expr, want: &Ty) -> String {
        let t = self.ty(e);
        if let (ExprKind::List(elts), Ty::List(_)) = (&e.kind, want) {
            if elts.is_empty() {
                return format!("{}()", self.cty(want, e.span));
            }
        }
        let code = self.expr(e);
        self.coerce(&code, &t, want)
    }

    fn coerce(&mut self, code: &str, from: &Ty, to: &Ty) -> String {
        if from == to {
            return code.to_string();
        }
        match (from, to) {
            // A tuple nothing was ever put into is empty (its items' type is unknown): the empty
            // tuple of the wanted type.
            (Ty::VarTuple(e), Ty::VarTuple(_)) if **e == Ty::Unknown => {
                let ct = self.cty(to, Span::default());
                return if is_simple(code) { format!("{ct}()") } else { format!("(static_cast<void>({code}), {ct}())") };
            }
            (Ty::Rec(_), _) | (_, Ty::Rec(_)) if *from != Ty::Unknown => return self.rec_coerce(code, from, to),
            (Ty::None, Ty::Optional(_)) => {
                // A typed empty optional (not `std::nullopt`), so templates comparing it see the element type.
                let ct = self.cty(to, Span::default());
                return if code == "py::None" { format!("{ct}()") } else { format!("({code}, {ct}())") };
            }
            (Ty::Optional(a), Ty::Optional(b)) => {
                let inner = self.coerce("(*_o)", a, b);
                let ct = self.cty(to, Span::default());
                return format!("[&]() -> {ct} {{ auto _o = {code}; if (!_o) return std::nullopt; return {inner}; }}()");
            }
            (Ty::Optional(a), _) => {
                let a = (**a).clone();
                return self.coerce(&format!("py::unwrap({code})"), &a, to);
            }
            (_, Ty::Optional(b)) if *from != Ty::Unknown => {
                let b = (**b).clone();
                let inner = self.coerce(code, from, &b);
                let ct = self.cty(to, Span::default());
                return format!("{ct}({inner})");
            }
            (Ty::Union(_), Ty::Union(_)) => {
                let ct = self.cty(to, Span::default());
                return format!("py::union_from<{ct}>({code})");
            }
            (_, Ty::Union(ms)) if *from != Ty::Unknown => {
                let ct = self.cty(to, Span::default());
                return match Self::union_member(ms, from) {
                    Some(m) => {
                        let inner = self.coerce(code, from, &m);
                        let inner = self.lit_safe(&inner, &m);
                        format!("{ct}({inner})")
                    }
                    None => format!("py::union_from<{ct}>({code})"),
                };
            }
            (Ty::Union(_), _) if *to != Ty::Unknown => {
                // Only a test (`isinstance`) narrows a union to one of its members.
                let ct = self.cty(to, Span::default());
                return format!("py::uget<{ct}>({code})");
            }
            _ => {}
        }
        match (from, to) {
            (Ty::Int | Ty::Bool, Ty::Float) => format!("static_cast<double>({code})"),
            (Ty::Num, Ty::Float) => format!("py::to_float({code})"),
            (Ty::Fraction, Ty::Float) => format!("({code}).to_double()"),
            (Ty::Int | Ty::Bool, Ty::Fraction) => {
                let c = self.lit_safe(code, from);
                format!("py::Fraction::of({c})")
            }
            (Ty::Int | Ty::Bool, Ty::Decimal) => {
                let c = self.lit_safe(code, from);
                format!("py::Decimal::of({c})")
            }
            (Ty::Int | Ty::Bool | Ty::Float | Ty::Num, Ty::Complex) => {
                let c = self.lit_safe(code, from);
                format!("py::complex_of({c})")
            }
            (Ty::Bool, Ty::Int) => format!("static_cast<py::int_t>({code})"),
            (Ty::Num, Ty::Int) => format!("py::num_as_index({code})"),
            (Ty::Int | Ty::Float, Ty::Num) => {
                let c = self.lit_safe(code, from);
                format!("py::Num({c})")
            }
            (Ty::Bool, Ty::Num) => format!("py::Num(static_cast<py::int_t>({code}))"),
            (Ty::Object(..), Ty::Object(..)) => format!("{}({code})", self.cty(to, Span::default())),
            (Ty::Tuple(fs), Ty::Tuple(ts)) if fs.len() == ts.len() => {
                let ct = self.cty(to, Span::default());
                let tc = self.fresh("tc");
                let parts: Vec<String> = fs
                    .iter()
                    .zip(ts)
                    .enumerate()
                    .map(|(i, (f, t))| self.coerce(&format!("std::get<{i}>({tc})"), f, t))
                    .collect();
                format!("[&] {{ auto {tc} = {code}; return {ct}{{{}}}; }}()", parts.join(", "))
            }
            (Ty::Tuple(fs), Ty::VarTuple(t)) => {
                let ct = self.cty(to, Span::default());
                if fs.is_empty() {
                    return format!("((void){code}, {ct}())");
                }
                let tc = self.fresh("tc");
                let parts: Vec<String> = fs.iter().enumerate().map(|(i, f)| self.coerce(&format!("std::get<{i}>({tc})"), f, t)).collect();
                format!("[&] {{ auto {tc} = {code}; return {ct}{{{}}}; }}()", parts.join(", "))
            }
            // A list, str or generator kept where iterators also are (`py::Iter` keeps a list or
            // str re-iterable).
            (Ty::List(_) | Ty::Generator(_) | Ty::Str, Ty::Iter(_)) => format!("{}({code})", self.cty(to, Span::default())),
            (Ty::VarTuple(a), Ty::VarTuple(b)) if a != b => {
                let ct = self.cty(b, Span::default());
                format!("py::vtuple_from<{ct}>({code})")
            }
            (Ty::List(_), Ty::List(_)) if code.ends_with("()") && code.starts_with("py::List<") => {
                format!("{}()", self.cty(to, Span::default()))
            }
            _ => code.to_string(),
        }
    }

    /// Wraps bare integer literals so overloaded runtime functions see an `py::int_t`, not an `int`.
    fn lit_safe(&self, code: &str, t: &Ty) -> String {
        let bare = code.strip_prefix('-').unwrap_or(code);
        if *t == Ty::Int && !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_digit()) {
            format!("py::int_t{{{code}}}")
        } else {
            code.to_string()
        }
    }

    /// Whether `name` in the current scope carries an "assigned yet" flag.
    fn is_flagged(&self, name: &str) -> bool {
        if self.comp_stack.iter().any(|(_, vars)| vars.contains(name)) {
            return false;
        }
        if let Some(fid) = self.cur_func {
            if self.typed.funcs[fid].locals.iter().any(|(n, _)| n == name) {
                return self.typed.unbound_vars.contains(&(Some(fid), name.to_string()));
            }
        }
        self.typed.unbound_vars.contains(&(None, name.to_string()))
    }

    /// `name = code;`, recording the assignment when reads of `name` are checked.
    fn store(&mut self, name: &str, code: &str) {
        self.w(format!("{} = {code};", cname(name)));
        if self.is_flagged(name) {
            self.w(format!("{} = true;", bound_flag(name)));
        }
    }

    /// Code and type of `e` as an operand: an optional value is unwrapped (None raises TypeError, as in Python).
    fn val(&mut self, e: &Expr) -> (String, Ty) {
        let t = self.ty(e);
        let c = self.expr(e);
        match t {
            Ty::Optional(inner) => (format!("py::unwrap({c})"), *inner),
            t => (c, t),
        }
    }

    /// [`Self::val`] of a value iterated over: None raises CPython's "'NoneType' object is not
    /// iterable" (a variable's; other optionals' the generic message).
    fn val_iterated(&mut self, e: &Expr) -> (String, Ty) {
        match self.ty(e) {
            Ty::Optional(inner) => {
                let c = self.expr(e);
                if is_simple(&c) {
                    (format!("py::unwrap_msg({c}, \"'NoneType' object is not iterable\")"), *inner)
                } else {
                    (format!("py::unwrap({c})"), *inner)
                }
            }
            _ => self.val(e),
        }
    }

    fn expr_stmt_code(&mut self, e: &Expr) -> String {
        let code = self.expr(e);
        // `(f(), py::None)` as a statement is just `f()`.
        if let Some(inner) = code.strip_prefix('(').and_then(|c| c.strip_suffix(", py::None)")) {
            return inner.to_string();
        }
        code
    }

    /// A C++ boolean expression for Python truthiness of `e`.
    fn cond(&mut self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let parts: Vec<String> = values.iter().map(|v| self.cond(v)).collect();
                let sep = if *op == BoolOp::And { " && " } else { " || " };
                return format!("({})", parts.join(sep));
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => {
                let c = self.cond(operand);
                return format!("!{c}");
            }
            _ => {}
        }
        let t = self.ty(e);
        let code = self.expr(e);
        self.truthy(&code, &t)
    }

    fn truthy(&mut self, code: &str, t: &Ty) -> String {
        match t {
            Ty::Bool => code.to_string(),
            Ty::Int => format!("({code} != 0)"),
            Ty::Float => format!("({code} != 0.0)"),
            // An optional object whose class defines `__bool__`/`__len__`: None, or the object's truth.
            Ty::Optional(inner) if matches!(**inner, Ty::Object(c, _) if self.defines_truth(c)) => {
                let Ty::Object(c, _) = **inner else { unreachable!() };
                let test = self.object_truthy("(*_t)", c);
                format!("[&] {{ auto&& _t = {code}; return _t.has_value() && {test}; }}()")
            }
            Ty::Num | Ty::Optional(_) | Ty::Fraction | Ty::Complex | Ty::Decimal | Ty::Union(_) => format!("py::truthy({code})"),
            Ty::TimeDelta => format!("py::truthy({code})"),
            Ty::Date | Ty::DateTime => format!("((void)({code}), true)"),
            // A range, list or str kept as an iterable is false when empty; an iterator never is.
            Ty::Iter(_) => format!("py::truthy({code})"),
            Ty::Bytes | Ty::ByteArray => format!("({code}.size() != 0)"),
            Ty::Str => format!("!{code}.empty()"),
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Deque(_) | Ty::Mapping(..) | Ty::VarTuple(_) | Ty::Array(_) => format!("({code}.size() != 0)"),
            Ty::None | Ty::Unknown => "false".into(),
            Ty::Tuple(ts) => if ts.is_empty() { "false".into() } else { "true".into() },
            Ty::Object(c, _) => self.object_truthy(code, *c),
            _ => "true".into(),
        }
    }

    /// Whether class `c` or a base defines `__bool__` or `__len__`.
    fn defines_truth(&self, c: ClassId) -> bool {
        ["__bool__", "__len__"].iter().any(|d| self.typed.find_method(Some(c), d).is_some())
    }

    /// The truth of an object of class `c`, as CPython: its `__bool__`, else `__len__() != 0`, else
    /// true (the object is still evaluated).
    fn object_truthy(&mut self, code: &str, c: ClassId) -> String {
        for (dunder, test) in [("__bool__", "{}"), ("__len__", "({} != 0)")] {
            if self.typed.find_method(Some(c), dunder).is_some() {
                let call = self.dunder_code(c, dunder, code, &[]);
                return test.replace("{}", &call);
            }
        }
        // A subclass's `__bool__`/`__len__` is not reachable through `c`'s virtual methods.
        let below = (0..self.typed.classes.len()).find(|&x| {
            x != c && self.typed.is_subclass(x, c) && ["__bool__", "__len__"].iter().any(|d| self.typed.classes[x].methods.contains_key(*d))
        });
        if let Some(x) = below {
            let (name, sub) = (self.prog.classes[c].name.clone(), self.prog.classes[x].name.clone());
            self.unsupported(format!("the truth value of a `{name}`, whose subclass `{sub}` defines `__bool__` or `__len__` (define it in `{name}` too)"), self.cur_span);
        }
        format!("((void)({code}), true)")
    }

    fn expr(&mut self, e: &Expr) -> String {
        if let Some(code) = self.overrides.get(&e.id) {
            return code.clone();
        }
        let l = self.line(e.span);
        match &e.kind {
            ExprKind::Int(v) => cpp_int(*v),
            ExprKind::Float(v) => cpp_double(*v),
            ExprKind::Bool(b) => if *b { "true".into() } else { "false".into() },
            ExprKind::None => "py::None".into(),
            ExprKind::Str(s) if s.contains('\0') => format!("py::Str({}, {})", cpp_string(s), s.len()),
            ExprKind::Str(s) => format!("py::Str({})", cpp_string(s)),
            ExprKind::Bytes(b) => format!("py::bytes_lit({}, {})", cpp_bytes(b), b.len()),
            ExprKind::Name(n) if self.typed.narrowed.contains(&e.id) => {
                // A union variable narrowed by a test to the member that is this read's type.
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let var = self.typed.names.get(&e.id).cloned();
                let inner = match var {
                    Some(NameRef::Var) | None => cname(n),
                    _ => cname(n),
                };
                match self.typed.checked.get(&e.id) {
                    Some(msg) => format!("py::uget_or<{ct}>({inner}, {})", cpp_string(msg)),
                    None => format!("py::uget<{ct}>({inner})"),
                }
            }
            ExprKind::Name(n) => {
                if n == "__name__" {
                    return "py::Str(\"__main__\")".into();
                }
                match self.typed.names.get(&e.id) {
                    Some(NameRef::Var) | None if self.typed.maybe_unbound.contains(&e.id) && self.is_flagged(n) => {
                        let msg = match self.cur_func {
                            Some(_) => format!("cannot access local variable '{n}' where it is not associated with a value"),
                            None => format!("name '{n}' is not defined"),
                        };
                        let exc = if self.cur_func.is_some() { "py::UnboundLocalError" } else { "py::NameError" };
                        format!("({} ? {} : (py::raise<{exc}>({}), {}))", bound_flag(n), cname(n), cpp_string(&msg), cname(n))
                    }
                    Some(NameRef::Var) | None => cname(n),
                    Some(NameRef::Imported { module, name }) => {
                        match module_constant(module, name) {
                            Some(c) => c,
                            None => {
                                self.unsupported(format!("using `{name}` as a value"), e.span);
                                "0".into()
                            }
                        }
                    }
                    Some(NameRef::Function(fid)) if matches!(self.ty(e), Ty::Func(..)) => {
                        let t = self.ty(e);
                        let ct = self.cty(&t, e.span);
                        format!("{ct}({})", cname(&self.prog.functions[*fid].name))
                    }
                    Some(_) => {
                        self.unsupported(format!("using `{n}` as a value"), e.span);
                        "0".into()
                    }
                }
            }
            ExprKind::Named { name, value, .. } => {
                let t = self.var_ty(name);
                let code = self.expr_as(value, &t);
                format!("({} = {code})", cname(name))
            }
            ExprKind::BinOp { op, left, right } => {
                if self.typed.type_operand_errors.contains(&e.id) {
                    return self.type_operand_error(e, *op, left, right);
                }
                if *op == BinOp::Mod && self.ty(left) == Ty::Str && matches!(self.ty(right), Ty::Optional(_)) {
                    // `"%s" % maybe`: None formats as `None` (the operand is not unwrapped).
                    let lc = self.expr(left);
                    let rc = self.expr(right);
                    return format!("py::percent_format({lc}, {rc})");
                }
                if *op == BinOp::Mod {
                    if let Some(code) = self.percent_literal_code(left, right) {
                        return code;
                    }
                }
                // An operand that may be None stays optional: `optional_binop_code` raises
                // CPython's TypeError naming the operator when it is.
                let operand = |me: &mut Self, x: &Expr| match me.ty(x) {
                    t @ Ty::Optional(_) => (me.expr(x), t),
                    _ => me.val(x),
                };
                let (lc, lt) = operand(self, left);
                let (rc, rt) = operand(self, right);
                if let Some(code) = self.raw_int_binop(e, *op, left, right) {
                    return code;
                }
                if *op == BinOp::Div {
                    if let Some(code) = self.raw_int_truediv(left, right) {
                        return code;
                    }
                    if lt == Ty::Float {
                        if let Some(code) = self.raw_float_by_int_div(&lc, right) {
                            return code;
                        }
                    }
                }
                let res = self.ty(e);
                if self.needs_order(&[left, right]) {
                    return format!(
                        "[&] {{ auto _l = {lc}; auto _r = {rc}; return {}; }}()",
                        self.binop_code(*op, "_l", &lt, "_r", &rt, &res, l)
                    );
                }
                self.binop_code(*op, &lc, &lt, &rc, &rt, &res, l)
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Not {
                    let c = self.cond(operand);
                    return format!("!{c}");
                }
                if *op == UnaryOp::Neg {
                    if let Some(code) = self.raw_int_neg(e, operand) {
                        return code;
                    }
                }
                let (c, t) = self.val(operand);
                if let Ty::Union(ms) = &t {
                    let which = match op {
                        UnaryOp::Neg => "-",
                        UnaryOp::Pos => "+",
                        _ => "~",
                    };
                    let res = self.ty(e);
                    return self.union_unary_code(which, &c, ms, &res, l);
                }
                match (op, &t) {
                    (UnaryOp::Neg, Ty::Int) => format!("py::neg({c}, {l})"),
                    (UnaryOp::Neg, Ty::Bool) => format!("(-static_cast<py::int_t>({c}))"),
                    (UnaryOp::Neg, Ty::Float) => format!("(-{c})"),
                    (UnaryOp::Neg, Ty::Num) => format!("py::num_neg({c}, {l})"),
                    (UnaryOp::Neg, Ty::Fraction) => format!("(-{c})"),
                    // Decimal's unary minus and plus round to the context.
                    (UnaryOp::Neg, Ty::Decimal) => format!("(-{c})"),
                    (UnaryOp::Pos, Ty::Decimal) => format!("(+{c})"),
                    (UnaryOp::Neg, Ty::Complex) => format!("py::complex_neg({c})"),
                    (UnaryOp::Neg, Ty::TimeDelta) => format!("py::dt_neg({c})"),
                    (UnaryOp::Neg, Ty::Object(k, _)) => {
                        let k = *k;
                        self.dunder_code(k, "__neg__", &c, &[])
                    }
                    (UnaryOp::Pos, Ty::Object(k, _)) => {
                        let k = *k;
                        self.dunder_code(k, "__pos__", &c, &[])
                    }
                    (UnaryOp::Invert, Ty::Object(k, _)) => {
                        let k = *k;
                        self.dunder_code(k, "__invert__", &c, &[])
                    }
                    (UnaryOp::Pos, Ty::Bool) => format!("static_cast<py::int_t>({c})"),
                    (UnaryOp::Pos, _) => c,
                    (UnaryOp::Invert, Ty::Bool) => format!("(~static_cast<py::int_t>({c}))"),
                    (UnaryOp::Invert, _) => format!("(~{c})"),
                    _ => c,
                }
            }
            ExprKind::BoolOp { op, values } => {
                let res = self.ty(e);
                if res == Ty::Bool && values.iter().all(|v| self.ty(v) == Ty::Bool) {
                    let parts: Vec<String> = values.iter().map(|v| self.expr(v)).collect();
                    let sep = if *op == BoolOp::And { " && " } else { " || " };
                    return format!("({})", parts.join(sep));
                }
                // Python returns the deciding operand itself.
                let ct = self.cty(&res, e.span);
                let mut body = String::new();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    let code = self.expr_as(v, &res);
                    if i + 1 == n {
                        let _ = write!(body, "return {code}; ");
                    } else {
                        let tmp = format!("_b{i}");
                        let tcode = self.truthy(&tmp, &res);
                        let test = if *op == BoolOp::And { format!("!{tcode}") } else { tcode };
                        let _ = write!(body, "{ct} {tmp} = {code}; if ({test}) return {tmp}; ");
                    }
                }
                format!("[&]() -> {ct} {{ {body}}}()")
            }
            ExprKind::Compare { left, ops, comparators }
                if ops.len() == 1
                    && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(comparators[0].kind, ExprKind::Bool(_))
                    && matches!(self.ty(left), Ty::Union(_)) =>
            {
                // `x is False` on a union: it holds the bool member, and that value.
                let ExprKind::Bool(b) = comparators[0].kind else { unreachable!() };
                let Ty::Union(ms) = self.ty(left) else { unreachable!() };
                let code = self.expr(left);
                let neg = if ops[0] == CmpOp::IsNot { "!" } else { "" };
                match ms.iter().position(|m| *m == Ty::Bool) {
                    Some(i) => {
                        let u = self.fresh("u");
                        format!("[&] {{ const auto& {u} = {code}; return {neg}({u}.index() == {i} && std::get<{i}>({u}.v) == {b}); }}()")
                    }
                    None => format!("((void){code}, {})", if neg.is_empty() { "false" } else { "true" }),
                }
            }
            ExprKind::Compare { left, ops, comparators } if self.is_union_type_test(left, ops, comparators) => {
                self.union_type_test(left, ops, comparators).unwrap_or_default()
            }
            ExprKind::Compare { left, ops, comparators } => {
                if let Some(op) = self.small_int_identity(left, ops, comparators) {
                    let eq = Expr { id: e.id, span: e.span, kind: ExprKind::Compare { left: left.clone(), ops: vec![op], comparators: comparators.clone() } };
                    return self.expr(&eq);
                }
                if ops.len() == 1 && matches!(ops[0], CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::NotEq) {
                    if let Some(code) = self.none_test(ops[0], left, &comparators[0]) {
                        return code;
                    }
                }
                if ops.len() == 1 && matches!(ops[0], CmpOp::Eq | CmpOp::NotEq) {
                    let (lt, rt) = (self.ty(left), self.ty(&comparators[0]));
                    if matches!(lt, Ty::Optional(_)) || matches!(rt, Ty::Optional(_)) {
                        // `None == 0` is simply False: compare without unwrapping.
                        let (lc, rc) = (self.expr(left), self.expr(&comparators[0]));
                        let (lc, rc) = (self.lit_safe(&lc, &lt), self.lit_safe(&rc, &rt));
                        let neg = if ops[0] == CmpOp::NotEq { "!" } else { "" };
                        if self.needs_order(&[left, &comparators[0]]) {
                            return format!("[&] {{ auto _l = {lc}; auto _r = {rc}; return {neg}py::eq(_l, _r); }}()");
                        }
                        return format!("{neg}py::eq({lc}, {rc})");
                    }
                }
                if ops.len() == 1 && matches!(ops[0], CmpOp::Is | CmpOp::IsNot) {
                    let (lt, rt) = (self.ty(left), self.ty(&comparators[0]));
                    if is_object(&lt) && is_object(&rt) {
                        // Identity of objects that may be None: compare without unwrapping.
                        let (lc, rc) = (self.expr(left), self.expr(&comparators[0]));
                        let neg = if ops[0] == CmpOp::IsNot { "!" } else { "" };
                        if self.needs_order(&[left, &comparators[0]]) {
                            return format!("[&] {{ auto _l = {lc}; auto _r = {rc}; return {neg}py::same_object(_l, _r); }}()");
                        }
                        return format!("{neg}py::same_object({lc}, {rc})");
                    }
                }
                if ops.len() == 1 && matches!(ops[0], CmpOp::Eq | CmpOp::NotEq) {
                    // `s == "0"`: against a string_view of the literal (no temporary Str; a
                    // length known to the compiler turns the byte comparison into a few loads).
                    let (l, r) = (&**left, &comparators[0]);
                    let lit = match (&l.kind, &r.kind) {
                        (_, ExprKind::Str(s)) if self.ty(l) == Ty::Str => Some((l, s)),
                        (ExprKind::Str(s), _) if self.ty(r) == Ty::Str => Some((r, s)),
                        _ => None,
                    };
                    if let Some((other, s)) = lit {
                        let oc = self.expr(other);
                        let sym = if ops[0] == CmpOp::Eq { "==" } else { "!=" };
                        return format!("({oc} {sym} std::string_view({}, {}))", cpp_string(s), s.len());
                    }
                }
                let keep_optional = ops.len() == 1
                    && matches!(ops[0], CmpOp::In | CmpOp::NotIn)
                    && matches!(self.ty(left), Ty::Optional(_));
                let (lc, lt) = if keep_optional { (self.expr(left), self.ty(left)) } else { self.val(left) };
                if ops.len() == 1 {
                    let (rc, rt) = self.val(&comparators[0]);
                    if self.needs_order(&[left, &comparators[0]]) {
                        let c = self.cmp_code(ops[0], "_l", &lt, "_r", &rt, e.span);
                        return format!("[&] {{ auto _l = {lc}; auto _r = {rc}; return {c}; }}()");
                    }
                    return self.cmp_code(ops[0], &lc, &lt, &rc, &rt, e.span);
                }
                let mut all = vec![(lc, lt)];
                for c in comparators.iter() {
                    let (cc, ct) = self.val(c);
                    all.push((cc, ct));
                }
                if all.iter().all(|(c, _)| is_simple(c)) {
                    let parts: Vec<String> = ops
                        .iter()
                        .enumerate()
                        .map(|(i, op)| self.cmp_code(*op, &all[i].0, &all[i].1, &all[i + 1].0, &all[i + 1].1, e.span))
                        .collect();
                    return format!("({})", parts.join(" && "));
                }
                // Each operand is evaluated once, left to right, and only while the chain still holds.
                let mut body = format!("auto _c0 = {}; ", all[0].0);
                for (i, op) in ops.iter().enumerate() {
                    let _ = write!(body, "auto _c{} = {}; ", i + 1, all[i + 1].0);
                    let c = self.cmp_code(*op, &format!("_c{i}"), &all[i].1, &format!("_c{}", i + 1), &all[i + 1].1, e.span);
                    if i + 1 == ops.len() {
                        let _ = write!(body, "return {c}; ");
                    } else {
                        let _ = write!(body, "if (!{c}) return false; ");
                    }
                }
                format!("[&]() -> bool {{ {body}}}()")
            }
            ExprKind::IfExp { test, body, orelse } if self.static_lazy_test(test).is_some() => {
                let t = self.ty(e);
                let live = if self.static_lazy_test(test) == Some(true) { body } else { orelse };
                self.expr_as(live, &t)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.ty(e);
                let c = self.cond(test);
                let b = self.expr_as(body, &t);
                let o = self.expr_as(orelse, &t);
                if t == Ty::Int {
                    // Both arms as py::int_t: a literal arm is a C++ `int`, not a py::Int.
                    return format!("({c} ? py::int_t({b}) : py::int_t({o}))");
                }
                if let Ty::Func(..) = t {
                    // Two functions (`operator.lt if rev else operator.gt`): each C++ lambda has a
                    // type of its own, so both arms become the function type.
                    let ct = self.cty(&t, e.span);
                    return format!("({c} ? {ct}({b}) : {ct}({o}))");
                }
                format!("({c} ? {b} : {o})")
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords),
            ExprKind::Attribute { value, attr } => {
                if let Some(x) = pyport_types::type_name_of(value, attr) {
                    let c = self.expr(x);
                    if let Some(n) = self.ty(x).py_class_name().filter(|_| self.ty(x) != Ty::None) {
                        let lit = cpp_string(&n);
                        return if is_simple(&c) { format!("py::Str({lit})") } else { format!("(static_cast<void>({c}), py::Str({lit}))") };
                    }
                    if !matches!(self.ty(x), Ty::Exception | Ty::Unknown | Ty::Conflict) {
                        if let Some(code) = self.type_name_code(x, &c) {
                            return code;
                        }
                        self.unsupported("`type(x).__name__` of this value", e.span);
                        return "py::Str()".into();
                    }
                    return format!("{c}.class_name()");
                }
                if let ExprKind::Name(_) = &value.kind {
                    if let Some(NameRef::Module(m)) = self.typed.names.get(&value.id) {
                        if let Some(c) = module_constant(m, attr) {
                            return c;
                        }
                    }
                }
                if let Some(code) = self.re_attr(value, attr) {
                    return code;
                }
                if self.ty(value) == Ty::Fraction && matches!(attr.as_str(), "numerator" | "denominator") {
                    let c = self.expr(value);
                    return format!("{c}.{attr}()");
                }
                if let (Ty::Union(ms), "numerator" | "denominator") = (self.ty(value), attr.as_str()) {
                    // An int-or-Fraction (inference checked the members): an int is n/1.
                    let c = self.expr(value);
                    let num = attr == "numerator";
                    return self.union_dispatch(&c, &ms, &Ty::Int, "", |_, m, t| match t {
                        Ty::Fraction => Some((format!("{m}.{attr}()"), Ty::Int)),
                        Ty::Int if num => Some((m.to_string(), Ty::Int)),
                        Ty::Bool if num => Some((format!("static_cast<py::int_t>({m})"), Ty::Int)),
                        _ => Some(("py::int_t(1)".to_string(), Ty::Int)),
                    });
                }
                if matches!(self.ty(value), Ty::Array(_)) && matches!(attr.as_str(), "typecode" | "itemsize") {
                    let c = self.expr(value);
                    let c = format!("{c}.{attr}()");
                    return if attr == "itemsize" { format!("py::int_t({c})") } else { c };
                }
                if matches!(self.ty(value), Ty::Deque(_)) && attr == "queue" {
                    return self.expr(value);
                }
                if matches!(self.ty(value), Ty::TextFile | Ty::BinaryFile) && matches!(attr.as_str(), "closed" | "name" | "mode") {
                    let c = self.expr(value);
                    return format!("{c}.{attr}()");
                }
                if self.ty(value) == Ty::DecimalContext && matches!(attr.as_str(), "prec" | "rounding") {
                    let c = self.expr(value);
                    return format!("{c}.get_{attr}()");
                }
                if let Some(code) = self.datetime_attr_code(value, attr) {
                    return code;
                }
                if self.ty(value) == Ty::Complex && matches!(attr.as_str(), "real" | "imag") {
                    let c = self.expr(value);
                    return format!("({c}).{attr}()");
                }
                if matches!(attr.as_str(), "__name__" | "__doc__") && matches!(self.ty(value), Ty::Func(..)) {
                    return self.func_attr_code(value, attr, e.span);
                }
                if let Some(code) = self.bound_method_code(value, attr, e) {
                    return code;
                }
                self.cur_attr = Some(attr.clone());
                let (code, _) = self.attr_place(value, attr, e.span);
                self.cur_attr = None;
                code
            }
            ExprKind::Subscript { value, index } => {
                if let Some(code) = self.namedtuple_subscript(e, value, index) {
                    return code;
                }
                if let Some(code) = self.re_subscript(value, index, e) {
                    return code;
                }
                let (v, vt) = self.val(value);
                if let Ty::Union(ms) = &vt {
                    return self.union_subscript(e, index, &v, ms);
                }
                if let Ty::Object(c, _) = vt {
                    // `obj[i]`: `obj.__getitem__(i)`.
                    let (i, it) = self.val(index);
                    return self.dunder_code(c, "__getitem__", &v, &[(&i, &it)]);
                }
                if let Ty::Tuple(ts) = &vt {
                    if let Some(picked) = pyport_types::const_tuple_slice(ts.len(), index) {
                        // `t[1:]` of a fixed tuple with literal bounds: a fixed tuple of those items.
                        let rt = self.ty(e);
                        let ct = self.cty(&rt, e.span);
                        let st = self.fresh("st");
                        let items: Vec<String> = picked.iter().map(|i| format!("std::get<{i}>({st})")).collect();
                        return format!("[&] {{ const auto& {st} = {v}; return {ct}{{{}}}; }}()", items.join(", "));
                    }
                }
                // `t[a:b]` of a fixed tuple with bounds known at run time: its items as a
                // `tuple[T, ...]`, sliced as one.
                let (v, vt) = match (&vt, &index.kind) {
                    (Ty::Tuple(ts), ExprKind::Slice { .. }) => {
                        let Ty::VarTuple(et) = self.ty(e) else {
                            self.unsupported("slicing this tuple", e.span);
                            return v;
                        };
                        let ct = self.cty(&et, e.span);
                        let items: Vec<String> = ts.iter().enumerate().map(|(i, t)| self.coerce(&format!("std::get<{i}>(_t)"), t, &et)).collect();
                        (format!("[&](const auto& _t) {{ return py::VTuple<{ct}>{{{}}}; }}({v})", items.join(", ")), Ty::VarTuple(et))
                    }
                    _ => (v, vt),
                };
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let mut parts = Vec::new();
                    let bounds: Vec<&Expr> = [lower, upper, step].into_iter().flatten().map(|b| &**b).collect();
                    let mut all = vec![&**value];
                    all.extend(bounds.iter().copied());
                    let ordered = self.needs_order(&all);
                    let mut pre = String::new();
                    for p in [lower, upper, step] {
                        parts.push(match p {
                            Some(x) => {
                                let c = self.int_operand(x, "slice indices must be integers or None or have an __index__ method");
                                if ordered {
                                    let t = self.fresh("b");
                                    let _ = write!(pre, "py::int_t {t} = {c}; ");
                                    t
                                } else {
                                    c
                                }
                            }
                            None => "std::nullopt".into(),
                        });
                    }
                    if ordered {
                        let f = match vt {
                            Ty::Str => "py::str_slice",
                            Ty::Bytes | Ty::ByteArray => "py::bytes_slice",
                            Ty::Iter(_) => "py::iter_slice",
                            Ty::VarTuple(_) => "py::vtuple_slice",
                            _ => "py::list_slice",
                        };
                        return format!("[&] {{ auto _sv = {v}; {pre}return {f}(_sv, {}, {l}); }}()", parts.join(", "));
                    }
                    return match vt {
                        Ty::List(_) => format!("py::list_slice({v}, {}, {l})", parts.join(", ")),
                        Ty::Array(_) => format!("{v}.slice({}, {l})", parts.join(", ")),
                        Ty::VarTuple(_) => format!("py::vtuple_slice({v}, {}, {l})", parts.join(", ")),
                        Ty::Str => format!("py::str_slice({v}, {}, {l})", parts.join(", ")),
                        Ty::Bytes | Ty::ByteArray => format!("py::bytes_slice({v}, {}, {l})", parts.join(", ")),
                        Ty::Iter(_) => format!("py::iter_slice({v}, {}, {l})", parts.join(", ")),
                        _ => {
                            self.unsupported("slicing this value", e.span);
                            v
                        }
                    };
                }
                match vt {
                    Ty::List(_) | Ty::Deque(_) | Ty::Iter(_) | Ty::VarTuple(_) | Ty::Array(_) => {
                        let i = self.index_operand(index, &vt);
                        if let (Ty::List(_), Some(c)) = (&vt, self.inbounds_access(value, &v, index, &i, false)) {
                            return c;
                        }
                        format!("{v}.at({i})")
                    }
                    Ty::Dict(kt, _) | Ty::Mapping(_, kt, _) => {
                        let k = self.expr_as(index, &kt);
                        format!("{v}.at({k})")
                    }
                    Ty::Str => {
                        let i = self.index_operand(index, &vt);
                        format!("py::str_getitem({v}, {i})")
                    }
                    Ty::Bytes | Ty::ByteArray => {
                        let i = self.index_operand(index, &vt);
                        format!("py::bytes_getitem({v}, {i})")
                    }
                    Ty::Tuple(ts) => match const_int(index) {
                        Some(i) => {
                            let n = ts.len() as i64;
                            let i = if i < 0 { i + n } else { i };
                            format!("std::get<{i}>({v})")
                        }
                        None => {
                            let rt = self.ty(e);
                            let same = ts.iter().all(|t| *t == rt || (t.is_numeric() && matches!(rt, Ty::Num | Ty::Float)));
                            let joined = ts.iter().skip(1).try_fold(ts.first().cloned().unwrap_or(Ty::Unknown), |a, t| join_tuple_tys(&a, t));
                            if !same && rt != Ty::Unknown && joined.as_ref() == Some(&rt) {
                                // Tuples of different lengths, read as the `tuple[T, ...]` they join to.
                                let i = self.expr_as(index, &Ty::Int);
                                let ct = self.cty(&rt, e.span);
                                let (tup, idx) = (self.fresh("tup"), self.fresh("idx"));
                                let cases: Vec<String> = ts
                                    .iter()
                                    .enumerate()
                                    .map(|(k, t)| format!("case {k}: return {};", self.coerce(&format!("std::get<{k}>({tup})"), t, &rt)))
                                    .collect();
                                return format!(
                                    "[&]() -> {ct} {{ const auto& {tup} = {v}; int64_t {idx} = static_cast<int64_t>({i}); if ({idx} < 0) {idx} += {n}; switch ({idx}) {{ {} default: py::raise_lit<py::IndexError>(\"tuple index out of range\"); }} }}()",
                                    cases.join(" "),
                                    n = ts.len()
                                );
                            }
                            if !same || rt == Ty::Unknown {
                                self.unsupported("indexing a tuple whose items have different types with a non-constant index", index.span);
                                return v;
                            }
                            let i = self.expr_as(index, &Ty::Int);
                            let ct = self.cty(&rt, e.span);
                            format!("py::tuple_getitem<{ct}>({v}, {i})")
                        }
                    },
                    _ => {
                        self.unsupported("subscripting this value", e.span);
                        v
                    }
                }
            }
            ExprKind::Slice { .. } => {
                self.unsupported("a slice outside `[...]`", e.span);
                "0".into()
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) if star::has_star(elts) => self.starred_display(e, elts),
            ExprKind::Dict(items) if star::has_star(items) => self.starred_dict(e, items),
            ExprKind::Dict(items) => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let Ty::Dict(kt, vt) = t else { return format!("{ct}()") };
                let mut parts = Vec::new();
                for it in items {
                    let ExprKind::Tuple(kv) = &it.kind else { continue };
                    let k = self.expr_as(&kv[0], &kt);
                    let v = self.expr_as(&kv[1], &vt);
                    parts.push(format!("{{{k}, {v}}}"));
                }
                // Braced initializers evaluate left to right, as Python does.
                format!("{ct}{{{}}}", parts.join(", "))
            }
            ExprKind::Set(elts) => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let et = elem_ty(&t);
                let parts: Vec<String> = elts.iter().map(|x| self.expr_as(x, &et)).collect();
                // CPython folds a display of 3+ constants into a frozenset first: another table order.
                if elts.len() >= 3 && elts.iter().all(is_constant) {
                    return format!("{ct}::from_literal({{{}}})", parts.join(", "));
                }
                format!("{ct}{{{}}}", parts.join(", "))
            }
            ExprKind::Lambda { params, body } => self.lambda_value(e, params, body),
            ExprKind::SetComp { elt, generators } | ExprKind::DictComp { elt, generators } => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let r = self.fresh("r");
                let sink = match &t {
                    Ty::Dict(k, v) => Sink::DictSet(r.clone(), (**k).clone(), (**v).clone()),
                    _ => Sink::SetAdd(r.clone(), elem_ty(&t)),
                };
                self.comp_lambda(e, elt, generators, &ct, vec![format!("{ct} {r};")], &sink, format!("return {r};"))
            }
            ExprKind::List(elts) => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let et = elem_ty(&t);
                let parts: Vec<String> = elts.iter().map(|x| self.expr_as(x, &et)).collect();
                if parts.is_empty() {
                    format!("{ct}()")
                } else {
                    format!("{ct}{{{}}}", parts.join(", "))
                }
            }
            ExprKind::Tuple(elts) => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let ts = match &t {
                    Ty::Tuple(ts) => ts.clone(),
                    Ty::VarTuple(et) => vec![(**et).clone(); elts.len()],
                    _ => vec![Ty::Unknown; elts.len()],
                };
                let parts: Vec<String> = elts.iter().zip(&ts).map(|(x, t)| self.expr_as(x, t)).collect();
                format!("{ct}{{{}}}", parts.join(", "))
            }
            ExprKind::GenExp { elt, generators } if matches!(self.ty(e), Ty::Generator(_)) => self.lazy_genexp(e, elt, generators),
            ExprKind::GenExp { elt, generators } => {
                if !self.genexp_ok.contains(&e.id) {
                    self.unsupported(
                        "a generator expression kept or passed around (only direct consumers such as `sum(...)`, `any(...)`, `sorted(...)`, `list(...)` or a `for` loop are compiled)",
                        e.span,
                    );
                }
                self.comprehension(e, elt, generators)
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, elt, generators),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Starred(_) => {
                self.unsupported("`*` here", e.span);
                "0".into()
            }
            ExprKind::Yield(_) => {
                self.unsupported("`yield` inside an expression", e.span);
                "py::None".into()
            }
        }
    }

    /// `x is None`, `x is not None`, `x == None`: a test of the optional's presence.
    fn none_test(&mut self, op: CmpOp, left: &Expr, right: &Expr) -> Option<String> {
        let (lt, rt) = (self.ty(left), self.ty(right));
        let (subject, st) = match (&lt, &rt) {
            (_, Ty::None) => (left, lt.clone()),
            (Ty::None, _) => (right, rt.clone()),
            _ => return None,
        };
        let positive = matches!(op, CmpOp::Is | CmpOp::Eq);
        let code = self.expr(subject);
        let present = match st {
            Ty::Optional(_) => format!("{code}.has_value()"),
            Ty::None | Ty::Unknown => format!("(static_cast<void>({code}), false)"),
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return None;
                }
                format!("(static_cast<void>({code}), true)")
            }
        };
        Some(if positive { format!("!{present}") } else { present })
    }

    fn comprehension(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension]) -> String {
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        let et = elem_ty(&t);
        let r = self.fresh("r");
        let sink = Sink::Append(r.clone(), et);
        self.comp_lambda(e, elt, generators, &ct, vec![format!("{ct} {r};")], &sink, format!("return {r};"))
    }

    /// Runs a comprehension's loops inside an immediately invoked lambda, handing each element to `sink`.
    /// Consumers like `any` and `next` return from inside the loops: generator expressions stay lazy.
    #[allow(clippy::too_many_arguments)]
    fn comp_lambda(
        &mut self,
        e: &Expr,
        elt: &Expr,
        generators: &[Comprehension],
        ret: &str,
        prologue: Vec<String>,
        sink: &Sink,
        epilogue: String,
    ) -> String {
        // Emit into a side buffer, then wrap as an immediately invoked lambda.
        let saved_out = std::mem::take(&mut self.out);
        let saved_indent = self.indent;
        self.indent = 1;
        for l in prologue {
            self.w(l);
        }
        let mut vars = HashSet::new();
        for g in generators {
            collect_target_names(&g.target, &mut vars);
        }
        // Python evaluates the first iterable in the enclosing scope; here the comprehension's own
        // variables are declared before its loops, so a name they share (`[x for x in x]`) is read
        // into a reference first, and the iterable reads that.
        let mut outer_reads = Vec::new();
        if let Some(g) = generators.first() {
            let mut shared = Vec::new();
            outer_name_reads(&g.iter, &vars, &mut shared);
            for x in shared {
                let Some(x) = x else {
                    self.unsupported("a comprehension whose first iterable has a lambda reading a name the comprehension also binds (rename its loop variable)", g.iter.span);
                    break;
                };
                let code = self.expr(&x);
                let outer = self.fresh("outer");
                self.w(format!("auto&& {outer} = {code};"));
                self.overrides.insert(x.id, outer);
                outer_reads.push(x.id);
            }
        }
        self.comp_stack.push((e.id, vars.clone()));
        self.declare_comp_vars(e, elt, generators, &vars);
        self.comp_level(generators, 0, elt, sink);
        self.comp_stack.pop();
        for id in outer_reads {
            self.overrides.remove(&id);
        }
        self.w(epilogue);
        let body = std::mem::replace(&mut self.out, saved_out);
        self.indent = saved_indent;
        let pad = "    ".repeat(self.indent);
        let body: String = body.lines().map(|l| format!("{pad}{l}\n")).collect();
        format!("[&]() -> {ret} {{\n{body}{pad}}}()")
    }

    fn comp_level(&mut self, gens: &[Comprehension], i: usize, elt: &Expr, sink: &Sink) {
        if i == gens.len() {
            self.sink(elt, sink);
            return;
        }
        let g = &gens[i];
        if !matches!(sink, Sink::Yield(_)) {
            self.next_inbounds = self.comp_inbounds_plan(gens, i, elt);
        }
        self.for_loop(&g.target, &g.iter, |this| {
            if g.ifs.is_empty() {
                this.comp_level(gens, i + 1, elt, sink);
            } else {
                let conds: Vec<String> = g.ifs.iter().map(|c| this.cond(c)).collect();
                this.w(format!("if ({}) {{", conds.join(" && ")));
                this.indent += 1;
                this.comp_level(gens, i + 1, elt, sink);
                this.indent -= 1;
                this.w("}");
            }
        });
    }

    fn sink(&mut self, elt: &Expr, sink: &Sink) {
        match sink {
            Sink::SetAdd(r, et) => {
                let code = self.expr_as(elt, et);
                self.w(format!("{r}.add({code});"));
            }
            Sink::DictSet(r, kt, vt) => {
                let ExprKind::Tuple(kv) = &elt.kind else { return };
                let (k, v) = (self.expr_as(&kv[0], kt), self.expr_as(&kv[1], vt));
                let (kc, vc) = (self.cty(kt, elt.span), self.cty(vt, elt.span));
                let (tk, tv) = (self.fresh("k"), self.fresh("v"));
                self.w(format!("{{ {kc} {tk} = {k}; {vc} {tv} = {v}; {r}.set(std::move({tk}), std::move({tv})); }}"));
            }
            Sink::Append(r, et) => {
                let code = self.expr_as(elt, et);
                self.w(format!("{r}.append({code});"));
            }
            Sink::Yield(et) => {
                let code = self.expr_as(elt, et);
                self.w(format!("co_yield {code};"));
            }
            Sink::Join { acc, sep, n } => {
                let code = self.expr_as(elt, &Ty::Str);
                self.w(format!("if ({n}++) {acc} += {sep};"));
                self.w(format!("{acc} += {code};"));
            }
            Sink::Any => {
                let c = self.cond(elt);
                self.w(format!("if ({c}) return true;"));
            }
            Sink::All => {
                let c = self.cond(elt);
                self.w(format!("if (!{c}) return false;"));
            }
            Sink::First(t) => {
                let code = self.expr_as(elt, t);
                self.w(format!("return {code};"));
            }
            Sink::Sum(acc, acc_t, line) => {
                let (c, t) = self.val(elt);
                let code = self.binop_code(BinOp::Add, acc, acc_t, &c, &t, acc_t, *line);
                self.w(format!("{acc} = {code};"));
            }
            Sink::Best { best, have, ty, is_max } => {
                let code = self.expr_as(elt, ty);
                let v = self.fresh("x");
                let ct = self.cty(ty, elt.span);
                self.w(format!("{ct} {v} = {code};"));
                let better = if *is_max { format!("py::gt({v}, {best})") } else { format!("py::lt({v}, {best})") };
                self.w(format!("if (!{have} || {better}) {{ {best} = {v}; {have} = true; }}"));
            }
        }
    }

    fn fstring(&mut self, parts: &[FPart]) -> String {
        let pieces: Vec<String> = parts.iter().map(|p| self.fpart(p)).collect();
        match pieces.len() {
            0 => "py::Str()".into(),
            1 if !pieces[0].starts_with('"') => pieces[0].clone(),
            _ => {
                let fields: Vec<&Expr> = parts.iter().filter_map(|p| match p { FPart::Field { value, .. } => Some(value), _ => None }).collect();
                if self.needs_order(&fields) {
                    let strs: Vec<String> = pieces.iter().map(|p| if p.starts_with('"') { format!("py::Str({p})") } else { p.clone() }).collect();
                    format!("py::join_in_order({{{}}})", strs.join(", "))
                } else {
                    format!("py::concat({})", pieces.join(", "))
                }
            }
        }
    }

    fn fpart(&mut self, p: &FPart) -> String {
        match p {
            FPart::Lit(s) if s.contains('\0') => format!("py::Str({}, {})", cpp_string(s), s.len()),
            FPart::Lit(s) => cpp_string(s),
            FPart::Field { value, conversion, spec } => {
                let t = self.ty(value);
                let code = self.expr(value);
                let code = self.lit_safe(&code, &t);
                let base = match conversion {
                    Some('r') => Some(format!("py::repr({code})")),
                    Some('s') => Some(format!("py::str({code})")),
                    Some('a') => Some(format!("py::ascii({code})")),
                    _ => None,
                };
                if spec.is_empty() {
                    return base.unwrap_or_else(|| format!("py::str({code})"));
                }
                let spec_code = if spec.iter().all(|p| matches!(p, FPart::Lit(_))) {
                    let s: String = spec.iter().map(|p| if let FPart::Lit(s) = p { s.as_str() } else { "" }).collect();
                    cpp_string(&s)
                } else {
                    self.fstring(spec)
                };
                let mut fields: Vec<&Expr> = vec![value];
                collect_fields(spec, &mut fields);
                if let (None, Ty::Object(c, _)) = (conversion, &t) {
                    if self.typed.find_method(Some(*c), "__format__").is_some() {
                        // The class's `__format__` (an enum member's), the value before the spec.
                        return format!("[&] {{ auto _fv = {code}; auto _fs = py::Str({spec_code}); return _fv->_d_format(_fs); }}()");
                    }
                }
                if self.needs_order(&fields) {
                    // The value is evaluated before the fields of its format spec.
                    return format!(
                        "[&] {{ auto _fv = {}; auto _fs = py::Str({spec_code}); return py::format(_fv, _fs); }}()",
                        base.unwrap_or(code)
                    );
                }
                format!("py::format({}, {spec_code})", base.unwrap_or(code))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty, res: &Ty, line: usize) -> String {
        if matches!(lt, Ty::Optional(_)) || matches!(rt, Ty::Optional(_)) {
            return self.optional_binop_code(op, l, lt, r, rt, res, line);
        }
        if matches!(lt, Ty::Union(_)) || matches!(rt, Ty::Union(_)) {
            return self.union_binop_code(op, l, lt, r, rt, res, line);
        }
        if *lt == Ty::Unknown || *rt == Ty::Unknown {
            // No value of an unknown type ever exists (e.g. elements of a list that stays empty):
            // this code cannot run. Should it run anyway, it stops instead of making up a value.
            let ct = self.cty(res, Span::default());
            return format!("py::unreachable_value<{ct}>({line})");
        }
        if *lt == Ty::Str && op == BinOp::Mod {
            if let Ty::Object(c, _) = rt {
                // `"%s is %d" % p` for a namedtuple `p`: its fields are the arguments.
                if let Some(n) = self.prog.namedtuple_fields(*c).map(<[_]>::len) {
                    let items: Vec<String> = (0..n).filter_map(|i| self.namedtuple_field(*c, "_o", i as i64).map(|x| x.0)).collect();
                    let args: String = items.iter().map(|x| format!(", {x}")).collect();
                    return format!("[&] {{ py::Str _f = {l}; const auto& _o = {r}; return py::percent_format_args(_f{args}); }}()");
                }
            }
            return format!("py::percent_format({l}, {r})");
        }
        if matches!(lt, Ty::Bytes | Ty::ByteArray) && op == BinOp::Mod {
            // PEP 461: `b"%d %s" % (n, data)`.
            let ct = if *lt == Ty::Bytes { "py::Bytes" } else { "py::ByteArray" };
            return format!("{ct}(std::string(py::percent_format<true>(({l}).view(), {r})))");
        }
        if let Some(code) = self.datetime_binop_code(op, l, lt, r, rt) {
            return code;
        }
        if let Ty::Object(c, _) = lt {
            return self.dunder_code(*c, op.dunder(), l, &[(r, rt)]);
        }
        if let Some(code) = self.reflected_binop_code(op, l, lt, r, rt) {
            return code;
        }
        if let (Ty::Mapping(MapKind::Counter, ..), Ty::Mapping(MapKind::Counter, ..)) = (lt, rt) {
            // Counter arithmetic: CPython's multiset rules (runtime `collections.hpp`).
            let sym = match op {
                BinOp::Add => "+",
                BinOp::Sub => "-",
                BinOp::BitOr => "|",
                _ => "&",
            };
            return format!("({l} {sym} {r})");
        }
        if let (Ty::Set(_) | Ty::FrozenSet(_), Ty::Set(_) | Ty::FrozenSet(_)) = (lt, rt) {
            let sym = match op {
                BinOp::BitOr => "|",
                BinOp::BitAnd => "&",
                BinOp::Sub => "-",
                _ => "^",
            };
            return format!("({l} {sym} {r})");
        }
        let num = |t: &Ty| t.is_numeric();
        if num(lt) && num(rt) {
            let (l, lt) = if *lt == Ty::Bool { (format!("static_cast<py::int_t>({l})"), Ty::Int) } else { (l.to_string(), lt.clone()) };
            let (r, rt) = if *rt == Ty::Bool { (format!("static_cast<py::int_t>({r})"), Ty::Int) } else { (r.to_string(), rt.clone()) };
            let any_float = lt == Ty::Float || rt == Ty::Float;
            let any_num = lt == Ty::Num || rt == Ty::Num;
            if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) && *res == Ty::Bool {
                let sym = match op { BinOp::BitAnd => "&", BinOp::BitOr => "|", _ => "^" };
                return format!("static_cast<bool>({l} {sym} {r})");
            }
            if op == BinOp::Div {
                return if lt == Ty::Int && rt == Ty::Int {
                    format!("py::int_truediv({l}, {r})")
                } else if any_num {
                    let (l, r) = (self.coerce(&l, &lt, &Ty::Num), self.coerce(&r, &rt, &Ty::Num));
                    format!("py::num_truediv({l}, {r})")
                } else {
                    let (l, r) = (self.coerce(&l, &lt, &Ty::Float), self.coerce(&r, &rt, &Ty::Float));
                    format!("py::fdiv({l}, {r})")
                };
            }
            if any_float {
                let (l, r) = (self.coerce(&l, &lt, &Ty::Float), self.coerce(&r, &rt, &Ty::Float));
                return match op {
                    BinOp::Add => format!("({l} + {r})"),
                    BinOp::Sub => format!("({l} - {r})"),
                    BinOp::Mul => format!("({l} * {r})"),
                    BinOp::FloorDiv => format!("py::float_floordiv({l}, {r})"),
                    BinOp::Mod => format!("py::float_mod({l}, {r})"),
                    BinOp::Pow => format!("py::float_pow({l}, {r})"),
                    _ => {
                        self.unsupported(format!("`{}` on these operand types", op.as_str()), self.cur_span);
                        "0".into()
                    }
                };
            }
            if op == BinOp::Pow && *res == Ty::Float {
                let (l, r) = (self.coerce(&l, &lt, &Ty::Float), self.coerce(&r, &rt, &Ty::Float));
                return format!("py::float_pow({l}, {r})");
            }
            if any_num && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift) {
                return self.num_bitop_code(op, &l, &lt, &r, &rt, line);
            }
            if any_num || *res == Ty::Num {
                let (l, r) = (self.coerce(&l, &lt, &Ty::Num), self.coerce(&r, &rt, &Ty::Num));
                let f = match op {
                    BinOp::Add => "num_add",
                    BinOp::Sub => "num_sub",
                    BinOp::Mul => "num_mul",
                    BinOp::FloorDiv => "num_floordiv",
                    BinOp::Mod => "num_mod",
                    BinOp::Pow => "num_pow",
                    _ => "num_unsupported",
                };
                return format!("py::{f}({l}, {r}, {line})");
            }
            let f = match op {
                BinOp::Add => "add",
                BinOp::Sub => "sub",
                BinOp::Mul => "mul",
                BinOp::FloorDiv => "floordiv",
                BinOp::Mod => "mod",
                BinOp::Pow => "ipow",
                BinOp::LShift => "lshift",
                BinOp::RShift => "rshift",
                BinOp::BitAnd => return format!("({l} & {r})"),
                BinOp::BitOr => return format!("({l} | {r})"),
                BinOp::BitXor => return format!("({l} ^ {r})"),
                BinOp::Div => unreachable!("handled above"),
            };
            // Two plain C++ integers (literals, loop counters, len()) pick the runtime's int64
            // overloads: exact by default (a py::Int past 64 bits), checked under `--int64`.
            // By a positive constant, `//` and `%` can neither divide by zero nor overflow.
            if matches!(op, BinOp::FloorDiv | BinOp::Mod) && r.parse::<i64>().is_ok_and(|d| d > 0) {
                return format!("py::{f}_by_positive({l}, {r})");
            }
            return format!("py::{f}({l}, {r}, {line})");
        }
        match (op, lt, rt) {
            (BinOp::Add, Ty::Str, Ty::Str) => format!("({l} + {r})"),
            (BinOp::Add, Ty::Bytes | Ty::ByteArray, Ty::Bytes | Ty::ByteArray) => format!("py::bytes_concat({l}, {r})"),
            (BinOp::Mul, Ty::Bytes | Ty::ByteArray, _) => format!("py::bytes_repeat({l}, {r})"),
            (BinOp::Add, Ty::Array(_), Ty::Array(_)) => format!("({l} + {r})"),
            (BinOp::Mul, Ty::Array(_), _) => format!("{l}.repeat(static_cast<int64_t>({r}))"),
            (BinOp::Mul, _, Ty::Array(_)) => format!("{r}.repeat(static_cast<int64_t>({l}))"),
            (BinOp::Mul, _, Ty::Bytes | Ty::ByteArray) => format!("py::bytes_repeat({r}, {l})"),
            (_, Ty::Complex, _) | (_, _, Ty::Complex) => self.complex_binop_code(op, l, lt, r, rt),
            (_, Ty::Decimal, _) | (_, _, Ty::Decimal) => self.decimal_binop_code(op, l, lt, r, rt),
            (_, Ty::Fraction, _) | (_, _, Ty::Fraction) => {
                const OPS: &[BinOp] = &[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow];
                self.runtime_num_binop(op, (l, lt), (r, rt), ("py::frac_", "a Fraction", "0"), OPS)
            }
            (BinOp::Mul, Ty::Str, Ty::Num) => format!("py::str_repeat({l}, py::num_int_or({r}, {}))", cpp_string(REPEAT_FLOAT)),
            (BinOp::Mul, Ty::Num, Ty::Str) => format!("py::str_repeat({r}, py::num_int_or({l}, {}))", cpp_string(REPEAT_FLOAT)),
            (BinOp::Mul, Ty::Str, _) => format!("py::str_repeat({l}, {r})"),
            (BinOp::Mul, _, Ty::Str) => format!("py::str_repeat({r}, {l})"),
            (BinOp::Add, Ty::List(_), Ty::List(_)) => format!("py::list_concat({l}, {r})"),
            (BinOp::Mul, Ty::List(_), Ty::Num) => format!("py::list_repeat({l}, py::num_int_or({r}, {}))", cpp_string(REPEAT_FLOAT)),
            (BinOp::Mul, Ty::Num, Ty::List(_)) => format!("py::list_repeat({r}, py::num_int_or({l}, {}))", cpp_string(REPEAT_FLOAT)),
            (BinOp::Mul, Ty::List(_), _) => {
                let r = self.coerce(r, rt, &Ty::Int);
                format!("py::list_repeat({l}, {r})")
            }
            (BinOp::Mul, _, Ty::List(_)) => {
                let l = self.coerce(l, lt, &Ty::Int);
                format!("py::list_repeat({r}, {l})")
            }
            (BinOp::Add, Ty::Tuple(_), Ty::Tuple(_)) => format!("std::tuple_cat({l}, {r})"),
            (BinOp::BitOr, Ty::Dict(..), Ty::Dict(..)) => format!("[&] {{ auto _d = ({l}).copy(); _d.update({r}); return _d; }}()"),
            (BinOp::Add, Ty::VarTuple(_) | Ty::Tuple(_), Ty::VarTuple(_) | Ty::Tuple(_)) => {
                // (A result that flows into an optional slot is the tuple itself here.)
                let res = match res {
                    Ty::Optional(inner) => &**inner,
                    t => t,
                };
                let (l, r) = (self.coerce(l, lt, res), self.coerce(r, rt, res));
                format!("py::vtuple_concat({l}, {r})")
            }
            (BinOp::Mul, Ty::Tuple(_), _) | (BinOp::Mul, _, Ty::Tuple(_)) => {
                let (t, tt, n, nt) = if matches!(lt, Ty::Tuple(_)) { (l, lt, r, rt) } else { (r, rt, l, lt) };
                match res {
                    Ty::Tuple(items) => {
                        // A constant count: the items repeated (`std::tuple_cat` of copies).
                        let Ty::Tuple(one) = tt else { unreachable!() };
                        let k = if one.is_empty() { 0 } else { items.len() / one.len() };
                        let copies = vec!["_t"; k].join(", ");
                        format!("[&] {{ auto _t = {t}; static_cast<void>({n}); return std::tuple_cat({copies}); }}()")
                    }
                    _ => {
                        let t = self.coerce(t, tt, res);
                        let n = self.coerce(n, nt, &Ty::Int);
                        format!("py::vtuple_repeat({t}, {n})")
                    }
                }
            }
            (BinOp::Mul, Ty::VarTuple(_), _) => {
                let r = if *rt == Ty::Num { format!("py::num_int_or({r}, {})", cpp_string(REPEAT_FLOAT)) } else { self.coerce(r, rt, &Ty::Int) };
                format!("py::vtuple_repeat({l}, {r})")
            }
            (BinOp::Mul, _, Ty::VarTuple(_)) => {
                let l = if *lt == Ty::Num { format!("py::num_int_or({l}, {})", cpp_string(REPEAT_FLOAT)) } else { self.coerce(l, lt, &Ty::Int) };
                format!("py::vtuple_repeat({r}, {l})")
            }
            _ => {
                self.unsupported(format!("`{}` on these operand types", op.as_str()), self.cur_span);
                "0".into()
            }
        }
    }

    /// `x is 0` / `x is not 0` with `x` an int (or an int that may be None): CPython has one object
    /// for each int from -5 to 256, so identity with one of them is equality (`==`/`!=` returned).
    /// The literal may stand for a constant (`lower/small_ints.rs`).
    fn small_int_identity(&self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<CmpOp> {
        let ([op @ (CmpOp::Is | CmpOp::IsNot)], [right]) = (ops, comparators) else { return None };
        let small = |e: &Expr| matches!(e.kind, ExprKind::Int(v) if (-5..=256).contains(&v));
        let int = |e: &Expr| matches!(self.ty(e), Ty::Int) || matches!(self.ty(e), Ty::Optional(t) if *t == Ty::Int);
        let ok = (small(left) && int(right)) || (small(right) && int(left));
        ok.then_some(if *op == CmpOp::Is { CmpOp::Eq } else { CmpOp::NotEq })
    }

    #[allow(clippy::too_many_lines)]
    fn cmp_code(&mut self, op: CmpOp, l: &str, lt: &Ty, r: &str, rt: &Ty, sp: Span) -> String {
        let sym = match op {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In | CmpOp::NotIn => {
                let neg = if op == CmpOp::NotIn { "!" } else { "" };
                if let Ty::Object(c, _) = rt {
                    // `x in obj`: the truth of `obj.__contains__(x)`.
                    let call = self.dunder_code(*c, "__contains__", r, &[(l, lt)]);
                    let f = self.typed.find_method(Some(*c), "__contains__").map(|f| self.typed.funcs[f].ret.clone()).unwrap_or(Ty::Bool);
                    let t = self.truthy(&call, &f);
                    return format!("{neg}{t}");
                }
                if let Some(code) = self.union_in_sequence(neg, l, lt, r, rt, sp) {
                    return code;
                }
                let int_elems = match rt {
                    Ty::List(et) | Ty::Set(et) | Ty::FrozenSet(et) | Ty::Dict(et, _) => **et == Ty::Int,
                    Ty::Tuple(ts) => !ts.is_empty() && ts.iter().all(|t| *t == Ty::Int),
                    _ => false,
                };
                if *lt == Ty::Num && int_elems {
                    // `3.0 in (3, 5)` is True: compare by value, not by converting to an int index.
                    let c = match rt {
                        Ty::Tuple(ts) => self.tuple_list(r, ts, sp).map(|(list, _)| list).unwrap_or_else(|| r.to_string()),
                        _ => r.to_string(),
                    };
                    return format!("{neg}py::num_in({c}, {l})");
                }
                return match rt {
                    Ty::List(_) if matches!(lt, Ty::Optional(_)) => format!("{neg}{r}.contains({l})"),
                    Ty::List(et) | Ty::VarTuple(et) => {
                        let x = self.coerce(l, lt, et);
                        format!("{neg}{r}.contains({x})")
                    }
                    Ty::Str => format!("{neg}py::str_contains({r}, {l})"),
                    Ty::Bytes | Ty::ByteArray => format!("{neg}py::bytes_contains({r}, {l})"),
                    Ty::Dict(et, _) | Ty::Set(et) if matches!(**et, Ty::Union(_)) && lt != &**et => {
                        let x = self.coerce(l, lt, et);
                        format!("{neg}{r}.contains({x})")
                    }
                    Ty::Dict(..) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Deque(_) | Ty::Mapping(..) | Ty::Array(_) => format!("{neg}{r}.contains({l})"),
                    Ty::Iter(_) | Ty::Generator(_) => format!("{neg}py::iter_contains({r}, {l})"),
                    Ty::Tuple(ts) => match self.tuple_list(r, ts, sp) {
                        Some((list, et)) => {
                            let x = self.coerce(l, lt, &et);
                            format!("{neg}{list}.contains({x})")
                        }
                        None => "false".into(),
                    },
                    _ => {
                        self.unsupported("`in` on this value", sp);
                        "false".into()
                    }
                };
            }
            CmpOp::Is | CmpOp::IsNot if is_object(lt) && is_object(rt) => {
                let neg = if op == CmpOp::IsNot { "!" } else { "" };
                return format!("{neg}py::same_object({l}, {r})");
            }
            // Two lists (dicts, sets, deques) of one type: the same storage is the same object.
            CmpOp::Is | CmpOp::IsNot if lt == rt && matches!(lt, Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Deque(_) | Ty::Mapping(..)) => {
                let neg = if op == CmpOp::IsNot { "!" } else { "" };
                return format!("{neg}py::same_container({l}, {r})");
            }
            // `flag is True`: there is one True and one False, so identity is equality.
            CmpOp::Is | CmpOp::IsNot if *lt == Ty::Bool && *rt == Ty::Bool => {
                let op = if op == CmpOp::Is { "==" } else { "!=" };
                return format!("(bool({l}) {op} bool({r}))");
            }
            // `a is b` on two ints or two strs (either may be None): compared by value, with a
            // warning, since the port keeps no identity for such values.
            CmpOp::Is | CmpOp::IsNot if identity_by_value(lt, rt).is_some() => {
                let what = identity_by_value(lt, rt).unwrap_or("int");
                let agrees = match what {
                    "int" => "ints from -5 to 256 and one object met twice, not always for other equal ints",
                    "str" => "literals, one-character strs and one object met twice, not always for equal strs built as the program runs",
                    _ => "small ints, literals and one object met twice, not always for other equal values",
                };
                let mut d = Diagnostic::error(
                    "identity-by-value",
                    format!("`is` between two {what} values is compared by value: CPython compares identity, which agrees for {agrees}"),
                    sp,
                )
                .with_help("use `==` to compare values");
                d.severity = pyport_syntax::Severity::Warning;
                if !self.diags.iter().any(|x| x.span() == sp && x.message == d.message) {
                    self.diags.push(d);
                }
                let eq = if op == CmpOp::Is { CmpOp::Eq } else { CmpOp::NotEq };
                return self.cmp_code(eq, l, lt, r, rt, sp);
            }
            CmpOp::Is | CmpOp::IsNot => {
                let same = matches!((lt, rt), (Ty::None, Ty::None));
                let other_none = matches!(lt, Ty::None) || matches!(rt, Ty::None);
                if !other_none {
                    self.unsupported("`is` between values other than `None`", sp);
                }
                let v = if op == CmpOp::Is { same } else { !same };
                return v.to_string();
            }
        };
        // An object compared with a number (an IntEnum member with an int): its comparison dunder
        // (the reflected one when the object is on the right), as inference typed it.
        let number_cmp = match (lt, rt) {
            (Ty::Object(c, _), n) if n.is_numeric() => op.dunder(false).map(|m| (*c, m, l, r, rt)),
            (n, Ty::Object(c, _)) if n.is_numeric() => op.dunder(true).map(|m| (*c, m, r, l, lt)),
            _ => None,
        };
        if let Some((c, m, obj, arg, at)) = number_cmp {
            if self.typed.find_method(Some(c), m).is_some() {
                return self.dunder_code(c, m, obj, &[(arg, at)]);
            }
            if m == "__ne__" && self.typed.find_method(Some(c), "__eq__").is_some() {
                // Python's default `__ne__` negates `__eq__`.
                return format!("!{}", self.dunder_code(c, "__eq__", obj, &[(arg, at)]));
            }
        }
        let native = matches!(
            (lt, rt),
            (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) | (Ty::Float, Ty::Float) | (Ty::Str, Ty::Str)
        );
        if native {
            return format!("({l} {sym} {r})");
        }
        let f = match op {
            CmpOp::Eq => "eq",
            CmpOp::NotEq => "ne",
            CmpOp::Lt => "lt",
            CmpOp::LtE => "le",
            CmpOp::Gt => "gt",
            _ => "ge",
        };
        if lt.is_numeric() && rt.is_numeric() {
            if *lt == Ty::Num || *rt == Ty::Num {
                let (l, r) = (self.coerce(l, lt, &Ty::Num), self.coerce(r, rt, &Ty::Num));
                return format!("py::num_{f}({l}, {r})");
            }
            let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
            return format!("py::{f}({l}, {r})");
        }
        if matches!((lt, rt), (Ty::None, Ty::None)) {
            return (matches!(op, CmpOp::Eq | CmpOp::LtE | CmpOp::GtE)).to_string();
        }
        let complex_num = |a: &Ty, b: &Ty| *a == Ty::Complex && (b.is_numeric() || *b == Ty::Complex);
        if (complex_num(lt, rt) || complex_num(rt, lt)) && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
            return format!("py::complex_{f}({l}, {r})");
        }
        if (*lt == Ty::Decimal && (rt.is_numeric() || *rt == Ty::Decimal)) || (*rt == Ty::Decimal && lt.is_numeric()) {
            let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
            return format!("py::dec_{f}({l}, {r})");
        }
        if (*lt == Ty::Fraction && (rt.is_numeric() || *rt == Ty::Fraction)) || (*rt == Ty::Fraction && lt.is_numeric()) {
            let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
            return format!("py::frac_{f}({l}, {r})");
        }
        // A fixed tuple compared with a `tuple[T, ...]`: both as `tuple[T, ...]`.
        match (lt, rt) {
            (Ty::VarTuple(_), Ty::Tuple(_)) => {
                let r = self.coerce(r, rt, lt);
                return format!("py::{f}({l}, {r})");
            }
            (Ty::Tuple(_), Ty::VarTuple(_)) => {
                let l = self.coerce(l, lt, rt);
                return format!("py::{f}({l}, {r})");
            }
            (Ty::Union(_), _) | (_, Ty::Union(_)) => {
                // Dispatched on the members at run time (`py::detail::union_cmp`).
                let (l, r) = (self.lit_safe(l, lt), self.lit_safe(r, rt));
                return format!("py::{f}({l}, {r})");
            }
            _ => {}
        }
        format!("py::{f}({l}, {r})")
    }


    /// C++ evaluates call arguments in an unspecified order, Python left to right: when that could be
    /// observed, evaluate the pieces into temporaries first.
    /// Functions passed as values are not evaluated: they are code (lambdas, `def` names,
    /// builtins, classes, tuples of classes as `isinstance` takes), so their place in the argument order cannot show.
    fn is_code_arg(&self, x: &Expr) -> bool {
        matches!(x.kind, ExprKind::Lambda { .. })
            || (matches!(x.kind, ExprKind::Name(_))
                && matches!(self.typed.names.get(&x.id), Some(NameRef::Function(_) | NameRef::Builtin(_) | NameRef::Class(_))))
            || matches!(&x.kind, ExprKind::Tuple(ts) if !ts.is_empty() && ts.iter().all(|t| self.is_code_arg(t)))
            || (matches!(x.kind, ExprKind::Name(_) | ExprKind::Attribute { .. }) && self.is_collections_class(x))
    }

    /// When the order of `args` could show, replaces their `codes` by temporaries and returns
    /// the declarations, for the call's own `[&] { <pre>return call; }()` (empty: no order needed).
    /// Arguments `call` has already bound to temporaries are plain names here.
    fn order_args(&mut self, args: &[Expr], codes: &mut Vec<String>) -> String {
        let refs: Vec<&Expr> = args.iter().filter(|a| !self.overrides.contains_key(&a.id)).collect();
        let mut pre = String::new();
        if self.needs_order(&refs) {
            for c in codes.iter_mut() {
                let t = self.fresh("a");
                let _ = write!(pre, "auto {t} = {c}; ");
                *c = t;
            }
        }
        pre
    }

    fn needs_order(&self, exprs: &[&Expr]) -> bool {
        let non_const = exprs.iter().filter(|e| !is_constant(e)).count();
        non_const >= 2 && exprs.iter().any(|e| impure(e, self.typed))
    }

    // ---------- calls ----------

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        if let (true, ExprKind::Attribute { value, attr }) = (self.typed.attr_errors.contains(&e.id), &func.kind) {
            // A method no class of the object has: CPython's AttributeError, after evaluating the
            // object (the arguments are never evaluated).
            let r = self.expr(value);
            let msg = no_attribute("_o->py_type_name()", attr);
            if matches!(self.ty(value), Ty::Optional(_)) {
                // The object may be None: CPython's message names `NoneType` then.
                let none = no_attribute("std::string(\"NoneType\")", attr);
                return format!("([&] {{ const auto& _o = {r}; if (!_o) {none}; const auto& _v = *_o; (void)_v; {}; }}(), py::None)", no_attribute("_v->py_type_name()", attr));
            }
            return format!("([&] {{ const auto& _o = {r}; {msg}; }}(), py::None)");
        }
        if let ExprKind::Name(n) = &func.kind {
            if let Some(what) = n.strip_prefix(pyport_syntax::DOCTEST_INTRINSIC_PREFIX) {
                // The harness of docstring examples run by `doctest.testmod()` (runtime doctest.hpp).
                let codes: Vec<String> = args
                    .iter()
                    .map(|a| match &a.kind {
                        ExprKind::Int(i) => format!("int64_t{{{i}}}"),
                        ExprKind::Bool(b) => b.to_string(),
                        ExprKind::Str(s) => crate::names::cpp_string(s),
                        _ => {
                            let t = self.ty(a);
                            let c = self.expr(a);
                            self.lit_safe(&c, &t)
                        }
                    })
                    .collect();
                return format!("py::doctest::{what}({})", codes.join(", "));
            }
        }
        if let (ExprKind::Name(n), [it]) = (&func.kind, args) {
            if n == pyport_types::NEXT_ITER {
                let c = self.expr(it);
                return format!("py::next_iter({c})");
            }
        }
        // `date.fromordinal(n)`: the class is no operand to evaluate first.
        if matches!(&func.kind, ExprKind::Attribute { value, .. } if self.dt_class_expr(value).is_some()) {
            if let Some(code) = self.datetime_call_code(func, args, keywords) {
                return code;
            }
        }
        // Builtins, module functions and methods receive their arguments in Python's order: when
        // evaluation could be observed, evaluate them into temporaries first. (User functions and
        // `print` order their own arguments.)
        let own_order = match &func.kind {
            ExprKind::Name(_) => match self.typed.names.get(&func.id) {
                Some(NameRef::Function(_) | NameRef::Class(_)) => true,
                Some(NameRef::Builtin(b)) => b == "print",
                _ => false,
            },
            _ => false,
        };
        let mut operands: Vec<&Expr> = Vec::new();
        if let ExprKind::Attribute { value, .. } = &func.kind {
            let is_super = matches!(&value.kind, ExprKind::Call { func: f, .. } if matches!(&f.kind, ExprKind::Name(n) if n == "super"));
            if !matches!(self.typed.names.get(&value.id), Some(NameRef::Module(_) | NameRef::Class(_)))
                && !matches!(value.kind, ExprKind::Str(_))
                && !is_super
            {
                operands.push(value);
            }
        }
        operands.extend(args.iter());
        operands.extend(keywords.iter().map(|k| &k.value));
        operands.retain(|x| !self.is_code_arg(x));
        let lazy = |x: &Expr| matches!(x.kind, ExprKind::GenExp { .. });
        if !own_order && self.needs_order(&operands) && !operands.iter().any(|x| lazy(x)) {
            let mut pre = String::new();
            let mut bound = Vec::new();
            for x in &operands {
                if is_constant(x) {
                    continue;
                }
                let code = self.expr(x);
                let name = self.fresh("a");
                let _ = write!(pre, "auto {name} = {code}; ");
                pre.push_str(&self.union_method_precheck(func, x, &name));
                self.overrides.insert(x.id, name);
                bound.push(x.id);
            }
            let inner = self.call_dispatch(e, func, args, keywords);
            for id in bound {
                self.overrides.remove(&id);
            }
            return format!("[&] {{ {pre}return {inner}; }}()");
        }
        self.call_dispatch(e, func, args, keywords)
    }

    fn call_dispatch(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        if star::has_star(args) && pyport_types::star_library_name(func, &self.typed.names).is_some() {
            return self.star_library_call(e, func, args, keywords);
        }
        if let Some(code) = self.object_call_code(func, args, keywords) {
            return code;
        }
        if let Some(code) = self.datetime_call_code(func, args, keywords) {
            return code;
        }
        match &func.kind {
            ExprKind::Name(n) => match self.typed.names.get(&func.id).cloned() {
                Some(NameRef::Function(fid)) if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) => self.star_user_call(fid, args),
                Some(NameRef::Function(fid)) => self.user_call(fid, args, keywords),
                Some(NameRef::Class(c)) if star::has_star(args) && self.prog.namedtuple_fields(c).is_some() => self.namedtuple_star_new_code(c, args),
                Some(NameRef::Class(c)) => self.construct(c, e, args, keywords),
                Some(NameRef::Builtin(b)) if b == "isinstance" => self.isinstance(args),
                Some(NameRef::Builtin(b)) => self.builtin_call(&b, e, args, keywords),
                Some(NameRef::Imported { module, name }) if module == "collections" => self.collections_call(&name, e, args, keywords),
                Some(NameRef::Imported { module, name }) if module == "itertools" && ITERTOOLS_MORE.contains(&name.as_str()) && !(name == "accumulate" && args.len() < 2 && keywords.is_empty()) => {
                    self.itertools_more(&name, e, args, keywords)
                }
                Some(NameRef::Imported { module, name }) if module == "re" => self.re_module_call(&name, e, args, keywords),
                Some(NameRef::Imported { module, name }) if module == "pprint" => self.pprint_call(&name, e, args, keywords),
                Some(NameRef::Imported { module, name }) if module == "textwrap" => self.textwrap_call(&name, e, args, keywords),
                Some(NameRef::Imported { module, name }) if module == "heapq" && matches!(name.as_str(), "nlargest" | "nsmallest") && !keywords.is_empty() => {
                    self.heap_n_extreme_key(&name, e, args, keywords)
                }
                Some(NameRef::Imported { module, name }) => self.module_call(&module, &name, e, args, keywords),
                Some(NameRef::Var) if matches!(self.var_ty(n), Ty::Func(..)) && args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) => {
                    let t = self.var_ty(n);
                    let code = self.expr(func);
                    self.star_value_call(&code, &t, args)
                }
                Some(NameRef::Var) if matches!(self.var_ty(n), Ty::Func(..)) => {
                    let t = self.var_ty(n);
                    let code = self.expr(func);
                    self.value_call(&code, &t, args)
                }
                _ => {
                    self.unsupported(format!("calling `{n}`"), func.span);
                    "0".into()
                }
            },
            ExprKind::Attribute { value, attr } => {
                if let ExprKind::Name(_) = &value.kind {
                    if let Some(NameRef::Module(m)) = self.typed.names.get(&value.id).cloned() {
                        if m == "collections" {
                            return self.collections_call(attr, e, args, keywords);
                        }
                        if m == "re" {
                            return self.re_module_call(attr, e, args, keywords);
                        }
                        if m == "pprint" {
                            return self.pprint_call(attr, e, args, keywords);
                        }
                        if m == "textwrap" {
                            return self.textwrap_call(attr, e, args, keywords);
                        }
                        if m == "itertools" && ITERTOOLS_MORE.contains(&attr.as_str()) && !(attr == "accumulate" && args.len() < 2 && keywords.is_empty()) {
                            return self.itertools_more(attr, e, args, keywords);
                        }
                        if m == "heapq" && matches!(attr.as_str(), "nlargest" | "nsmallest") && !keywords.is_empty() {
                            return self.heap_n_extreme_key(attr, e, args, keywords);
                        }
                        return self.module_call(&m, attr, e, args, keywords);
                    }
                }
                if let (ExprKind::Str(template), "format") = (&value.kind, attr.as_str()) {
                    return self.str_format(template, value.span, args, keywords);
                }
                if let ExprKind::Attribute { value: m, attr: a } = &value.kind {
                    if matches!(self.typed.names.get(&m.id), Some(NameRef::Module(x)) if x == "sys") && a == "stdin" {
                        return format!("py::stdin_{attr}()");
                    }
                }
                if let ExprKind::Name(n) = &value.kind {
                    if n == "str" && attr == "maketrans" && matches!(self.typed.names.get(&value.id), Some(NameRef::Builtin(_))) {
                        return self.str_maketrans(e, args);
                    }
                    if matches!(self.typed.names.get(&value.id), Some(NameRef::Builtin(_))) {
                        if let ("set" | "frozenset", [Expr { kind: ExprKind::Starred(inner), .. }]) = (n.as_str(), &args[..]) {
                            // `set.intersection(*sets)`: the first set's method on each of the others.
                            let t = self.ty(e);
                            let msg = cpp_string(&format!("unbound method {n}.{attr}() needs an argument"));
                            if !matches!(t, Ty::Set(_) | Ty::FrozenSet(_)) {
                                // Nothing ever in the iterable (`set.union(*[])`).
                                let it = self.expr(inner);
                                return format!("((void){it}, py::raise<py::TypeError>({msg}), py::None)");
                            }
                            let ct = self.cty(&t, e.span);
                            let it = self.iterable(inner);
                            let m = if attr == "union" { "union_" } else { attr.as_str() };
                            return format!(
                                "[&] {{ std::optional<{ct}> _r; for (auto&& _x : {it}) {{ if (!_r) _r = _x.copy(); else _r = _r->{m}(_x); }} if (!_r) py::raise<py::TypeError>({msg}); return std::move(*_r); }}()"
                            );
                        }
                        if n == "int" && attr == "from_bytes" {
                            return self.int_from_bytes(e, args, keywords);
                        }
                        if matches!(n.as_str(), "bytes" | "bytearray") && attr == "fromhex" {
                            let c = self.expr_as(&args[0], &Ty::Str);
                            let ct = if n == "bytes" { "py::Bytes" } else { "py::ByteArray" };
                            return format!("py::bytes_fromhex<{ct}>({c})");
                        }
                    }
                }
                if let Some(code) = self.class_method_call(e, value, attr, args, keywords) {
                    return code;
                }
                if self.ty(value) == Ty::Random {
                    return self.rng_call(value, attr, e, args);
                }
                if let Some(code) = self.re_method(value, attr, e, args, keywords) {
                    return code;
                }
                self.method_call(e, value, attr, args, keywords)
            }
            _ => {
                let t = self.ty(func);
                // A function value that may be None (`pick(kind)(3)` of a function that can fall
                // off its end): called when it is a function, CPython's TypeError when None.
                if let Ty::Optional(inner) = &t {
                    if matches!(**inner, Ty::Func(..)) && !star::has_star(args) {
                        let code = self.expr(func);
                        let f = format!("py::unwrap_msg({code}, \"'NoneType' object is not callable\")");
                        return self.value_call(&format!("({f})"), inner, args);
                    }
                }
                if !matches!(t, Ty::Func(..)) {
                    self.unsupported("calling this expression", func.span);
                    return "0".into();
                }
                let code = self.expr(func);
                if star::has_star(args) {
                    // `sub(*pair)` of an `operator` function (a lambda): see `Infer::star_call`.
                    return self.star_value_call(&format!("({code})"), &t, args);
                }
                self.value_call(&format!("({code})"), &t, args)
            }
        }
    }

    /// `f(a, *xs)` (see `Infer::star_call`): the arguments in Python's order into temporaries, then
    /// a tuple's items, or a list's elements after CPython's arity check (`py::star_arity`).
    fn star_user_call(&mut self, fid: FuncId, args: &[Expr]) -> String {
        let ptys = self.typed.funcs[fid].params.clone();
        let (last, pre) = args.split_last().expect("a starred argument");
        let ExprKind::Starred(inner) = &last.kind else { return "0".into() };
        let mut body = String::new();
        let mut codes = Vec::new();
        for (a, p) in pre.iter().zip(&ptys) {
            let c = self.expr_as(a, p);
            let name = self.fresh("a");
            let _ = write!(body, "auto {name} = {c}; ");
            codes.push(name);
        }
        let st = self.fresh("st");
        let code = self.expr(inner);
        let _ = write!(body, "auto {st} = {code}; ");
        match self.ty(inner) {
            Ty::Tuple(items) => {
                for (i, (t, p)) in items.iter().zip(&ptys[pre.len()..]).enumerate() {
                    codes.push(self.coerce(&format!("std::get<{i}>({st})"), t, p));
                }
            }
            Ty::List(el) => {
                let f = &self.prog.functions[fid];
                let mut qual = f.name.clone();
                let mut parent = f.parent;
                while let Some(q) = parent {
                    qual = format!("{}.<locals>.{qual}", self.prog.functions[q].name);
                    parent = self.prog.functions[q].parent;
                }
                let names: Vec<String> = f.params.iter().map(|p| cpp_string(&p.name)).collect();
                let _ = write!(body, "py::star_arity({st}.size(), {}, {}, {{{}}}); ", pre.len(), cpp_string(&qual), names.join(", "));
                for (i, p) in ptys[pre.len()..].iter().enumerate() {
                    codes.push(self.coerce(&format!("{st}.raw({i})"), &el, p));
                }
            }
            _ => {
                self.unsupported("`*` of this value in a call", last.span);
                return "0".into();
            }
        }
        let callee = cname(&self.prog.functions[fid].name);
        let call = format!("[&] {{ {body}return {callee}({}); }}()", codes.join(", "));
        match self.typed.funcs[fid].ret {
            Ty::None | Ty::Unknown => format!("({call}, py::None)"),
            _ => call,
        }
    }

    /// `f(a, *t)` through a function value (see `Infer::star_value_call`): `t` is a tuple.
    fn star_value_call(&mut self, callee: &str, t: &Ty, args: &[Expr]) -> String {
        let Ty::Func(ps, r) = t else { return "0".into() };
        let (last, pre) = args.split_last().expect("a starred argument");
        let ExprKind::Starred(inner) = &last.kind else { return "0".into() };
        let Ty::Tuple(items) = self.ty(inner) else {
            self.unsupported("`*` of this value in a call", last.span);
            return "0".into();
        };
        let mut body = String::new();
        let mut codes = Vec::new();
        for (a, p) in pre.iter().zip(ps.iter()) {
            let c = self.expr_as(a, p);
            let name = self.fresh("a");
            let _ = write!(body, "auto {name} = {c}; ");
            codes.push(name);
        }
        let st = self.fresh("st");
        let code = self.expr(inner);
        let _ = write!(body, "auto {st} = {code}; ");
        for (i, (t, p)) in items.iter().zip(&ps[pre.len()..]).enumerate() {
            codes.push(self.coerce(&format!("std::get<{i}>({st})"), t, p));
        }
        let call = format!("[&] {{ {body}return {callee}({}); }}()", codes.join(", "));
        match **r {
            Ty::None | Ty::Unknown => format!("({call}, py::None)"),
            _ => call,
        }
    }

    /// A call through a function value of type `t` (a `std::function`).
    fn value_call(&mut self, callee: &str, t: &Ty, args: &[Expr]) -> String {
        let Ty::Func(ps, r) = t else { return "0".into() };
        let codes: Vec<String> = args.iter().zip(ps.iter()).map(|(a, p)| self.expr_as(a, p)).collect();
        let call = format!("{callee}({})", codes.join(", "));
        match **r {
            Ty::None | Ty::Unknown => format!("({call}, py::None)"),
            _ => call,
        }
    }

    /// A lambda used as a value: a C++ lambda holding the cells of the variables it reads.
    fn lambda_value(&mut self, e: &Expr, params: &[(String, Span)], body: &Expr) -> String {
        let Ty::Func(_, rt) = self.ty(e) else {
            self.unsupported("this `lambda`", e.span);
            return "0".into();
        };
        let mut free = self.typed.lambda_free.get(&e.id).cloned().unwrap_or_default();
        // Comprehension variables it reads live in cells too (late binding).
        let mut reads = HashSet::new();
        lambda_reads(body, true, &mut reads);
        let mut reads: Vec<String> = reads.into_iter().filter(|n| !params.iter().any(|(p, _)| p == n) && !free.contains(n)).collect();
        reads.sort();
        for n in reads {
            let owner = self.comp_stack.iter().rev().find(|(_, vs)| vs.contains(&n)).map(|(id, _)| *id);
            if owner.is_some_and(|id| self.celled.contains(&(id, n.clone()))) {
                free.push(n);
            }
        }
        let prelude: Vec<String> = free.iter().map(|n| format!("auto& {} = *{};", cname(n), cell_name(n))).collect();
        let void = matches!(*rt, Ty::None | Ty::Unknown);
        let (decl, inner, pad) = self.lambda_parts(e, params, body, &rt, void, &prelude);
        let rct = if void { "void".to_string() } else { self.cty(&rt, e.span) };
        format!("[=]({decl}) mutable -> {rct} {{\n{inner}{pad}}}")
    }

    /// The pieces of a C++ lambda for the Python `lambda` `e`: its parameter list (typed as
    /// inference saw them), its body lines (`prelude` first; the body returned, or evaluated for
    /// its effect when `void`) indented one level deeper than the current line, and that line's
    /// indentation.
    fn lambda_parts(&mut self, e: &Expr, params: &[(String, Span)], body: &Expr, rt: &Ty, void: bool, prelude: &[String]) -> (String, String, String) {
        let saved_out = std::mem::take(&mut self.out);
        let saved_indent = self.indent;
        self.indent = 1;
        let vars: HashSet<String> = params.iter().map(|(p, _)| p.clone()).collect();
        self.comp_stack.push((e.id, vars));
        let mut decl = Vec::new();
        for (p, _) in params {
            let t = self.typed.comp_vars.get(&(e.id, p.clone())).cloned().unwrap_or(Ty::Unknown);
            let ct = self.cty(&t, e.span);
            decl.push(format!("{ct} {}", cname(p)));
        }
        for line in prelude {
            self.w(line.clone());
        }
        if void {
            let code = self.expr_stmt_code(body);
            self.w(format!("{code};"));
        } else {
            let code = self.expr_as(body, rt);
            self.w(format!("return {code};"));
        }
        self.comp_stack.pop();
        let inner = std::mem::replace(&mut self.out, saved_out);
        self.indent = saved_indent;
        let pad = "    ".repeat(self.indent);
        let inner: String = inner.lines().map(|l| format!("{pad}{l}\n")).collect();
        (decl.join(", "), inner, pad)
    }

    fn user_call(&mut self, fid: FuncId, args: &[Expr], keywords: &[Keyword]) -> String {
        let callee = cname(&self.prog.functions[fid].name);
        self.user_call_with(fid, 0, &callee, args, keywords)
    }

    /// A call of `fid` through C++ `callee`; its first `skip` parameters are bound already (`self`).
    /// Argument `a` for parameter `i` of `fid`: a copy where a `const&` parameter could otherwise
    /// see the variable it names rebound during the call (`arg_may_change`).
    fn arg_code(&mut self, fid: FuncId, i: usize, a: &Expr, pt: &Ty) -> String {
        let code = self.expr_as(a, pt);
        if self.ty(a) == *pt && self.param_by_ref(fid, i) && self.arg_may_change(a) {
            return format!("py::decay_copy({code})");
        }
        code
    }

    fn user_call_with(&mut self, fid: FuncId, skip: usize, callee: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        let f = &self.prog.functions[fid];
        let skip = skip.min(f.params.len());
        let ptys = self.typed.funcs[fid].params[skip..].to_vec();
        let fparams = &f.params[skip..];
        let key = self.func_key(fid);
        let mut codes: Vec<Option<String>> = vec![None; fparams.len()];
        let mut order: Vec<usize> = Vec::new();
        for (i, a) in args.iter().enumerate().take(fparams.len()) {
            codes[i] = Some(self.arg_code(fid, skip + i, a, &ptys[i]));
            order.push(i);
        }
        for k in keywords {
            if let Some(i) = fparams.iter().position(|p| p.name == k.name) {
                codes[i] = Some(self.arg_code(fid, skip + i, &k.value, &ptys[i]));
                order.push(i);
            }
        }
        let all: Vec<&Expr> = args.iter().chain(keywords.iter().map(|k| &k.value)).collect();
        let mut pre = String::new();
        if self.needs_order(&all) {
            // Fresh names: `callee` may itself name an argument temporary of an enclosing call
            // (`_a1->_m_build` for `self.build(...)` inside another ordered call).
            for i in &order {
                if let Some(c) = codes[*i].take() {
                    let a = self.fresh("a");
                    let _ = write!(pre, "auto {a} = {c}; ");
                    codes[*i] = Some(a);
                }
            }
        }
        let mut final_args = Vec::new();
        for (i, c) in codes.into_iter().enumerate() {
            final_args.push(match c {
                Some(c) => c,
                None => match &fparams[i].default {
                    Some(d) if is_literal(d) => self.expr_as(d, &ptys[i]),
                    Some(_) => default_name(&key, &fparams[i].name),
                    None => "{}".into(),
                },
            });
        }
        let mut call = format!("{callee}({})", final_args.join(", "));
        if !pre.is_empty() {
            call = format!("[&] {{ {pre}return {call}; }}()");
        }
        if callee.ends_with("::_new") || callee.ends_with("::_msg") {
            return call;
        }
        match self.typed.funcs[fid].ret {
            Ty::None | Ty::Unknown => format!("({call}, py::None)"),
            _ => call,
        }
    }

    /// `l op r` for a number type of the runtime (Fraction, complex, Decimal) as
    /// `py::<prefix><op name>(l, r)` when `op` is among `supported`; otherwise refused, with
    /// `empty` as the placeholder code. `kind`: (prefix, the type named in the refusal, empty).
    fn runtime_num_binop(&mut self, op: BinOp, l: (&str, &Ty), r: (&str, &Ty), kind: (&str, &str, &str), supported: &[BinOp]) -> String {
        let (prefix, what, empty) = kind;
        let name = match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            _ => "",
        };
        if name.is_empty() || !supported.contains(&op) {
            self.unsupported(format!("`{}` on {what}", op.as_str()), self.cur_span);
            return empty.into();
        }
        let (l, r) = (self.lit_safe(l.0, l.1), self.lit_safe(r.0, r.1));
        format!("{prefix}{name}({l}, {r})")
    }

    fn str_format(&mut self, template: &str, sp: Span, args: &[Expr], keywords: &[Keyword]) -> String {
        let pieces = match parse_format_template(template) {
            Ok(p) => p,
            Err(msg) => {
                self.unsupported(format!("this `str.format` template ({msg})"), sp);
                return "py::Str()".into();
            }
        };
        let mut out = Vec::new();
        let mut auto = 0usize;
        for p in pieces {
            match p {
                TemplatePiece::Lit(s) if s.contains('\0') => out.push(format!("py::Str({}, {})", cpp_string(&s), s.len())),
                TemplatePiece::Lit(s) => out.push(cpp_string(&s)),
                TemplatePiece::Field { field, conversion, spec } => {
                    let value = field_arg(field, &mut auto, args, keywords);
                    let Some(value) = value else {
                        self.unsupported("a `str.format` field without a matching argument", sp);
                        return "py::Str()".into();
                    };
                    let spec = if spec.contains('{') {
                        // A spec with fields of its own (`'{:{width}}'`, `'{:>{}}'`): they are
                        // numbered after the outer field, and their values' str() make up the spec.
                        let pieces = match parse_format_template(&spec) {
                            Ok(p) if !spec.contains("{{") && !spec.contains("}}") => p,
                            _ => {
                                self.unsupported("this `str.format` template (braces inside a format spec)", sp);
                                return "py::Str()".into();
                            }
                        };
                        let mut parts = Vec::new();
                        for piece in pieces {
                            match piece {
                                TemplatePiece::Lit(l) => parts.push(FPart::Lit(l)),
                                TemplatePiece::Field { field, conversion: None, spec } if spec.is_empty() => {
                                    let v = field_arg(field, &mut auto, args, keywords);
                                    let Some(v) = v else {
                                        self.unsupported("a `str.format` field without a matching argument", sp);
                                        return "py::Str()".into();
                                    };
                                    parts.push(FPart::Field { value: v.clone(), conversion: None, spec: vec![] });
                                }
                                TemplatePiece::Field { .. } => {
                                    self.unsupported(
                                        "this `str.format` template (a field nested in a spec with a spec or conversion of its own)",
                                        sp,
                                    );
                                    return "py::Str()".into();
                                }
                            }
                        }
                        parts
                    } else if spec.is_empty() {
                        vec![]
                    } else {
                        vec![FPart::Lit(spec)]
                    };
                    let part = FPart::Field { value: value.clone(), conversion, spec };
                    out.push(self.fpart(&part));
                }
            }
        }
        match out.len() {
            0 => "py::Str()".into(),
            _ => format!("py::concat({})", out.join(", ")),
        }
    }

    /// A new list of type `want` holding the elements of `src` (`list(src)`, the start of `sorted(src)`).
    fn fresh_list(&mut self, src: &Expr, want: &Ty) -> String {
        let src_t = self.ty(src);
        let want_elem = elem_ty(want);
        let same = match (&src_t, want) {
            (Ty::List(a), Ty::List(b)) => a == b,
            _ => false,
        };
        if same {
            let c = self.expr(src);
            return format!("{c}.copy()");
        }
        let it = match src_t {
            Ty::List(_) => self.expr(src),
            // `list(t)` of a tuple of mixed types: items converted to the list's union.
            Ty::Tuple(ts) if matches!(want_elem, Ty::Union(_) | Ty::Optional(_)) => {
                let c = self.expr(src);
                match self.tuple_list_as(&c, &ts, src.span, Some(want_elem.clone())) {
                    Some((list, et)) if et == want_elem => return list,
                    Some((list, _)) => list,
                    None => c,
                }
            }
            _ => self.iterable(src),
        };
        if want_elem == Ty::Unknown {
            return format!("py::list_from({it})");
        }
        let ct = self.cty(&want_elem, src.span);
        format!("py::list_convert<{ct}>({it})")
    }

    /// The argument of `xs.extend(arg)` (`xs` of type `recv`): Python appends each item before it
    /// computes the next, so a generator is advanced lazily, item by item. A pure generator
    /// expression that reads no variable of the receiver's type (so not the receiver) gives the
    /// same items made up front; other generator expressions are lazy generators already
    /// (`kept_genexps`) or refused.
    fn extend_source(&mut self, arg: &Expr, recv: &Ty) -> String {
        if matches!(arg.kind, ExprKind::GenExp { .. }) && !genexp_has_effects(arg, self.typed) {
            let mut read = HashSet::new();
            names_read(arg, &mut read);
            if !read.iter().any(|n| self.var_ty(n) == *recv) {
                self.genexp_ok.insert(arg.id);
            }
        }
        match self.ty(arg) {
            Ty::Generator(_) => self.iterable(arg),
            _ => self.as_list(arg),
        }
    }

    /// Code for an iterable argument materialized as a list (for `sorted`, `min`, `max`, `list`).
    fn as_list(&mut self, e: &Expr) -> String {
        match self.ty(e) {
            Ty::List(_) => self.expr(e),
            Ty::Tuple(ts) => {
                let c = self.expr(e);
                self.tuple_list(&c, &ts, e.span).map(|x| x.0).unwrap_or(c)
            }
            _ => {
                let it = self.iterable(e);
                format!("py::list_from({it})")
            }
        }
    }

    /// `sum(xs, start)` (`op` Add, start 0) or `math.prod(xs, start=...)` (Mult, start 1) over
    /// numbers: a running value of the result type `res`, combined with each item in order.
    fn numeric_fold(&mut self, op: BinOp, e: &Expr, iterable: &Expr, start: Option<&Expr>, res: &Ty) -> String {
        let it_ty = self.ty(iterable);
        let et = elem_ty(&it_ty);
        let et = if et == Ty::Unknown { Ty::Int } else { et };
        let it = match it_ty {
            Ty::List(_) => self.expr(iterable),
            _ => self.iterable(iterable),
        };
        let ct = self.cty(res, e.span);
        let start = match start {
            Some(s) => self.expr_as(s, res),
            None => self.coerce(if op == BinOp::Mul { "py::int_t{1}" } else { "py::int_t{0}" }, &Ty::Int, res),
        };
        let (v, et) = match et {
            Ty::Optional(inner) => ("py::unwrap(_v)".to_string(), *inner),
            t => ("_v".to_string(), t),
        };
        let l = self.line(e.span);
        let step = self.binop_code(op, "_s", res, &v, &et, res, l);
        let step = self.coerce(&step, res, res);
        format!("[&] {{ {ct} _s = {start}; for (auto&& _v : {it}) _s = {step}; return _s; }}()")
    }

    fn builtin_call(&mut self, b: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        if let Some(code) = self.decimal_builtin(b, args, keywords) {
            return code;
        }
        if let Some(code) = self.complex_builtin(b, args) {
            return code;
        }
        if pyport_types::builtins::is_exception(b) {
            let (msg, arg_repr) = self.exception_message(b, args);
            return format!("py::Exc::make<py::{b}>({msg}, {arg_repr})");
        }
        if matches!(b, "map" | "filter") {
            let elems: Vec<Ty> = args[1..].iter().map(|a| elem_ty(&self.ty(a))).collect();
            let its: Vec<String> = args[1..].iter().map(|a| self.iterable(a)).collect();
            let f = self.callable_code(&args[0], &elems);
            return format!("py::{b}({f}, {})", its.join(", "));
        }
        if let (true, Some(d)) = (matches!(b, "min" | "max") && args.len() == 1, keywords.iter().find(|k| k.name == "default")) {
            // `max(iterable, default=d)`: d for an empty iterable (evaluated only then, so it must
            // have no effects).
            if impure(&d.value, self.typed) {
                self.unsupported(format!("a `default=` of `{b}()` with side effects"), d.value.span);
            }
            let res = self.ty(e);
            let ct = self.cty(&res, e.span);
            if matches!(args[0].kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(args[0].id);
            }
            let list = self.as_list(&args[0]);
            let elem = elem_ty(&self.ty(&args[0]));
            let dc = self.expr_as(&d.value, &res);
            let best = match keywords.iter().find(|k| k.name == "key" && !matches!(k.value.kind, ExprKind::None)) {
                Some(k) => {
                    let f = self.callable_code(&k.value, &[elem.clone()]);
                    format!("py::{b}_key(_l, {f})")
                }
                None => format!("py::{b}(_l)"),
            };
            let best = self.coerce(&best, &elem, &res);
            return format!("[&]() -> {ct} {{ auto _l = {list}; if (_l.size() == 0) return {dc}; return {best}; }}()");
        }
        // These consume a generator expression argument completely and at once (with or without `key=`).
        if matches!(b, "sum" | "min" | "max" | "any" | "all" | "sorted" | "list" | "tuple") {
            for a in args {
                if matches!(a.kind, ExprKind::GenExp { .. }) {
                    self.genexp_ok.insert(a.id);
                }
            }
        }
        if let Some(key) = keywords.iter().find(|k| k.name == "key" && !matches!(k.value.kind, ExprKind::None)) {
            if b == "sorted" {
                // Made a list of the result's type first: an iterable's items may be of another C++
                // type (`enumerate`'s index is an `int64_t`).
                let res = self.ty(e);
                // The key function takes the iterable's items: when the result's item type is
                // wider (the sorted list flows where a union is expected), sort in the items' own
                // type, then convert.
                let (src_elem, res_elem) = (elem_ty(&self.ty(&args[0])), elem_ty(&res));
                let widened = src_elem != res_elem && !matches!(src_elem, Ty::Unknown);
                let sort_ty = if widened { Ty::List(Box::new(src_elem.clone())) } else { res.clone() };
                let list = self.fresh_list(&args[0], &sort_ty);
                let f = self.callable_code(&key.value, &[elem_ty(&sort_ty)]);
                let rev = match keywords.iter().find(|k| k.name == "reverse") {
                    Some(k) => self.cond(&k.value.clone()),
                    None => "false".into(),
                };
                let out = if widened { format!("py::list_convert<{}>(_l)", self.cty(&res_elem, e.span)) } else { "_l".to_string() };
                return format!("[&] {{ auto _l = {list}; py::list_sort_key(_l, {f}, {rev}); return {out}; }}()");
            }
            if matches!(b, "min" | "max") {
                let (it, elem) = if args.len() == 1 {
                    (self.iterable(&args[0]), elem_ty(&self.ty(&args[0])))
                } else {
                    let res = self.ty(e);
                    let ct = self.cty(&res, e.span);
                    let codes: Vec<String> = args.iter().map(|a| self.expr_as(a, &res)).collect();
                    (format!("py::List<{ct}>{{{}}}", codes.join(", ")), res)
                };
                let f = self.callable_code(&key.value, &[elem]);
                return format!("py::{b}_key({it}, {f})");
            }
        }
        let l = self.line(e.span);
        let res = self.ty(e);
        let kw = |name: &str| keywords.iter().find(|k| k.name == name);
        match b {
            "print" if kw("file").is_some_and(|f| matches!(self.ty(&f.value), Ty::TextFile) || self.ty(&f.value) == Ty::Optional(Box::new(Ty::TextFile))) => {
                self.print_file_code(e, args, keywords)
            }
            "print" if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) => {
                // `print(*xs, y)`: every item's str(), joined by `sep` at run time.
                let pieces = self.print_star_items(args);
                let (sep, end) = self.print_sep_end(keywords);
                // `file=sys.stderr`: the same line, written to stderr.
                let to_stderr = kw("file").is_some_and(|f| pyport_types::std_stream(&f.value, &self.typed.names) == Some("stderr"));
                let write = if to_stderr {
                    "std::string _l; for (size_t _i = 0; _i < _items.size(); ++_i) { if (_i) _l += _ps; _l += _items[_i]; } _l += _pe; py::stderr_write(_l);"
                } else {
                    "py::print_joined(_items, _ps, _pe);"
                };
                format!(
                    "[&] {{ std::vector<py::Str> _items; {}; py::Str _ps = {sep}; py::Str _pe = {end}; {write} return py::None; }}()",
                    pieces.join("; ")
                )
            }
            "print" if kw("file").is_some_and(|f| pyport_types::std_stream(&f.value, &self.typed.names) == Some("stderr")) => {
                // `file=sys.stderr`: the text goes to stderr (not compared with CPython's); the
                // arguments are still evaluated (and converted) as Python does.
                let (pre, names) = self.print_arg_temps(args);
                let (sep, end) = self.print_sep_end(keywords);
                let items = if names.is_empty() { String::new() } else { format!(", {}", names.join(", ")) };
                format!("[&] {{ {pre}py::Str _ps = {sep}; py::Str _pe = {end}; py::print_stderr(_ps, _pe{items}); return py::None; }}()")
            }
            "print" => {
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| {
                        let t = self.ty(a);
                        let c = self.expr(a);
                        self.lit_safe(&c, &t)
                    })
                    .collect();
                let sep = kw("sep").filter(|k| !matches!(k.value.kind, ExprKind::None)).map(|k| k.value.clone());
                let end = kw("end").filter(|k| !matches!(k.value.kind, ExprKind::None)).map(|k| k.value.clone());
                let mut arg_refs: Vec<&Expr> = args.iter().collect();
                arg_refs.extend(keywords.iter().map(|k| &k.value));
                let parts = if self.needs_order(&arg_refs) {
                    let mut pre = String::new();
                    let mut names = Vec::new();
                    for (i, c) in parts.iter().enumerate() {
                        let _ = write!(pre, "auto _p{i} = {c}; ");
                        names.push(format!("_p{i}"));
                    }
                    let sep = sep.clone();
                    let end = end.clone();
                    let (sep, end) = (
                        match sep { Some(s) => self.expr_as(&s, &Ty::Str), None => "py::Str(\" \")".into() },
                        match end { Some(s) => self.expr_as(&s, &Ty::Str), None => "py::Str(\"\\n\")".into() },
                    );
                    let items = if names.is_empty() { String::new() } else { format!(", {}", names.join(", ")) };
                    return format!(
                        "[&] {{ {pre}py::Str _ps = {sep}; py::Str _pe = {end}; py::print_sep_end(_ps, _pe{items}); return py::None; }}()"
                    );
                } else {
                    parts
                };
                if sep.is_none() && end.is_none() {
                    return format!("(py::print({}), py::None)", parts.join(", "));
                }
                let sep = match sep {
                    Some(s) => self.expr_as(&s, &Ty::Str),
                    None => "py::Str(\" \")".into(),
                };
                let end = match end {
                    Some(s) => self.expr_as(&s, &Ty::Str),
                    None => "py::Str(\"\\n\")".into(),
                };
                let mut all = vec![sep, end];
                all.extend(parts);
                format!("(py::print_sep_end({}), py::None)", all.join(", "))
            }
            "len" => {
                // `len(list(it))` / `len(tuple(it))` of a lazy iterable counts its elements.
                if let ExprKind::Call { func, args: inner, keywords: kws } = &args[0].kind {
                    if inner.len() == 1
                        && kws.is_empty()
                        && matches!(&func.kind, ExprKind::Name(n) if matches!(n.as_str(), "list" | "tuple"))
                        && matches!(self.typed.names.get(&func.id), Some(NameRef::Builtin(_)))
                        && matches!(self.ty(&inner[0]), Ty::Iter(_) | Ty::Generator(_))
                    {
                        let it = self.iterable(&inner[0]);
                        return format!("py::int_t(py::iter_count({it}))");
                    }
                }
                let (c, t) = self.val(&args[0]);
                match t {
                    Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Deque(_) | Ty::Mapping(..) | Ty::VarTuple(_) | Ty::Array(_) => format!("{c}.size()"),
                    // A kept range (any other iterator raises CPython's TypeError at run time).
                    Ty::Iter(_) if !matches!(args[0].kind, ExprKind::Call { .. }) => format!("{c}.size()"),
                    // `len(d.values())`: a dict view's length.
                    Ty::Iter(_)
                        if matches!(&args[0].kind, ExprKind::Call { func, args: a, .. }
                            if a.is_empty() && matches!(&func.kind, ExprKind::Attribute { value, attr }
                                if matches!(attr.as_str(), "keys" | "values" | "items") && matches!(self.ty(value), Ty::Dict(..) | Ty::Mapping(..)))) =>
                    {
                        format!("py::int_t({c}.size())")
                    }
                    // `len(range(...))` (the sieve idiom `flags[i*i::i] = bytes(len(range(i*i, n, i)))`).
                    Ty::Iter(_)
                        if matches!(&args[0].kind, ExprKind::Call { func, .. }
                            if matches!(&func.kind, ExprKind::Name(n) if n == "range")
                                && matches!(self.typed.names.get(&func.id), Some(NameRef::Builtin(_)))) =>
                    {
                        let r = self.iterable(&args[0]);
                        format!("py::int_t({r}.size())")
                    }
                    Ty::Str => format!("py::str_len({c})"),
                    Ty::Bytes | Ty::ByteArray => format!("py::bytes_len({c})"),
                    Ty::Tuple(ts) => format!("py::int_t{{{}}}", ts.len()),
                    Ty::Union(_) => self.union_len(&c),
                    Ty::Object(k, _) => self.dunder_code(k, "__len__", &c, &[]),
                    _ => {
                        self.unsupported("`len()` of this value", e.span);
                        "0".into()
                    }
                }
            }
            "range" | "enumerate" | "zip" | "reversed" => match b {
                "range" => self.iterable(e),
                "enumerate" => {
                    let it = self.iterable(&args[0]);
                    let start = match (args.get(1), kw("start")) {
                        (Some(s), _) => self.expr_as(s, &Ty::Int),
                        (None, Some(k)) => self.expr_as(&k.value.clone(), &Ty::Int),
                        _ => "0".into(),
                    };
                    format!("py::enumerate({it}, {start})")
                }
                "zip" => {
                    let its: Vec<String> = args.iter().map(|a| self.iterable(a)).collect();
                    format!("py::zip({})", its.join(", "))
                }
                _ if matches!(self.ty(&args[0]), Ty::Union(_)) => {
                    let Ty::Union(ms) = self.ty(&args[0]) else { unreachable!() };
                    self.union_reversed(&args[0], &ms)
                }
                _ => {
                    // A str is reversed by code point (py::ReversedStr), not through its forward cursor.
                    let it = if matches!(self.ty(&args[0]), Ty::Str | Ty::Deque(_)) { self.expr(&args[0]) } else { self.iterable(&args[0]) };
                    format!("py::reversed({it})")
                }
            },
            "sum" if matches!(args[0].kind, ExprKind::GenExp { .. }) => {
                let ExprKind::GenExp { elt, generators } = &args[0].kind else { unreachable!() };
                let ct = self.cty(&res, e.span);
                let start_e = args.get(1).or(kw("start").map(|k| &k.value));
                let start = match start_e {
                    Some(s) => self.expr_as(s, &res),
                    None => self.coerce("py::int_t{0}", &Ty::Int, &res),
                };
                let acc = self.fresh("s");
                let sink = Sink::Sum(acc.clone(), res.clone(), l);
                self.comp_lambda(&args[0], elt, generators, &ct, vec![format!("{ct} {acc} = {start};")], &sink, format!("return {acc};"))
            }
            "sum" if matches!(res, Ty::VarTuple(_)) => {
                // `sum(tuples, ())`: each tuple concatenated in turn.
                let start_e = args.get(1).or(kw("start").map(|k| &k.value));
                let start = match start_e {
                    Some(s) => self.expr_as(s, &res),
                    None => format!("{}()", self.cty(&res, e.span)),
                };
                let ct = self.cty(&res, e.span);
                let et = elem_ty(&self.ty(&args[0]));
                if !matches!(et, Ty::Tuple(_) | Ty::VarTuple(_)) {
                    // Items of no known type: an empty iterable (inference checked the others).
                    let it = self.iterable(&args[0]);
                    return format!("[&] {{ {ct} _acc = {start}; for (const auto& _x : {it}) {{ (void)_x; }} return _acc; }}()");
                }
                let item = self.coerce("_x", &et, &res);
                let it = self.iterable(&args[0]);
                format!("[&] {{ {ct} _acc = {start}; for (const auto& _x : {it}) _acc = py::vtuple_concat(_acc, {item}); return _acc; }}()")
            }
            "sum" if !matches!(args[0].kind, ExprKind::GenExp { .. })
                && (matches!(elem_ty(&self.ty(&args[0])), Ty::Object(..))
                    || matches!(args.get(1).or(kw("start").map(|k| &k.value)).map(|s| self.ty(s)), Some(Ty::Object(..)))) =>
            {
                let start_e = args.get(1).or(kw("start").map(|k| &k.value));
                self.object_sum(e, &args[0], start_e, &res)
            }
            "sum" => {
                let start_e = args.get(1).or(kw("start").map(|k| &k.value));
                self.numeric_fold(BinOp::Add, e, &args[0], start_e, &res)
            }
            "min" | "max" if args.len() == 1 && matches!(args[0].kind, ExprKind::GenExp { .. }) && res != Ty::Unknown => {
                let ExprKind::GenExp { elt, generators } = &args[0].kind else { unreachable!() };
                let ct = self.cty(&res, e.span);
                let (best, have) = (self.fresh("best"), self.fresh("have"));
                let sink = Sink::Best { best: best.clone(), have: have.clone(), ty: res.clone(), is_max: b == "max" };
                let msg = cpp_string(&format!("{b}() arg is an empty sequence"));
                self.comp_lambda(
                    &args[0],
                    elt,
                    generators,
                    &ct,
                    vec![format!("{ct} {best}{{}};"), format!("bool {have} = false;")],
                    &sink,
                    format!("if (!{have}) py::raise<py::ValueError>({msg}); return {best};"),
                )
            }
            "min" | "max" => {
                if args.len() == 1 {
                    let list = self.as_list(&args[0]);
                    return format!("py::{b}({list})");
                }
                let codes: Vec<String> = args.iter().map(|a| self.expr_as(a, &res)).collect();
                let f = match res {
                    Ty::Num => format!("py::num_{b}"),
                    // No C++ `<`: Python's comparison (a TypeError between unordered members).
                    Ty::Union(_) | Ty::Object(..) | Ty::Optional(_) => format!("py::{b}2<{}>", self.cty(&res, e.span)),
                    _ => format!("std::{b}<{}>", self.cty(&res, e.span)),
                };
                let mut acc = codes[0].clone();
                for c in &codes[1..] {
                    acc = format!("{f}({acc}, {c})");
                }
                acc
            }
            "type" if args.len() == 1 => {
                // The class's text, `<class 'int'>`; a program's own classes live in `__main__`.
                let c = self.expr(&args[0]);
                let t = self.ty(&args[0]);
                if let Ty::Union(ms) = &t {
                    // A union with an object member: `__main__.` only while it holds the object.
                    if let Some(i) = ms.iter().position(|m| matches!(m, Ty::Object(..))) {
                        let name = self.type_name_code(&args[0], "_u").unwrap_or_else(|| "py::Str()".into());
                        return format!("[&] {{ const auto& _u = {c}; return py::concat(py::Str(_u.index() == {i} ? \"<class '__main__.\" : \"<class '\"), {name}, \"'>\"); }}()");
                    }
                }
                // Library classes live in their modules (`<class 'fractions.Fraction'>`).
                let module = match t {
                    Ty::Object(..) => "__main__.",
                    Ty::Fraction => "fractions.",
                    Ty::Decimal => "decimal.",
                    Ty::Deque(_) | Ty::Mapping(..) => "collections.",
                    Ty::Random => "random.",
                    _ => "",
                };
                let name = match t.py_class_name() {
                    Some(n) if is_simple(&c) => format!("py::Str({})", cpp_string(&n)),
                    Some(n) => format!("(static_cast<void>({c}), py::Str({}))", cpp_string(&n)),
                    None => match self.type_name_code(&args[0], &c) {
                        Some(code) => code,
                        None => {
                            self.unsupported("`type()` of this value as text", e.span);
                            return "py::Str()".into();
                        }
                    },
                };
                format!("py::concat({}, {name}, \"'>\")", cpp_string(&format!("<class '{module}")))
            }
            "hash" => {
                let c = self.expr(&args[0]);
                // Only a namedtuple's generated `__hash__` gets here with an unhashable value.
                if let Some(name) = unhashable_name(&self.ty(&args[0])) {
                    return format!("(static_cast<void>({c}), py::unhashable(\"{name}\"))");
                }
                format!("py::hash({c})")
            }
            "abs" => {
                let (c, t) = self.val(&args[0]);
                if let Ty::Union(ms) = &t {
                    return self.union_unary_code("abs", &c, ms, &res, l);
                }
                match t {
                    Ty::Object(k, _) => self.dunder_code(k, "__abs__", &c, &[]),
                    Ty::Int => format!("py::iabs({c}, {l})"),
                    Ty::Bool => format!("static_cast<py::int_t>({c})"),
                    Ty::Float => format!("std::fabs({c})"),
                    Ty::Fraction => format!("{c}.abs()"),
                    Ty::TimeDelta => format!("py::dt_abs({c})"),
                    _ => format!("py::num_abs({c}, {l})"),
                }
            }
            "round" => {
                let (c, t) = self.val(&args[0]);
                let nd = args.get(1).or(kw("ndigits").map(|k| &k.value)).filter(|n| !matches!(n.kind, ExprKind::None));
                if let (None, Ty::Union(ms)) = (nd, &t) {
                    return self.union_round(&c, ms);
                }
                match (nd, &t) {
                    (None, Ty::Float) => format!("py::round_to_int_t({c})"),
                    (None, Ty::Int) => c,
                    (None, Ty::Bool) => format!("static_cast<py::int_t>({c})"),
                    (None, Ty::Fraction) => format!("static_cast<py::int_t>({c}.round())"),
                    (None, _) => format!("py::num_round({c})"),
                    (Some(n), Ty::Float) => {
                        let n = self.expr_as(n, &Ty::Int);
                        format!("py::round_ndigits({c}, {n})")
                    }
                    (Some(n), Ty::Int) if const_int(n).is_some_and(|v| v >= 0) => c,
                    (Some(n), Ty::Fraction) => {
                        let n = self.expr_as(n, &Ty::Int);
                        format!("{c}.round(static_cast<int64_t>({n}))")
                    }
                    (Some(n), Ty::Num) => {
                        let n = self.expr_as(n, &Ty::Int);
                        format!("[&] {{ py::Num _x = {c}; int64_t _n = {n}; return _x.is_float ? py::Num(py::round_ndigits(_x.f, _n)) : py::Num(py::round_int(_x.i, _n, {l})); }}()")
                    }
                    (Some(n), Ty::Int | Ty::Bool) => {
                        let n = self.expr_as(n, &Ty::Int);
                        format!("py::round_int({c}, {n}, {l})")
                    }
                    _ => {
                        self.unsupported("`round()` with this combination of arguments", e.span);
                        c
                    }
                }
            }
            "divmod" if self.ty(&args[0]) == Ty::Fraction || self.ty(&args[1]) == Ty::Fraction => {
                let (a, at) = self.val(&args[0]);
                let (bb, bt) = self.val(&args[1]);
                let (a, bb) = (self.lit_safe(&a, &at), self.lit_safe(&bb, &bt));
                format!("py::frac_divmod({a}, {bb})")
            }
            "divmod" => {
                let q = match &res {
                    Ty::Tuple(ts) => ts[0].clone(),
                    _ => Ty::Int,
                };
                let a = self.expr_as(&args[0], &q);
                let bb = self.expr_as(&args[1], &q);
                let (a, bb) = (self.lit_safe(&a, &q), self.lit_safe(&bb, &q));
                match q {
                    Ty::Int => format!("py::divmod({a}, {bb}, {l})"),
                    Ty::Num => format!("py::num_divmod({a}, {bb}, {l})"),
                    Ty::Float => format!("py::divmod({a}, {bb})"),
                    _ => {
                        self.unsupported("`divmod()` of mixed int/float values", e.span);
                        "{}".into()
                    }
                }
            }
            "pow" if args.len() == 3 => {
                let c: Vec<String> = args
                    .iter()
                    .map(|a| match self.ty(a) {
                        Ty::Num => {
                            let c = self.expr(a);
                            format!("py::num_as_pow_int({c})")
                        }
                        _ => self.expr_as(a, &Ty::Int),
                    })
                    .collect();
                format!("py::pow_mod({}, {}, {}, {l})", c[0], c[1], c[2])
            }
            "pow" => {
                let (lt, rt) = (self.ty(&args[0]), self.ty(&args[1]));
                let (lc, rc) = (self.expr(&args[0]), self.expr(&args[1]));
                self.binop_code(BinOp::Pow, &lc, &lt, &rc, &rt, &res, l)
            }
            "int" => {
                let Some(a) = args.first() else { return "py::int_t{0}".into() };
                let (c, t) = self.val(a);
                match t {
                    Ty::Int => c,
                    Ty::Bool => format!("static_cast<py::int_t>({c})"),
                    Ty::Float => format!("py::float_to_int_t({c})"),
                    Ty::Num => format!("py::num_to_int({c})"),
                    Ty::Fraction => format!("static_cast<py::int_t>({c}.trunc())"),
                    Ty::Str => {
                        let base = match args.get(1).or(kw("base").map(|k| &k.value)) {
                            Some(b) => self.expr_as(b, &Ty::Int),
                            None => "10".into(),
                        };
                        format!("py::parse_int_t({c}, {base})")
                    }
                    Ty::Union(ms) => self.union_int(&c, &ms),
                    Ty::Object(k, _) => {
                        let m = if self.typed.find_method(Some(k), "__int__").is_some() { "__int__" } else { "__index__" };
                        self.dunder_code(k, m, &c, &[])
                    }
                    _ => c,
                }
            }
            "float" => {
                let Some(a) = args.first() else { return "0.0".into() };
                if let ExprKind::Str(s) = &a.kind {
                    let s = s.trim().to_ascii_lowercase();
                    match s.as_str() {
                        "inf" | "+inf" | "infinity" | "+infinity" => return cpp_double(f64::INFINITY),
                        "-inf" | "-infinity" => return cpp_double(f64::NEG_INFINITY),
                        "nan" | "+nan" | "-nan" => return cpp_double(f64::NAN),
                        _ => {}
                    }
                }
                let (c, t) = self.val(a);
                match t {
                    Ty::Str => format!("py::parse_float({c})"),
                    Ty::Union(ms) => self.union_float(&c, &ms),
                    Ty::Object(k, _) => self.dunder_code(k, "__float__", &c, &[]),
                    t => self.coerce(&c, &t, &Ty::Float),
                }
            }
            "bool" => match args.first() {
                Some(a) => self.cond(a),
                None => "false".into(),
            },
            "format" => {
                let (c, t) = self.val(&args[0]);
                let c = self.lit_safe(&c, &t);
                let Some(spec) = args.get(1) else { return format!("py::format({c}, \"\")") };
                let sc = self.expr_as(spec, &Ty::Str);
                if self.needs_order(&[&args[0], spec]) {
                    return format!("[&] {{ auto _fv = {c}; auto _fs = py::Str({sc}); return py::format(_fv, _fs); }}()");
                }
                format!("py::format({c}, {sc})")
            }
            "str" | "repr" => match args.first() {
                Some(a) => {
                    let t = self.ty(a);
                    let c = self.expr(a);
                    let c = self.lit_safe(&c, &t);
                    format!("py::{b}({c})")
                }
                None => "py::Str()".into(),
            },
            "list" => match args.first() {
                Some(a) => self.fresh_list(a, &res),
                None => format!("{}()", self.cty(&res, e.span)),
            },
            "tuple" => match (args.first(), &res) {
                (Some(a), Ty::VarTuple(et)) => {
                    let ect = if **et == Ty::Unknown { "py::int_t".to_string() } else { self.cty(et, e.span) };
                    let it = self.iterable(a);
                    format!("py::vtuple_from<{ect}>({it})")
                }
                _ => format!("{}()", self.cty(&res, e.span)),
            },
            "sorted" => {
                let list = self.fresh_list(&args[0], &res);
                let rev = match kw("reverse") {
                    Some(k) => self.cond(&k.value.clone()),
                    None => "false".into(),
                };
                format!("[&] {{ auto _l = {list}; _l.sort({rev}); return _l; }}()")
            }
            "any" | "all" if matches!(args[0].kind, ExprKind::GenExp { .. }) => {
                let ExprKind::GenExp { elt, generators } = &args[0].kind else { unreachable!() };
                let (sink, end) = if b == "any" { (Sink::Any, "return false;") } else { (Sink::All, "return true;") };
                self.comp_lambda(&args[0], elt, generators, "bool", vec![], &sink, end.into())
            }
            "open" => self.open_code(e, args, keywords),
            "input" => match args.first() {
                None => "py::input()".into(),
                Some(a) => {
                    let (c, t) = self.val(a);
                    format!("py::input(py::str({}))", self.lit_safe(&c, &t))
                }
            },
            "ord" => {
                let c = self.expr_as(&args[0], &Ty::Str);
                format!("py::ord({c})")
            }
            "bytes" | "bytearray" => self.bytes_constructor(b, args),
            "chr" => {
                let c = self.expr_as(&args[0], &Ty::Int);
                format!("py::chr({c})")
            }
            "ascii" => {
                let (c, t) = self.val(&args[0]);
                format!("py::ascii({})", self.lit_safe(&c, &t))
            }
            "bin" | "hex" | "oct" => {
                let c = self.expr_as(&args[0], &Ty::Int);
                let spec = match b { "bin" => "#b", "hex" => "#x", _ => "#o" };
                format!("py::format({c}, \"{spec}\")")
            }
            "dict" if !keywords.is_empty() => {
                // `dict(red=1, ...)` (inference refuses keywords beside a positional argument).
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let Ty::Dict(kt, vt) = &t else { return format!("{ct}()") };
                let items: Vec<String> = keywords
                    .iter()
                    .map(|kw| {
                        let key = self.coerce(&format!("py::Str({})", cpp_string(&kw.name)), &Ty::Str, kt);
                        format!("{{{key}, {}}}", self.expr_as(&kw.value, vt))
                    })
                    .collect();
                // Braced initializers evaluate left to right, as Python does.
                format!("{ct}{{{}}}", items.join(", "))
            }
            "dict" | "set" | "frozenset" => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                match args.first() {
                    None => format!("{ct}()"),
                    Some(a) => {
                        let at = match self.ty(a) {
                            Ty::Optional(t) => *t,
                            t => t,
                        };
                        if matches!((&t, at), (Ty::Dict(..), Ty::Dict(..)) | (Ty::Set(_), Ty::Set(_))) {
                            let (c, _) = self.val_iterated(a);
                            return format!("{c}.copy()");
                        }
                        if let (Ty::Dict(..), Ty::Mapping(..)) = (&t, self.ty(a)) {
                            // A Counter/defaultdict/OrderedDict's items, into a plain dict.
                            let (c, _) = self.val(a);
                            return format!("{ct}::from_pairs({c}.items())");
                        }
                        if let ExprKind::GenExp { generators, .. } = &a.kind {
                            // The container takes every element and does nothing else between
                            // them: making them up front is exact even when they have effects.
                            if !generators.iter().any(|g| endless(&g.iter, self.typed)) {
                                self.genexp_ok.insert(a.id);
                            }
                        }
                        let it = self.iterable(a);
                        let f = if b == "dict" { "from_pairs" } else { "from" };
                        format!("{ct}::{f}({it})")
                    }
                }
            }
            "any" | "all" => {
                let it_ty = self.ty(&args[0]);
                let et = elem_ty(&it_ty);
                let it = match it_ty {
                    Ty::List(_) => self.expr(&args[0]),
                    _ => self.iterable(&args[0]),
                };
                let t = self.truthy("_v", &et);
                if b == "any" {
                    format!("[&] {{ for (auto&& _v : {it}) if ({t}) return true; return false; }}()")
                } else {
                    format!("[&] {{ for (auto&& _v : {it}) if (!{t}) return false; return true; }}()")
                }
            }
            "next" if matches!(args[0].kind, ExprKind::GenExp { .. }) => {
                let ExprKind::GenExp { elt, generators } = &args[0].kind else { unreachable!() };
                let ct = self.cty(&res, e.span);
                let end = match args.get(1) {
                    Some(d) => format!("return {};", self.expr_as(d, &res)),
                    None => "py::raise<py::StopIteration>(py::Str()); ".into(),
                };
                self.comp_lambda(&args[0], elt, generators, &ct, vec![], &Sink::First(res.clone()), end)
            }
            "iter" => {
                let ct = self.cty(&res, e.span);
                let it = self.iterable(&args[0]);
                format!("py::iter_value<{}>({it})", ct.strip_prefix("py::Iter<").and_then(|c| c.strip_suffix('>')).unwrap_or(&ct))
            }
            "next" if matches!(self.ty(&args[0]), Ty::Object(..)) => {
                // An iterator object: its `__next__()`, or the default on StopIteration.
                let Ty::Object(c, _) = self.ty(&args[0]) else { unreachable!() };
                let obj = self.expr(&args[0]);
                let Some(next) = self.typed.find_method(Some(c), "__next__") else {
                    self.unsupported("`next()` of this object", e.span);
                    return "0".into();
                };
                let rt = self.typed.funcs[next].ret.clone();
                let ct = self.cty(&res, e.span);
                match args.get(1) {
                    Some(d) => {
                        let dc = self.expr_as(d, &res);
                        let call = self.dunder_code(c, "__next__", "_o", &[]);
                        let item = self.coerce(&call, &rt, &res);
                        format!("[&]() -> {ct} {{ auto _o = {obj}; {ct} _d = {dc}; try {{ return {item}; }} catch (py::StopIteration&) {{ return _d; }} }}()")
                    }
                    None => self.dunder_code(c, "__next__", &obj, &[]),
                }
            }
            "next" => {
                let g = self.expr(&args[0]);
                let et = elem_ty(&self.ty(&args[0]));
                match args.get(1) {
                    // A default of another type (`next(it, None)`, a str iterator with an int
                    // default): the result joins both, so the item is converted to it.
                    Some(d) if matches!(res, Ty::Optional(_)) || res != et => {
                        let dc = self.expr_as(d, &res);
                        let ct = self.cty(&res, e.span);
                        let ect = self.cty(&et, e.span);
                        let item = self.coerce("_n", &et, &res);
                        format!("[&]() -> {ct} {{ {ect} _n{{}}; if ({g}.next(_n)) return {item}; return {dc}; }}()")
                    }
                    Some(d) => {
                        let dc = self.expr_as(d, &res);
                        format!("{g}.next_or({dc})")
                    }
                    None => format!("{g}.next_or_raise()"),
                }
            }
            _ => {
                self.unsupported(format!("builtin `{b}()`"), e.span);
                "0".into()
            }
        }
    }

    /// `logging.basicConfig(...)`, `logging.disable(...)`, `logging.debug(msg, *args)`... (logging.hpp).
    /// The arguments are evaluated in order, as Python does; a message whose level is not enabled
    /// is never formatted.
    fn logging_call_code(&mut self, name: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        match name {
            "basicConfig" => {
                let mut level = "std::nullopt".to_string();
                let mut format = "std::nullopt".to_string();
                let mut pre = String::new();
                for (i, k) in keywords.iter().enumerate() {
                    let t = if k.name == "level" { Ty::Int } else { Ty::Str };
                    let c = self.expr_as(&k.value, &t);
                    if k.name == "level" {
                        pre += &format!("int64_t _k{i} = py::logging_level_of({c}); ");
                        level = format!("std::optional<int64_t>(_k{i})");
                    } else {
                        pre += &format!("py::Str _k{i} = {c}; ");
                        format = format!("std::optional<py::Str>(_k{i})");
                    }
                }
                format!("[&] {{ {pre}py::logging_basic_config({level}, {format}); return py::None; }}()")
            }
            "disable" => {
                let level = match (args.first(), keywords.first()) {
                    (Some(a), _) => self.expr_as(a, &Ty::Int),
                    (None, Some(k)) => self.expr_as(&k.value, &Ty::Int),
                    _ => "50".into(),
                };
                format!("(py::logging_disable(py::logging_level_of({level})), py::None)")
            }
            _ => {
                let (level, rest) = match name {
                    "log" => {
                        let c = self.expr_as(&args[0], &Ty::Int);
                        (format!("py::logging_level_of({c})"), &args[1..])
                    }
                    _ => (pyport_types::builtins::logging_level(&name.to_uppercase()).unwrap_or(30).to_string(), args),
                };
                let mut pre = format!("const int64_t _lv = {level}; ");
                let mut names = Vec::new();
                for (i, a) in rest.iter().enumerate() {
                    let (c, _) = self.val(a);
                    pre += &format!("const auto& _a{i} = {c}; ");
                    names.push(format!("_a{i}"));
                }
                let msg = if names.len() == 1 {
                    "py::str(_a0)".to_string()
                } else {
                    format!("py::percent_format_args(py::str(_a0), {})", names[1..].join(", "))
                };
                format!("[&] {{ {pre}if (py::logging_enabled(_lv)) py::logging_emit(_lv, {msg}); return py::None; }}()")
            }
        }
    }

    fn module_call(&mut self, m: &str, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        if m == "calendar" {
            return self.calendar_call_code(name, args);
        }
        if m == "copy" {
            let x = self.expr(&args[0]);
            return format!("py::{}({x})", if name == "deepcopy" { "deepcopy" } else { "copy_copy" });
        }
        if (m, name) == ("functools", "reduce") && args.len() >= 2 {
            let f = match &args[0].kind {
                // `reduce(max, xs)`: the builtin as a C++ callable of two values.
                ExprKind::Name(b) if matches!(b.as_str(), "min" | "max") && matches!(self.typed.names.get(&args[0].id), Some(NameRef::Builtin(_))) => {
                    let t = self.ty(e);
                    self.callable_code(&args[0], &[t.clone(), t])
                }
                _ => self.expr(&args[0]),
            };
            let xs = self.iterable(&args[1]);
            if args.len() == 3 {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let init = self.expr_as(&args[2], &t);
                return format!("py::reduce_init<{ct}>({f}, {xs}, {init})");
            }
            let t = self.ty(e);
            if t != elem_ty(&self.ty(&args[1])) && t != Ty::Unknown {
                // The accumulator holds more than the items (`int | str`).
                let ct = self.cty(&t, e.span);
                return format!("py::reduce<{ct}>({f}, {xs})");
            }
            if never_holds_items(&self.ty(&args[1])) {
                let ct = self.cty(&self.ty(e), e.span);
                return format!("((void)({f}), (void)({xs}), py::reduce_of_empty<{ct}>())");
            }
            return format!("py::reduce({f}, {xs})");
        }
        let sig = pyport_types::builtins::module_function(m, name);
        let arg_ty = match sig.map(|s| s.arg) {
            Some(pyport_types::builtins::ArgKind::Int) => Ty::Int,
            _ => Ty::Float,
        };
        if (m, name) == ("sys", "exit") {
            return match args.first() {
                None => "(py::sys_exit(0), py::None)".into(),
                Some(a) => match self.ty(a) {
                    Ty::None => {
                        let c = self.expr(a);
                        format!("((void)({c}), py::sys_exit(0), py::None)")
                    }
                    Ty::Str => {
                        let c = self.expr(a);
                        format!("(py::sys_exit_message({c}), py::None)")
                    }
                    _ => {
                        let c = self.expr_as(a, &Ty::Int);
                        format!("(py::sys_exit({c}), py::None)")
                    }
                },
            };
        }
        if m == "itertools" {
            return self.itertools_call(name, e, args);
        }
        if (m, name) == ("math", "prod") {
            if matches!(args[0].kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(args[0].id);
            }
            let res = self.ty(e);
            let start = match &e.kind {
                ExprKind::Call { keywords, .. } => keywords.first().map(|k| &k.value),
                _ => None,
            };
            return self.numeric_fold(BinOp::Mul, e, &args[0], start, &res);
        }
        if (m, name) == ("math", "fsum") {
            if matches!(args[0].kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(args[0].id);
            }
            let it = self.iterable(&args[0]);
            return format!("py::math_fsum({it})");
        }
        if (m, name) == ("sys", "set_int_max_str_digits") {
            let c = self.expr_as(&args[0], &Ty::Int);
            return format!("(py::set_int_max_str_digits({c}), py::None)");
        }
        if (m, name) == ("sys", "get_int_max_str_digits") {
            return "py::int_t(py::int_max_str_digits())".into();
        }
        if m == "sys" && name == "setrecursionlimit" {
            let c = self.expr_as(&args[0], &Ty::Int);
            return format!("(py::set_recursion_limit({c}), py::None)");
        }
        if m == "sys" && name == "getrecursionlimit" {
            return "py::int_t(py::get_recursion_limit())".into();
        }
        if m == "math" && matches!(name, "floor" | "ceil" | "trunc") {
            if let Some(a) = args.first() {
                match self.ty(a) {
                    Ty::Int => return self.expr(a),
                    Ty::Bool => {
                        let c = self.expr(a);
                        return format!("static_cast<py::int_t>({c})");
                    }
                    Ty::Fraction => {
                        let c = self.expr(a);
                        return format!("static_cast<py::int_t>(({c}).{name}())");
                    }
                    _ => {}
                }
            }
        }
        if m == "cmath" {
            return self.cmath_call(name, e, args);
        }
        if m == "decimal" {
            return self.decimal_call(name, e, args);
        }
        if (m, name) == ("array", "array") {
            return self.array_new_code(e, args);
        }
        if m == "struct" {
            return self.struct_call_code(name, e, args);
        }
        if m == "json" {
            return self.json_call_code(name, e, args);
        }
        if m == "io" {
            return self.io_call_code(name, args, keywords);
        }
        if m == "queue" {
            // `maxsize` only bounds `put` across threads; a single thread never waits on it.
            let t = self.ty(e);
            let ct = self.cty(&t, e.span);
            let size: Vec<String> = args.iter().chain(keywords.iter().map(|k| &k.value)).map(|a| self.expr(a)).collect();
            return match size.first() {
                Some(c) => format!("((void)({c}), {ct}())"),
                None => format!("{ct}()"),
            };
        }
        if m == "statistics" {
            return self.statistics_call_code(name, e, args, keywords);
        }
        if (m, name) == ("html", "escape") {
            // CPython's html.escape: `&` first, then `<`, `>`, and with `quote` both quotes.
            let s = self.expr_as(&args[0], &Ty::Str);
            let quote = match args.get(1).or(keywords.iter().find(|k| k.name == "quote").map(|k| &k.value)) {
                Some(q) => {
                    let t = self.ty(q);
                    let c = self.expr(q);
                    self.truthy(&c, &t)
                }
                None => "true".into(),
            };
            return format!(
                "[&] {{ py::Str _s = {s}; const bool _q = {quote}; for (auto [_a, _b] : {{std::pair{{\"&\", \"&amp;\"}}, std::pair{{\"<\", \"&lt;\"}}, std::pair{{\">\", \"&gt;\"}}}}) _s = py::str_replace(_s, _a, _b); if (_q) {{ _s = py::str_replace(_s, \"\\\"\", \"&quot;\"); _s = py::str_replace(_s, \"'\", \"&#x27;\"); }} return _s; }}()"
            );
        }
        if m == "logging" {
            return self.logging_call_code(name, args, keywords);
        }
        if m == "keyword" {
            let words = if name == "iskeyword" { pyport_types::builtins::KEYWORDS } else { pyport_types::builtins::SOFT_KEYWORDS };
            let x = self.expr_as(&args[0], &Ty::Str);
            let list: Vec<String> = words.iter().map(|w| cpp_string(w)).collect();
            return format!("[&] {{ const py::Str _k = {x}; for (const char* _w : {{{}}}) if (_k == std::string_view(_w)) return true; return false; }}()", list.join(", "));
        }
        if m == "colorsys" {
            // Python evaluates the three arguments in order.
            let cs: Vec<String> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
            return format!("[&] {{ double _c0 = {}; double _c1 = {}; double _c2 = {}; return py::colorsys_{name}(_c0, _c1, _c2); }}()", cs[0], cs[1], cs[2]);
        }
        if (m, name) == ("fractions", "Fraction") {
            let codes: Vec<String> = args.iter().map(|a| {
                let (c, t) = self.val(a);
                self.lit_safe(&c, &t)
            }).collect();
            if codes.len() == 2 && self.needs_order(&args.iter().collect::<Vec<_>>()) {
                return format!("[&] {{ auto _n = {}; auto _d = {}; return py::Fraction::of(_n, _d); }}()", codes[0], codes[1]);
            }
            return match codes.len() {
                0 => "py::Fraction()".into(),
                _ => format!("py::Fraction::of({})", codes.join(", ")),
            };
        }
        if m == "random" && name == "Random" {
            let codes: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
            return match codes.first() {
                Some(c) if self.ty(&args[0]) != Ty::None => format!("py::Random({c})"),
                _ => "py::Random()".into(),
            };
        }
        if m == "random" {
            return self.random_call(name, e, args);
        }
        if m == "heapq" || m == "bisect" {
            return self.heap_bisect_call(name, args);
        }
        let mut codes: Vec<String> = args.iter().map(|a| self.expr_as(a, &arg_ty)).collect();
        if m == "math" && arg_ty == Ty::Int && !self.int64 {
            // py::int_t arguments pick the exact overloads (math.factorial(200) of a literal).
            codes = codes.into_iter().map(|c| format!("py::int_t({c})")).collect();
        }
        let joined = codes.join(", ");
        match (m, name) {
            ("time", "time") => "py::time_time()".into(),
            ("time", _) => "py::perf_counter()".into(),
            ("math", n) => format!("py::math_{n}({joined})"),
            _ => {
                self.unsupported(format!("`{m}.{name}()`"), e.span);
                "0".into()
            }
        }
    }

    /// A function argument that inference typed as a function value (a lambda, a `def`).
    fn fn_value_code(&mut self, f: &Expr, args: &[Ty]) -> String {
        if matches!(self.ty(f), Ty::Func(..)) {
            self.expr(f)
        } else {
            self.callable_code(f, args)
        }
    }

    /// The `itertools` functions that take functions, keywords or keep state (`iterobj.hpp`).
    fn itertools_more(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let res = self.ty(e);
        let elem = elem_ty(&res);
        let kw = |k: &str| keywords.iter().find(|x| x.name == k).map(|x| x.value.clone());
        let mut all: Vec<&Expr> = args.iter().collect();
        all.extend(keywords.iter().map(|k| &k.value));
        all.retain(|x| !self.is_code_arg(x));
        let ordered = self.needs_order(&all);
        if ordered && !(matches!(name, "takewhile" | "dropwhile" | "filterfalse" | "starmap" | "accumulate") && keywords.is_empty()) {
            self.unsupported(format!("`itertools.{name}()` arguments whose order of evaluation could show"), e.span);
        }
        let it = |this: &mut Self, a: &Expr| {
            if matches!(&a.kind, ExprKind::GenExp { generators, .. } if !generators.iter().any(|g| endless(&g.iter, this.typed))) {
                this.genexp_ok.insert(a.id);
            }
            this.iterable(a)
        };
        match name {
            "groupby" => {
                let src = it(self, &args[0]);
                let el = elem_ty(&self.ty(&args[0]));
                match args.get(1).cloned().or(kw("key")).filter(|f| !matches!(f.kind, ExprKind::None)) {
                    Some(f) => {
                        let fc = self.fn_value_code(&f, &[el]);
                        format!("py::groupby({src}, {fc})")
                    }
                    None => format!("py::groupby({src})"),
                }
            }
            "takewhile" | "dropwhile" | "filterfalse" => {
                let src = it(self, &args[1]);
                let fc = self.fn_value_code(&args[0], &[elem]);
                if ordered {
                    // The function, then the iterable, as Python evaluates them.
                    let f = self.fresh("f");
                    return format!("[&] {{ auto {f} = {fc}; return py::{name}(std::move({f}), {src}); }}()");
                }
                format!("py::{name}({fc}, {src})")
            }
            "starmap" => {
                let src = it(self, &args[1]);
                let items = match elem_ty(&self.ty(&args[1])) {
                    Ty::Tuple(v) => v,
                    _ => vec![],
                };
                let fc = self.fn_value_code(&args[0], &items);
                if ordered {
                    let f = self.fresh("f");
                    return format!("[&] {{ auto {f} = {fc}; return py::starmap(std::move({f}), {src}); }}()");
                }
                format!("py::starmap({fc}, {src})")
            }
            "cycle" | "pairwise" => {
                let src = it(self, &args[0]);
                format!("py::{name}({src})")
            }
            "compress" => {
                let a = it(self, &args[0]);
                let b = it(self, &args[1]);
                format!("py::compress({a}, {b})")
            }
            "repeat" => {
                let x = self.expr_as(&args[0], &elem);
                match args.get(1).cloned().or(kw("times")) {
                    Some(n) => {
                        let nc = self.expr_as(&n, &Ty::Int);
                        format!("py::repeat({x}, {nc})")
                    }
                    None => format!("py::repeat({x})"),
                }
            }
            "zip_longest" => {
                let ct = self.cty(&elem, e.span);
                let items = match &elem {
                    Ty::Tuple(v) => v.clone(),
                    _ => vec![],
                };
                let fill = kw("fillvalue");
                let fills: Vec<String> = items
                    .iter()
                    .map(|t| match &fill {
                        Some(f) => self.expr_as(f, t),
                        None => match t {
                            Ty::Optional(_) => "std::nullopt".to_string(),
                            _ => "py::None".to_string(),
                        },
                    })
                    .collect();
                let srcs: Vec<String> = args.iter().map(|a| it(self, a)).collect();
                format!("py::zip_longest({ct}{{{}}}, {})", fills.join(", "), srcs.join(", "))
            }
            _ => {
                // accumulate(it, func, initial=...)
                let ct = self.cty(&elem, e.span);
                let src = it(self, &args[0]);
                let init = match kw("initial") {
                    Some(i) => {
                        let c = self.expr_as(&i, &elem);
                        format!("std::optional<{ct}>({c})")
                    }
                    None => format!("std::optional<{ct}>()"),
                };
                let l = self.line(e.span);
                let fc = match args.get(1).cloned().or(kw("func")) {
                    Some(f) => self.fn_value_code(&f, &[elem.clone(), elem.clone()]),
                    None => match elem {
                        Ty::Int => format!("[](const {ct}& a, const {ct}& b) {{ return py::add(a, b, {l}); }}"),
                        Ty::Num => format!("[](const {ct}& a, const {ct}& b) {{ return py::num_add(a, b, {l}); }}"),
                        _ => format!("[](const {ct}& a, const {ct}& b) {{ return {ct}(a + b); }}"),
                    },
                };
                if ordered {
                    // The iterable, then the function, as Python evaluates them.
                    let x = self.fresh("s");
                    return format!("[&] {{ auto {x} = {src}; return py::accumulate_fn<{ct}>(std::move({x}), {fc}, {init}); }}()");
                }
                format!("py::accumulate_fn<{ct}>({src}, {fc}, {init})")
            }
        }
    }

    /// `itertools.f(...)`: cursors from `itertools.hpp`; tuple lengths become template arguments.
    fn itertools_call(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        let l = self.line(e.span);
        let elem = elem_ty(&self.ty(e));
        if let (Ty::VarTuple(et), "permutations" | "combinations" | "combinations_with_replacement" | "product") = (&elem, name) {
            return self.itertools_var_call(name, e, args, et);
        }
        let mut codes = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let c = match name {
                "count" => {
                    let c = self.expr_as(a, &elem);
                    let ct = if elem == Ty::Float { "double" } else { "py::int_t" };
                    format!("static_cast<{ct}>({c})")
                }
                "islice" if i > 0 => match self.ty(a) {
                    Ty::None => {
                        let c = self.expr(a);
                        format!("((void)({c}), std::optional<py::int_t>())")
                    }
                    _ => {
                        let c = self.expr_as(a, &Ty::Int);
                        format!("std::optional<py::int_t>({c})")
                    }
                },
                "permutations" | "combinations" | "combinations_with_replacement" if i == 1 => continue,
                _ => {
                    if matches!(&a.kind, ExprKind::GenExp { generators, .. } if !generators.iter().any(|g| endless(&g.iter, self.typed))) {
                        self.genexp_ok.insert(a.id);
                    }
                    self.iterable(a)
                }
            };
            codes.push(c);
        }
        // Ordered temporaries inside the call's own lambda: a statement before it would run even
        // where the call does not (behind `and`).
        let pre = self.order_args(args, &mut codes);
        let call = self.itertools_call_code(name, e, args, &codes, &elem, l);
        if pre.is_empty() { call } else { format!("[&] {{ {pre}return {call}; }}()") }
    }

    /// The C++ call of `itertools.name` over argument codes already evaluated in order.
    fn itertools_call_code(&mut self, name: &str, e: &Expr, args: &[Expr], codes: &[String], elem: &Ty, l: usize) -> String {
        let joined = codes.join(", ");
        let tuple_len = match &elem {
            Ty::Tuple(v) => v.len(),
            _ => 0,
        };
        match name {
            "count" => {
                let (zero, one) = if *elem == Ty::Float { ("0.0", "1.0") } else { ("py::int_t(0)", "py::int_t(1)") };
                let start = codes.first().cloned().unwrap_or_else(|| zero.to_string());
                let step = codes.get(1).cloned().unwrap_or_else(|| one.to_string());
                if !matches!(elem, Ty::Int | Ty::Float) {
                    self.unsupported("`itertools.count()` mixing int and float", e.span);
                }
                format!("py::itertools_count({start}, {step}, {l})")
            }
            "islice" => {
                let none = "std::optional<py::int_t>()".to_string();
                let (start, stop, step) = match codes.len() {
                    2 => (none.clone(), codes[1].clone(), none),
                    3 => (codes[1].clone(), codes[2].clone(), none),
                    _ => (codes[1].clone(), codes[2].clone(), codes[3].clone()),
                };
                format!("py::islice({}, {start}, {stop}, {step})", codes[0])
            }
            "chain" => {
                let ct = self.cty(&elem, e.span);
                format!("py::chain<{ct}>({joined})")
            }
            "accumulate" => format!("py::accumulate({joined}, {l})"),
            "product" => {
                // `repeat=` is the tuple's length over the number of iterables.
                let repeat = if args.is_empty() { 1 } else { tuple_len / args.len() };
                format!("py::product<{repeat}>({joined})")
            }
            _ => format!("py::{name}<{tuple_len}>({joined})"),
        }
    }

    /// `permutations(xs, r)` & co. with a length known only at run time: cursors of `py::VTuple`
    /// items (`vtuple.hpp`); the iterable is evaluated before the length, as in Python.
    fn itertools_var_call(&mut self, name: &str, e: &Expr, args: &[Expr], et: &Ty) -> String {
        // Items of an iterable that stays empty: never made, any type will do (as `cty` does).
        let ect = if *et == Ty::Unknown { "py::int_t".to_string() } else { self.cty(et, e.span) };
        let Some(first) = args.first() else {
            self.unsupported(format!("`itertools.{name}()` without an iterable"), e.span);
            return "0".into();
        };
        let kw = |k: &str| match &e.kind {
            ExprKind::Call { keywords, .. } => keywords.iter().find(|x| x.name == k).map(|x| x.value.clone()),
            _ => None,
        };
        let len_expr = match name {
            "product" => kw("repeat"),
            _ => args.get(1).cloned().or_else(|| kw("r")),
        };
        let it = self.iterable(first);
        let tmp = self.fresh("pool");
        let len = match &len_expr {
            Some(x) => {
                let c = self.expr_as(x, &Ty::Int);
                format!("std::optional<int64_t>({c})")
            }
            None => "std::nullopt".into(),
        };
        let call = match name {
            "permutations" => format!("py::vpermutations<{ect}>({tmp}, _len)"),
            "combinations" => format!("py::vcombinations<{ect}, false>({tmp}, *_len)"),
            "combinations_with_replacement" => format!("py::vcombinations<{ect}, true>({tmp}, *_len)"),
            _ => format!("py::vproduct<{ect}>({tmp}, *_len)"),
        };
        format!("[&] {{ auto {tmp} = {it}; std::optional<int64_t> _len = {len}; return {call}; }}()")
    }

    /// `random.f(...)`: the runtime's generator matches CPython's bit for bit; arguments are evaluated
    /// into temporaries first when their order could show.
    fn random_call(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        let want = |t: Ty| -> Ty {
            match name {
                "randint" | "randrange" => Ty::Int,
                "uniform" | "gauss" | "normalvariate" | "expovariate" | "triangular" | "lognormvariate"
                | "betavariate" | "gammavariate" | "paretovariate" | "weibullvariate" | "vonmisesvariate" => Ty::Float,
                _ => t,
            }
        };
        let mut codes = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = self.ty(a);
            let w = if name == "sample" && i == 1 { Ty::Int } else { want(t.clone()) };
            let c = self.expr_as(a, &w);
            codes.push(c);
        }
        let pre = self.order_args(args, &mut codes);
        let _ = e;
        let joined = codes.join(", ");
        let call = match name {
            "seed" | "shuffle" => format!("(py::random_{name}({joined}), py::None)"),
            _ => format!("py::random_{name}({joined})"),
        };
        if pre.is_empty() { call } else { format!("[&] {{ {pre}return {call}; }}()") }
    }

    /// `rng.name(args)` on a `random.Random` instance: the module function's code, on the instance's
    /// generator (the runtime's `py::random_name` functions forward to `py::Random` methods of the same name).
    fn rng_call(&mut self, value: &Expr, attr: &str, e: &Expr, args: &[Expr]) -> String {
        let obj = self.expr(value);
        let code = self.random_call(attr, e, args);
        let prefix = format!("py::random_{attr}(");
        match code.find(&prefix) {
            Some(i) => format!("{}{obj}.{attr}({}", &code[..i], &code[i + prefix.len()..]),
            None => {
                self.unsupported(format!("`.{attr}()` of a `random.Random` instance"), e.span);
                "0".into()
            }
        }
    }

    /// `heapq.merge(*lists)` / `heapq.merge(a, b, ...)`: a `py::HeapMergeCursor` over the lists.
    fn heap_merge(&mut self, args: &[Expr]) -> String {
        if let [Expr { kind: ExprKind::Starred(x), .. }] = args {
            let code = self.expr(x);
            return format!("py::heap_merge_all({code})");
        }
        if args.is_empty() {
            self.unsupported("`heapq.merge()` without arguments", self.cur_span);
            return "0".into();
        }
        let codes: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
        format!("py::heap_merge({})", codes.join(", "))
    }

    /// `heapq.*` / `bisect.*`: the runtime's functions over py::List (CPython's orders).
    fn heap_bisect_call(&mut self, name: &str, args: &[Expr]) -> String {
        if name == "merge" {
            return self.heap_merge(args);
        }
        let mut codes = Vec::new();
        if matches!(name, "nlargest" | "nsmallest") {
            codes.push(self.expr_as(&args[0], &Ty::Int));
            let l = self.as_list(&args[1]);
            codes.push(l);
        } else {
            let (l, lt) = self.val(&args[0]);
            codes.push(l);
            let et = elem_ty(&lt);
            for (i, a) in args.iter().enumerate().skip(1) {
                let c = if i == 1 { self.expr_as(a, &et) } else { self.expr_as(a, &Ty::Int) };
                codes.push(c);
            }
        }
        let joined = codes.join(", ");
        match name {
            "heappush" | "heapify" | "insort_left" | "insort_right" | "insort" => format!("(py::{name}({joined}), py::None)"),
            _ => format!("py::{name}({joined})"),
        }
    }

    /// `heapq.nlargest(n, xs, key=f)` / `nsmallest`: `sorted(xs, key=f, reverse=...)[:n]`.
    fn heap_n_extreme_key(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let n = self.expr_as(&args[0], &Ty::Int);
        let l = self.as_list(&args[1]);
        let el = elem_ty(&self.ty(e));
        match keywords.iter().find(|k| k.name == "key" && !matches!(k.value.kind, ExprKind::None)) {
            Some(k) => {
                let f = self.callable_code(&k.value, &[el]);
                format!("py::{name}({n}, {l}, {f})")
            }
            None => format!("py::{name}({n}, {l})"),
        }
    }

    fn method_call(&mut self, e: &Expr, recv: &Expr, attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        let l = self.line(e.span);
        let (r, rt) = self.val(recv);
        if let Ty::Union(ms) = &rt {
            return self.union_str_method(e, &r, ms, attr, args, keywords);
        }
        if let Some(code) = self.datetime_method_code(&r, &rt, attr, args, keywords) {
            return code;
        }
        match &rt {
            Ty::Str if attr == "encode" => return self.str_encode(&r, args, keywords),
            Ty::Bytes | Ty::ByteArray => return self.bytes_method(e, &r, &rt, attr, args, keywords),
            Ty::Int | Ty::Bool if attr == "to_bytes" => {
                let c = self.coerce(&r, &rt, &Ty::Int);
                return self.int_to_bytes(&c, args, keywords);
            }
            Ty::Str => return self.str_method(e, &r, attr, args, keywords),
            Ty::Generator(_) if attr == "__next__" => return format!("{r}.next_or_raise()"),
            Ty::Dict(_, v) if attr == "update" && (!keywords.is_empty() || args.is_empty()) => {
                // `d.update(other, key=value)`: `other`'s items, then each keyword's, in order.
                // Every argument is evaluated before the dict changes, as in Python.
                let d = self.fresh("d");
                let mut body = format!("auto {d} = {r}; ");
                let mut apply = String::new();
                if let Some(a) = args.first() {
                    let (a, _) = self.val(a);
                    let _ = write!(body, "auto {d}_o = {a}; ");
                    let _ = write!(apply, "{d}.update({d}_o); ");
                }
                for (i, kw) in keywords.iter().enumerate() {
                    let vc = self.expr_as(&kw.value, v);
                    let _ = write!(body, "auto {d}_{i} = {vc}; ");
                    let _ = write!(apply, "{d}.set(py::Str({}), std::move({d}_{i})); ", cpp_string(&kw.name));
                }
                return format!("[&] {{ {body}{apply}return py::None; }}()");
            }
            Ty::Dict(k, v) => return self.dict_method(e, &r, k, v, attr, args),
            Ty::Set(t) | Ty::FrozenSet(t) => return self.set_method(e, &r, t, attr, args),
            Ty::Deque(t) => return self.deque_method(e, &r, t, attr, args),
            Ty::Mapping(m, k, v) => return self.mapping_method(e, &r, *m, k, v, attr, args, keywords),
            Ty::Int | Ty::Bool if matches!(attr, "bit_length" | "bit_count") => {
                let c = self.coerce(&r, &rt, &Ty::Int);
                return format!("py::int_{attr}({c})");
            }
            Ty::Num if matches!(attr, "bit_length" | "bit_count") => return self.num_int_method_code(&r, attr),
            Ty::Complex => return self.complex_method_code(e, &r, attr),
            Ty::Decimal => return self.decimal_method_code(e, &r, attr, args, keywords),
            Ty::TextFile | Ty::BinaryFile => return self.file_method_code(e, &r, rt == Ty::BinaryFile, attr, args),
            Ty::Array(c) => return self.array_method_code(e, &r, *c, attr, args),
            Ty::Object(c, _) if attr == "_replace" && self.prog.namedtuple_fields(*c).is_some() => {
                return self.namedtuple_replace_code(*c, &r, keywords);
            }
            Ty::Object(c, _) if attr == "_asdict" && self.prog.namedtuple_fields(*c).is_some() => {
                return self.namedtuple_asdict_code(e, *c, &r);
            }
            Ty::Int | Ty::Bool | Ty::Float | Ty::Num if attr == "is_integer" => return self.is_integer_code(&r, &rt),
            Ty::Fraction if attr == "as_integer_ratio" => {
                let ct = self.cty(&Ty::Tuple(vec![Ty::Int, Ty::Int]), e.span);
                let f = self.fresh("f");
                return format!("[&] {{ const auto& {f} = {r}; return {ct}{{{f}.numerator(), {f}.denominator()}}; }}()");
            }
            Ty::Fraction if attr == "limit_denominator" => {
                let arg = args.first().or(keywords.first().map(|k| &k.value));
                return match arg {
                    Some(a) => {
                        let c = self.expr_as(a, &Ty::Int);
                        format!("{r}.limit_denominator(py::Int({c}))")
                    }
                    None => format!("{r}.limit_denominator()"),
                };
            }
            _ => {}
        }
        if matches!(attr, "count" | "index") {
            // `t.count(x)`, `t.index(x[, start[, stop]])` on a tuple: as a `tuple[T, ...]`.
            let vt = match &rt {
                Ty::VarTuple(et) => Some((r.clone(), (**et).clone())),
                Ty::Tuple(ts) => self.tuple_list(&r, ts, e.span).map(|(c, et)| {
                    let ct = self.cty(&et, e.span);
                    (format!("py::VTuple<{ct}>({c})"), et)
                }),
                _ => None,
            };
            if let Some((code, et)) = vt {
                let v = self.expr_as(&args[0], &et);
                let rest: Vec<String> = args[1..].iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                return match (attr, rest.len()) {
                    ("index", 1) => format!("{code}.index({v}, {}, INT64_MAX)", rest[0]),
                    ("index", 2) => format!("{code}.index({v}, {}, {})", rest[0], rest[1]),
                    _ => format!("{code}.{attr}({v})"),
                };
            }
        }
        let Ty::List(et) = rt else {
            self.unsupported(format!("method `{attr}()` on this value"), e.span);
            return "0".into();
        };
        let et = *et;
        let arg = |this: &mut Self, i: usize, t: &Ty| this.expr_as(&args[i], t);
        match attr {
            "append" => {
                let v = arg(self, 0, &et);
                format!("({r}.append({v}), py::None)")
            }
            "insert" => {
                let i = arg(self, 0, &Ty::Int);
                let v = arg(self, 1, &et);
                format!("({r}.insert({i}, {v}), py::None)")
            }
            "extend" => {
                let list_ty = Ty::List(Box::new(et.clone()));
                let src = self.extend_source(&args[0], &list_ty);
                format!("({r}.extend({src}), py::None)")
            }
            "pop" => match args.first() {
                Some(_) => {
                    let i = arg(self, 0, &Ty::Int);
                    format!("{r}.pop({i}, {l})")
                }
                None => format!("{r}.pop({l})"),
            },
            "index" => {
                let v = arg(self, 0, &et);
                match args.len() {
                    2 => {
                        let start = arg(self, 1, &Ty::Int);
                        format!("{r}.index({v}, {start}, INT64_MAX)")
                    }
                    3 => {
                        let start = arg(self, 1, &Ty::Int);
                        let stop = arg(self, 2, &Ty::Int);
                        format!("{r}.index({v}, {start}, {stop})")
                    }
                    _ => format!("{r}.index({v})"),
                }
            }
            "count" => {
                let v = arg(self, 0, &et);
                format!("{r}.count({v})")
            }
            "remove" => {
                let v = arg(self, 0, &et);
                format!("({r}.remove({v}), py::None)")
            }
            "sort" => {
                let rev = match keywords.iter().find(|k| k.name == "reverse") {
                    Some(k) => self.cond(&k.value.clone()),
                    None => "false".into(),
                };
                match keywords.iter().find(|k| k.name == "key" && !matches!(k.value.kind, ExprKind::None)) {
                    Some(k) => {
                        let f = self.callable_code(&k.value.clone(), std::slice::from_ref(&et));
                        format!("(py::list_sort_key({r}, {f}, {rev}), py::None)")
                    }
                    None => format!("({r}.sort({rev}), py::None)"),
                }
            }
            "reverse" => format!("({r}.reverse(), py::None)"),
            "clear" => format!("({r}.clear(), py::None)"),
            "copy" => format!("{r}.copy()"),
            _ => {
                self.unsupported(format!("method `list.{attr}()`"), e.span);
                "0".into()
            }
        }
    }
}


/// Whether evaluating `e` may have side effects visible to its siblings (calls to user code, `next`, mutation).
impl Emitter<'_> {
    /// A C++ callable for a function passed as a value (see `Infer::infer_callable`).
    fn callable_code(&mut self, f: &Expr, args: &[Ty]) -> String {
        match &f.kind {
            // `key=functools.cmp_to_key(cmp)` (inference checked it): keys ordered by `cmp(a, b) < 0`.
            ExprKind::Call { func, args: cargs, .. } if args.len() == 1 && pyport_types::is_cmp_to_key(&self.typed.names, func) => {
                let inner = self.callable_code(&cargs[0], &[args[0].clone(), args[0].clone()]);
                format!("py::cmp_to_key({inner})")
            }
            ExprKind::Lambda { params, body } => {
                let rt = self.ty(f);
                let (decl, inner, pad) = self.lambda_parts(f, params, body, &rt, false, &[]);
                let rct = self.cty(&rt, f.span);
                format!("[&]({decl}) -> {rct} {{\n{inner}{pad}}}")
            }
            ExprKind::Name(n) => {
                let a = args.first().cloned().unwrap_or(Ty::Unknown);
                let act = self.cty(&a, f.span);
                match self.typed.names.get(&f.id).cloned() {
                    Some(NameRef::Function(fid)) if args.len() > 1 => {
                        // map(f, a, b, ...): one parameter per iterable.
                        let (mut decl, mut pass) = (Vec::new(), Vec::new());
                        for (i, a) in args.iter().enumerate() {
                            let act = self.cty(a, f.span);
                            let pt = self.typed.funcs[fid].params.get(i).cloned().unwrap_or(Ty::Unknown);
                            decl.push(format!("const {act}& x{i}"));
                            pass.push(self.coerce(&format!("x{i}"), a, &pt));
                        }
                        format!("[&]({}) {{ return {}({}); }}", decl.join(", "), cname(&self.prog.functions[fid].name), pass.join(", "))
                    }
                    Some(NameRef::Function(fid)) => {
                        let pt = self.typed.funcs[fid].params.first().cloned().unwrap_or(Ty::Unknown);
                        let x = self.coerce("x", &a, &pt);
                        format!("[&](const {act}& x) {{ return {}({x}); }}", cname(&self.prog.functions[fid].name))
                    }
                    Some(NameRef::Builtin(b)) if args.len() == 2 && matches!(b.as_str(), "min" | "max") => {
                        // CPython keeps the first of equal values: min replaces it when `y < x`, max when `y > x`.
                        let bct = self.cty(&args[1], f.span);
                        let test = if b == "min" { "py::lt(y, x)" } else { "py::lt(x, y)" };
                        format!("[&](const {act}& x, const {bct}& y) {{ return {test} ? y : x; }}")
                    }
                    Some(NameRef::Builtin(b)) => {
                        let body = match (b.as_str(), &a) {
                            ("int", Ty::Str) => "py::str_int_t(x)".to_string(),
                            ("int", Ty::Int) => "x".into(),
                            ("int", Ty::Bool) => "static_cast<py::int_t>(x)".into(),
                            ("float", Ty::Str) => "py::str_float(x)".into(),
                            ("float", Ty::Int | Ty::Bool | Ty::Float) => "static_cast<double>(x)".into(),
                            ("str", _) => "py::str(x)".into(),
                            ("repr", _) => "py::repr(x)".into(),
                            ("len", Ty::Str) => "py::str_len(x)".into(),
                            ("len", _) => "static_cast<py::int_t>(x.size())".into(),
                            ("abs", Ty::Int) => "py::iabs(x, 0)".into(),
                            ("abs", _) => "std::fabs(x)".into(),
                            ("ord", _) => "py::ord(x)".into(),
                            ("bool", _) => "py::truthy(x)".into(),
                            ("sum", Ty::List(et)) if matches!(**et, Ty::Int | Ty::Float) => {
                                // CPython starts from the int 0: with float items the sum is a float
                                // once there is one (inference types it as the items).
                                let ect = self.cty(et, f.span);
                                format!("[&] {{ {ect} _s{{}}; for (auto&& _v : x) _s = _s + _v; return _s; }}()")
                            }
                            ("min" | "max", Ty::List(_)) => format!("py::{b}(x)"),
                            ("tuple", Ty::List(_) | Ty::Iter(_) | Ty::Generator(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str | Ty::VarTuple(_)) => {
                                let et = elem_ty(&a);
                                let ect = if et == Ty::Unknown { "py::int_t".to_string() } else { self.cty(&et, f.span) };
                                format!("py::vtuple_from<{ect}>(x)")
                            }
                            ("list", Ty::List(_) | Ty::Iter(_) | Ty::Generator(_) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Str | Ty::VarTuple(_)) => {
                                // A fresh tuple's buffer becomes the list's (nothing else holds it).
                                let et = elem_ty(&a);
                                let ect = if et == Ty::Unknown { "py::int_t".to_string() } else { self.cty(&et, f.span) };
                                format!("py::List<{ect}>(py::vtuple_from<{ect}>(x))")
                            }
                            _ => {
                                self.unsupported(format!("passing `{b}` as a function here"), f.span);
                                "x".into()
                            }
                        };
                        format!("[&](const {act}& x) {{ return {body}; }}")
                    }
                    Some(NameRef::Var) if matches!(self.var_ty(n), Ty::Func(..)) => cname(n),
                    _ => {
                        self.unsupported(format!("passing `{n}` as a function"), f.span);
                        "[](const auto& x) { return x; }".into()
                    }
                }
            }
            _ => match self.ty(f) {
                // A function value computed by an expression (`compose(len)(show)`): a copy of the
                // `std::function`, called with each argument converted to its parameter type.
                Ty::Func(ps, r) if ps.len() == args.len() && !matches!(*r, Ty::None | Ty::Unknown) => {
                    let code = self.expr(f);
                    let (mut decl, mut pass) = (Vec::new(), Vec::new());
                    for (i, (a, p)) in args.iter().zip(&ps).enumerate() {
                        let act = self.cty(a, f.span);
                        decl.push(format!("const {act}& x{i}"));
                        pass.push(self.coerce(&format!("x{i}"), a, p));
                    }
                    format!("[_fv = {code}]({}) {{ return _fv({}); }}", decl.join(", "), pass.join(", "))
                }
                _ => {
                    self.unsupported("this function value", f.span);
                    "[](const auto& x) { return x; }".into()
                }
            },
        }
    }

    /// `str.maketrans(...)`: the runtime builds the table as the dict type inference gave it.
    fn str_maketrans(&mut self, e: &Expr, args: &[Expr]) -> String {
        let dt = self.ty(e);
        let dct = self.cty(&dt, e.span);
        if args.len() == 1 {
            let d = self.expr(&args[0]);
            return format!("py::str_maketrans_dict<{dct}>({d})");
        }
        let parts: Vec<String> = args.iter().map(|a| self.expr_as(a, &Ty::Str)).collect();
        format!("py::str_maketrans<{dct}>({})", parts.join(", "))
    }

    fn str_method(&mut self, e: &Expr, r: &str, attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        if attr == "translate" {
            if !keywords.is_empty() || args.len() != 1 {
                self.unsupported("this call of `str.translate()`", e.span);
                return "py::Str()".into();
            }
            let t = self.expr(&args[0]);
            return format!("py::str_translate({r}, {t})");
        }
        if attr == "join" {
            // `"".join(table[c] for c in text)`: appended as produced. CPython builds the list
            // first, but nothing can tell: the items are strs, and the result exists only if every
            // one was made.
            if let ExprKind::GenExp { elt, generators } | ExprKind::ListComp { elt, generators } = &args[0].kind {
                if self.ty(elt) == Ty::Str {
                    let (acc, sep, n) = (self.fresh("acc"), self.fresh("sep"), self.fresh("n"));
                    let prologue = vec![format!("const auto& {sep} = {r};"), format!("py::Str {acc};"), format!("int64_t {n} = 0;")];
                    let sink = Sink::Join { acc: acc.clone(), sep, n };
                    return self.comp_lambda(&args[0], elt, generators, "py::Str", prologue, &sink, format!("return {acc};"));
                }
            }
            if matches!(args[0].kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(args[0].id);
            }
            let it = self.iterable(&args[0]);
            if never_holds_items(&self.ty(&args[0])) {
                return format!("((void)({r}), (void)({it}), py::Str())");
            }
            return format!("py::str_join({r}, {it})");
        }
        if attr == "format" {
            if !keywords.is_empty() {
                self.unsupported("keyword arguments to `format()` on a string variable", e.span);
            }
            let mut parts = vec![r.to_string()];
            for a in args {
                let (c, t) = self.val(a);
                parts.push(self.lit_safe(&c, &t));
            }
            return format!("py::str_format({})", parts.join(", "));
        }
        let slots = match pyport_types::builtins::str_method_slots(attr, args, keywords) {
            Ok(slots) => slots,
            Err(msg) => {
                self.unsupported(msg, e.span);
                return "py::Str()".into();
            }
        };
        let mut parts = vec![r.to_string()];
        let mut fname = format!("py::str_{attr}");
        for (i, a) in slots.iter().enumerate() {
            let Some(a) = *a else {
                // `s.split(maxsplit=n)`: `sep` is None.
                fname = format!("py::str_{attr}_ws");
                continue;
            };
            match &a.kind {
                ExprKind::None if i == 0 && matches!(attr, "split" | "rsplit") => {
                    if slots.len() == 2 {
                        fname = format!("py::str_{attr}_ws");
                    }
                    continue;
                }
                ExprKind::None if i == 0 && matches!(attr, "strip" | "lstrip" | "rstrip") => continue,
                ExprKind::Tuple(elts) if matches!(attr, "startswith" | "endswith") && i == 0 => {
                    let xs: Vec<String> = elts.iter().map(|x| self.expr_as(x, &Ty::Str)).collect();
                    parts.push(format!("std::initializer_list<std::string_view>{{{}}}", xs.join(", ")));
                    continue;
                }
                _ => {}
            }
            let (c, t) = self.val(a);
            parts.push(match t {
                Ty::Bool if attr == "splitlines" => c,
                Ty::Int | Ty::Bool => self.coerce(&c, &t, &Ty::Int),
                Ty::Num | Ty::Union(_) if matches!(attr, "center" | "ljust" | "rjust" | "zfill") && i == 0 => self.width_at_run_time(&c, &t),
                _ => c,
            });
        }
        let order: Vec<&Expr> = slots.iter().flatten().copied().collect();
        if self.needs_order(&order) {
            self.unsupported("string method arguments with side effects that depend on their order", e.span);
        }
        let code = format!("{fname}({})", parts.join(", "));
        match self.ty(e) {
            // A new list of strs typed wider by inference (`words = s.split()` then
            // `words.append(0)`, or a function's result merged with another's): converted item by item.
            Ty::List(t) if matches!(attr, "split" | "rsplit" | "splitlines") && *t != Ty::Str => {
                let ct = self.cty(&t, e.span);
                format!("py::list_convert<{ct}>({code})")
            }
            _ => code,
        }
    }

    fn dict_method(&mut self, e: &Expr, r: &str, kt: &Ty, vt: &Ty, attr: &str, args: &[Expr]) -> String {
        let res = self.ty(e);
        let key = |this: &mut Self| this.expr_as(&args[0], kt);
        match attr {
            "get" | "pop" if args.len() == 2 => {
                let k = key(self);
                if matches!(args[1].kind, ExprKind::None) {
                    if matches!(vt, Ty::Optional(_)) {
                        // The values may be None already: a missing key gives the same None.
                        return format!("{r}.{attr}({k}, std::nullopt)");
                    }
                    return if attr == "get" { format!("{r}.get({k})") } else { format!("{r}.pop_or_none({k})") };
                }
                if res != *vt && attr == "get" && res.is_numeric() && vt.is_numeric() {
                    // `d.get(k, float("inf"))` over int values: the result is int-or-float.
                    let rc = self.cty(&res, e.span);
                    let found = self.coerce("(*_g)", vt, &res);
                    let d = self.expr_as(&args[1], &res);
                    return format!("[&]() -> {rc} {{ auto _g = {r}.get({k}); if (_g) return {found}; return {d}; }}()");
                }
                if let (Ty::Union(_), "get") = (&res, attr) {
                    return self.union_dict_get(e, r, &k, vt, &args[1]);
                }
                if res != *vt {
                    self.unsupported(format!("`dict.{attr}()` with a default of another type than the values"), args[1].span);
                    return "0".into();
                }
                let d = self.expr_as(&args[1], vt);
                format!("{r}.{attr}({k}, {d})")
            }
            "get" | "pop" => {
                let k = key(self);
                format!("{r}.{attr}({k})")
            }
            "setdefault" => {
                let k = key(self);
                let d = self.expr_as(&args[1], vt);
                format!("{r}.setdefault({k}, {d})")
            }
            "popitem" | "keys" | "values" | "items" | "copy" => format!("{r}.{attr}()"),
            "clear" => format!("({r}.clear(), py::None)"),
            "update" => {
                let (a, _) = self.val(&args[0]);
                format!("({r}.update({a}), py::None)")
            }
            "__setitem__" if args.len() == 2 => {
                // The dict, then the key, then the value, as Python evaluates them.
                let k = key(self);
                let v = self.expr_as(&args[1], vt);
                let d = self.fresh("d");
                format!("[&] {{ auto {d} = {r}; auto _k = {k}; auto _v = {v}; {d}.set(std::move(_k), std::move(_v)); return py::None; }}()")
            }
            _ => {
                self.unsupported(format!("method `dict.{attr}()`"), e.span);
                "0".into()
            }
        }
    }

    fn set_method(&mut self, e: &Expr, r: &str, et: &Ty, attr: &str, args: &[Expr]) -> String {
        if let [Expr { kind: ExprKind::Starred(inner), .. }] = args {
            // `s.union(*xs)`: each item of `xs` one argument, folded left to right.
            let it = self.iterable(inner);
            let item = match self.ty(inner) {
                Ty::List(t) | Ty::Set(t) | Ty::FrozenSet(t) | Ty::VarTuple(t) | Ty::Deque(t) | Ty::Iter(t) | Ty::Generator(t) => Some(*t),
                _ => None,
            };
            if item.is_none() || matches!(item, Some(Ty::Union(_) | Ty::Optional(_))) {
                self.unsupported(format!("`set.{attr}(*xs)` where `xs` holds iterables of different types"), inner.span);
                return "0".into();
            }
            let x = if item == Some(Ty::Str) { "py::str_iter(_x)" } else { "_x" };
            let (m, update) = match attr {
                "union" => ("update", false),
                "update" | "intersection_update" | "difference_update" => (attr, true),
                _ => (attr, false),
            };
            let t = self.ty(e);
            return if update {
                format!("[&] {{ auto _s = {r}; for (auto&& _x : {it}) _s.{m}({x}); return py::None; }}()")
            } else if attr == "union" && matches!(t, Ty::Set(_)) {
                let ct = self.cty(&t, e.span);
                format!("[&] {{ {ct} _s = {r}.union_(); for (auto&& _x : {it}) _s.update({x}); return _s; }}()")
            } else if attr == "union" {
                format!("[&] {{ auto _s = {r}.union_(); for (auto&& _x : {it}) _s = _s.union_({x}); return _s; }}()")
            } else {
                format!("[&] {{ auto _s = {r}.copy(); for (auto&& _x : {it}) _s = _s.{m}({x}); return _s; }}()")
            };
        }
        match attr {
            "add" => {
                let x = self.expr_as(&args[0], et);
                format!("({r}.add({x}), py::None)")
            }
            "discard" | "remove" => {
                let x = self.expr_as(&args[0], et);
                format!("({r}.{attr}({x}), py::None)")
            }
            "pop" | "copy" => format!("{r}.{attr}()"),
            "clear" => format!("({r}.clear(), py::None)"),
            "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                let xs: Vec<String> = args.iter().map(|a| self.iterable(a)).collect();
                format!("({r}.{attr}({}), py::None)", xs.join(", "))
            }
            "union" | "intersection" | "difference" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint" => {
                let name = if attr == "union" { "union_" } else { attr };
                let xs: Vec<String> = args.iter().map(|a| self.iterable(a)).collect();
                format!("{r}.{name}({})", xs.join(", "))
            }
            _ => {
                self.unsupported(format!("method `set.{attr}()`"), e.span);
                "0".into()
            }
        }
    }
}

fn impure(e: &Expr, typed: &Typed) -> bool {
    const PURE: &[&str] = &[
        "len", "abs", "str", "repr", "int", "float", "bool", "round", "min", "max", "sum", "sorted", "list", "tuple",
        "range", "enumerate", "zip", "reversed", "divmod", "pow", "any", "all", "complex", "set", "frozenset", "dict",
        "ord", "chr", "hash", "isinstance", "bin", "hex", "oct", "format",
    ];
    match &e.kind {
        ExprKind::Call { func, args, keywords } => {
            let callee_pure = match &func.kind {
                ExprKind::Name(_) => match typed.names.get(&func.id) {
                    Some(NameRef::Builtin(b)) => PURE.contains(&b.as_str()),
                    Some(NameRef::Imported { module, .. }) => !matches!(module.as_str(), "random" | "heapq" | "bisect"),
                    _ => false,
                },
                ExprKind::Attribute { value, attr } => match typed.names.get(&value.id) {
                    Some(NameRef::Module(m)) => !matches!(m.as_str(), "random" | "heapq" | "bisect"),
                    _ => matches!(attr.as_str(), "index" | "count" | "copy" | "format") && !impure(value, typed),
                },
                _ => false,
            };
            // Consuming a generator (`list(gen)`, `sum(gen)`) changes it: order matters.
            let consumes = args.iter().any(|a| consumable(a, typed));
            !callee_pure || consumes || args.iter().any(|a| impure(a, typed)) || keywords.iter().any(|k| impure(&k.value, typed))
        }
        ExprKind::Yield(_) => true,
        ExprKind::Starred(v) => impure(v, typed),
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Bytes(_) | ExprKind::Name(_) => false,
        ExprKind::BinOp { left, right, .. } => impure(left, typed) || impure(right, typed),
        ExprKind::UnaryOp { operand, .. } => impure(operand, typed),
        ExprKind::BoolOp { values, .. } => values.iter().any(|v| impure(v, typed)),
        ExprKind::Compare { left, ops, comparators } => {
            // `x in gen` consumes the generator up to `x`.
            let consumes = ops.iter().zip(comparators).any(|(op, c)| {
                matches!(op, CmpOp::In | CmpOp::NotIn) && consumable(c, typed)
            });
            consumes || impure(left, typed) || comparators.iter().any(|c| impure(c, typed))
        }
        ExprKind::IfExp { test, body, orelse } => impure(test, typed) || impure(body, typed) || impure(orelse, typed),
        ExprKind::Attribute { value, .. } => impure(value, typed),
        // `dd[k]` on a defaultdict inserts a missing key.
        ExprKind::Subscript { value, .. } if matches!(typed.ty(value.id), Ty::Mapping(MapKind::DefaultDict, ..)) => true,
        ExprKind::Subscript { value, index } => impure(value, typed) || impure(index, typed),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().any(|x| impure(x, typed)),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) | ExprKind::Dict(v) => v.iter().any(|x| impure(x, typed)),
        ExprKind::ListComp { .. } | ExprKind::GenExp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } => true,
        ExprKind::Lambda { .. } => false,
        ExprKind::Named { .. } => true,
        ExprKind::FString(parts) => parts.iter().any(|p| match p {
            FPart::Lit(_) => false,
            FPart::Field { value, .. } => impure(value, typed),
        }),
    }
}

/// Whether anything inside a generator expression (its iterables, conditions, element) may have effects.
/// A generator, or an iterator kept in a variable (`it = iter(xs)`, `z = zip(a, b)`): using it
/// consumes it, so the order of evaluation matters.
fn consumable(e: &Expr, typed: &Typed) -> bool {
    match typed.ty(e.id) {
        Ty::Generator(_) => true,
        Ty::Iter(_) => !matches!(e.kind, ExprKind::Call { .. }),
        _ => false,
    }
}

/// The `itertools` functions `itertools_more` emits.
const ITERTOOLS_MORE: &[&str] =
    &["groupby", "takewhile", "dropwhile", "filterfalse", "starmap", "cycle", "pairwise", "compress", "repeat", "zip_longest", "accumulate"];

fn genexp_has_effects(e: &Expr, typed: &Typed) -> bool {
    let ExprKind::GenExp { elt, generators } = &e.kind else { return true };
    impure(elt, typed)
        || generators.iter().any(|g| impure(&g.iter, typed) || g.ifs.iter().any(|c| impure(c, typed)) || endless(&g.iter, typed))
}

/// Whether `e` reads an endless iterator (`itertools.count()`, `cycle()`, `repeat(x)`): a
/// generator expression over one cannot be made up front (it would fill memory forever).
fn endless(e: &Expr, typed: &Typed) -> bool {
    if let ExprKind::Call { func, args, .. } = &e.kind {
        let name = match &func.kind {
            ExprKind::Name(_) => match typed.names.get(&func.id) {
                Some(NameRef::Imported { module, name }) if module == "itertools" => Some(name.as_str()),
                _ => None,
            },
            ExprKind::Attribute { value, attr } if matches!(typed.names.get(&value.id), Some(NameRef::Module(m)) if m == "itertools") => {
                Some(attr.as_str())
            }
            _ => None,
        };
        if matches!(name, Some("count" | "cycle")) || (name == Some("repeat") && args.len() == 1) {
            return true;
        }
    }
    let mut found = false;
    pyport_types::for_each_expr_child(e, |c| found = found || endless(c, typed));
    found
}

/// A literal CPython's compiler folds into a constant: numbers (signed too), strs, bytes, bools,
/// None, and tuples of those.
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Bytes(_) => true,
        ExprKind::UnaryOp { op: UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, operand } => matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_)),
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

fn module_constant(m: &str, name: &str) -> Option<String> {
    Some(match (m, name) {
        ("math" | "cmath", "pi") => cpp_double(std::f64::consts::PI),
        ("math" | "cmath", "e") => cpp_double(std::f64::consts::E),
        ("math" | "cmath", "tau") => cpp_double(std::f64::consts::TAU),
        ("math" | "cmath", "inf") => cpp_double(f64::INFINITY),
        ("math" | "cmath", "nan") => cpp_double(f64::NAN),
        ("sys", "maxsize") => "INT64_MAX".into(),
        ("logging", n) => format!("py::int_t({})", pyport_types::builtins::logging_level(n)?),
        ("keyword", "kwlist" | "softkwlist") => {
            let words = if name == "kwlist" { pyport_types::builtins::KEYWORDS } else { pyport_types::builtins::SOFT_KEYWORDS };
            let items: Vec<String> = words.iter().map(|w| format!("py::Str({})", cpp_string(w))).collect();
            format!("py::List<py::Str>{{{}}}", items.join(", "))
        }
        ("sys", "argv") => "py::argv()".into(),
        ("calendar", n) if pyport_types::builtins::calendar_weekday(n).is_some() => {
            format!("py::int_t({})", pyport_types::builtins::calendar_weekday(n)?)
        }
        ("calendar", n) => datetime::calendar_constant(n)?,
        ("sys", "stdin") => "py::stdin_lines()".into(),
        ("string", n) => format!("py::Str({})", cpp_string(pyport_types::builtins::string_constant(n)?)),
        ("re", n) => format!("py::int_t({})", pyport_types::re_syntax::flag_value(n)?),
        ("decimal", n) if n.starts_with("ROUND_") && pyport_types::builtins::module_constant("decimal", n).is_some() => format!("py::Str({})", cpp_string(n)),
        _ => return None,
    })
}

fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => true,
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_)),
        _ => false,
    }
}

fn collect_fields<'e>(parts: &'e [FPart], out: &mut Vec<&'e Expr>) {
    for p in parts {
        if let FPart::Field { value, spec, .. } = p {
            out.push(value);
            collect_fields(spec, out);
        }
    }
}

/// How far an int local provably stays from the int64 limits (`small_int_locals`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum IntWidth {
    /// Nothing known: a `py::int_t`.
    Any,
    /// Always an int64 value (a range element, an int64 literal, a copy of one).
    I64,
    /// Small: below 2**48 in magnitude plus at most 16 per binding executed so far.
    Bounded,
}

/// One way a function binds a local.
enum IntBinding<'e> {
    /// `for x in range(args)`.
    Range(&'e [Expr]),
    /// `for x, _ in enumerate(xs[, start])`: the index.
    EnumIndex(Option<&'e Expr>),
    /// `x = value` (also `x: int = value` and each name of `x = y = value`).
    Value(&'e Expr),
    /// `x += c` / `x -= c` with an int literal `c`.
    Step(i64),
    /// Anything else (tuple unpacking, other iterables, `except ... as x`).
    Other,
}

/// Largest step of a counter that stays `Bounded`.
const SMALL_STEP: i64 = 16;

/// The Int locals of function `fid` that can be `int64_t` in C++ because their values provably
/// fit: every binding is a `range` element, an int64 literal, a `len()`, a copy of such a local,
/// or (for `Bounded` ones) a counter step `x += c` with |c| <= 16. A `Bounded` value starts below
/// 2**48 (literals up to 2**32, lengths of containers in memory) and grows by at most 16 per
/// executed binding, so reaching 2**63 would take more than 5e17 statements (years of run time).
/// Operations on these locals still go through the exact runtime functions (an overflowing
/// `i * i` is a big py::Int), and storing a result converts it back with a check (OverflowError,
/// never a wrapped value), so Python semantics are unchanged. Captured and `:=` names, and
/// parameters, are left alone.
/// `params` are the widths `small_int_program` proved for the parameters (`Any` when unknown):
/// a parameter rebound in the body must keep its width through those bindings too.
fn small_int_locals(prog: &Program, typed: &Typed, fid: FuncId, params: &[IntWidth]) -> std::collections::HashMap<String, IntWidth> {
    let f = &prog.functions[fid];
    let ft = &typed.funcs[fid];
    let walrus = pyport_types::walrus_names(&f.body);
    let mut width: std::collections::HashMap<String, IntWidth> = ft
        .locals
        .iter()
        .filter(|(n, t)| {
            *t == Ty::Int && !ft.captured.contains(n) && !walrus.contains(n) && !f.params.iter().any(|p| &p.name == n)
        })
        .map(|(n, _)| (n.clone(), IntWidth::Bounded))
        .collect();
    for (p, w) in f.params.iter().zip(params) {
        if *w > IntWidth::Any && !ft.captured.contains(&p.name) && !walrus.contains(&p.name) {
            width.insert(p.name.clone(), *w);
        }
    }
    if width.is_empty() {
        return width;
    }
    narrow_by_bindings(&f.body, typed, &mut width);
    width
}

/// Narrows `width` (names to what they are assumed to stay within) to what every int binding
/// of those names in `body` keeps them within: a fixpoint, each pass only widening.
fn narrow_by_bindings(body: &[Stmt], typed: &Typed, width: &mut std::collections::HashMap<String, IntWidth>) {
    let mut bindings = Vec::new();
    int_bindings(body, typed, &mut bindings);
    loop {
        let mut changed = false;
        for (name, b) in &bindings {
            let Some(&cur) = width.get(name) else { continue };
            let w = match b {
                IntBinding::Range(args) => {
                    if args.iter().all(|a| expr_width(a, typed, width) == IntWidth::Bounded) {
                        IntWidth::Bounded
                    } else {
                        IntWidth::I64
                    }
                }
                IntBinding::EnumIndex(None) => IntWidth::Bounded,
                IntBinding::EnumIndex(Some(start)) => expr_width(start, typed, width).max(IntWidth::I64),
                IntBinding::Value(v) => expr_width(v, typed, width),
                IntBinding::Step(c) if c.abs() <= SMALL_STEP && cur == IntWidth::Bounded => IntWidth::Bounded,
                IntBinding::Step(_) | IntBinding::Other => IntWidth::Any,
            };
            if w < cur {
                width.insert(name.clone(), w);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// The module's int variables that stay within int64 at every binding (for the arguments of calls
/// made at module level): not declared `global` in any function, not bound by `:=`.
fn small_int_module_vars(prog: &Program, typed: &Typed) -> std::collections::HashMap<String, IntWidth> {
    let mut written_elsewhere = HashSet::new();
    for f in &prog.functions {
        pyport_types::global_names(&f.body, &mut written_elsewhere);
    }
    written_elsewhere.extend(pyport_types::walrus_names(&prog.body));
    let mut width: std::collections::HashMap<String, IntWidth> = typed
        .globals
        .iter()
        .filter(|(n, t)| *t == Ty::Int && !written_elsewhere.contains(n))
        .map(|(n, _)| (n.clone(), IntWidth::Bounded))
        .collect();
    if !width.is_empty() {
        narrow_by_bindings(&prog.body, typed, &mut width);
    }
    width.retain(|_, w| *w >= IntWidth::I64);
    width
}

/// What `e` is known to stay within, given the widths of the locals (`small_int_locals`).
fn expr_width(e: &Expr, typed: &Typed, width: &std::collections::HashMap<String, IntWidth>) -> IntWidth {
    match &e.kind {
        _ if const_int(e).is_some_and(|v| v.unsigned_abs() <= 1 << 32) => IntWidth::Bounded,
        _ if const_int(e).is_some() => IntWidth::I64,
        ExprKind::Bool(_) => IntWidth::Bounded,
        ExprKind::Name(n) if typed.names.get(&e.id) == Some(&NameRef::Var) => width.get(n).copied().unwrap_or(IntWidth::Any),
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } if expr_width(operand, typed, width) == IntWidth::Bounded => IntWidth::Bounded,
        ExprKind::BinOp { op: BinOp::Add | BinOp::Sub, left, right } => {
            let small_lit = |x: &Expr| const_int(x).is_some_and(|c| c.abs() <= SMALL_STEP);
            let bounded = |x: &Expr| expr_width(x, typed, width) == IntWidth::Bounded;
            if (bounded(left) && small_lit(right)) || (small_lit(left) && bounded(right)) {
                IntWidth::Bounded
            } else {
                IntWidth::Any
            }
        }
        ExprKind::Call { func, args, keywords } if args.len() == 1 && keywords.is_empty() => {
            let is_len = matches!(func.kind, ExprKind::Name(_)) && typed.names.get(&func.id) == Some(&NameRef::Builtin("len".into()));
            // The length of a container held in memory is far below 2**48.
            let in_memory = matches!(
                typed.ty(args[0].id),
                Ty::List(_) | Ty::Str | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::FrozenSet(_) | Ty::Deque(_) | Ty::Mapping(..)
            );
            if is_len && in_memory { IntWidth::Bounded } else { IntWidth::Any }
        }
        _ => IntWidth::Any,
    }
}

/// The bindings of plain names in `body` (not inside nested functions or comprehensions).
fn int_bindings<'e>(body: &'e [Stmt], typed: &Typed, out: &mut Vec<(String, IntBinding<'e>)>) {
    fn others<'e>(t: &Target, out: &mut Vec<(String, IntBinding<'e>)>) {
        match t {
            Target::Name { name, .. } | Target::Starred { name, .. } => out.push((name.clone(), IntBinding::Other)),
            Target::Tuple { elts, .. } => elts.iter().for_each(|x| others(x, out)),
            Target::Subscript { .. } | Target::Attr { .. } => {}
        }
    }
    let builtin = |func: &Expr, name: &str| {
        matches!(func.kind, ExprKind::Name(_)) && typed.names.get(&func.id) == Some(&NameRef::Builtin(name.into()))
    };
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    match t {
                        Target::Name { name, .. } => out.push((name.clone(), IntBinding::Value(value))),
                        t => others(t, out),
                    }
                }
            }
            StmtKind::AnnAssign { target, value, .. } => match (target, value) {
                (Target::Name { name, .. }, Some(v)) => out.push((name.clone(), IntBinding::Value(v))),
                (_, None) => {}
                (t, Some(_)) => others(t, out),
            },
            StmtKind::AugAssign { target, op, value } => match (target, op, const_int(value)) {
                (Target::Name { name, .. }, BinOp::Add, Some(c)) => out.push((name.clone(), IntBinding::Step(c))),
                (Target::Name { name, .. }, BinOp::Sub, Some(c)) => out.push((name.clone(), IntBinding::Step(c.saturating_neg()))),
                (t, ..) => others(t, out),
            },
            StmtKind::For { target, iter, .. } => {
                let call = match &iter.kind {
                    ExprKind::Call { func, args, keywords } => Some((func, args, keywords)),
                    _ => None,
                };
                match (target, call) {
                    (Target::Name { name, .. }, Some((func, args, kws)))
                        if builtin(func, "range")
                            && kws.is_empty()
                            && (1..=3).contains(&args.len())
                            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) =>
                    {
                        out.push((name.clone(), IntBinding::Range(args)))
                    }
                    (Target::Tuple { elts, .. }, Some((func, args, kws)))
                        if builtin(func, "enumerate")
                            && elts.len() == 2
                            && matches!(elts[0], Target::Name { .. })
                            && args.len() + kws.len() <= 2
                            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) =>
                    {
                        let start = args.get(1).or(kws.iter().find(|k| k.name == "start").map(|k| &k.value));
                        let ok = kws.iter().all(|k| k.name == "start");
                        if let (Target::Name { name, .. }, true) = (&elts[0], ok) {
                            out.push((name.clone(), IntBinding::EnumIndex(start)));
                        } else {
                            others(&elts[0], out);
                        }
                        others(&elts[1], out);
                    }
                    (t, _) => others(t, out),
                }
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some((n, _)) = &h.name {
                        out.push((n.clone(), IntBinding::Other));
                    }
                }
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| others(t, out)),
            _ => {}
        }
        for b in s.child_blocks() {
            int_bindings(b, typed, out);
        }
    }
}

/// The direct calls `f(...)` of the program's functions, and which functions' int parameters
/// can be narrowed from their call sites: a module-level function (not a method, generator,
/// cached or nested function) every reference to which is a direct call this pass sees (so it
/// is never a value), each call passing positional arguments (no `*`) and keywords it names.
struct CallGraph<'e> {
    /// (caller, callee, positional arguments, keywords); caller `None` is module level.
    calls: Vec<(Option<FuncId>, FuncId, &'e [Expr], &'e [Keyword])>,
    narrowable: Vec<bool>,
}

impl<'e> CallGraph<'e> {
    fn of(prog: &'e Program, typed: &Typed) -> Self {
        let n = prog.functions.len();
        let mut calls = Vec::new();
        direct_calls(&prog.body, typed, &mut calls, None);
        for (fid, f) in prog.functions.iter().enumerate() {
            direct_calls(&f.body, typed, &mut calls, Some(fid));
        }
        // A function referenced anywhere else (a value, a call in a lambda or comprehension, a
        // call this pass does not read) keeps its parameters as they are.
        let mut refs = vec![0usize; n];
        for r in typed.names.values() {
            if let NameRef::Function(fid) = r {
                refs[*fid] += 1;
            }
        }
        let mut seen = vec![0usize; n];
        for (_, callee, ..) in &calls {
            seen[*callee] += 1;
        }
        let narrowable = (0..n)
            .map(|fid| {
                let f = &prog.functions[fid];
                let shapes_ok = calls.iter().filter(|c| c.1 == fid).all(|(_, _, args, kws)| {
                    args.len() <= f.params.len()
                        && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
                        && kws.iter().all(|k| f.params.iter().skip(args.len()).any(|p| p.name == k.name))
                });
                f.class.is_none()
                    && f.parent.is_none()
                    && !f.is_generator
                    && f.cache.is_none()
                    && typed.funcs[fid].params.iter().all(|t| *t != Ty::Unknown)
                    && refs[fid] == seen[fid]
                    && shapes_ok
            })
            .collect();
        CallGraph { calls, narrowable }
    }

    /// Per function, which parameters can be narrowed from their call sites: int parameters of a
    /// `narrowable` function that no nested function captures.
    fn int_params(&self, prog: &Program, typed: &Typed) -> Vec<Vec<bool>> {
        (0..prog.functions.len())
            .map(|fid| {
                let ft = &typed.funcs[fid];
                prog.functions[fid].params.iter().zip(&ft.params).map(|(p, t)| self.narrowable[fid] && *t == Ty::Int && !ft.captured.contains(&p.name)).collect()
            })
            .collect()
    }

    /// The argument a call passes for parameter `i` (`p`) of `callee`: positional, keyword or
    /// default (`Err` with the default).
    fn arg<'c>(f: &'c Function, i: usize, args: &'c [Expr], kws: &'c [Keyword]) -> Option<Result<&'c Expr, &'c Expr>> {
        let p = &f.params[i];
        match (args.get(i), kws.iter().find(|k| k.name == p.name), &p.default) {
            (Some(a), ..) => Some(Ok(a)),
            (None, Some(k), _) => Some(Ok(&k.value)),
            (None, None, Some(d)) => Some(Err(d)),
            _ => None,
        }
    }
}

/// Interprocedural `small_int_locals`: per function, the int locals and parameters that can be
/// `int64_t` in C++. An int parameter of a module-level function (not a method, generator,
/// cached or nested function) can be one when every call of the function is a direct call
/// `f(...)` this pass sees (every reference to `f` in the program is such a call, so `f` is
/// never a value) and each passes, or defaults to, a value that provably fits (`expr_width` in
/// the caller: a `small_int_locals` local, an int64 literal, a `len()`, a range index, a counter
/// step from one). Recursive calls count as bindings: `fib(n - 1)` keeps `n` `Bounded` (at most
/// 16 further per call). Widths start optimistic and only shrink until nothing changes.
/// As for locals only the storage type changes: arithmetic on the parameter still goes through
/// the exact runtime functions, and a call converts its argument with a check.
fn small_int_program(prog: &Program, typed: &Typed) -> Vec<HashSet<String>> {
    use std::collections::HashMap;
    let n = prog.functions.len();
    let graph = CallGraph::of(prog, typed);
    let mut params: Vec<Vec<IntWidth>> =
        graph.int_params(prog, typed).into_iter().map(|ps| ps.into_iter().map(|ok| if ok { IntWidth::Bounded } else { IntWidth::Any }).collect()).collect();
    let calls = &graph.calls;
    let empty = HashMap::new();
    let module = small_int_module_vars(prog, typed);
    loop {
        let widths: Vec<HashMap<String, IntWidth>> = (0..n).map(|fid| small_int_locals(prog, typed, fid, &params[fid])).collect();
        let mut changed = false;
        for (caller, callee, args, kws) in calls {
            let f = &prog.functions[*callee];
            let cw = caller.map_or(&module, |c| &widths[c]);
            for i in 0..f.params.len() {
                let cur = params[*callee][i];
                if cur == IntWidth::Any {
                    continue;
                }
                let w = match CallGraph::arg(f, i, args, kws) {
                    Some(Ok(a)) => expr_width(a, typed, cw),
                    Some(Err(d)) if const_int(d).is_some() => expr_width(d, typed, &empty),
                    _ => IntWidth::Any,
                };
                if w < cur {
                    params[*callee][i] = w;
                    changed = true;
                }
            }
        }
        if !changed {
            return widths
                .into_iter()
                .map(|w| w.into_iter().filter(|(_, w)| *w >= IntWidth::I64).map(|(n, _)| n).collect())
                .collect();
        }
    }
}

/// The direct calls `f(...)` of program functions in `body` (not inside nested functions,
/// lambdas or comprehensions), with the function whose body it is.
fn direct_calls<'e>(
    body: &'e [Stmt],
    typed: &Typed,
    out: &mut Vec<(Option<FuncId>, FuncId, &'e [Expr], &'e [Keyword])>,
    caller: Option<FuncId>,
) {
    fn expr<'e>(e: &'e Expr, typed: &Typed, out: &mut Vec<(Option<FuncId>, FuncId, &'e [Expr], &'e [Keyword])>, caller: Option<FuncId>) {
        let go = |x: &'e Expr, out: &mut Vec<_>| expr(x, typed, out, caller);
        match &e.kind {
            ExprKind::Call { func, args, keywords } => {
                match (&func.kind, typed.names.get(&func.id)) {
                    (ExprKind::Name(_), Some(NameRef::Function(fid))) => out.push((caller, *fid, args, keywords)),
                    _ => go(func, out),
                }
                args.iter().for_each(|a| go(a, out));
                keywords.iter().for_each(|k| go(&k.value, out));
            }
            ExprKind::BinOp { left, right, .. } => {
                go(left, out);
                go(right, out);
            }
            ExprKind::UnaryOp { operand, .. } => go(operand, out),
            ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Dict(values) | ExprKind::Set(values) => {
                values.iter().for_each(|v| go(v, out))
            }
            ExprKind::Compare { left, comparators, .. } => {
                go(left, out);
                comparators.iter().for_each(|c| go(c, out));
            }
            ExprKind::IfExp { test, body, orelse } => {
                go(test, out);
                go(body, out);
                go(orelse, out);
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred(value) | ExprKind::Named { value, .. } => go(value, out),
            ExprKind::Subscript { value, index } => {
                go(value, out);
                go(index, out);
            }
            ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| go(x, out)),
            ExprKind::FString(parts) => {
                let mut fields = Vec::new();
                collect_fields(parts, &mut fields);
                fields.into_iter().for_each(|x| go(x, out));
            }
            ExprKind::Yield(Some(v)) => go(v, out),
            _ => {}
        }
    }
    fn target<'e>(t: &'e Target, typed: &Typed, out: &mut Vec<(Option<FuncId>, FuncId, &'e [Expr], &'e [Keyword])>, caller: Option<FuncId>) {
        match t {
            Target::Subscript { value, index, .. } => {
                expr(value, typed, out, caller);
                expr(index, typed, out, caller);
            }
            Target::Attr { value, .. } => expr(value, typed, out, caller),
            Target::Tuple { elts, .. } => elts.iter().for_each(|x| target(x, typed, out, caller)),
            Target::Name { .. } | Target::Starred { .. } => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::If { test: e, .. } | StmtKind::While { test: e, .. } => {
                expr(e, typed, out, caller)
            }
            StmtKind::Assign { targets, value } => {
                expr(value, typed, out, caller);
                targets.iter().for_each(|t| target(t, typed, out, caller));
            }
            StmtKind::AugAssign { target: t, value, .. } => {
                expr(value, typed, out, caller);
                target(t, typed, out, caller);
            }
            StmtKind::AnnAssign { target: t, value, .. } => {
                if let Some(v) = value {
                    expr(v, typed, out, caller);
                }
                target(t, typed, out, caller);
            }
            StmtKind::For { target: t, iter, .. } => {
                expr(iter, typed, out, caller);
                target(t, typed, out, caller);
            }
            StmtKind::Assert { test, msg } => {
                expr(test, typed, out, caller);
                if let Some(m) = msg {
                    expr(m, typed, out, caller);
                }
            }
            StmtKind::Raise { exc, cause } => [exc, cause].into_iter().flatten().for_each(|x| expr(x, typed, out, caller)),
            StmtKind::Delete(ts) => ts.iter().for_each(|t| target(t, typed, out, caller)),
            _ => {}
        }
        for b in s.child_blocks() {
            direct_calls(b, typed, out, caller);
        }
    }
}

/// The shared cell holding captured variable `name` (see `Emitter::function_body`).
fn cell_name(name: &str) -> String {
    format!("_cell_{name}")
}

fn bound_flag(name: &str) -> String {
    format!("{}__assigned", cname(name))
}

/// The type of binary operator `op` on union members of types `a` and `b`, `None` where CPython
/// raises TypeError (the rules of inference's `binop`).
fn union_binop_result(op: BinOp, a: &Ty, b: &Ty) -> Option<Ty> {
    let int = |t: &Ty| matches!(t, Ty::Int | Ty::Bool);
    let num = |t: &Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float | Ty::Num);
    if num(a) && num(b) {
        let any_float = *a == Ty::Float || *b == Ty::Float;
        let any_num = *a == Ty::Num || *b == Ty::Num;
        return Some(match op {
            BinOp::Div => Ty::Float,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *a == Ty::Bool && *b == Ty::Bool => Ty::Bool,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift => {
                // An int-or-float operand is checked at run time (`num_bitop_code`).
                if *a == Ty::Float || *b == Ty::Float {
                    return None;
                }
                Ty::Int
            }
            BinOp::Pow if !any_float && !any_num => Ty::Num,
            _ if any_float => Ty::Float,
            _ if any_num => Ty::Num,
            _ => Ty::Int,
        });
    }
    // An int-or-Fraction (inference compiles `+ - * / %` only).
    let qnum = |t: &Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Fraction);
    if qnum(a) && qnum(b) {
        return match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod => Some(Ty::Fraction),
            _ => None,
        };
    }
    let cnum = |t: &Ty| num(t) || *t == Ty::Complex;
    if cnum(a) && cnum(b) {
        return match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow => Some(Ty::Complex),
            _ => None,
        };
    }
    match (op, a, b) {
        (BinOp::Add, Ty::Str, Ty::Str) => Some(Ty::Str),
        (BinOp::Add, Ty::Bytes | Ty::ByteArray, Ty::Bytes | Ty::ByteArray) => Some(a.clone()),
        (BinOp::Mul, Ty::Bytes | Ty::ByteArray, t) if int(t) => Some(a.clone()),
        (BinOp::Mod, Ty::Bytes | Ty::ByteArray, _) => Some(a.clone()),
        (BinOp::Add, Ty::Array(_), Ty::Array(_)) | (BinOp::Mul, Ty::Array(_), _) => Some(a.clone()),
        (BinOp::Mul, _, Ty::Array(_)) => Some(b.clone()),
        (BinOp::Mul, t, Ty::Bytes | Ty::ByteArray) if int(t) => Some(b.clone()),
        (BinOp::Add, Ty::List(_), Ty::List(_)) => Some(a.clone()),
        (BinOp::Add, Ty::Tuple(x), Ty::Tuple(y)) => Some(Ty::Tuple(x.iter().chain(y).cloned().collect())),
        (BinOp::Add, Ty::VarTuple(_), Ty::VarTuple(_) | Ty::Tuple(_)) => Some(a.clone()),
        (BinOp::Add, Ty::Tuple(_), Ty::VarTuple(_)) => Some(b.clone()),
        (BinOp::Mul, Ty::VarTuple(_), t) if int(t) => Some(a.clone()),
        (BinOp::Mul, t, Ty::VarTuple(_)) if int(t) => Some(b.clone()),
        (BinOp::Mul, Ty::Str | Ty::List(_) | Ty::Tuple(_), t) if int(t) => Some(a.clone()),
        (BinOp::Mul, t, Ty::Str | Ty::List(_) | Ty::Tuple(_)) if int(t) => Some(b.clone()),
        // An int-or-float count: CPython's TypeError when it holds a float (`num_int_or`).
        (BinOp::Mul, Ty::Str | Ty::List(_), Ty::Num) => Some(a.clone()),
        (BinOp::Mul, Ty::Num, Ty::Str | Ty::List(_)) => Some(b.clone()),
        (BinOp::Mod, Ty::Str, Ty::Bool | Ty::Int | Ty::Float | Ty::Num | Ty::Str | Ty::List(_) | Ty::Tuple(_)) => Some(Ty::Str),
        _ => None,
    }
}

/// C++ raising CPython's AttributeError "'C' object has no attribute 'a'", the class name from
/// the C++ expression `type_name` (the object's own class, at run time).
fn no_attribute(type_name: &str, attr: &str) -> String {
    format!("py::raise<py::AttributeError>(std::string(\"'\") + {type_name} + {})", cpp_string(&format!("' object has no attribute '{attr}'")))
}

fn is_object(t: &Ty) -> bool {
    match t {
        Ty::Object(..) => true,
        Ty::Optional(inner) => matches!(**inner, Ty::Object(..)),
        _ => false,
    }
}


/// C++ member names carry a prefix so they never hide a module-level name inside a method.
fn field_cname(name: &str) -> String {
    format!("_f_{name}")
}

fn attr_cname(name: &str) -> String {
    format!("_c_{name}")
}

/// `__init__` → `_d_init` (the runtime calls `_d_repr`, `_d_eq`...), `area` → `_m_area`.
fn method_cname(name: &str) -> String {
    match name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) {
        Some(inner) if !inner.is_empty() => format!("_d_{inner}"),
        _ => format!("_m_{name}"),
    }
}

fn default_name(func: &str, param: &str) -> String {
    format!("{}__default_{}", cname(func), param)
}

/// The type inference gives a slot holding values of types `a` and `b` when they are tuples that
/// join (`tuple_items_alike`): equal types; tuples of one length item by item; tuples of different
/// lengths (or a `tuple[T, ...]`) as `tuple[T, ...]` of all their items. `None` otherwise.
fn join_tuple_tys(a: &Ty, b: &Ty) -> Option<Ty> {
    if a == b {
        return Some(a.clone());
    }
    if a.is_numeric() && b.is_numeric() {
        return Some(if matches!((a, b), (Ty::Float, Ty::Float)) { Ty::Float } else if matches!((a, b), (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool)) { Ty::Int } else { Ty::Num });
    }
    let items = |t: &Ty| -> Option<Vec<Ty>> {
        match t {
            Ty::Tuple(ts) => Some(ts.clone()),
            Ty::VarTuple(e) => Some(vec![(**e).clone()]),
            _ => None,
        }
    };
    match (a, b) {
        (Ty::Tuple(x), Ty::Tuple(y)) if x.len() == y.len() => x.iter().zip(y).map(|(p, q)| join_tuple_tys(p, q)).collect::<Option<Vec<_>>>().map(Ty::Tuple),
        _ => {
            let all: Vec<Ty> = items(a)?.into_iter().chain(items(b)?).collect();
            let mut e = all.first().cloned().unwrap_or(Ty::Unknown);
            for t in all.iter().skip(1) {
                e = join_tuple_tys(&e, t)?;
            }
            Some(Ty::VarTuple(Box::new(e)))
        }
    }
}

fn elem_ty(t: &Ty) -> Ty {
    match t {
        Ty::List(e) | Ty::Iter(e) | Ty::Generator(e) | Ty::Set(e) | Ty::FrozenSet(e) | Ty::Dict(e, _) | Ty::Deque(e) | Ty::Mapping(_, e, _) | Ty::VarTuple(e) => (**e).clone(),
        Ty::Str => Ty::Str,
        Ty::Bytes | Ty::ByteArray => Ty::Int,
        Ty::Union(ms) => union_items_ty(ms),
        Ty::TextFile => Ty::Str,
        Ty::BinaryFile => Ty::Bytes,
        Ty::Array('f' | 'd') => Ty::Float,
        Ty::Array(_) => Ty::Int,
        _ => Ty::Unknown,
    }
}

/// Whether a value of type `t` is a container nothing ever flows into (e.g. `"-".join([])`):
/// it is always empty. (A tuple's element types are its own: only `()` is empty.)
fn never_holds_items(t: &Ty) -> bool {
    match t {
        Ty::Tuple(ts) => ts.is_empty(),
        // An iterable that may be None: its items when it is not (None raises where it is used).
        Ty::Optional(inner) => never_holds_items(inner),
        t => elem_ty(t) == Ty::Unknown,
    }
}

/// The result type of `l op r` (mirrors inference, for augmented assignment).
fn result_ty(op: BinOp, l: &Ty, r: &Ty, right: &Expr) -> Ty {
    if l.is_numeric() && r.is_numeric() {
        let any_float = *l == Ty::Float || *r == Ty::Float;
        let any_num = *l == Ty::Num || *r == Ty::Num;
        return match op {
            BinOp::Div => Ty::Float,
            _ if any_float => Ty::Float,
            _ if any_num => Ty::Num,
            BinOp::Pow => match const_int(right) {
                Some(v) if v >= 0 => Ty::Int,
                Some(_) => Ty::Float,
                None => Ty::Num,
            },
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *l == Ty::Bool && *r == Ty::Bool => Ty::Bool,
            _ => Ty::Int,
        };
    }
    l.clone()
}

fn collect_target_names(t: &Target, out: &mut HashSet<String>) {
    match t {
        Target::Name { name, .. } | Target::Starred { name, .. } => {
            out.insert(name.clone());
        }
        Target::Tuple { elts, .. } => elts.iter().for_each(|e| collect_target_names(e, out)),
        Target::Subscript { .. } | Target::Attr { .. } => {}
    }
}

fn assigns_name(body: &[Stmt], name: &str) -> bool {
    fn target(t: &Target, name: &str) -> bool {
        match t {
            Target::Name { name: n, .. } | Target::Starred { name: n, .. } => n == name,
            Target::Tuple { elts, .. } => elts.iter().any(|e| target(e, name)),
            Target::Subscript { .. } | Target::Attr { .. } => false,
        }
    }
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { targets, .. } => targets.iter().any(|t| target(t, name)),
        StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => target(t, name),
        StmtKind::For { target: t, body, orelse, .. } => target(t, name) || assigns_name(body, name) || assigns_name(orelse, name),
        StmtKind::Try { handlers, .. } => {
            handlers.iter().any(|h| h.name.as_ref().is_some_and(|(n, _)| n == name))
                || s.child_blocks().into_iter().any(|b| assigns_name(b, name))
        }
        _ => s.child_blocks().into_iter().any(|b| assigns_name(b, name)),
    })
}

/// A piece of a `str.format` template.
enum TemplatePiece {
    Lit(String),
    Field { field: FieldRef, conversion: Option<char>, spec: String },
}

enum FieldRef {
    Auto,
    Index(usize),
    Name(String),
}

/// The argument a `str.format` field names (`auto`: the fields numbered automatically so far).
fn field_arg<'e>(field: FieldRef, auto: &mut usize, args: &'e [Expr], keywords: &'e [Keyword]) -> Option<&'e Expr> {
    match field {
        FieldRef::Auto => {
            *auto += 1;
            args.get(*auto - 1)
        }
        FieldRef::Index(i) => args.get(i),
        FieldRef::Name(n) => keywords.iter().find(|k| k.name == n).map(|k| &k.value),
    }
}

fn parse_format_template(t: &str) -> Result<Vec<TemplatePiece>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '}' => return Err("single `}`".into()),
            '{' => {
                let mut inner = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    inner.push(c);
                }
                if depth != 0 {
                    return Err("unclosed `{`".into());
                }
                if !lit.is_empty() {
                    out.push(TemplatePiece::Lit(std::mem::take(&mut lit)));
                }
                let (head, spec) = match inner.find(':') {
                    Some(i) => (&inner[..i], inner[i + 1..].to_string()),
                    None => (inner.as_str(), String::new()),
                };
                let (name, conversion) = match head.find('!') {
                    Some(i) => (&head[..i], head[i + 1..].chars().next()),
                    None => (head, None),
                };
                if name.contains('.') || name.contains('[') {
                    return Err("attribute or index fields".into());
                }
                if head.contains('{') {
                    return Err("nested fields outside the format spec".into());
                }
                let field = if name.is_empty() {
                    FieldRef::Auto
                } else if let Ok(i) = name.parse::<usize>() {
                    FieldRef::Index(i)
                } else {
                    FieldRef::Name(name.to_string())
                };
                out.push(TemplatePiece::Field { field, conversion, spec });
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        out.push(TemplatePiece::Lit(lit));
    }
    Ok(out)
}

/// `collections`: constructors and methods of `deque`, `Counter`, `defaultdict`, `OrderedDict`.
impl Emitter<'_> {
    /// The C++ type of a `collections` value (a Python int spelled as `cty(&Ty::Int)` says).
    fn collections_cty(&mut self, t: &Ty, sp: Span) -> String {
        let part = |this: &mut Self, t: &Ty| if *t == Ty::Unknown { this.cty(&Ty::Int, sp) } else { this.cty(t, sp) };
        match t {
            Ty::Deque(e) => format!("py::Deque<{}>", part(self, e)),
            Ty::Mapping(m, k, v) => {
                let kc = part(self, k);
                let vc = part(self, v);
                match m {
                    MapKind::DefaultDict => format!("py::DefaultDict<{kc}, {vc}>"),
                    MapKind::Counter => {
                        if !matches!(**v, Ty::Int | Ty::Unknown) {
                            self.unsupported(format!("a Counter whose counts are `{v}` (the builtin engine counts with ints)"), sp);
                        }
                        let ic = self.cty(&Ty::Int, sp);
                        format!("py::Counter<{kc}, {ic}>")
                    }
                    MapKind::OrderedDict => format!("py::OrderedDict<{kc}, {vc}>"),
                }
            }
            _ => self.cty(t, sp),
        }
    }

    /// Whether `x` names a `collections` class (a `defaultdict` factory such as `deque`).
    fn is_collections_class(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Name(_) => matches!(self.typed.names.get(&x.id), Some(NameRef::Imported { module, .. }) if module == "collections"),
            ExprKind::Attribute { value, .. } => matches!(self.typed.names.get(&value.id), Some(NameRef::Module(m)) if m == "collections"),
            _ => false,
        }
    }

    /// Code for what a Counter counts, or a mapping/iterable of pairs to add to a dict.
    fn counted(&mut self, a: &Expr) -> String {
        match self.ty(a) {
            Ty::Str | Ty::Dict(..) | Ty::Mapping(..) => self.val(a).0,
            _ => self.iterable(a),
        }
    }

    fn collections_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        // `deque(gen)`, `Counter(gen)`: consumed on the spot, like `list(gen)`.
        for a in args.iter().take(1).chain(keywords.iter().filter(|k| k.name == "iterable").map(|k| &k.value)) {
            if matches!(a.kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(a.id);
            }
        }
        if name == "defaultdict" && args.len() == 2 {
            return self.defaultdict_with_contents(e, args, keywords);
        }
        let t = self.ty(e);
        let ct = self.cty(&t, e.span);
        match name {
            "deque" => {
                let src = args.first().or_else(|| keywords.iter().find(|k| k.name == "iterable").map(|k| &k.value));
                let maxlen = args.get(1).or_else(|| keywords.iter().find(|k| k.name == "maxlen").map(|k| &k.value));
                let m = match maxlen {
                    None => None,
                    Some(x) if matches!(x.kind, ExprKind::None) => None,
                    Some(x) => Some(match self.ty(x) {
                        Ty::Optional(_) => self.expr_as(x, &Ty::Optional(Box::new(Ty::Int))),
                        _ => {
                            let c = self.expr_as(x, &Ty::Int);
                            let ic = self.cty(&Ty::Int, x.span);
                            format!("std::optional<{ic}>({c})")
                        }
                    }),
                };
                match (src, m) {
                    (None, None) => format!("{ct}()"),
                    (Some(s), None) => {
                        let it = self.iterable(s);
                        format!("{ct}::from({it})")
                    }
                    (Some(s), Some(m)) => {
                        let it = self.iterable(s);
                        format!("{ct}::from({it}, {m})")
                    }
                    (None, Some(m)) => {
                        let Ty::Deque(et) = &t else { return format!("{ct}()") };
                        let lc = self.cty(&Ty::List(et.clone()), e.span);
                        format!("{ct}::from({lc}(), {m})")
                    }
                }
            }
            "Counter" => match args.first() {
                None => format!("{ct}()"),
                Some(a) => {
                    let c = self.counted(a);
                    format!("{ct}::from({c})")
                }
            },
            "OrderedDict" => match args.first() {
                None => format!("{ct}()"),
                Some(a) => {
                    let c = self.counted(a);
                    format!("{ct}::from({c})")
                }
            },
            "defaultdict" => {
                let Ty::Mapping(_, _, vt) = &t else { return format!("{ct}()") };
                let vt = (**vt).clone();
                let Some(f) = args.first() else { return format!("{ct}::without_factory()") };
                if matches!(f.kind, ExprKind::None) {
                    return format!("{ct}::without_factory()");
                }
                // A type-named factory: the runtime names it after the value type, so they must agree.
                let named = match &f.kind {
                    ExprKind::Name(_) => match self.typed.names.get(&f.id) {
                        Some(NameRef::Builtin(b)) => Some(b.clone()),
                        Some(NameRef::Imported { module, name }) if module == "collections" => Some(name.clone()),
                        _ => None,
                    },
                    ExprKind::Attribute { attr, .. } if self.is_collections_class(f) => Some(attr.clone()),
                    _ => None,
                };
                if let Some(b) = named {
                    let fits = matches!(
                        (b.as_str(), &vt),
                        ("int", Ty::Int | Ty::Unknown)
                            | ("float", Ty::Float)
                            | ("str", Ty::Str)
                            | ("bool", Ty::Bool)
                            | ("list", Ty::List(_))
                            | ("set", Ty::Set(_))
                            | ("dict", Ty::Dict(..))
                            | ("deque", Ty::Deque(_))
                            | ("Counter", Ty::Mapping(MapKind::Counter, ..))
                    );
                    if !fits {
                        self.unsupported(format!("`defaultdict({b})` whose values become `{vt}`"), f.span);
                    }
                    return format!("{ct}()");
                }
                let vc = self.cty(&vt, f.span);
                match &f.kind {
                    ExprKind::Lambda { .. } => {
                        let code = self.callable_code(f, &[]);
                        // The dict may outlive the scope: capture by value.
                        let code = code.strip_prefix("[&]").map(|c| format!("[=]{c}")).unwrap_or(code);
                        format!("{ct}([=]() -> {vc} {{ return {code}(); }}, \"<lambda>\")")
                    }
                    ExprKind::Name(n) => match self.typed.names.get(&f.id).cloned() {
                        Some(NameRef::Function(fid)) => {
                            let fname = cname(&self.prog.functions[fid].name);
                            format!("{ct}([]() -> {vc} {{ return {fname}(); }}, \"{n}\")")
                        }
                        Some(NameRef::Class(c)) => {
                            let made = self.construct(c, f, &[], &[]);
                            format!("{ct}([]() -> {vc} {{ return {made}; }}, \"{n}\")")
                        }
                        _ => {
                            self.unsupported("this `defaultdict` factory", f.span);
                            format!("{ct}()")
                        }
                    },
                    _ => {
                        self.unsupported("this `defaultdict` factory", f.span);
                        format!("{ct}()")
                    }
                }
            }
            _ => {
                self.unsupported(format!("`collections.{name}()`"), e.span);
                "0".into()
            }
        }
    }

    fn deque_method(&mut self, e: &Expr, r: &str, et: &Ty, attr: &str, args: &[Expr]) -> String {
        let arg = |this: &mut Self, i: usize, t: &Ty| this.expr_as(&args[i], t);
        match attr {
            "append" | "appendleft" => {
                let v = arg(self, 0, et);
                format!("({r}.{attr}({v}), py::None)")
            }
            "extend" | "extendleft" => {
                let src = match self.ty(&args[0]) {
                    Ty::Deque(_) => self.val(&args[0]).0,
                    _ => self.extend_source(&args[0], &Ty::Deque(Box::new(et.clone()))),
                };
                format!("({r}.{attr}({src}), py::None)")
            }
            "insert" => {
                let i = arg(self, 0, &Ty::Int);
                let v = arg(self, 1, et);
                format!("({r}.insert({i}, {v}), py::None)")
            }
            "pop" | "popleft" | "copy" => format!("{r}.{attr}()"),
            // A `queue.Queue` (a deque in the port). CPython's `get()` on an empty queue waits
            // forever for another thread; the port stops with the deque's IndexError instead.
            "put" | "put_nowait" => {
                let v = arg(self, 0, et);
                format!("({r}.append({v}), py::None)")
            }
            "get" => format!("{r}.popleft()"),
            "qsize" => format!("py::int_t(py::len({r}))"),
            "empty" => format!("(py::len({r}) == 0)"),
            "rotate" => match args.first() {
                Some(_) => {
                    let n = arg(self, 0, &Ty::Int);
                    format!("({r}.rotate({n}), py::None)")
                }
                None => format!("({r}.rotate(), py::None)"),
            },
            "clear" | "reverse" => format!("({r}.{attr}(), py::None)"),
            "remove" => {
                let (v, _) = self.val(&args[0]);
                format!("({r}.remove({v}), py::None)")
            }
            "count" | "index" => {
                let (v, _) = self.val(&args[0]);
                format!("{r}.{attr}({v})")
            }
            _ => {
                self.unsupported(format!("method `deque.{attr}()`"), e.span);
                "0".into()
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping_method(&mut self, e: &Expr, r: &str, m: MapKind, kt: &Ty, vt: &Ty, attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        if let Some(a) = args.first().filter(|a| matches!(a.kind, ExprKind::GenExp { .. }) && attr != "get" && attr != "pop") {
            self.genexp_ok.insert(a.id);
        }
        let last = |this: &mut Self, pos: usize| -> String {
            match args.get(pos).or_else(|| keywords.iter().find(|k| k.name == "last").map(|k| &k.value)) {
                Some(x) => {
                    let x = x.clone();
                    this.cond(&x)
                }
                None => "true".into(),
            }
        };
        match (m, attr) {
            (_, "copy") => format!("{r}.copy()"),
            (MapKind::Counter, "most_common") => match args.first() {
                Some(a) => {
                    let n = self.expr_as(a, &Ty::Int);
                    format!("{r}.most_common({n})")
                }
                None => format!("{r}.most_common()"),
            },
            (MapKind::Counter, "elements" | "total") => format!("{r}.{attr}()"),
            (MapKind::Counter, "update" | "subtract") => match args.first() {
                Some(a) => {
                    let c = self.counted(a);
                    format!("({r}.{attr}({c}), py::None)")
                }
                None => "py::None".into(),
            },
            (_, "update") => {
                let c = self.counted(&args[0]);
                format!("({r}.update({c}), py::None)")
            }
            (MapKind::OrderedDict, "move_to_end") => {
                let k = self.expr_as(&args[0], kt);
                let l = last(self, 1);
                format!("({r}.move_to_end({k}, {l}), py::None)")
            }
            (MapKind::OrderedDict, "popitem") => {
                let l = last(self, 0);
                format!("{r}.popitem({l})")
            }
            _ => self.dict_method(e, r, kt, vt, attr, args),
        }
    }
}

/// The names read inside the lambdas in `e` (every name of `e` when `inside`).
/// Every name `e` reads (also inside nested lambdas and comprehensions: conservative).
fn names_read(e: &Expr, out: &mut HashSet<String>) {
    if let ExprKind::Name(n) = &e.kind {
        out.insert(n.clone());
    }
    pyport_types::for_each_expr_child(e, |c| names_read(c, out));
}

/// The names in `e` that read one of `vars` (`None` for one inside a lambda, which has a scope of
/// its own).
fn outer_name_reads(e: &Expr, vars: &HashSet<String>, out: &mut Vec<Option<Expr>>) {
    match &e.kind {
        ExprKind::Name(n) if vars.contains(n) => out.push(Some(e.clone())),
        ExprKind::Lambda { body, .. } => {
            let mut inner = HashSet::new();
            names_read(body, &mut inner);
            if inner.iter().any(|n| vars.contains(n)) {
                out.push(None);
            }
        }
        _ => pyport_types::for_each_expr_child(e, |c| outer_name_reads(c, vars, out)),
    }
}

fn lambda_reads(e: &Expr, inside: bool, out: &mut HashSet<String>) {
    match &e.kind {
        ExprKind::Name(n) if inside => {
            out.insert(n.clone());
        }
        ExprKind::Lambda { body, .. } => lambda_reads(body, true, out),
        _ => pyport_types::for_each_expr_child(e, |c| lambda_reads(c, inside, out)),
    }
}

/// A C++ string literal holding exactly the bytes `b` (pass its length too: it may hold NULs).
fn cpp_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 2);
    out.push('"');
    for &c in b {
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\{c:03o}")),
        }
    }
    out.push('"');
    out
}

/// `bytes` and `bytearray` (runtime: bytes.hpp).
impl Emitter<'_> {
    fn bytes_constructor(&mut self, b: &str, args: &[Expr]) -> String {
        let ct = if b == "bytes" { "py::Bytes" } else { "py::ByteArray" };
        match args.len() {
            0 => format!("{ct}()"),
            1 => match self.ty(&args[0]) {
                Ty::Int | Ty::Bool => {
                    let n = self.expr_as(&args[0], &Ty::Int);
                    format!("py::bytes_zeros<{ct}>({n})")
                }
                Ty::Bytes | Ty::ByteArray => {
                    let c = self.expr(&args[0]);
                    format!("py::bytes_from<{ct}>({c})")
                }
                // A byte string that may be None: CPython's TypeError for None.
                Ty::Optional(inner) if matches!(*inner, Ty::Bytes | Ty::ByteArray) => {
                    let c = self.expr(&args[0]);
                    format!("py::bytes_from<{ct}>(py::unwrap({c}))")
                }
                _ => {
                    let it = self.iterable(&args[0]);
                    format!("py::bytes_from<{ct}>({it})")
                }
            },
            _ => {
                let (s, enc) = (self.expr_as(&args[0], &Ty::Str), self.expr_as(&args[1], &Ty::Str));
                format!("{ct}(py::str_encode({s}, {enc}).s)")
            }
        }
    }

    /// The argument at `pos` or given as keyword `name`.
    fn arg_at<'e>(args: &'e [Expr], keywords: &'e [Keyword], pos: usize, name: &str) -> Option<&'e Expr> {
        args.get(pos).or(keywords.iter().find(|k| k.name == name).map(|k| &k.value))
    }

    fn str_encode(&mut self, r: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        match Self::arg_at(args, keywords, 0, "encoding") {
            Some(a) => {
                let enc = self.expr_as(a, &Ty::Str);
                format!("py::str_encode({r}, {enc})")
            }
            None => format!("py::str_encode({r})"),
        }
    }

    fn int_to_bytes(&mut self, c: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        let len = match Self::arg_at(args, keywords, 0, "length") {
            Some(a) => self.expr_as(a, &Ty::Int),
            None => "1".into(),
        };
        let order = match Self::arg_at(args, keywords, 1, "byteorder") {
            Some(a) => self.expr_as(a, &Ty::Str),
            None => "py::Str(\"big\")".into(),
        };
        let signed = match keywords.iter().find(|k| k.name == "signed") {
            Some(k) => self.cond(&k.value),
            None => "false".into(),
        };
        format!("py::int_to_bytes({c}, {len}, {order}, {signed})")
    }

    fn int_from_bytes(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let l = self.line(e.span);
        let src = match Self::arg_at(args, keywords, 0, "bytes") {
            Some(a) => self.expr(a),
            None => "py::Bytes()".into(),
        };
        let order = match Self::arg_at(args, keywords, 1, "byteorder") {
            Some(a) => self.expr_as(a, &Ty::Str),
            None => "py::Str(\"big\")".into(),
        };
        let signed = match keywords.iter().find(|k| k.name == "signed") {
            Some(k) => self.cond(&k.value),
            None => "false".into(),
        };
        format!("py::int_from_bytes({src}, {order}, {signed}, {l})")
    }

    fn bytes_method(&mut self, e: &Expr, r: &str, rt: &Ty, attr: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        if attr == "decode" {
            return match Self::arg_at(args, keywords, 0, "encoding") {
                Some(a) => {
                    let enc = self.expr_as(a, &Ty::Str);
                    format!("py::bytes_decode({r}, {enc})")
                }
                None => format!("py::bytes_decode({r})"),
            };
        }
        if attr == "join" {
            if matches!(args[0].kind, ExprKind::GenExp { .. }) {
                self.genexp_ok.insert(args[0].id);
            }
            let it = self.iterable(&args[0]);
            return format!("py::bytes_join({r}, {it})");
        }
        let f = match attr {
            "hex" | "count" | "find" | "rfind" | "index" | "startswith" | "endswith" | "upper" | "lower" | "replace" | "strip"
            | "lstrip" | "rstrip" | "split" => format!("py::bytes_{attr}"),
            "append" | "extend" | "pop" | "copy" | "clear" | "reverse" if *rt == Ty::ByteArray => format!("py::bytearray_{attr}"),
            _ => {
                self.unsupported(format!("method `{attr}()` of a byte string"), e.span);
                return r.to_string();
            }
        };
        let mut parts = vec![r.to_string()];
        for a in args {
            let c = match self.ty(a) {
                Ty::Int | Ty::Bool => self.expr_as(a, &Ty::Int),
                _ => self.expr(a),
            };
            parts.push(c);
        }
        format!("{f}({})", parts.join(", "))
    }
}

/// `a is b` the port compares by value: both sides ints, or both strs, either side
/// possibly None (not both None). The name of the values' type.
fn identity_by_value(lt: &Ty, rt: &Ty) -> Option<&'static str> {
    let base = |t: &Ty| match t {
        Ty::Optional(inner) => (**inner).clone(),
        t => t.clone(),
    };
    let (a, b) = (base(lt), base(rt));
    // Not a bool beside an int: `1 is True` is False, `1 == True` is True.
    if a == Ty::Int && b == Ty::Int {
        Some("int")
    } else if a == Ty::Str && b == Ty::Str {
        Some("str")
    } else {
        // A union of ints and strs (`Node(5)` and `Node("root")`) on either side.
        let members = |t: &Ty| match t {
            Ty::Union(ms) => ms.clone(),
            t => vec![t.clone()],
        };
        let all = [members(&a), members(&b)].concat();
        let unions = matches!(a, Ty::Union(_)) || matches!(b, Ty::Union(_));
        (unions && all.iter().all(|t| matches!(t, Ty::Int | Ty::Str))).then_some("int or str")
    }
}
