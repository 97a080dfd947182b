//! `if sys.version_info...:` tests, decided at translation: the port behaves as CPython 3.11.
//!
//! Programs written for Python 2 and 3 alike pick names by version (`if sys.version_info.major
//! == 2: range = xrange`). The branch CPython 3.11 does not take is never run, so it is left out
//! before anything else looks at the program, and the branch it takes replaces the `if`. Decided
//! are comparisons of `sys.version_info` with a tuple of at most two ints, and of its `major` /
//! `minor` (or `[0]` / `[1]`) with an int, under `not`, `and` and `or`; anything else (the micro
//! version, which differs between 3.11 releases) is left for run time as before.
use ruff_python_ast::{self as ra, CmpOp, Expr, Number, Stmt};

/// CPython's `sys.version_info[:2]` for the version pyport ports to.
const VERSION: [i64; 2] = [3, 11];

/// Whether `text` may hold a version test (the quick check before [`fold`]).
pub(crate) fn mentions(text: &str) -> bool {
    text.contains("version_info")
}

/// The names of `sys` and of `sys.version_info` the module binds by import.
#[derive(Default)]
pub(crate) struct VersionNames {
    sys: Vec<String>,
    version_info: Vec<String>,
}

impl VersionNames {
    pub(crate) fn collect(body: &[Stmt]) -> Self {
        let mut v = VersionNames::default();
        for s in body {
            match s {
                Stmt::Import(i) => {
                    for a in i.names.iter().filter(|a| a.name.as_str() == "sys") {
                        v.sys.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
                Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "sys") && i.level == 0 => {
                    for a in i.names.iter().filter(|a| a.name.as_str() == "version_info") {
                        v.version_info.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
                _ => {}
            }
        }
        v
    }

    fn is_version_info(&self, e: &Expr) -> bool {
        match e {
            Expr::Attribute(a) if a.attr.as_str() == "version_info" => {
                matches!(&*a.value, Expr::Name(n) if self.sys.iter().any(|s| s == n.id.as_str()))
            }
            Expr::Name(n) => self.version_info.iter().any(|s| s == n.id.as_str()),
            _ => false,
        }
    }

    /// `version_info.major` / `.minor` / `[0]` / `[1]`: its value.
    fn part(&self, e: &Expr) -> Option<i64> {
        match e {
            Expr::Attribute(a) if self.is_version_info(&a.value) => match a.attr.as_str() {
                "major" => Some(VERSION[0]),
                "minor" => Some(VERSION[1]),
                _ => None,
            },
            Expr::Subscript(s) if self.is_version_info(&s.value) => match int(&s.slice)? {
                0 => Some(VERSION[0]),
                1 => Some(VERSION[1]),
                _ => None,
            },
            _ => None,
        }
    }

    /// The truth of a version test, when it is one this module decides.
    pub(crate) fn decide(&self, e: &Expr) -> Option<bool> {
        match e {
            Expr::BooleanLiteral(b) => Some(b.value),
            Expr::UnaryOp(u) if u.op == ra::UnaryOp::Not => self.decide(&u.operand).map(|b| !b),
            Expr::BoolOp(b) => {
                let vals: Option<Vec<bool>> = b.values.iter().map(|v| self.decide(v)).collect();
                let vals = vals?;
                Some(match b.op {
                    ra::BoolOp::And => vals.iter().all(|&v| v),
                    ra::BoolOp::Or => vals.iter().any(|&v| v),
                })
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                let (l, r) = (&*c.left, &c.comparators[0]);
                let ord = if let (Some(a), Some(b)) = (self.part(l), int(r)) {
                    a.cmp(&b)
                } else if let (Some(a), Some(b)) = (int(l), self.part(r)) {
                    a.cmp(&b)
                } else if self.is_version_info(l) {
                    version_cmp(&tuple(r)?)
                } else if self.is_version_info(r) {
                    version_cmp(&tuple(l)?).reverse()
                } else {
                    return None;
                };
                use std::cmp::Ordering::*;
                Some(match c.ops[0] {
                    CmpOp::Eq => ord == Equal,
                    CmpOp::NotEq => ord != Equal,
                    CmpOp::Lt => ord == Less,
                    CmpOp::LtE => ord != Greater,
                    CmpOp::Gt => ord == Greater,
                    CmpOp::GtE => ord != Less,
                    _ => return None,
                })
            }
            _ => None,
        }
    }
}

fn int(e: &Expr) -> Option<i64> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => i.as_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// A tuple of at most two int literals (longer ones would need the micro version).
fn tuple(e: &Expr) -> Option<Vec<i64>> {
    match e {
        Expr::Tuple(t) if t.elts.len() <= 2 => t.elts.iter().map(int).collect(),
        _ => None,
    }
}

/// `sys.version_info` (five items) against a shorter tuple: lexicographic, and greater on an
/// equal prefix.
fn version_cmp(t: &[i64]) -> std::cmp::Ordering {
    VERSION[..t.len()].cmp(t).then(std::cmp::Ordering::Greater)
}

/// Replaces every decided `if` in `body` (at any depth) by the statements of the branch taken.
pub(crate) fn fold(body: &mut Vec<Stmt>, names: &VersionNames) {
    refold(body, names);
}

/// [`fold`] of a statement list of any of the AST's list types.
fn refold<C: Default + FromIterator<Stmt> + IntoIterator<Item = Stmt>>(body: &mut C, names: &VersionNames) {
    let mut out = Vec::new();
    for mut s in std::mem::take(body) {
        if let Stmt::If(i) = &mut s {
            let range = i.range;
            if let Some(mut taken) = taken_branch(i, names) {
                refold(&mut taken, names);
                if taken.is_empty() {
                    taken.push(Stmt::Pass(ra::StmtPass { range, node_index: Default::default() }));
                }
                out.extend(taken);
                continue;
            }
        }
        match &mut s {
            Stmt::FunctionDef(f) => refold(&mut f.body, names),
            Stmt::ClassDef(c) => refold(&mut c.body, names),
            Stmt::If(i) => {
                refold(&mut i.body, names);
                i.elif_else_clauses.iter_mut().for_each(|c| refold(&mut c.body, names));
            }
            Stmt::For(f) => {
                refold(&mut f.body, names);
                refold(&mut f.orelse, names);
            }
            Stmt::While(w) => {
                refold(&mut w.body, names);
                refold(&mut w.orelse, names);
            }
            Stmt::With(w) => refold(&mut w.body, names),
            Stmt::Try(t) => {
                refold(&mut t.body, names);
                for h in &mut t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    refold(&mut h.body, names);
                }
                refold(&mut t.orelse, names);
                refold(&mut t.finalbody, names);
            }
            Stmt::Match(m) => m.cases.iter_mut().for_each(|c| refold(&mut c.body, names)),
            _ => {}
        }
        out.push(s);
    }
    *body = out.into_iter().collect();
}

/// The statements of the branch an `if`/`elif` chain takes, when every test up to it is decided.
fn taken_branch(i: &mut ra::StmtIf, names: &VersionNames) -> Option<Vec<Stmt>> {
    if names.decide(&i.test)? {
        return Some(std::mem::take(&mut i.body).into_iter().collect());
    }
    for c in &mut i.elif_else_clauses {
        match &c.test {
            None => return Some(std::mem::take(&mut c.body).into_iter().collect()),
            Some(t) => {
                if names.decide(t)? {
                    return Some(std::mem::take(&mut c.body).into_iter().collect());
                }
            }
        }
    }
    Some(Vec::new())
}
