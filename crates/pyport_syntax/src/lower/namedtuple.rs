//! `P = collections.namedtuple('P', 'x y', defaults=...)` at module level and
//! `class P(typing.NamedTuple): x: int; y: float = 0.0` become a class, as `@dataclass(frozen=True,
//! order=True)` does (`__init__`, `__repr__` `P(x=1, y=2.5)`, `__eq__` and `__lt__` over the fields as
//! tuples), plus `__hash__` (tuplehash of the fields, as a tuple's) and `__len__`. The class is
//! recorded in `Program::namedtuples`, so inference and emission also treat its instances as tuples
//! (unpacking, indexing by a constant).
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
];

impl Lowerer {
    /// Whether `f` names `collections.namedtuple` (`from collections import namedtuple [as n]`, or
    /// `collections.namedtuple` after `import collections`).
    pub(super) fn is_namedtuple_fn(&self, f: &ra::Expr) -> bool {
        match f {
            ra::Expr::Name(n) => self.program.from_imports.iter().any(|(b, m, orig, _)| b == n.id.as_str() && m == "collections" && orig == "namedtuple"),
            ra::Expr::Attribute(a) => {
                a.attr.id.as_str() == "namedtuple" && matches!(&*a.value, ra::Expr::Name(n) if self.is_module_alias(n.id.as_str(), "collections"))
            }
            _ => false,
        }
    }

    /// Whether a class base names `typing.NamedTuple`.
    pub(super) fn is_namedtuple_base(&self, b: &ra::Expr) -> bool {
        match b {
            ra::Expr::Name(n) => self.namedtuple_base.as_deref() == Some(n.id.as_str()),
            ra::Expr::Attribute(a) => {
                a.attr.id.as_str() == "NamedTuple" && matches!(&*a.value, ra::Expr::Name(n) if self.is_module_alias(n.id.as_str(), "typing"))
            }
            _ => false,
        }
    }

    /// `P = namedtuple(...)`: `Some(statement)` (the class statement, or `None` after a
    /// diagnostic) when the value calls `namedtuple`; `None` for any other assignment.
    pub(super) fn namedtuple_assign(&mut self, a: &ra::StmtAssign, sp: Span) -> Option<Option<Stmt>> {
        let ra::Expr::Call(call) = &*a.value else { return None };
        if !self.is_namedtuple_fn(&call.func) {
            return None;
        }
        Some(self.namedtuple_class(a, call, sp))
    }

    fn namedtuple_class(&mut self, a: &ra::StmtAssign, call: &ra::ExprCall, sp: Span) -> Option<Stmt> {
        let csp = span(call);
        if self.func_depth > 0 || self.block_depth > 0 || self.cur_class.is_some() {
            self.unsupported("`namedtuple()` inside a function, block or class", csp, "create the namedtuple class once at module level");
            return None;
        }
        let [ra::Expr::Name(target)] = &a.targets[..] else {
            self.unsupported("`namedtuple()` assigned to several names or to a pattern", sp, "assign the class to one name");
            return None;
        };
        let name = target.id.as_str().to_string();
        let name_span = span(target);
        let (typename, fields) = self.namedtuple_spec(call)?;
        if self.program.classes.iter().any(|k| k.name == name) {
            self.unsupported(&format!("class `{name}` defined twice"), name_span, "give the second class another name");
            return None;
        }
        let cid = self.program.classes.len();
        self.program.classes.push(ClassDef { name, span: sp, name_span, base: None, methods: Vec::new(), attrs: Vec::new(), total_ordering: false, abstract_methods: Vec::new(), delegate: None });
        let methods = self.namedtuple_methods(cid, &typename, sp, &fields, &[]);
        self.program.classes[cid].methods = methods;
        let fields_attr = self.namedtuple_fields_attr(sp, &fields);
        self.program.classes[cid].attrs = vec![fields_attr];
        Some(Stmt { span: sp, kind: StmtKind::ClassDef(cid) })
    }

