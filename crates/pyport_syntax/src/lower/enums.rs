//! `enum.Enum` and `enum.IntEnum` classes (CPython 3.11 semantics) become ordinary classes: each
//! member is a class attribute holding an instance built once (fields `name` and `value`), an alias
//! (a later member with an earlier member's value) is a class attribute holding that instance, and
//! the class attribute `_member_list_` lists the members in definition order. Lowering generates
//! `__init__`, `__repr__` (`<Color.RED: 1>`), `__str__` (`Color.RED`; an IntEnum's is the int's),
//! `__hash__` (the name's; an IntEnum's is the int's), `__format__` (a format spec applies to the
//! str, an IntEnum's to the int) and two static methods, `_value_lookup_`
//! (`Color(2)`, CPython's ValueError otherwise) and `_name_lookup_` (`Color['RED']`, KeyError).
//! A class's own `__init__` runs after the fields are set, on the member's value (unpacked when a
//! tuple, as CPython does). An IntEnum's operators, comparisons and truth are dunders on its value.
//! `@unique` is checked here (CPython's ValueError names the aliases).
//! Uses of the class name are rewritten: `Color(v)` and `Color[k]` call those methods, `Color.X`
//! and `isinstance(x, Color)` keep the class, and any other use (`for c in Color`, `len(Color)`,
//! `list(Color)`) reads `_member_list_`. Flags, `_missing_`, the functional API and other parts of
//! the module are refused with a diagnostic naming them.
use ruff_python_ast as ra;
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// The class attribute listing the members (aliases excluded) in definition order.
pub(super) const MEMBER_LIST: &str = "_member_list_";
const VALUE_LOOKUP: &str = "_value_lookup_";
const NAME_LOOKUP: &str = "_name_lookup_";

/// Which enum base a class has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EnumKind {
    Enum,
    IntEnum,
}

/// What the module imports from `enum` and which of its classes are enums (a pre-pass, so that
/// uses before the class statement, in functions defined earlier, are rewritten too).
#[derive(Default)]
pub(super) struct EnumFacts {
    /// Names bound by `import enum [as e]`.
    modules: Vec<String>,
    /// Names bound by `from enum import X [as y]`: (bound, original).
    names: Vec<(String, String)>,
    /// Module-level classes deriving from `Enum`/`IntEnum`.
    pub classes: Vec<(String, EnumKind)>,
    /// Those of them where two names are given equal values (the second is an alias).
    aliased: Vec<String>,
}

/// Whether two member assignments of a class body give equal literal values.
fn has_alias(c: &ra::StmtClassDef) -> bool {
    let mut seen = Vec::new();
    for s in &c.body {
        if let ra::Stmt::Assign(a) = s {
            if matches!(&a.targets[..], [ra::Expr::Name(_)]) {
                let v = ruff_python_ast::comparable::ComparableExpr::from(&*a.value);
                if seen.contains(&v) {
                    return true;
                }
                seen.push(v);
            }
        }
    }
    false
}

const HELP: &str = "the builtin engine supports `Enum` and `IntEnum` classes with literal member values and `auto()`; `--engine auto` can hand the program to an LLM";

