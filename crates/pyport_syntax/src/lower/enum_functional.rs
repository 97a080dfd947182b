//! The functional enum API at module level, as the class it makes:
//!
//! ```text
//! Color = Enum('Color', 'RED GREEN BLUE')          class Color(Enum):
//! Color = Enum('Color', ['RED', 'GREEN', 'BLUE'])  ==>  RED = 1
//! Color = Enum('Color', [('RED', 1), ...])              GREEN = 2
//! Color = Enum('Color', {'RED': 1, ...})                BLUE = 3
//! ```
//!
//! (`IntEnum` too, `start=` too, and an annotated target `Color: IntEnum = ...`.) The class name
//! must be the variable's name, the member names identifiers, and explicit values literals; any
//! other call is left alone, and refused later as before (`enums.rs`).
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::enums::EnumFacts;

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()) && !ruff_python_ast::helpers::is_dunder(s)
}

fn str_lit(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

fn is_value_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
        Expr::Tuple(t) => t.elts.iter().all(is_value_literal),
        _ => false,
    }
}

/// The members `(name, explicit value)` the second argument names.
fn members(e: &Expr) -> Option<Vec<(String, Option<Expr>)>> {
    let named = |names: Vec<String>| names.into_iter().map(|n| (n, None)).collect::<Vec<_>>();
    let out = match e {
        Expr::StringLiteral(_) => named(str_lit(e)?.replace(',', " ").split_whitespace().map(str::to_string).collect()),
        Expr::Tuple(ra::ExprTuple { elts, .. }) | Expr::List(ra::ExprList { elts, .. }) => {
            if elts.iter().all(|x| matches!(x, Expr::StringLiteral(_))) {
                named(elts.iter().filter_map(str_lit).collect())
            } else {
                let mut out = Vec::new();
                for x in elts {
                    let (Expr::Tuple(ra::ExprTuple { elts: pair, .. }) | Expr::List(ra::ExprList { elts: pair, .. })) = x else { return None };
                    let [k, v] = &pair[..] else { return None };
                    if !is_value_literal(v) {
                        return None;
                    }
                    out.push((str_lit(k)?, Some(v.clone())));
                }
                out
            }
        }
        Expr::Dict(d) => {
            let mut out = Vec::new();
            for item in &d.items {
                let k = item.key.as_ref()?;
                if !is_value_literal(&item.value) {
                    return None;
                }
                out.push((str_lit(k)?, Some(item.value.clone())));
            }
            out
        }
        _ => return None,
    };
    (!out.is_empty() && out.iter().all(|(n, _)| is_identifier(n))).then_some(out)
}

/// The class for `target = func(name, members, start=k)`, when it is one.
fn class_for(facts: &EnumFacts, target: &Expr, value: &Expr, range: TextRange) -> Option<Stmt> {
    let Expr::Name(t) = target else { return None };
    let Expr::Call(c) = value else { return None };
    if !matches!(facts.enum_attr(&c.func).as_deref(), Some("Enum" | "IntEnum")) {
        return None;
    }
    let [name, spec] = &c.arguments.args[..] else { return None };
    if str_lit(name)?.as_str() != t.id.as_str() {
        return None;
    }
    let mut start: u64 = 1;
    for k in &c.arguments.keywords {
        match (k.arg.as_ref().map(|a| a.id.as_str()), &k.value) {
            (Some("start"), Expr::NumberLiteral(ra::ExprNumberLiteral { value: ra::Number::Int(i), .. })) => start = i.as_u64()?,
            _ => return None,
        }
    }
    let ms = members(spec)?;
    let node_index = ra::AtomicNodeIndex::default;
    let body = ms
        .into_iter()
        .enumerate()
        .map(|(i, (n, v))| {
            let value = v.unwrap_or_else(|| {
                Expr::NumberLiteral(ra::ExprNumberLiteral { node_index: node_index(), range, value: ra::Number::Int(ra::Int::from(start + i as u64)) })
            });
            let target = Expr::Name(ra::ExprName { node_index: node_index(), range, id: n.as_str().into(), ctx: ra::ExprContext::Store });
            Stmt::Assign(ra::StmtAssign { node_index: node_index(), range, targets: vec![target], value: Box::new(value) })
        })
        .collect();
    let arguments = ra::Arguments { range: c.func.range(), node_index: node_index(), args: vec![(*c.func).clone()].into(), keywords: Default::default() };
    Some(Stmt::ClassDef(ra::StmtClassDef {
        node_index: node_index(),
        range,
        decorator_list: Default::default(),
        name: ra::Identifier::new(t.id.as_str(), t.range),
        type_params: None,
        arguments: Some(Box::new(arguments)),
        body,
    }))
}

/// Whether the source may call the functional API (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("Enum(")
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    let facts = EnumFacts::collect(body);
    for s in body.iter_mut() {
        let class = match &*s {
            Stmt::Assign(a) => match &a.targets[..] {
                [t] => class_for(&facts, t, &a.value, a.range),
                _ => None,
            },
            Stmt::AnnAssign(a) => a.value.as_deref().and_then(|v| class_for(&facts, &a.target, v, a.range)),
            _ => None,
        };
        if let Some(c) = class {
            *s = c;
        }
    }
}
