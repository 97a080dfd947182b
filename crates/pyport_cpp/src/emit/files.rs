//! C++ for file objects of `open()` (runtime `fileio.hpp`, inference `infer/files.rs`).
use std::fmt::Write as _;

use super::*;

/// The runtime names that need `fileio.hpp` (see `OPTIONAL_HEADERS`).
pub(super) const FILE_NAMES: &[&str] = &["py::TextFile", "py::BinaryFile", "py::open_text", "py::open_binary", "py::print_file"];

impl Emitter<'_> {
    /// `open(name, mode, encoding=..., newline=...)`.
    pub(super) fn open_code(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let call = match pyport_types::files::open_call(e, args, keywords) {
            Ok(c) => c,
            Err((msg, sp)) => {
                self.unsupported(msg, sp);
                return "py::TextFile()".into();
            }
        };
        let name = self.expr_as(call.name, &Ty::Str);
        let mode = cpp_string(&call.mode);
        if call.binary {
            return format!("py::open_binary({name}, py::Str({mode}))");
        }
        let encoding = cpp_string(call.encoding.as_deref().unwrap_or(""));
        format!("py::open_text({name}, py::Str({mode}), {encoding}, {})", call.translate_newlines)
    }

    /// `f.method(...)` on the file `r`.
    pub(super) fn file_method_code(&mut self, e: &Expr, r: &str, binary: bool, attr: &str, args: &[Expr]) -> String {
        match attr {
            "write" => {
                let (c, t) = self.val(&args[0]);
                let c = if binary { c } else { self.coerce(&c, &t, &Ty::Str) };
                format!("py::int_t({r}.write({c}))")
            }
            "writelines" => {
                let it = self.iterable(&args[0]);
                format!("{r}.writelines({it})")
            }
            "read" => match args.first() {
                Some(a) => {
                    let n = self.expr_as(a, &Ty::Int);
                    format!("{r}.read(static_cast<int64_t>({n}))")
                }
                None => format!("{r}.read()"),
            },
            "readline" | "readlines" | "close" | "flush" => format!("{r}.{attr}()"),
            _ => {
                self.unsupported(format!("method `{attr}()` of a file"), e.span);
                "py::None".into()
            }
        }
    }

    /// `print(..., file=f)` with `f` a text file: the arguments, then the file, `sep`, `end` and
    /// `flush`, evaluated in that order; one write of the whole line.
    pub(super) fn print_file_code(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            self.unsupported("`print(*xs, file=f)`", e.span);
            return "py::None".into();
        }
        let mut pre = String::new();
        let mut names = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = self.ty(a);
            let c = self.expr(a);
            let c = self.lit_safe(&c, &t);
            let _ = write!(pre, "auto _p{i} = {c}; ");
            names.push(format!("_p{i}"));
        }
        let file = keywords.iter().find(|k| k.name == "file").map(|k| self.expr(&k.value)).unwrap_or_default();
        let (sep, end) = self.print_sep_end(keywords);
        let flush = match keywords.iter().find(|k| k.name == "flush") {
            Some(k) => self.expr_as(&k.value, &Ty::Bool),
            None => "false".into(),
        };
        let items = if names.is_empty() { String::new() } else { format!(", {}", names.join(", ")) };
        format!("[&] {{ {pre}auto _pf = {file}; py::Str _ps = {sep}; py::Str _pe = {end}; bool _pfl = {flush}; return py::print_file(_pf, _pfl, _ps, _pe{items}); }}()")
    }
}