impl EnumFacts {
    pub(super) fn collect(body: &[ra::Stmt]) -> EnumFacts {
        let mut f = EnumFacts::default();
        for s in body {
            match s {
                ra::Stmt::Import(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "enum" {
                            f.modules.push(a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string());
                        }
                    }
                }
                ra::Stmt::ImportFrom(i) if i.level == 0 && i.module.as_ref().is_some_and(|m| m.id.as_str() == "enum") => {
                    for a in &i.names {
                        f.names.push((a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string(), a.name.id.as_str().to_string()));
                    }
                }
                ra::Stmt::ClassDef(c) => {
                    if let Some(args) = &c.arguments {
                        if let [b] = &args.args[..] {
                            match f.enum_attr(b).as_deref() {
                                Some("Enum") => f.classes.push((c.name.id.as_str().to_string(), EnumKind::Enum)),
                                Some("IntEnum") => f.classes.push((c.name.id.as_str().to_string(), EnumKind::IntEnum)),
                                _ => continue,
                            }
                            if has_alias(c) {
                                f.aliased.push(c.name.id.as_str().to_string());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        f
    }

    /// The name in `enum` an expression refers to: `X` after `from enum import X`, or `enum.X`.
    pub(super) fn enum_attr(&self, e: &ra::Expr) -> Option<String> {
        match e {
            ra::Expr::Name(n) => self.names.iter().find(|(b, _)| b == n.id.as_str()).map(|(_, o)| o.clone()),
            ra::Expr::Attribute(a) => match &*a.value {
                ra::Expr::Name(m) if self.modules.iter().any(|b| b == m.id.as_str()) => Some(a.attr.id.as_str().to_string()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `name` is bound by `import enum`.
    pub(super) fn is_module(&self, name: &str) -> bool {
        self.modules.iter().any(|m| m == name)
    }

    /// The enum class a bare name refers to.
    pub(super) fn class(&self, e: &ra::Expr) -> Option<&str> {
        match e {
            ra::Expr::Name(n) => self.classes.iter().find(|(c, _)| c == n.id.as_str()).map(|(c, _)| c.as_str()),
            _ => None,
        }
    }
}

/// A member value as written, for finding aliases (equal values) and the value `auto()` takes.
#[derive(Clone, Debug)]
enum Lit {
    Int(i64),
    Float(f64),
    Str(String),
    Tuple(Vec<Lit>),
}

impl PartialEq for Lit {
    fn eq(&self, other: &Lit) -> bool {
        match (self, other) {
            (Lit::Int(a), Lit::Int(b)) => a == b,
            (Lit::Float(a), Lit::Float(b)) => a == b,
            (Lit::Int(a), Lit::Float(b)) | (Lit::Float(b), Lit::Int(a)) => (*a as f64) == *b && (*b as i64) == *a,
            (Lit::Str(a), Lit::Str(b)) => a == b,
            (Lit::Tuple(a), Lit::Tuple(b)) => a == b,
            _ => false,
        }
    }
}

fn literal(e: &ra::Expr) -> Option<Lit> {
    match e {
        ra::Expr::NumberLiteral(n) => match &n.value {
            ra::Number::Int(i) => i.as_i64().map(Lit::Int),
            ra::Number::Float(f) => Some(Lit::Float(*f)),
            ra::Number::Complex { .. } => None,
        },
        ra::Expr::UnaryOp(u) if matches!(u.op, ra::UnaryOp::USub) => match literal(&u.operand)? {
            Lit::Int(i) => i.checked_neg().map(Lit::Int),
            Lit::Float(f) => Some(Lit::Float(-f)),
            _ => None,
        },
        ra::Expr::StringLiteral(s) => Some(Lit::Str(s.value.to_str().to_string())),
        ra::Expr::Tuple(t) => t.elts.iter().map(literal).collect::<Option<Vec<_>>>().map(Lit::Tuple),
        _ => None,
    }
}

/// One member as written in the class body.
pub(super) struct Member {
    name: String,
    span: Span,
    value: Expr,
    /// The earlier member this one is an alias of.
    alias_of: Option<String>,
    lit: Lit,
    /// The value as written (`None` for `auto()`), for the arguments of a class's own `__init__`.
    raw: Option<ra::Expr>,
}

impl Lowerer {
    /// `from enum import ...`: binds nothing for later stages (lowering expands what it supports);
    /// names other than `Enum`, `IntEnum` and `auto` are refused.
    pub(super) fn enum_import(&mut self, i: &ra::StmtImportFrom) {
        for a in &i.names {
            let name = a.name.id.as_str();
            if !matches!(name, "Enum" | "IntEnum" | "auto" | "unique") {
                self.unsupported(&format!("`enum.{name}`"), span(a), HELP);
            }
        }
    }

    /// The enum kind a class base names; `Err(())` after a diagnostic for an `enum` name that is
    /// not supported (or for deriving from an enum class); `Ok(None)` for other bases.
    pub(super) fn enum_base(&mut self, b: &ra::Expr) -> Result<Option<EnumKind>, ()> {
        if let Some(c) = self.enums.class(b) {
            let c = c.to_string();
            self.unsupported(&format!("deriving from the enum class `{c}`"), span(b), HELP);
            return Err(());
        }
        match self.enums.enum_attr(b).as_deref() {
            None => Ok(None),
            Some("Enum") => Ok(Some(EnumKind::Enum)),
            Some("IntEnum") => Ok(Some(EnumKind::IntEnum)),
            Some(other) => {
                // `from enum import Flag` was reported at the import.
                if matches!(b, ra::Expr::Attribute(_)) {
                    self.unsupported(&format!("`enum.{other}`"), span(b), HELP);
                }
                Err(())
            }
        }
    }

    /// `NAME = value` in an enum class body: a member (pushed to `members`); false after a diagnostic.
    pub(super) fn enum_member(&mut self, a: &ra::StmtAssign, members: &mut Vec<Member>) -> bool {
        let sp = span(a);
        let [ra::Expr::Name(n)] = &a.targets[..] else {
            self.unsupported("this assignment in an enum class body", sp, "define one member at a time: `RED = 1`");
            return false;
        };
        let name = n.id.as_str().to_string();
        if name.starts_with('_') {
            self.unsupported(&format!("the enum member or setting `{name}` (a name starting with `_`)"), span(n), HELP);
            return false;
        }
        if let Some(prev) = members.iter().find(|m| m.name == name) {
            let prev_span = prev.span;
            self.diagnostics.push(
                Diagnostic::error("type-error", format!("'{name}' already defined as an enum member"), span(n)).with_label(prev_span, "first defined here"),
            );
            return false;
        }
        let is_auto = matches!(&*a.value, ra::Expr::Call(c) if c.arguments.args.is_empty() && c.arguments.keywords.is_empty() && self.enums.enum_attr(&c.func).as_deref() == Some("auto"));
        let lit = if is_auto {
            // CPython 3.11's `_generate_next_value_`: one more than the largest earlier value, 1 first.
            let mut max: Option<i64> = None;
            for m in members.iter() {
                match m.lit {
                    Lit::Int(v) => max = Some(max.map_or(v, |x| x.max(v))),
                    _ => {
                        self.unsupported("`auto()` after a member whose value is not an int", span(&*a.value), "write the values out");
                        return false;
                    }
                }
            }
            match max.map_or(Some(1), |m| m.checked_add(1)) {
                Some(v) => Lit::Int(v),
                None => {
                    self.unsupported("`auto()` past the largest 64-bit int", span(&*a.value), "write the values out");
                    return false;
                }
            }
        } else {
            match literal(&a.value) {
                Some(l) => l,
                None => {
                    self.unsupported("this enum member value", span(&*a.value), "member values may be int, float or str literals, tuples of them, or `auto()`");
                    return false;
                }
            }
        };
        let value = match lit {
            Lit::Int(v) if is_auto => self.expr(span(&*a.value), ExprKind::Int(v)),
            _ => self.lower_expr(&a.value),
        };
        let alias_of = members.iter().find(|m| m.alias_of.is_none() && m.lit == lit).map(|m| m.name.clone());
        let raw = (!is_auto).then(|| (*a.value).clone());
        members.push(Member { name, span: span(n), value, alias_of, lit, raw });
        true
    }

    /// `@unique`: CPython's ValueError when a member is an alias, found here at compile time.
    pub(super) fn enum_unique(&mut self, cls: &str, members: &[Member], sp: Span, ok: &mut bool) {
        let aliases: Vec<String> = members.iter().filter_map(|m| m.alias_of.as_ref().map(|a| format!("{} -> {a}", m.name))).collect();
        if !aliases.is_empty() {
            self.diagnostics.push(Diagnostic::error("value-error", format!("duplicate values found in <enum '{cls}'>: {}", aliases.join(", ")), sp));
            *ok = false;
        }
    }

    /// Methods an enum class may not define: the generated ones it relies on, and CPython's hooks
    /// this lowering does not run. Reports each; false when there was one.
    pub(super) fn enum_overrides_ok(&mut self, defined: &[(String, Span)]) -> bool {
        const OWN: &[&str] = &["__new__", "__eq__", "__ne__", "__hash__", "_missing_", "_generate_next_value_", "__init_subclass__", "__format__"];
        let mut ok = true;
        for (name, sp) in defined {
            if OWN.contains(&name.as_str()) || name == VALUE_LOOKUP || name == NAME_LOOKUP || name == "name" || name == "value" {
                self.unsupported(&format!("defining `{name}` in an enum class"), *sp, HELP);
                ok = false;
            }
        }
        ok
    }

    /// An enum class's class attributes (its members, then `_member_list_`) and generated methods
    /// (those among its `own` methods are kept; its own `__init__` receives the member's value,
    /// unpacked when a tuple, after the generated one sets `name` and `value`). Clears `ok` after
    /// a diagnostic.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn enum_class(&mut self, cid: ClassId, cls: &str, kind: EnumKind, sp: Span, members: Vec<Member>, own: &[FuncId], ok: &mut bool) -> (Vec<(String, Span, Expr)>, Vec<FuncId>) {
        let defined: Vec<String> = own.iter().map(|&m| self.program.functions[m].name.clone()).collect();
        let user_init = own.iter().copied().find(|&m| self.program.functions[m].name == "__init__");
        let init_arity = user_init.map(|f| self.program.functions[f].params.len().saturating_sub(1));
        if let Some(f) = user_init {
            if let Some(p) = self.program.functions[f].params.iter().find(|p| p.default.is_some() || p.keyword_only) {
                let psp = p.span;
                self.unsupported("default values or keyword-only parameters in an enum's `__init__`", psp, "take the member value's items as plain parameters");
                *ok = false;
            }
        }
        let mut attrs = Vec::new();
        let mut list = Vec::new();
        for m in members {
            let value = match &m.alias_of {
                Some(first) => self.class_attr(cls, first, m.span),
                None => {
                    let f = self.expr(m.span, ExprKind::Name(cls.to_string()));
                    let name = self.expr(m.span, ExprKind::Str(m.name.clone()));
                    list.push(self.class_attr(cls, &m.name, m.span));
                    let mut args = vec![name];
                    if let Some(n) = init_arity {
                        // CPython calls `__init__(*value)` for a tuple value, `__init__(value)` otherwise.
                        let items: Vec<Expr> = match &m.raw {
                            Some(ra::Expr::Tuple(t)) => t.elts.iter().map(|e| self.lower_expr(e)).collect(),
                            Some(e) => vec![self.lower_expr(e)],
                            None => match m.lit {
                                Lit::Int(v) => vec![self.expr(m.span, ExprKind::Int(v))],
                                _ => Vec::new(),
                            },
                        };
                        if items.len() != n {
                            self.unsupported(&format!("the member `{}`, whose value does not give `__init__` its {n} arguments", m.name), m.span, "CPython raises TypeError here");
                            *ok = false;
                        }
                        args.push(m.value);
                        args.extend(items);
                    } else {
                        args.push(m.value);
                    }
                    self.expr(m.span, ExprKind::Call { func: Box::new(f), args, keywords: Vec::new() })
                }
            };
            attrs.push((m.name, m.span, value));
        }
        let list = self.expr(sp, ExprKind::List(list));
        attrs.push((MEMBER_LIST.to_string(), sp, list));

        let mut methods = Vec::new();
        let param = |n: &str| Param { name: n.to_string(), span: sp, default: None, annotation: None, keyword_only: false };
        let mut add = |me: &mut Self, name: &str, mk: MethodKind, params: Vec<Param>, body: Vec<Stmt>| {
            methods.extend(me.synth_method(cid, mk, name, sp, params, body, &defined));
        };
        let st = |kind: StmtKind| Stmt { span: sp, kind };
        // __init__(self, _name_, _value_): sets the fields, then runs the class's own `__init__` body.
        let me_name = user_init.and_then(|f| self.program.functions[f].params.first()).map_or("self".to_string(), |p| p.name.clone());
        let mut body = Vec::new();
        for (f, p) in [("name", "_name_"), ("value", "_value_")] {
            let me = self.expr(sp, ExprKind::Name(me_name.clone()));
            let v = self.expr(sp, ExprKind::Name(p.into()));
            body.push(st(StmtKind::Assign { targets: vec![Target::Attr { value: Box::new(me), attr: f.into(), span: sp }], value: v }));
        }
        let mut params = vec![param(&me_name), param("_name_"), param("_value_")];
        match user_init {
            Some(f) => {
                let func = &mut self.program.functions[f];
                params.extend(func.params.drain(1..));
                body.append(&mut func.body);
                func.params = params;
                func.body = body;
            }
            None => add(self, "__init__", MethodKind::Instance, params, body),
        }
        // __repr__: <Color.RED: 1>
        let name = self.self_attr("self", "name", sp);
        let value = self.self_attr("self", "value", sp);
        let parts = vec![
            FPart::Lit(format!("<{}.", self.program.py_name(cls))),
            FPart::Field { value: name, conversion: None, spec: Vec::new() },
            FPart::Lit(": ".into()),
            FPart::Field { value, conversion: Some('r'), spec: Vec::new() },
            FPart::Lit(">".into()),
        ];
        let repr = self.expr(sp, ExprKind::FString(parts));
        add(self, "__repr__", MethodKind::Instance, vec![param("self")], vec![st(StmtKind::Return(Some(repr)))]);
        // __str__ and __hash__: the name's for Enum; the int's for IntEnum (which keeps int's str and hash).
        let (text, key) = match kind {
            EnumKind::Enum => {
                let name = self.self_attr("self", "name", sp);
                let text = self.expr(sp, ExprKind::FString(vec![FPart::Lit(format!("{}.", self.program.py_name(cls))), FPart::Field { value: name, conversion: None, spec: Vec::new() }]));
                (text, self.self_attr("self", "name", sp))
            }
            EnumKind::IntEnum => {
                let value = self.self_attr("self", "value", sp);
                let text = self.call_name("str", vec![value], sp);
                (text, self.self_attr("self", "value", sp))
            }
        };
        add(self, "__str__", MethodKind::Instance, vec![param("self")], vec![st(StmtKind::Return(Some(text)))]);
        // __format__(self, spec): Enum formats `str(self)`; IntEnum formats the int.
        let me = self.expr(sp, ExprKind::Name("self".into()));
        let shown = match kind {
            EnumKind::Enum => self.call_name("str", vec![me], sp),
            EnumKind::IntEnum => self.self_attr("self", "value", sp),
        };
        let spec = self.expr(sp, ExprKind::Name("spec".into()));
        let formatted = self.call_name("format", vec![shown, spec], sp);
        add(self, "__format__", MethodKind::Instance, vec![param("self"), param("spec")], vec![st(StmtKind::Return(Some(formatted)))]);
        let hash = self.call_name("hash", vec![key], sp);
        add(self, "__hash__", MethodKind::Instance, vec![param("self")], vec![st(StmtKind::Return(Some(hash)))]);
        // _value_lookup_(value): the first member with that value, else ValueError.
        let m_value = self.self_attr("_m", "value", sp);
        let arg = self.expr(sp, ExprKind::Name("value".into()));
        let test = self.expr(sp, ExprKind::Compare { left: Box::new(m_value), ops: vec![CmpOp::Eq], comparators: vec![arg] });
        let m = self.expr(sp, ExprKind::Name("_m".into()));
        let found = st(StmtKind::If { test, body: vec![st(StmtKind::Return(Some(m)))], orelse: Vec::new() });
        let iter = self.class_attr(cls, MEMBER_LIST, sp);
        let arg = self.expr(sp, ExprKind::Name("value".into()));
        let msg = self.expr(sp, ExprKind::FString(vec![FPart::Field { value: arg, conversion: Some('r'), spec: Vec::new() }, FPart::Lit(format!(" is not a valid {}", self.program.py_name(cls)))]));
        let err = self.call_name("ValueError", vec![msg], sp);
        let body = vec![
            st(StmtKind::For { target: Target::Name { name: "_m".into(), span: sp }, iter, body: vec![found], orelse: Vec::new() }),
            st(StmtKind::Raise { exc: Some(err), cause: None }),
        ];
        add(self, VALUE_LOOKUP, MethodKind::Static, vec![param("value")], body);
        // _name_lookup_(name): the member (or alias) of that name, else KeyError(name).
        let mut body = Vec::new();
        for (a, asp, _) in attrs.iter().filter(|(a, _, _)| a != MEMBER_LIST) {
            let arg = self.expr(*asp, ExprKind::Name("name".into()));
            let lit = self.expr(*asp, ExprKind::Str(a.clone()));
            let test = self.expr(*asp, ExprKind::Compare { left: Box::new(arg), ops: vec![CmpOp::Eq], comparators: vec![lit] });
            let member = self.class_attr(cls, a, *asp);
            body.push(st(StmtKind::If { test, body: vec![st(StmtKind::Return(Some(member)))], orelse: Vec::new() }));
        }
        let arg = self.expr(sp, ExprKind::Name("name".into()));
        let err = self.call_name("KeyError", vec![arg], sp);
        body.push(st(StmtKind::Raise { exc: Some(err), cause: None }));
        add(self, NAME_LOOKUP, MethodKind::Static, vec![param("name")], body);
        if kind == EnumKind::IntEnum {
            // An IntEnum member is an int: `__pos__` is its value, and every operator applies to
            // `self.value` and `+other` (an int, or a member's value through its `__pos__`).
            let ret = |e: Expr| vec![Stmt { span: sp, kind: StmtKind::Return(Some(e)) }];
            let value = self.self_attr("self", "value", sp);
            add(self, "__pos__", MethodKind::Instance, vec![param("self")], ret(value));
            for (name, op) in [("__neg__", UnaryOp::Neg), ("__invert__", UnaryOp::Invert)] {
                let value = self.self_attr("self", "value", sp);
                let e = self.expr(sp, ExprKind::UnaryOp { op, operand: Box::new(value) });
                add(self, name, MethodKind::Instance, vec![param("self")], ret(e));
            }
            let value = self.self_attr("self", "value", sp);
            let zero = self.expr(sp, ExprKind::Int(0));
            let e = self.expr(sp, ExprKind::Compare { left: Box::new(value), ops: vec![CmpOp::NotEq], comparators: vec![zero] });
            add(self, "__bool__", MethodKind::Instance, vec![param("self")], ret(e));
            let value = self.self_attr("self", "value", sp);
            let e = self.call_name("abs", vec![value], sp);
            add(self, "__abs__", MethodKind::Instance, vec![param("self")], ret(e));
            let other = |me: &mut Self| {
                let o = me.expr(sp, ExprKind::Name("other".into()));
                me.expr(sp, ExprKind::UnaryOp { op: UnaryOp::Pos, operand: Box::new(o) })
            };
            for (name, op) in [("__eq__", CmpOp::Eq), ("__ne__", CmpOp::NotEq), ("__lt__", CmpOp::Lt), ("__le__", CmpOp::LtE), ("__gt__", CmpOp::Gt), ("__ge__", CmpOp::GtE)] {
                let value = self.self_attr("self", "value", sp);
                let o = other(self);
                let e = self.expr(sp, ExprKind::Compare { left: Box::new(value), ops: vec![op], comparators: vec![o] });
                add(self, name, MethodKind::Instance, vec![param("self"), param("other")], ret(e));
            }
            for op in [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::BitOr, BinOp::BitXor, BinOp::BitAnd] {
                let value = self.self_attr("self", "value", sp);
                let o = other(self);
                let e = self.expr(sp, ExprKind::BinOp { op, left: Box::new(value), right: Box::new(o) });
                add(self, op.dunder(), MethodKind::Instance, vec![param("self"), param("other")], ret(e));
                let value = self.self_attr("self", "value", sp);
                let o = other(self);
                let e = self.expr(sp, ExprKind::BinOp { op, left: Box::new(o), right: Box::new(value) });
                let rname = format!("__r{}", &op.dunder()[2..]);
                add(self, &rname, MethodKind::Instance, vec![param("self"), param("other")], ret(e));
            }
        }
        (attrs, methods)
    }

    fn class_attr(&mut self, cls: &str, attr: &str, sp: Span) -> Expr {
        let c = self.expr(sp, ExprKind::Name(cls.to_string()));
        self.expr(sp, ExprKind::Attribute { value: Box::new(c), attr: attr.to_string() })
    }

    fn call_name(&mut self, f: &str, args: Vec<Expr>, sp: Span) -> Expr {
        let func = self.expr(sp, ExprKind::Name(f.to_string()));
        self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() })
    }

    /// Uses of an enum class or of the `enum` module's names in an expression: `Some` when the
    /// expression was rewritten (or refused), `None` to lower it as usual.
    pub(super) fn enum_expr(&mut self, e: &ra::Expr, sp: Span) -> Option<Expr> {
        if self.enums.classes.is_empty() && self.enums.modules.is_empty() && self.enums.names.is_empty() {
            return None;
        }
        match e {
            ra::Expr::Call(c) => {
                if let Some(cls) = self.enums.class(&c.func).map(str::to_string) {
                    // `Color(2)`: the member of that value.
                    let [arg] = &c.arguments.args[..] else {
                        self.unsupported(&format!("calling the enum class `{cls}` with other than one argument"), sp, "`Color(value)` looks a member up by value; the functional API is not supported");
                        return Some(self.bad(sp));
                    };
                    if !c.arguments.keywords.is_empty() || matches!(arg, ra::Expr::Starred(_)) {
                        self.unsupported(&format!("calling the enum class `{cls}` with other than one argument"), sp, "`Color(value)` looks a member up by value");
                        return Some(self.bad(sp));
                    }
                    let arg = self.lower_expr(arg);
                    let f = self.class_attr(&cls, VALUE_LOOKUP, span(&*c.func));
                    return Some(self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![arg], keywords: Vec::new() }));
                }
                match self.enums.enum_attr(&c.func).as_deref() {
                    Some("Enum" | "IntEnum") => {
                        self.unsupported("the functional enum API (`Enum('Color', 'RED GREEN')`)", sp, "write a class: `class Color(Enum): RED = 1`");
                        return Some(self.bad(sp));
                    }
                    Some("auto") => {
                        self.unsupported("`auto()` outside an enum class body", sp, HELP);
                        return Some(self.bad(sp));
                    }
                    _ => {}
                }
                // `isinstance(x, Color)`: the class itself.
                if matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "isinstance") && c.arguments.keywords.is_empty() {
                    if let [x, t] = &c.arguments.args[..] {
                        let is_enum = |t: &ra::Expr| self.enums.class(t).is_some();
                        let tuple_of_enum = matches!(t, ra::Expr::Tuple(tu) if tu.elts.iter().any(is_enum));
                        if is_enum(t) || tuple_of_enum {
                            let func = self.lower_expr(&c.func);
                            let x = self.lower_expr(x);
                            let t = match t {
                                ra::Expr::Tuple(tu) => {
                                    let elts = tu.elts.iter().map(|e| self.enum_class_name(e)).collect();
                                    self.expr(span(t), ExprKind::Tuple(elts))
                                }
                                _ => self.enum_class_name(t),
                            };
                            return Some(self.expr(sp, ExprKind::Call { func: Box::new(func), args: vec![x, t], keywords: Vec::new() }));
                        }
                    }
                }
                // `print(Color)`, `str(Color)`: CPython prints the class (`<enum 'Color'>`).
                if matches!(&*c.func, ra::Expr::Name(n) if matches!(n.id.as_str(), "print" | "str" | "repr" | "type")) {
                    if let Some(a) = c.arguments.args.iter().find(|a| self.enums.class(a).is_some()) {
                        let cls = self.enums.class(a).unwrap_or_default().to_string();
                        self.unsupported(&format!("the enum class `{cls}` as a value to print"), span(a), HELP);
                        return Some(self.bad(sp));
                    }
                }
                None
            }
            ra::Expr::Subscript(s) => {
                let cls = self.enums.class(&s.value)?.to_string();
                // `Color['RED']`: the member of that name.
                let key = self.lower_expr(&s.slice);
                let f = self.class_attr(&cls, NAME_LOOKUP, span(&*s.value));
                Some(self.expr(sp, ExprKind::Call { func: Box::new(f), args: vec![key], keywords: Vec::new() }))
            }
            ra::Expr::Attribute(a) => {
                if let Some(cls) = self.enums.class(&a.value).map(str::to_string) {
                    // `Color.RED`: a class attribute of the class itself.
                    let attr = a.attr.id.as_str();
                    if attr == "__members__" && !self.enums.aliased.contains(&cls) {
                        // `Color.__members__`: the members by name, in definition order (an enum
                        // with aliases, which `__members__` lists but iteration skips, is refused).
                        let src = format!("{{_pyport_member.name: _pyport_member for _pyport_member in {cls}}}");
                        if let Ok(parsed) = ruff_python_parser::parse_expression(&src) {
                            let mut x = *parsed.into_syntax().body;
                            ruff_python_ast::relocate::relocate_expr(&mut x, a.range);
                            return Some(self.lower_expr(&x));
                        }
                    }
                    if attr.starts_with('_') && attr != MEMBER_LIST {
                        self.unsupported(&format!("`{cls}.{attr}`"), sp, HELP);
                        return Some(self.bad(sp));
                    }
                    let c = self.expr(span(&*a.value), ExprKind::Name(cls));
                    return Some(self.expr(sp, ExprKind::Attribute { value: Box::new(c), attr: attr.to_string() }));
                }
                if let ra::Expr::Name(m) = &*a.value {
                    if self.enums.is_module(m.id.as_str()) {
                        self.unsupported(&format!("`enum.{}` here", a.attr.id.as_str()), sp, HELP);
                        return Some(self.bad(sp));
                    }
                }
                None
            }
            ra::Expr::Name(n) => {
                if let Some(cls) = self.enums.class(e).map(str::to_string) {
                    // Iterating, `len`, `list`, `in`: the members.
                    return Some(self.class_attr(&cls, MEMBER_LIST, sp));
                }
                if let Some(orig) = self.enums.enum_attr(e) {
                    self.unsupported(&format!("`enum.{orig}` used as a value"), sp, HELP);
                    return Some(self.bad(sp));
                }
                if self.enums.is_module(n.id.as_str()) {
                    self.unsupported("the module `enum` used as a value", sp, HELP);
                    return Some(self.bad(sp));
                }
                None
            }
            _ => None,
        }
    }

    /// A name as itself (an enum class stays the class), other expressions lowered as usual.
    fn enum_class_name(&mut self, e: &ra::Expr) -> Expr {
        match self.enums.class(e) {
            Some(cls) => {
                let cls = cls.to_string();
                self.expr(span(e), ExprKind::Name(cls))
            }
            None => self.lower_expr(e),
        }
    }
}

/// A `@classmethod` `f` of enum class `cls` with its reads of the class parameter made `cls` itself
/// (an enum with members has no subclasses, so the parameter is always the class: `for u in cls`,
/// `cls(v)`, `cls.X`). `None` when `f` is no classmethod, or the parameter is rebound or shadowed.
pub(super) fn classmethod_cls_reads(f: &ra::StmtFunctionDef, cls: &str) -> Option<ra::StmtFunctionDef> {
    if !f.decorator_list.iter().any(|d| matches!(&d.expression, ra::Expr::Name(n) if n.id.as_str() == "classmethod")) {
        return None;
    }
    let p = &f.parameters;
    let first = p.posonlyargs.iter().chain(&p.args).next()?.parameter.name.id.as_str().to_string();
    let mut check = Rebinds { name: &first, found: false };
    for s in &f.body {
        check.visit_stmt(s);
    }
    if check.found {
        return None;
    }
    let mut out = f.clone();
    let rw = RenameReads { from: &first, to: cls };
    for s in &mut out.body {
        rw.visit_stmt(s);
    }
    Some(out)
}

/// Finds a binding of `name` in a body: an assignment target, or a parameter of a nested function
/// or lambda (which would shadow it there).
struct Rebinds<'n> {
    name: &'n str,
    found: bool,
}

impl<'a> Visitor<'a> for Rebinds<'_> {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if !matches!(n.ctx, ra::ExprContext::Load) && n.id.as_str() == self.name => self.found = true,
            ra::Expr::Lambda(l) if l.parameters.as_ref().is_some_and(|p| p.iter().any(|x| x.name().id.as_str() == self.name)) => self.found = true,
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::FunctionDef(f) = s {
            if f.parameters.iter().any(|x| x.name().id.as_str() == self.name) {
                self.found = true;
            }
        }
        visitor::walk_stmt(self, s);
    }
}

/// Rewrites reads of the name `from` into reads of `to`.
struct RenameReads<'n> {
    from: &'n str,
    to: &'n str,
}

impl Transformer for RenameReads<'_> {
    fn visit_expr(&self, e: &mut ra::Expr) {
        if let ra::Expr::Name(n) = e {
            if matches!(n.ctx, ra::ExprContext::Load) && n.id.as_str() == self.from {
                n.id = self.to.into();
            }
            return;
        }
        transformer::walk_expr(self, e);
    }
}
