//! `%` formatting with a literal format of plain conversions, done without parsing the format at
//! run time: `"%d %s\n" % (n, name)` appends the literal pieces and each value's text; `b"%c%c%c"
//! % (r, g, b)` appends bytes (a binary image writer's inner loop). Anything else (flags, widths,
//! precisions, other conversions, a count that does not match) goes through the runtime's
//! formatter, which raises CPython's errors.
use super::*;

/// One piece of a literal format.
enum Piece {
    Lit(Vec<u8>),
    /// A conversion character: `d`/`i`/`s`, or `c` in a bytes format.
    Conv(u8),
}

/// The pieces of a format made only of literal text, `%%` and plain conversions; `None` otherwise.
fn plain_pieces(fmt: &[u8], bytes: bool) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut lit = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            lit.push(fmt[i]);
            i += 1;
            continue;
        }
        match *fmt.get(i + 1)? {
            b'%' => lit.push(b'%'),
            c @ (b'd' | b'i' | b's') => {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                pieces.push(Piece::Conv(c));
            }
            b'c' if bytes => {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                pieces.push(Piece::Conv(b'c'));
            }
            _ => return None,
        }
        i += 2;
    }
    pieces.push(Piece::Lit(lit));
    Some(pieces)
}

impl Emitter<'_> {
    /// `left % right` when `left` is a str or bytes literal of plain conversions and `right` gives
    /// exactly one value of a simple type per conversion; `None` to use the runtime formatter.
    pub(super) fn percent_literal_code(&mut self, left: &Expr, right: &Expr) -> Option<String> {
        let (fmt, bytes) = match &left.kind {
            ExprKind::Str(s) => (s.as_bytes().to_vec(), false),
            ExprKind::Bytes(b) => (b.clone(), true),
            _ => return None,
        };
        let pieces = plain_pieces(&fmt, bytes)?;
        let convs: Vec<u8> = pieces.iter().filter_map(|p| if let Piece::Conv(c) = p { Some(*c) } else { None }).collect();
        let simple = |t: &Ty| matches!(t, Ty::Int | Ty::Float | Ty::Str | Ty::Bool | Ty::Bytes | Ty::ByteArray);
        let args: Vec<&Expr> = match &right.kind {
            ExprKind::Tuple(items) if !items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) => items.iter().collect(),
            _ if convs.len() == 1 && simple(&self.ty(right)) => vec![right],
            _ => return None,
        };
        if args.len() != convs.len() {
            return None;
        }
        for (a, &c) in args.iter().zip(&convs) {
            let ok = match (c, self.ty(a)) {
                // `%d` of a bool is its int (`1`), not `True`: left to the runtime.
                (b'd' | b'i', t) => t == Ty::Int,
                (b'c', t) => t == Ty::Int,
                (_, Ty::Bytes | Ty::ByteArray) => bytes,
                (_, t) => !bytes && matches!(t, Ty::Int | Ty::Float | Ty::Str | Ty::Bool),
            };
            if !ok {
                return None;
            }
        }
        let mut body = String::new();
        for (k, a) in args.iter().enumerate() {
            let c = self.expr(a);
            let _ = write!(body, "auto _a{k} = {c}; ");
        }
        let lits: usize = pieces.iter().map(|p| if let Piece::Lit(l) = p { l.len() } else { 0 }).sum();
        body.push_str(if bytes { "std::string _r; " } else { "py::Str _r; " });
        let _ = write!(body, "_r.reserve({}); ", lits + 8 * convs.len());
        let mut k = 0;
        for p in &pieces {
            match p {
                Piece::Lit(l) if l.is_empty() => {}
                Piece::Lit(l) if bytes => {
                    let _ = write!(body, "_r.append({}, {}); ", cpp_bytes(l), l.len());
                }
                Piece::Lit(l) => {
                    let _ = write!(body, "_r.append({}, {}); ", cpp_string(&String::from_utf8_lossy(l)), l.len());
                }
                Piece::Conv(c) => {
                    let step = match (c, bytes) {
                        (b'c', _) => format!("_r.push_back(py::bytes_pct_c(_a{k})); "),
                        (b's', true) => format!("_r.append(_a{k}.view()); "),
                        _ => format!("py::str_to(_r, _a{k}); "),
                    };
                    body.push_str(&step);
                    k += 1;
                }
            }
        }
        Some(if bytes { format!("[&] {{ {body}return py::Bytes(std::move(_r)); }}()") } else { format!("[&] {{ {body}return _r; }}()") })
    }
}
