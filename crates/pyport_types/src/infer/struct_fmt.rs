//! Inference for the `struct` module (runtime `struct.hpp`): `struct.pack(fmt, ...)`,
//! `struct.unpack(fmt, buffer)` and `struct.calcsize(fmt)` with a literal format of the codes
//! `x c b B ? h H i I l L q Q f d s`, in native (`@`, the default) or standard (`= < > !`) sizes and
//! byte orders. Other functions (`unpack_from`, `iter_unpack`, `Struct`), the codes `e n N P p`
//! and a format chosen at run time are refused, naming them.
use super::*;

const STRUCT_HELP: &str = "the builtin engine's `struct` packs and unpacks literal formats of the codes x c b B ? h H i I l L q Q f d s; `--engine auto` can hand the program to an LLM";

/// One value of a format: its code and (for `s`) its byte count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructItem {
    pub code: char,
    pub count: usize,
}

/// A parsed literal format: the values it packs (pad bytes `x` are not values) and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructFormat {
    pub items: Vec<StructItem>,
    pub size: usize,
}

/// Parses a `struct` format as CPython does (whitespace between codes is ignored); `Err` is the
/// message of what is not supported or not valid.
pub fn parse_struct_format(fmt: &str) -> Result<StructFormat, String> {
    let mut chars = fmt.chars().peekable();
    let native = match chars.peek() {
        Some('@') => {
            chars.next();
            true
        }
        Some('=' | '<' | '>' | '!') => {
            chars.next();
            false
        }
        _ => true,
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => n = n.checked_mul(10).and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize)).ok_or("total struct size too long")?,
                    Some(other) => {
                        c = other;
                        break;
                    }
                    None => return Err("repeat count given without format specifier".into()),
                }
            }
            count = Some(n);
        }
        let (sz, align) = match c {
            'x' | 'c' | 'b' | 'B' | '?' | 's' => (1, 1),
            'h' | 'H' => (2, 2),
            'i' | 'I' | 'f' => (4, 4),
            'l' | 'L' => {
                if native {
                    (8, 8)
                } else {
                    (4, 4)
                }
            }
            'q' | 'Q' | 'd' => (8, 8),
            'e' | 'n' | 'N' | 'P' | 'p' => return Err(format!("unsupported: the struct code '{c}'")),
            _ => return Err("bad char in struct format".into()),
        };
        if native && align > 1 {
            size = size.div_ceil(align) * align;
        }
        let n = count.unwrap_or(1);
        match c {
            's' => {
                items.push(StructItem { code: 's', count: n });
                size += n;
            }
            'x' => size += n,
            _ => {
                for _ in 0..n {
                    items.push(StructItem { code: c, count: 1 });
                }
                size += n * sz;
            }
        }
    }
    Ok(StructFormat { items, size })
}

impl Infer<'_> {
    /// `struct.name(...)`.
    pub(super) fn struct_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let full = format!("struct.{name}");
        self.no_keywords(&full, keywords, &[]);
        if !matches!(name, "pack" | "unpack" | "calcsize") {
            self.error("unsupported-builtin", format!("unsupported: `{full}`"), e.span, STRUCT_HELP);
            return self.c("Unknown");
        }
        let Some(first) = args.first() else {
            self.error("type-error", format!("`{full}()` needs a format"), e.span, "");
            return self.c("Unknown");
        };
        let fmt = match &first.kind {
            ExprKind::Str(s) => parse_struct_format(s),
            ExprKind::Bytes(b) => parse_struct_format(&String::from_utf8_lossy(b)),
            _ => Err("unsupported: a struct format that is not a string literal".into()),
        };
        let fmt = match fmt {
            Ok(f) => f,
            Err(msg) => {
                self.error("unsupported-builtin", msg, first.span, STRUCT_HELP);
                return self.c("Unknown");
            }
        };
        match name {
            "calcsize" => {
                self.arity(&full, e, args.len(), 1, 1);
                self.c("Int")
            }
            "pack" => {
                if args.len() - 1 != fmt.items.len() {
                    self.error("type-error", format!("struct.error: pack expected {} items for packing (got {})", fmt.items.len(), args.len() - 1), e.span, "");
                    return self.c("Bytes");
                }
                for ((a, &t), item) in args[1..].iter().zip(&ts[1..]).zip(&fmt.items) {
                    let k = self.kv(t);
                    let ok = match item.code {
                        's' | 'c' => matches!(k, Kind::Bytes | Kind::ByteArray),
                        'f' | 'd' => matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Num),
                        '?' => matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Str | Kind::List(_) | Kind::Bytes),
                        _ => matches!(k, Kind::Int | Kind::Bool),
                    } || matches!(k, Kind::Unknown | Kind::Conflict);
                    if !ok {
                        let d = self.describe(&k);
                        self.error("type-error", format!("struct.error: a `{d}` cannot be packed with the format code '{}'", item.code), a.span, "");
                    }
                }
                self.c("Bytes")
            }
            _ => {
                if self.arity(&full, e, args.len(), 2, 2) && !matches!(self.kv(ts[1]), Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict) {
                    let d = self.kv(ts[1]);
                    let d = self.describe(&d);
                    self.error("type-error", format!("a bytes-like object is required, not '{d}'"), args[1].span, "");
                }
                let parts: Vec<TV> = fmt
                    .items
                    .iter()
                    .map(|item| {
                        self.c(match item.code {
                            's' | 'c' => "Bytes",
                            'f' | 'd' => "Float",
                            '?' => "Bool",
                            _ => "Int",
                        })
                    })
                    .collect();
                self.aux(e.id, 0, Kind::Tuple(parts))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_cpython_native_alignment_and_standard_sizes() {
        assert_eq!(parse_struct_format("BI").unwrap().size, 8);
        assert_eq!(parse_struct_format("<BI").unwrap().size, 5);
        assert_eq!(parse_struct_format(">IIBBBBB").unwrap().size, 13);
        assert_eq!(parse_struct_format("l").unwrap().size, 8);
        assert_eq!(parse_struct_format("=l").unwrap().size, 4);
        let f = parse_struct_format(">3sB? 2x").unwrap();
        assert_eq!(f.size, 7);
        assert_eq!(f.items.iter().map(|i| i.code).collect::<String>(), "sB?");
        assert!(parse_struct_format("Z").is_err());
        assert!(parse_struct_format("3").is_err());
        assert!(parse_struct_format("e").unwrap_err().contains("unsupported"));
    }
}
