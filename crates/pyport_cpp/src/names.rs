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

/// The C++ identifier for a Python name.
pub fn cname(name: &str) -> String {
    let temp_like = name.starts_with('_')
        && name.len() > 2
        && name.as_bytes()[1].is_ascii_lowercase()
        && name[2..].bytes().all(|b| b.is_ascii_digit());
    if CPP_RESERVED.contains(&name) || name.contains("__") || temp_like || name.starts_with("_Z") {
        format!("{}_", name.replace("__", "_u_"))
    } else if name.starts_with('_') && name.as_bytes().get(1).is_some_and(|b| b.is_ascii_uppercase()) {
        format!("u{name}")
    } else {
        name.to_string()
    }
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
