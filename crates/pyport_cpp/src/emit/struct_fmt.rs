//! C++ for the `struct` module (runtime `struct.hpp`, inference `infer/struct_fmt.rs`).
use super::*;

impl Emitter<'_> {
    /// `struct.pack(fmt, ...)`, `struct.unpack(fmt, buffer)`, `struct.calcsize(fmt)` with a
    /// literal format (checked by inference, `infer/struct_fmt.rs`).
    pub(super) fn struct_call_code(&mut self, name: &str, e: &Expr, args: &[Expr]) -> String {
        let fmt = match args.first().map(|a| &a.kind) {
            Some(ExprKind::Str(s)) => s.clone(),
            Some(ExprKind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                self.unsupported(format!("`struct.{name}` of a format that is not a literal"), e.span);
                return "py::None".into();
            }
        };
        let lit = cpp_string(&fmt);
        match name {
            "calcsize" => match pyport_types::struct_fmt::parse_struct_format(&fmt) {
                Ok(f) => format!("py::int_t({})", f.size),
                Err(msg) => {
                    self.unsupported(msg, e.span);
                    "py::int_t(0)".into()
                }
            },
            "pack" => {
                // Python evaluates every value before packing.
                let mut body = String::new();
                let mut names = Vec::new();
                for (k, a) in args[1..].iter().enumerate() {
                    let c = self.expr(a);
                    let _ = std::fmt::Write::write_fmt(&mut body, format_args!("auto _s{k} = {c}; "));
                    names.push(format!(", _s{k}"));
                }
                format!("[&] {{ {body}return py::struct_pack({lit}{}); }}()", names.concat())
            }
            _ => {
                let t = self.ty(e);
                let ct = self.cty(&t, e.span);
                let buf = self.expr(&args[1]);
                format!("py::struct_unpack<{ct}>({lit}, {buf})")
            }
        }
    }
}
