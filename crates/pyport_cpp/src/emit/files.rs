//! C++ for file objects of `open()` (runtime `fileio.hpp`, inference `infer/files.rs`).
use super::*;

/// The runtime names that need `fileio.hpp` (see `OPTIONAL_HEADERS`).
pub(super) const FILE_NAMES: &[&str] = &["py::TextFile", "py::BinaryFile", "py::open_text", "py::open_binary", "py::print_file", "py::string_io", "py::bytes_io"];

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
        let name = if self.ty(call.name) == Ty::None {
            // `open(None)` (a path a branch CPython never takes may hold): its TypeError.
            let n = self.expr(call.name);
            format!("((void){n}, py::raise<py::TypeError>(\"expected str, bytes or os.PathLike object, not NoneType\"), py::Str())")
        } else {
            self.expr_as(call.name, &Ty::Str)
        };
        let mode = cpp_string(&call.mode);
        if call.binary {
            return format!("py::open_binary({name}, py::Str({mode}))");
        }
        let encoding = cpp_string(call.encoding.as_deref().unwrap_or(""));
        format!("py::open_text({name}, py::Str({mode}), {encoding}, {})", call.translate_newlines)
    }

    /// `io.StringIO(initial)` / `io.BytesIO(initial)` (inference checked the name and arguments).
    pub(super) fn io_call_code(&mut self, name: &str, args: &[Expr], keywords: &[Keyword]) -> String {
        let binary = name == "BytesIO";
        let initial = args.first().or_else(|| keywords.iter().find(|k| k.name.starts_with("initial_")).map(|k| &k.value));
        match (initial, binary) {
            (None, false) => "py::string_io()".into(),
            (None, true) => "py::bytes_io()".into(),
            (Some(a), false) => format!("py::string_io({})", self.expr_as(a, &Ty::Str)),
            (Some(a), true) => format!("py::bytes_io({})", self.expr(a)),
        }
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
            "readline" | "readlines" | "close" | "flush" | "getvalue" => format!("{r}.{attr}()"),
            "tell" => format!("py::int_t({r}.tell())"),
            "seek" | "truncate" => {
                let ns: Vec<String> = args.iter().map(|a| format!("static_cast<int64_t>({})", self.expr_as(a, &Ty::Int))).collect();
                if ns.len() == 2 && self.needs_order(&args.iter().collect::<Vec<_>>()) {
                    return format!("[&] {{ int64_t _o = {}; int64_t _w = {}; return py::int_t({r}.seek(_o, _w)); }}()", ns[0], ns[1]);
                }
                format!("py::int_t({r}.{attr}({}))", ns.join(", "))
            }
            _ => {
                self.unsupported(format!("method `{attr}()` of a file"), e.span);
                "py::None".into()
            }
        }
    }

    /// `print(..., file=f)` with `f` a text file: the arguments, then the file, `sep`, `end` and
    /// `flush`, evaluated in that order; one write of the whole line.
    pub(super) fn print_file_code(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let file_kw = keywords.iter().find(|k| k.name == "file");
        // A file that may be None: `print(file=None)` prints to stdout.
        let optional = file_kw.is_some_and(|k| matches!(self.ty(&k.value), Ty::Optional(_)));
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            if optional {
                self.unsupported("`print(*xs, file=f)` with a file that may be None", e.span);
                return "py::None".into();
            }
            // Every item's str(), joined by `sep`, written at once.
            let pieces = self.print_star_items(args);
            let file = file_kw.map(|k| self.expr(&k.value)).unwrap_or_default();
            let (sep, end) = self.print_sep_end(keywords);
            let flush = self.print_flush(keywords);
            return format!(
                "[&] {{ std::vector<py::Str> _items; {}; auto _pf = {file}; py::Str _ps = {sep}; py::Str _pe = {end}; bool _pfl = {flush}; py::Str _l; for (size_t _i = 0; _i < _items.size(); ++_i) {{ if (_i) _l += _ps; _l += _items[_i]; }} _l += _pe; _pf.write(_l); if (_pfl) _pf.flush(); return py::None; }}()",
                pieces.join("; ")
            );
        }
        let (pre, names) = self.print_arg_temps(args);
        let file = file_kw.map(|k| self.expr(&k.value)).unwrap_or_default();
        let (sep, end) = self.print_sep_end(keywords);
        let flush = self.print_flush(keywords);
        let items = if names.is_empty() { String::new() } else { format!(", {}", names.join(", ")) };
        if optional {
            return format!(
                "[&] {{ {pre}auto _pf = {file}; py::Str _ps = {sep}; py::Str _pe = {end}; bool _pfl = {flush}; if (!_pf) {{ py::print_sep_end(_ps, _pe{items}); if (_pfl) py::flush_stdout(); return py::None; }} return py::print_file(*_pf, _pfl, _ps, _pe{items}); }}()"
            );
        }
        format!("[&] {{ {pre}auto _pf = {file}; py::Str _ps = {sep}; py::Str _pe = {end}; bool _pfl = {flush}; return py::print_file(_pf, _pfl, _ps, _pe{items}); }}()")
    }

    /// `print(..., flush=...)` as a C++ bool.
    fn print_flush(&mut self, keywords: &[Keyword]) -> String {
        match keywords.iter().find(|k| k.name == "flush") {
            Some(k) => self.expr_as(&k.value, &Ty::Bool),
            None => "false".into(),
        }
    }
}
