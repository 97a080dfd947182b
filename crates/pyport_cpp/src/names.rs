//! C++ spellings: identifiers that must not clash with C++ keywords or pyport's own names, and literals.

const CPP_RESERVED: &[&str] = &[
    "alignas", "alignof", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "case", "catch", "char",
    "char8_t", "char16_t", "char32_t", "compl", "concept", "const", "consteval", "constexpr", "constinit",
    "const_cast", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
    "dynamic_cast", "enum", "explicit", "export", "extern", "float", "friend", "goto", "inline", "int",
    "long", "mutable", "namespace", "new", "noexcept", "not_eq", "nullptr", "operator", "or_eq", "private",
    "protected", "public", "register", "reinterpret_cast", "requires", "short", "signed", "sizeof", "static",
    "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "try",
    "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
    "xor", "xor_eq", "bitor", "and", "or", "not", "true", "false", "NULL", "main", "py", "std", "prog",
    "int64_t", "uint64_t", "size_t", "errno", "stdin", "stdout", "stderr", "assert", "EOF", "INT64_MAX",
    "INT64_MIN", "M_PI", "M_E", "INFINITY", "NAN", "HUGE_VAL",
];

/// Lower-case names that the C and C++ headers define as macros or that clash at namespace scope.
const C_MACROS: &[&str] = &[
    "errno", "assert", "stdin", "stdout", "stderr", "major", "minor", "makedev", "offsetof", "setjmp",
    "va_arg", "va_start", "va_end", "va_copy", "isnan", "isinf", "isfinite", "signbit", "fpclassify", "isnormal",
    "unix", "linux", "i386",
    // `std::bind` (variadic, forwarding references) wins overload resolution over a user `bind`
    // whenever an argument's type brings namespace std into argument-dependent lookup (`py::Str`,
    // a list of strs, a `std::function`...). So do the other templates of namespace std that take
    // forwarding references or non-const references (`std::move(T&&)` beats a user
    // `move(const List&)` on a list variable), whatever they then fail to compile with.
    "bind", "apply", "invoke", "visit", "make_pair", "make_tuple", "forward_as_tuple", "tie", "swap", "exchange",
    "move", "forward", "begin", "end", "cbegin", "cend", "rbegin", "rend", "crbegin", "crend", "size", "ssize",
    "empty", "data", "get", "ref", "cref", "as_const", "addressof", "iter_swap", "declval", "to_address",
    "launder", "bind_front", "not_fn", "mem_fn", "make_optional", "get_if", "holds_alternative", "construct_at",
    "destroy_at",
];

/// The C++ identifier for a Python name.
///
/// The emitter's own temporaries all start with `_`, so user names starting with `_` get a `u`
/// prefix; names in capitals (Python's constants) get a `_` suffix because C headers use that
/// style for macros (`INT_MAX`, `EOF`…); C++ keywords and pyport's own names get a `_` suffix.
pub fn cname(name: &str) -> String {
    let name_fixed = name.replace("__", "_u_");
    let all_caps = name.bytes().any(|b| b.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    let mut out = if name.starts_with('_') {
        format!("u{name_fixed}")
    } else if CPP_RESERVED.contains(&name)
        || C_MACROS.contains(&name)
        || all_caps
        || name.contains("__")
        || CLASHING.with(|c| c.borrow().contains(name))
    {
        format!("{name_fixed}_")
    } else {
        return name.to_string();
    };
    // A mangled name must not meet a name the program uses, nor another mangled name
    // (`new` vs a user's `new_`; `MAX` vs `MAX_`): remember each choice.
    MANGLED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(done) = m.0.get(name) {
            return done.clone();
        }
        while m.1.contains(&out) {
            out.push('_');
        }
        m.1.insert(out.clone());
        m.0.insert(name.to_string(), out.clone());
        out
    })
}

type Mangled = (std::collections::HashMap<String, String>, std::collections::HashSet<String>);

thread_local! {
    /// Names mangled so far, and every C++ name in use, for the program being emitted on this thread.
    static MANGLED: std::cell::RefCell<Mangled> = Default::default();
}

thread_local! {
    /// The program's function names that the runtime also declares (see [`set_taken_names`]).
    static CLASHING: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
}

/// Starts a program: its own identifiers are taken, and no name has been mangled yet.
/// `functions`: the program's function names. One that the runtime also uses for a function
/// (`bisect_right`, `gcd`…) is renamed: argument-dependent lookup would otherwise offer the
/// runtime's `py::` function for a call with `py::` arguments, ambiguous or even preferred.
pub fn set_taken_names(names: std::collections::HashSet<String>, functions: &[&str]) {
    let clashing = functions.iter().filter(|f| runtime_functions().contains(**f)).map(|f| f.to_string()).collect();
    CLASHING.with(|c| *c.borrow_mut() = clashing);
    MANGLED.with(|m| *m.borrow_mut() = (Default::default(), names));
}

/// The names the runtime headers declare namespace-scope functions with: on an unindented line,
/// an identifier right after a return type (`inline int64_t bisect_right(`, `Str repr(`), not
/// one called after `return`, `=`, `.` or `::`. Renaming a user function that only looks like one is harmless.
fn runtime_functions() -> &'static std::collections::HashSet<String> {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        const NOT_TYPES: &[&str] = &["return", "else", "co_return", "co_yield", "throw", "new", "delete", "case", "not", "and", "or", "do"];
        let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut out = std::collections::HashSet::new();
        for (_, text) in crate::RUNTIME_FILES {
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if !(b[i].is_ascii_alphabetic() || b[i] == b'_') || (i > 0 && ident(b[i - 1])) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < b.len() && ident(b[i]) {
                    i += 1;
                }
                if b.get(i) != Some(&b'(') || start < 2 || b[start - 1] != b' ' {
                    continue;
                }
                let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
                if b[line_start].is_ascii_whitespace() {
                    continue; // members and locals are indented; namespace-scope functions are not
                }
                let before = &text[..start - 1];
                let prev = before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
                let word = &before[prev.len()..];
                let typed = match before.as_bytes().last() {
                    Some(b'>' | b'&' | b'*') => true,
                    Some(&c) if ident(c) => !NOT_TYPES.contains(&word) && !prev.ends_with(['.', ':']) && !prev.ends_with("->"),
                    _ => false,
                };
                if typed {
                    out.insert(text[start..i].to_string());
                }
            }
        }
        out
    })
}

/// A C++ string literal for `s` (octal escapes, so no hex-digit run-on).
pub fn cpp_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{:03o}", b)),
        }
    }
    out.push('"');
    out
}

/// A C++ double literal that reads back as exactly `v`.
pub fn cpp_double(v: f64) -> String {
    if v.is_nan() {
        "std::numeric_limits<double>::quiet_NaN()".into()
    } else if v.is_infinite() {
        if v > 0.0 { "std::numeric_limits<double>::infinity()".into() } else { "(-std::numeric_limits<double>::infinity())".into() }
    } else {
        // Rust's Debug output is the shortest representation that round-trips.
        let s = format!("{v:?}");
        if s.contains('.') || s.contains('e') || s.contains("inf") { s } else { format!("{s}.0") }
    }
}

/// A C++ int64 literal.
pub fn cpp_int(v: i64) -> String {
    if v == i64::MIN {
        "INT64_MIN".into()
    } else {
        v.to_string()
    }
}
