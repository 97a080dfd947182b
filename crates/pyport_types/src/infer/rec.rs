//! Recursive types: values that hold, through a list, values of their own type — a nested list
//! `[1, [2, [3, 4]], 5]` walked by `def flatten(x)` (items `int | list[<items>]`), a tree of
//! tuples `(label, [children...])` (items `tuple[str, list[<items>]]`).
//!
//! Containers unify their items, so such a type is a cycle of type variables: a union or a tuple
//! → a list → the union or tuple again. `resolve` names the items of a list that lie on such a
//! cycle `Ty::Rec(id)` (their definition is `Typed::recs[id]`, with `Rec(id)` inside): the C++
//! struct `_rec<id>` deriving from the union's or tuple's own C++ type, finite since a list
//! holds its items through a pointer. Everywhere else the type is the definition unfolded (a
//! variable holding one item is the union or tuple itself), so the ordinary union and tuple
//! machinery applies. Cycles through other kinds (a list holding lists of its own kind and
//! nothing else, tuples holding themselves, optionals, dicts, functions) are still refused.
use super::*;

impl Infer<'_> {
    /// Whether a cycle of the type graph (its type variables, in order) has a finite C++ spelling:
    /// only unions, lists and tuples, at least one list (the pointer) and one union or tuple.
    pub(super) fn rec_cycle_ok(&mut self, cycle: &[TV]) -> bool {
        let ks: Vec<Kind> = cycle.iter().map(|&t| self.k(t)).collect();
        ks.iter().any(|k| matches!(k, Kind::Union(_) | Kind::Tuple(_)))
            && ks.iter().any(|k| matches!(k, Kind::List(_)))
            && ks.iter().all(|k| matches!(k, Kind::Union(_) | Kind::List(_) | Kind::Tuple(_)))
    }

    /// Whether `t` is a union or a tuple that holds itself (a recursive type).
    pub(super) fn is_rec_node(&mut self, t: TV) -> bool {
        let kids = match self.k(t) {
            Kind::Union(ms) | Kind::Tuple(ms) => ms,
            _ => return false,
        };
        let r = self.find(t);
        kids.into_iter().any(|m| self.occurs(r, m))
    }

    /// Whether `v` appears inside `t` other than through a list's items (a tuple copied into `v`
    /// then stays finite: the list is shared, not copied).
    pub(super) fn occurs_by_value(&mut self, v: TV, t: TV) -> bool {
        self.occurs_in(v, t, false)
    }

    /// `resolve` of the items `e` of a list: their name `Rec(id)` when they are a recursive type
    /// (the definition is resolved once, the first time), else their type.
    pub(super) fn resolve_list_item(&mut self, e: TV, depth: usize) -> Ty {
        if !self.is_rec_node(e) {
            return self.resolve(e, depth);
        }
        let r = self.find(e);
        if let Some(&id) = self.rec_ids.get(&r) {
            return Ty::Rec(id);
        }
        let id = self.recs.len() as u32;
        self.recs.push(Ty::Unknown);
        self.rec_ids.insert(r, id);
        let def = self.resolve(e, depth);
        if !matches!(&def, Ty::Union(ts) if ts.len() >= 2) && !matches!(def, Ty::Tuple(_)) {
            self.rec_refused();
            return Ty::Conflict;
        }
        // One name per shape: an earlier definition equal up to its own name is reused (this
        // id, which types resolved meanwhile may hold, becomes an alias of it).
        let key = def.rename_rec(id, u32::MAX);
        let same = (0..id).find(|&q| {
            let d = &self.recs[q as usize];
            matches!(d, Ty::Union(_) | Ty::Tuple(_)) && d.rename_rec(q, u32::MAX) == key
        });
        match same {
            Some(q) => {
                self.recs[id as usize] = Ty::Rec(q);
                self.rec_ids.insert(r, q);
                Ty::Rec(q)
            }
            None => {
                self.recs[id as usize] = def;
                Ty::Rec(id)
            }
        }
    }

    /// A recursive type `resolve` cannot name: the refusal inference would have reported.
    fn rec_refused(&mut self) {
        if self.recursive_reported {
            return;
        }
        self.recursive_reported = true;
        let sp = self.rec_span.unwrap_or(self.cur_span);
        self.diags.push(
            Diagnostic::error(
                "unsupported-syntax",
                "unsupported: this value has a recursive type (e.g. a list that may hold lists of its own kind, nested without limit)",
                sp,
            )
            .with_help("C++ needs a finite static type for every value; `--engine auto` can hand this program to an LLM"),
        );
    }
}
