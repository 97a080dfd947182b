//! Recursive types (`Ty::Rec`, see pyport_types' `infer/rec.rs`): `Rec(id)` is the C++ struct
//! `_rec<id>`, a `py::Rec<Base>` (rec.hpp) over the C++ type of its definition (a `py::Union` or
//! a `std::tuple` holding a `py::List<_rec<id>>`, finite since the list holds its items through
//! a pointer); an id merged into another is a `using` alias of it. Only a list's items are
//! `_rec` values: a value's own type is the definition, and the two convert into each other.
use super::*;

/// `t` with every recursive type's name read as `None` (a leaf).
pub(super) fn without_recs(t: &Ty) -> Ty {
    let b = |t: &Ty| Box::new(without_recs(t));
    match t {
        Ty::Rec(_) => Ty::None,
        Ty::List(e) => Ty::List(b(e)),
        Ty::VarTuple(e) => Ty::VarTuple(b(e)),
        Ty::Optional(e) => Ty::Optional(b(e)),
        Ty::Set(e) => Ty::Set(b(e)),
        Ty::Deque(e) => Ty::Deque(b(e)),
        Ty::Dict(k, v) => Ty::Dict(b(k), b(v)),
        Ty::Mapping(m, k, v) => Ty::Mapping(*m, b(k), b(v)),
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(without_recs).collect()),
        Ty::Union(ts) => Ty::Union(ts.iter().map(without_recs).collect()),
        t => t.clone(),
    }
}

/// Whether a recursive type's definition holds tuples (not looking into other recursive types).
fn holds_tuple(t: &Ty) -> bool {
    match t {
        Ty::Tuple(_) | Ty::VarTuple(_) => true,
        Ty::List(e) | Ty::Set(e) | Ty::Optional(e) | Ty::Deque(e) | Ty::Iter(e) | Ty::Generator(e) => holds_tuple(e),
        Ty::Dict(k, v) | Ty::Mapping(_, k, v) => holds_tuple(k) || holds_tuple(v),
        Ty::Union(ms) => ms.iter().any(holds_tuple),
        _ => false,
    }
}

impl Emitter<'_> {
    /// The C++ name of recursive type `id`.
    pub(super) fn rec_cname(id: u32) -> String {
        format!("_rec{id}")
    }

    /// The definition of `t` when it is a recursive type's name, else `t`.
    pub(super) fn rec_unfold(&self, t: &Ty) -> Ty {
        let mut t = t.clone();
        for _ in 0..=self.typed.recs.len() {
            match t {
                Ty::Rec(id) => t = self.typed.recs.get(id as usize).cloned().unwrap_or(Ty::Unknown),
                t => return t,
            }
        }
        Ty::Unknown
    }

    /// `struct _rec0;` for every recursive type, and the aliases (before the classes, whose
    /// fields may hold them).
    pub(super) fn rec_decls(&mut self) {
        let recs = self.typed.recs.clone();
        if recs.iter().all(|d| *d == Ty::Unknown) {
            return;
        }
        self.w("// Recursive types.");
        for (id, d) in recs.iter().enumerate() {
            if matches!(d, Ty::Union(_) | Ty::Tuple(_)) {
                self.w(format!("struct {};", Self::rec_cname(id as u32)));
            }
        }
        for (id, d) in recs.iter().enumerate() {
            if let Ty::Rec(q) = d {
                self.w(format!("using {} = {};", Self::rec_cname(id as u32), Self::rec_cname(*q)));
            }
        }
        self.out.push('\n');
    }

    /// Each recursive type's struct.
    pub(super) fn rec_defs(&mut self) {
        let recs = self.typed.recs.clone();
        let mut any = false;
        for (id, d) in recs.iter().enumerate() {
            if !matches!(d, Ty::Union(_) | Ty::Tuple(_)) {
                continue;
            }
            let base = self.cty(d, Span::default());
            let name = Self::rec_cname(id as u32);
            let rec = if holds_tuple(d) { format!("py::Rec<{base}, true>") } else { format!("py::Rec<{base}>") };
            self.w(format!("struct {name} : {rec} {{"));
            self.indent += 1;
            self.w(format!("using _base = {rec};"));
            self.w("using _base::_base;");
            self.indent -= 1;
            self.w("};");
            any = true;
        }
        if any {
            self.out.push('\n');
        }
    }

    /// `coerce` where one side is a recursive type's name: through its definition.
    pub(super) fn rec_coerce(&mut self, code: &str, from: &Ty, to: &Ty) -> String {
        let (f, t) = (self.rec_unfold(from), self.rec_unfold(to));
        let inner = if f == t { code.to_string() } else { self.coerce(code, &f, &t) };
        match to {
            Ty::Rec(id) => format!("{}({inner})", Self::rec_cname(*id)),
            _ if matches!(from, Ty::Rec(_)) && f == t => {
                let ct = self.cty(&t, Span::default());
                format!("static_cast<const {ct}&>({inner})")
            }
            _ => inner,
        }
    }
}