    /// `namedtuple('P', 'x y', defaults=(...))`: the type name and the fields (the last ones with
    /// their defaults); `None` after a diagnostic.
    pub(super) fn namedtuple_spec(&mut self, call: &ra::ExprCall) -> Option<(String, Vec<(String, Span, Option<Expr>)>)> {
        let csp = span(call);
        let (typename, field_arg) = match &call.arguments.args[..] {
            [ra::Expr::StringLiteral(t), f] => (t.value.to_str().to_string(), f),
            _ => {
                self.unsupported("this `namedtuple()` call", csp, "give the type name and the field names as literals: `namedtuple('P', 'x y')`");
                return None;
            }
        };
        let names: Vec<(String, Span)> = match field_arg {
            ra::Expr::StringLiteral(s) => {
                let text = s.value.to_str().replace(',', " ");
                text.split_whitespace().map(|f| (f.to_string(), span(s))).collect()
            }
            ra::Expr::List(ra::ExprList { elts, .. }) | ra::Expr::Tuple(ra::ExprTuple { elts, .. }) => {
                let mut out = Vec::new();
                for e in elts {
                    match e {
                        ra::Expr::StringLiteral(s) => out.push((s.value.to_str().to_string(), span(s))),
                        other => {
                            self.unsupported("a namedtuple field name that is not a string literal", span(other), "");
                            return None;
                        }
                    }
                }
                out
            }
            other => {
                self.unsupported("namedtuple field names that are not literals", span(other), "");
                return None;
            }
        };
        let mut ok = true;
        let ident = |s: &str| s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ident(&typename) || PY_KEYWORDS.contains(&typename.as_str()) {
            self.diagnostics.push(Diagnostic::error("type-error", format!("Type names and field names must be valid identifiers: `{typename}`"), csp));
            ok = false;
        }
        for (i, (f, fsp)) in names.iter().enumerate() {
            let msg = if !ident(f) || PY_KEYWORDS.contains(&f.as_str()) {
                format!("Type names and field names must be valid identifiers: `{f}`")
            } else if f.starts_with('_') {
                format!("Field names cannot start with an underscore: `{f}`")
            } else if names[..i].iter().any(|(g, _)| g == f) {
                format!("Encountered duplicate field name: `{f}`")
            } else {
                continue;
            };
            self.diagnostics.push(Diagnostic::error("type-error", msg, *fsp));
            ok = false;
        }
        let mut defaults: Vec<Expr> = Vec::new();
        for k in call.arguments.keywords.iter() {
            match (k.arg.as_ref().map(|a| a.id.as_str()), &k.value) {
                (Some("defaults"), ra::Expr::List(ra::ExprList { elts, .. }) | ra::Expr::Tuple(ra::ExprTuple { elts, .. })) => {
                    for e in elts {
                        if !matches!(e, ra::Expr::NumberLiteral(_) | ra::Expr::StringLiteral(_) | ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_) | ra::Expr::UnaryOp(_)) {
                            self.unsupported("this namedtuple default", span(e), "use literal defaults (numbers, strings, booleans, `None`)");
                            ok = false;
                        }
                        defaults.push(self.lower_expr(e));
                    }
                }
                _ => {
                    self.unsupported("this `namedtuple()` keyword argument", span(k), "`defaults=` (a list or tuple of literals) is supported");
                    ok = false;
                }
            }
        }
        if defaults.len() > names.len() {
            self.diagnostics.push(Diagnostic::error("type-error", "Got more default values than field names", csp));
            ok = false;
        }
        if !ok {
            return None;
        }
        // Defaults apply to the rightmost fields.
        let first_default = names.len() - defaults.len();
        let mut defaults = defaults.into_iter();
        let fields = names.into_iter().enumerate().map(|(i, (f, fsp))| (f, fsp, if i >= first_default { defaults.next() } else { None })).collect();
        Some((typename, fields))
    }

    /// Methods a namedtuple class may not define itself: the tuple's own behaviour (comparison,
    /// hashing, length, iteration, construction) would differ from what the generated code does.
    /// Reports each; false when there was one.
    pub(super) fn namedtuple_overrides_ok(&mut self, defined: &[(String, Span)]) -> bool {
        const TUPLE_OWN: &[&str] = &["__new__", "__init__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__len__", "__iter__", "__getitem__", "__contains__"];
        let mut ok = true;
        for (name, sp) in defined {
            if TUPLE_OWN.contains(&name.as_str()) {
                self.unsupported(&format!("defining `{name}` in a namedtuple class"), *sp, "namedtuple classes keep the tuple's own comparisons, hash, length and iteration");
                ok = false;
            }
        }
        ok
    }

    /// The class attribute `_fields`: the field names as a tuple of strings.
    pub(super) fn namedtuple_fields_attr(&mut self, sp: Span, fields: &[(String, Span, Option<Expr>)]) -> (String, Span, Expr) {
        let names: Vec<Expr> = fields.iter().map(|(f, fsp, _)| self.expr(*fsp, ExprKind::Str(f.clone()))).collect();
        ("_fields".to_string(), sp, self.expr(sp, ExprKind::Tuple(names)))
    }

    /// A namedtuple class's generated methods (those `defined` in its body are kept) and its entry
    /// in `Program::namedtuples`.
    pub(super) fn namedtuple_methods(&mut self, cid: ClassId, typename: &str, sp: Span, fields: &[(String, Span, Option<Expr>)], defined: &[String]) -> Vec<FuncId> {
        let mut methods = self.dataclass_methods(cid, typename, sp, fields, &[], &super::DcLeftOut::default(), (true, true, false), defined);
        let self_param = Param { name: "self".into(), span: sp, default: None, annotation: None, keyword_only: false };
        let mut add = |me: &mut Self, name: &str, value: Expr| {
            let body = vec![Stmt { span: sp, kind: StmtKind::Return(Some(value)) }];
            methods.extend(me.synth_method(cid, MethodKind::Instance, name, sp, vec![self_param.clone()], body, defined));
        };
        // __hash__: hash((self.a, self.b)), a tuple's hash.
        let items: Vec<Expr> = fields.iter().map(|(f, fsp, _)| self.self_attr("self", f, *fsp)).collect();
        let tuple = self.expr(sp, ExprKind::Tuple(items));
        let hash = self.expr(sp, ExprKind::Name("hash".into()));
        let call = self.expr(sp, ExprKind::Call { func: Box::new(hash), args: vec![tuple], keywords: Vec::new() });
        add(self, "__hash__", call);
        let n = self.expr(sp, ExprKind::Int(fields.len() as i64));
        add(self, "__len__", n);
        self.program.namedtuples.push((cid, fields.iter().map(|f| f.0.clone()).collect()));
        methods
    }
}
