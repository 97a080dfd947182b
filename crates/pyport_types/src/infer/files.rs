//! Inference for file objects of `open()` (runtime `fileio.hpp`): `open(name, mode, encoding=...,
//! newline=...)` with a literal mode, then `write`, `writelines`, `read`, `readline`, `readlines`,
//! `close`, `flush`, iteration by lines, `print(..., file=f)` and the `closed`/`name`/`mode`
//! attributes. A text file reads and writes str, a binary one bytes. `io.StringIO` and
//! `io.BytesIO` are files of the same kinds kept in memory, with `getvalue`, `seek`, `tell` and
//! `truncate` (on a file from `open()`, the runtime supports `seek(0)` when reading and stops with
//! a message otherwise). What the runtime does not port (`'+'` modes, `buffering=`, other codecs)
//! is a compile-time error naming it.
use super::*;

/// What an `open(...)` call asks for, read from its literal arguments.
#[derive(Debug, Clone)]
pub struct OpenCall<'a> {
    /// The file name argument.
    pub name: &'a Expr,
    /// The mode as written (`"r"` when absent).
    pub mode: String,
    pub binary: bool,
    /// `encoding=` (None: the default, utf-8).
    pub encoding: Option<String>,
    /// Whether reading translates `\r\n` and `\r` to `\n` (`newline=None`, the default).
    pub translate_newlines: bool,
}

const HELP: &str = "the builtin engine opens files with a literal mode among r, w, a, x (with b or t), utf-8, ascii or latin-1 text, and `newline` None or '\\n'; `--engine auto` can hand the program to an LLM";

/// Reads an `open(...)` call's arguments; `Err((message, span))` names what is not supported.
pub fn open_call<'a>(e: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<OpenCall<'a>, (String, Span)> {
    let kw = |n: &str| keywords.iter().find(|k| k.name == n).map(|k| &k.value);
    if let Some(k) = keywords.iter().find(|k| !matches!(k.name.as_str(), "file" | "mode" | "encoding" | "newline")) {
        return Err((format!("unsupported: `open()` with `{}=`", k.name), k.value.span));
    }
    if args.len() > 2 {
        return Err(("unsupported: `open()` with more than two positional arguments".into(), args[2].span));
    }
    let name = match (args.first(), kw("file")) {
        (Some(a), None) => a,
        (None, Some(a)) => a,
        _ => return Err(("`open()` needs one file name".into(), e.span)),
    };
    let mode_arg = match (args.get(1), kw("mode")) {
        (Some(_), Some(m)) => return Err(("`open()` got multiple values for argument 'mode'".into(), m.span)),
        (a, b) => a.or(b),
    };
    let mode = match mode_arg.map(|m| &m.kind) {
        None => "r".to_string(),
        Some(ExprKind::Str(s)) => s.clone(),
        Some(_) => return Err(("unsupported: `open()` with a mode that is not a string literal".into(), mode_arg.map_or(e.span, |m| m.span))),
    };
    let mut kind = None;
    let (mut b, mut t) = (false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            'b' if !b => b = true,
            't' if !t => t = true,
            '+' => return Err((format!("unsupported: `open()` mode {mode:?} (reading and writing one file)"), mode_arg.map_or(e.span, |m| m.span))),
            _ => return Err((format!("ValueError: invalid mode: {mode:?}"), mode_arg.map_or(e.span, |m| m.span))),
        }
    }
    if kind.is_none() || (b && t) {
        return Err((format!("ValueError: invalid mode: {mode:?}"), mode_arg.map_or(e.span, |m| m.span)));
    }
    let encoding = match kw("encoding").map(|v| (&v.kind, v.span)) {
        None | Some((ExprKind::None, _)) => None,
        Some((ExprKind::Str(s), sp)) => {
            let n = s.to_ascii_lowercase().replace('_', "-");
            if b {
                return Err(("ValueError: binary mode doesn't take an encoding argument".into(), sp));
            }
            if !matches!(n.as_str(), "utf-8" | "utf8" | "u8" | "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1") {
                return Err((format!("unsupported: `open()` with encoding {s:?}"), sp));
            }
            Some(s.clone())
        }
        Some((_, sp)) => return Err(("unsupported: `open()` with an encoding that is not a string literal".into(), sp)),
    };
    let translate_newlines = match kw("newline").map(|v| (&v.kind, v.span)) {
        None | Some((ExprKind::None, _)) => true,
        Some((ExprKind::Str(s), _)) if s == "\n" && !b => false,
        // Writing with `newline=''` translates nothing, as '\n' does on POSIX.
        Some((ExprKind::Str(s), _)) if s.is_empty() && !b && !mode.contains('r') => false,
        Some((_, sp)) => return Err(("unsupported: `open()` with a `newline` other than None or '\\n'".into(), sp)),
    };
    Ok(OpenCall { name, mode, binary: b, encoding, translate_newlines })
}

