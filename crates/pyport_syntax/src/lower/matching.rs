//! `match` statements, lowered to `if` chains over the subject evaluated once.
//!
//! Each case becomes a test of its pattern against the subject and the names the pattern binds:
//! a literal or dotted value compares with `==` (`None`, `True`, `False` with `is`), `_` and a
//! bare name always match (the name binds the subject), `p as n` binds `n` too, `p | q` tests
//! either (binding nothing), a sequence pattern `[a, *rest, z]` checks for a list or tuple of a
//! fitting length and matches its items, and a class pattern `Point(x=0, y=py)` checks the class
//! and matches the attributes named. Without guards the cases are one `if`/`elif` chain; with a
//! guard, a flag records that a case ran, because a failed guard goes on to the next case after
//! its pattern bound its names (as in CPython). Mapping patterns and positional class patterns
//! are refused.
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;
use crate::Span;

/// A pattern's test (`None`: always matches) and the names it binds, with their values.
type Tested = (Option<Expr>, Vec<(String, Span, Expr)>);

impl Lowerer {
    pub(super) fn match_stmt(&mut self, m: &ra::StmtMatch, sp: Span) -> Option<Vec<Stmt>> {
        let subject_name = format!("_match{}", sp.start);
        let subject = self.lower_expr(&m.subject);
        let mut out = vec![Stmt { span: sp, kind: StmtKind::Assign { targets: vec![Target::Name { name: subject_name.clone(), span: sp }], value: subject } }];
        let mut cases = Vec::new();
        for c in &m.cases {
            let csp = span(c);
            let subj = self.expr(csp, ExprKind::Name(subject_name.clone()));
            let (test, binds) = self.pattern(&c.pattern, subj)?;
            let guard = c.guard.as_deref().map(|g| self.lower_expr(g));
            let body = self.stmts(&c.body);
            cases.push((csp, test, binds, guard, body));
        }
        let with_guard = cases.iter().any(|c| c.3.is_some());
        if !with_guard {
            let mut chain: Vec<Stmt> = Vec::new();
            for (csp, test, binds, _, body) in cases.into_iter().rev() {
                let mut block = self.bind_stmts(binds);
                block.extend(body);
                chain = match test {
                    None => block,
                    Some(t) => vec![Stmt { span: csp, kind: StmtKind::If { test: t, body: block, orelse: chain } }],
                };
            }
            out.extend(chain);
            return Some(out);
        }
        // `_matchN_done = False`; each case: `if not done and test: binds; if guard: done = True; body`.
        let done = format!("{subject_name}_done");
        let fals = self.expr(sp, ExprKind::Bool(false));
        out.push(Stmt { span: sp, kind: StmtKind::Assign { targets: vec![Target::Name { name: done.clone(), span: sp }], value: fals } });
        for (csp, test, binds, guard, body) in cases {
            let d = self.expr(csp, ExprKind::Name(done.clone()));
            let not_done = self.expr(csp, ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(d) });
            let test = match test {
                None => not_done,
                Some(t) => self.expr(csp, ExprKind::BoolOp { op: BoolOp::And, values: vec![not_done, t] }),
            };
            let tru = self.expr(csp, ExprKind::Bool(true));
            let mut inner = vec![Stmt { span: csp, kind: StmtKind::Assign { targets: vec![Target::Name { name: done.clone(), span: csp }], value: tru } }];
            inner.extend(body);
            let mut block = self.bind_stmts(binds);
            match guard {
                Some(g) => block.push(Stmt { span: csp, kind: StmtKind::If { test: g, body: inner, orelse: Vec::new() } }),
                None => block.extend(inner),
            }
            out.push(Stmt { span: csp, kind: StmtKind::If { test, body: block, orelse: Vec::new() } });
        }
        Some(out)
    }

    fn bind_stmts(&mut self, binds: Vec<(String, Span, Expr)>) -> Vec<Stmt> {
        binds.into_iter().map(|(name, sp, value)| Stmt { span: sp, kind: StmtKind::Assign { targets: vec![Target::Name { name, span: sp }], value } }).collect()
    }

    /// The test of `p` against `subj` (an expression without effects, evaluated as often as needed).
    fn pattern(&mut self, p: &ra::Pattern, subj: Expr) -> Option<Tested> {
        let sp = span(p);
        match p {
            ra::Pattern::MatchValue(v) => {
                let value = self.lower_expr(&v.value);
                Some((Some(self.expr(sp, ExprKind::Compare { left: Box::new(subj), ops: vec![CmpOp::Eq], comparators: vec![value] })), Vec::new()))
            }
            ra::Pattern::MatchSingleton(s) => {
                let value = match s.value {
                    ra::Singleton::None => ExprKind::None,
                    ra::Singleton::True => ExprKind::Bool(true),
                    ra::Singleton::False => ExprKind::Bool(false),
                };
                let value = self.expr(sp, value);
                Some((Some(self.expr(sp, ExprKind::Compare { left: Box::new(subj), ops: vec![CmpOp::Is], comparators: vec![value] })), Vec::new()))
            }
            ra::Pattern::MatchAs(a) => {
                let (test, mut binds) = match &a.pattern {
                    Some(inner) => {
                        let c = self.copy(&subj);
                        self.pattern(inner, c)?
                    }
                    None => (None, Vec::new()),
                };
                if let Some(n) = &a.name {
                    binds.push((n.id.as_str().to_string(), span(n), subj));
                }
                Some((test, binds))
            }
            ra::Pattern::MatchOr(o) => {
                let mut tests = Vec::new();
                for alt in &o.patterns {
                    let c = self.copy(&subj);
                    let (t, binds) = self.pattern(alt, c)?;
                    if !binds.is_empty() {
                        self.unsupported("names bound inside an `|` pattern", span(alt), "bind the name with `as` around the whole `|` pattern");
                        return None;
                    }
                    match t {
                        Some(t) => tests.push(t),
                        None => return Some((None, Vec::new())),
                    }
                }
                Some((Some(self.expr(sp, ExprKind::BoolOp { op: BoolOp::Or, values: tests })), Vec::new()))
            }
            ra::Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, subj, sp),
            ra::Pattern::MatchClass(pc) => {
                if !pc.arguments.patterns.is_empty() {
                    self.unsupported("a class pattern with positional sub-patterns", sp, "name the attributes (`Point(x=px, y=py)`)");
                    return None;
                }
                let cls = self.lower_expr(&pc.cls);
                let isinstance = self.expr(sp, ExprKind::Name("isinstance".into()));
                let c = self.copy(&subj);
                let mut tests = vec![self.expr(sp, ExprKind::Call { func: Box::new(isinstance), args: vec![c, cls], keywords: Vec::new() })];
                let mut binds = Vec::new();
                for k in &pc.arguments.keywords {
                    let c = self.copy(&subj);
                    let attr = self.expr(span(k), ExprKind::Attribute { value: Box::new(c), attr: k.attr.id.as_str().to_string() });
                    let (t, b) = self.pattern(&k.pattern, attr)?;
                    tests.extend(t);
                    binds.extend(b);
                }
                Some((Some(self.and_all(sp, tests)), binds))
            }
            ra::Pattern::MatchMapping(_) => {
                self.unsupported("mapping patterns in `match`", sp, "test the keys with `if`");
                None
            }
            ra::Pattern::MatchStar(_) => {
                self.unsupported("a `*` pattern outside a sequence pattern", sp, "");
                None
            }
        }
    }

    /// `[p0, p1, *rest, pk]`: a list or tuple (not a str) of a fitting length, item by item.
    fn sequence_pattern(&mut self, patterns: &[ra::Pattern], subj: Expr, sp: Span) -> Option<Tested> {
        let star = patterns.iter().position(|p| matches!(p, ra::Pattern::MatchStar(_)));
        if patterns.iter().filter(|p| matches!(p, ra::Pattern::MatchStar(_))).count() > 1 {
            self.unsupported("two `*` patterns in one sequence pattern", sp, "");
            return None;
        }
        let fixed = patterns.len() - usize::from(star.is_some());
        let name = |me: &mut Self, n: &str| me.expr(sp, ExprKind::Name(n.into()));
        let (isinstance, list, tuple) = (name(self, "isinstance"), name(self, "list"), name(self, "tuple"));
        let kinds = self.expr(sp, ExprKind::Tuple(vec![list, tuple]));
        let c = self.copy(&subj);
        let mut tests = vec![self.expr(sp, ExprKind::Call { func: Box::new(isinstance), args: vec![c, kinds], keywords: Vec::new() })];
        let len = name(self, "len");
        let c = self.copy(&subj);
        let len = self.expr(sp, ExprKind::Call { func: Box::new(len), args: vec![c], keywords: Vec::new() });
        let n = self.expr(sp, ExprKind::Int(fixed as i64));
        let op = if star.is_some() { CmpOp::GtE } else { CmpOp::Eq };
        tests.push(self.expr(sp, ExprKind::Compare { left: Box::new(len), ops: vec![op], comparators: vec![n] }));
        let mut binds = Vec::new();
        let after = star.map_or(0, |s| patterns.len() - s - 1);
        for (i, p) in patterns.iter().enumerate() {
            let psp = span(p);
            if let ra::Pattern::MatchStar(st) = p {
                // `*rest`: a list of the items the others leave.
                if let Some(n) = &st.name {
                    let lower = self.expr(psp, ExprKind::Int(i as i64));
                    let upper = (after > 0).then(|| Box::new(self.expr(psp, ExprKind::Int(-(after as i64)))));
                    let slice = self.expr(psp, ExprKind::Slice { lower: Some(Box::new(lower)), upper, step: None });
                    let c = self.copy(&subj);
                    let items = self.expr(psp, ExprKind::Subscript { value: Box::new(c), index: Box::new(slice) });
                    let list = self.expr(psp, ExprKind::Name("list".into()));
                    let value = self.expr(psp, ExprKind::Call { func: Box::new(list), args: vec![items], keywords: Vec::new() });
                    binds.push((n.id.as_str().to_string(), span(n), value));
                }
                continue;
            }
            let index = match star {
                Some(s) if i > s => -((patterns.len() - i) as i64),
                _ => i as i64,
            };
            let index = self.expr(psp, ExprKind::Int(index));
            let c = self.copy(&subj);
            let item = self.expr(psp, ExprKind::Subscript { value: Box::new(c), index: Box::new(index) });
            let (t, b) = self.pattern(p, item)?;
            tests.extend(t);
            binds.extend(b);
        }
        Some((Some(self.and_all(sp, tests)), binds))
    }

    /// A copy of the subject expression `e` (a name, item or attribute chain) with ids of its own:
    /// later stages key their tables by expression id.
    fn copy(&mut self, e: &Expr) -> Expr {
        let kind = match &e.kind {
            ExprKind::Subscript { value, index } => ExprKind::Subscript { value: Box::new(self.copy(value)), index: Box::new(self.copy(index)) },
            ExprKind::Attribute { value, attr } => ExprKind::Attribute { value: Box::new(self.copy(value)), attr: attr.clone() },
            ExprKind::Slice { lower, upper, step } => ExprKind::Slice {
                lower: lower.as_ref().map(|x| Box::new(self.copy(x))),
                upper: upper.as_ref().map(|x| Box::new(self.copy(x))),
                step: step.as_ref().map(|x| Box::new(self.copy(x))),
            },
            k @ (ExprKind::Name(_) | ExprKind::Int(_)) => k.clone(),
            other => unreachable!("a match subject is a name, item or attribute chain, not {other:?}"),
        };
        self.expr(e.span, kind)
    }

    fn and_all(&mut self, sp: Span, mut tests: Vec<Expr>) -> Expr {
        if tests.len() == 1 {
            return tests.remove(0);
        }
        self.expr(sp, ExprKind::BoolOp { op: BoolOp::And, values: tests })
    }
}