impl Infer<'_> {
    /// `open(...)`: a text or binary file.
    pub(super) fn open_builtin(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword], ts: &[TV]) -> TV {
        let call = match open_call(e, args, keywords) {
            Ok(c) => c,
            Err((msg, sp)) => {
                self.error("unsupported-builtin", msg, sp, HELP);
                return self.c("Unknown");
            }
        };
        let name_t = match args.first() {
            Some(_) => ts[0],
            None => self.infer(call.name),
        };
        let k = self.kv(name_t);
        // A name that is always None raises CPython's TypeError at run time.
        if !matches!(k, Kind::Str | Kind::None | Kind::Unknown | Kind::Conflict) {
            let d = self.describe(&k);
            self.error("unsupported-builtin", format!("unsupported: `open()` of a `{d}` (pyport opens files by a str name)"), call.name.span, HELP);
        }
        self.c(if call.binary { "BinFile" } else { "TextFile" })
    }

    /// `io.StringIO(initial)` / `io.BytesIO(initial)`: a text or binary file in memory.
    pub(super) fn io_call(&mut self, name: &str, e: &Expr, args: &[Expr], ts: &[TV], keywords: &[Keyword]) -> TV {
        let binary = match name {
            "StringIO" => false,
            "BytesIO" => true,
            _ => {
                self.error("unsupported-builtin", format!("unsupported: `io.{name}`"), e.span, "the builtin engine compiles `io.StringIO` and `io.BytesIO`; `--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
        };
        let full = format!("io.{name}");
        let mut initial = ts.first().map(|&t| (t, args[0].span));
        for k in keywords {
            match k.name.as_str() {
                "initial_value" | "initial_bytes" if initial.is_none() => initial = Some((self.expr_tv[k.value.id as usize], k.value.span)),
                // StringIO's default: no newline translation.
                "newline" if !binary && matches!(&k.value.kind, ExprKind::Str(s) if s == "\n") => {}
                other => self.error("unsupported-builtin", format!("unsupported: `{full}()` with `{other}=`"), k.value.span, HELP),
            }
        }
        if self.arity(&full, e, args.len(), 0, 1) {
            if let Some((t, sp)) = initial {
                let k = self.kv(t);
                let ok = if binary { matches!(k, Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict) } else { matches!(k, Kind::Str | Kind::Unknown | Kind::Conflict) };
                if !ok {
                    let d = self.describe(&k);
                    let msg = if binary { format!("a bytes-like object is required, not '{d}'") } else { format!("initial_value must be str or None, not {d}") };
                    self.error("type-error", msg, sp, "");
                }
            }
        }
        self.c(if binary { "BinFile" } else { "TextFile" })
    }

    /// `f.method(...)` on a file; `None` when `recv` is no file.
    pub(super) fn file_method(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let binary = match self.kv(recv) {
            Kind::TextFile => false,
            Kind::BinFile => true,
            _ => return None,
        };
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for k in keywords {
            self.infer(&k.value);
        }
        self.cur_span = e.span;
        self.no_keywords(attr, keywords, &[]);
        let data = if binary { "Bytes" } else { "Str" };
        let data_ok = |k: &Kind| if binary { matches!(k, Kind::Bytes | Kind::ByteArray | Kind::Unknown | Kind::Conflict) } else { matches!(k, Kind::Str | Kind::Unknown | Kind::Conflict) };
        let wrong_data = |this: &mut Self, k: &Kind, sp: Span| {
            let d = this.describe(k);
            let msg = if binary { format!("a bytes-like object is required, not '{d}'") } else { format!("write() argument must be str, not {d}") };
            this.error("type-error", msg, sp, "");
        };
        Some(match attr {
            "write" => {
                if self.arity("write", e, args.len(), 1, 1) {
                    let k = self.kv(ts[0]);
                    if !data_ok(&k) {
                        wrong_data(self, &k, args[0].span);
                    }
                }
                self.c("Int")
            }
            "writelines" => {
                if self.arity("writelines", e, args.len(), 1, 1) {
                    let elem = self.iter_elem(ts[0], args[0].span);
                    let k = self.kv(elem);
                    if !data_ok(&k) {
                        wrong_data(self, &k, args[0].span);
                    }
                }
                self.c(NONE_TV)
            }
            "read" => {
                if self.arity("read", e, args.len(), 0, 1) && !args.is_empty() && !matches!(self.kv(ts[0]), Kind::Int | Kind::Bool | Kind::Unknown) {
                    self.error("unsupported-builtin", "unsupported: `read()` of a size that is not an int", args[0].span, HELP);
                }
                self.c(data)
            }
            "readline" => {
                self.arity("readline", e, args.len(), 0, 0);
                self.c(data)
            }
            "readlines" => {
                self.arity("readlines", e, args.len(), 0, 0);
                let d = self.c(data);
                let l = self.aux(e.id, 0, Kind::Unknown);
                self.flow(d, l);
                self.aux(e.id, 1, Kind::List(l))
            }
            "getvalue" | "tell" => {
                self.arity(attr, e, args.len(), 0, 0);
                self.c(if attr == "tell" { "Int" } else { data })
            }
            "seek" | "truncate" => {
                let most = if attr == "seek" { 2 } else { 1 };
                if self.arity(attr, e, args.len(), usize::from(attr == "seek"), most) {
                    for (a, &t) in args.iter().zip(&ts) {
                        let k = self.kv(t);
                        if !matches!(k, Kind::Int | Kind::Bool | Kind::Unknown) {
                            let d = self.describe(&k);
                            self.error("unsupported-builtin", format!("unsupported: `{attr}()` of a `{d}` (pyport takes an int)"), a.span, HELP);
                        }
                    }
                }
                self.c("Int")
            }
            "close" | "flush" => {
                self.arity(attr, e, args.len(), 0, 0);
                self.c(NONE_TV)
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `{attr}()` of a file"), e.span, HELP);
                self.c("Unknown")
            }
        })
    }

    /// `f.closed`, `f.name`, `f.mode`.
    pub(super) fn file_attr(&mut self, attr: &str, sp: Span) -> Option<TV> {
        match attr {
            "closed" => Some(self.c("Bool")),
            "name" | "mode" => Some(self.c("Str")),
            _ => {
                self.error("unsupported-syntax", format!("unsupported: attribute `.{attr}` of a file"), sp, "files have `closed`, `name` and `mode`");
                None
            }
        }
    }
}
