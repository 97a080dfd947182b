//! What the builtin engine knows about Python's builtins and the supported modules.

/// Builtin functions the engine compiles.
pub const BUILTINS: &[&str] = &[
    "print", "len", "range", "enumerate", "zip", "reversed", "sum", "min", "max", "abs", "round", "divmod",
    "pow", "int", "float", "bool", "str", "repr", "list", "sorted", "any", "all", "next", "dict", "set", "input", "ord", "chr", "map", "filter", "iter",
    "bin", "hex", "oct", "ascii", "hash", "bytes", "bytearray", "tuple", "format", "complex", "frozenset", "open",
];

/// Builtin names that exist in Python but are not compiled yet (reported as unsupported, not undefined).
const KNOWN_UNSUPPORTED: &[&str] = &[
    "isinstance",
    "id", "type", "object", "super", "getattr", "setattr", "hasattr",
    "memoryview", "eval", "exec", "globals", "locals", "vars", "dir", "callable",
    "slice", "property", "staticmethod", "classmethod", "issubclass", "breakpoint", "compile", "exit",
    "quit",
];

/// Built-in exception classes the engine can raise and catch, with their base class.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("TypeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("AttributeError", "Exception"),
    ("StopIteration", "Exception"),
    ("AssertionError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("EOFError", "Exception"),
    ("MemoryError", "Exception"),
    ("OSError", "Exception"),
    ("IOError", "Exception"),
    ("EnvironmentError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    // A module's exception class, by its dotted name: lowering reads `except statistics.StatisticsError`
    // (or the name imported from the module) as this.
    ("statistics.StatisticsError", "ValueError"),
];

/// True for the name of a supported built-in exception class.
pub fn is_exception(name: &str) -> bool {
    EXCEPTIONS.iter().any(|(n, _)| *n == name)
}

/// True for names that resolve to a Python builtin.
pub fn is_builtin(name: &str) -> bool {
    BUILTINS.contains(&name) || KNOWN_UNSUPPORTED.contains(&name) || is_exception(name)
}

/// What a module function's arguments must be.
#[derive(Clone, Copy, Debug)]
pub enum ArgKind {
    Number,
    Int,
    None,
    /// `sys.exit`'s argument: an int status, a message (printed to stderr, status 1) or None.
    ExitCode,
}

/// Signature of a supported module function.
#[derive(Clone, Copy, Debug)]
pub struct ModuleFn {
    pub min_args: usize,
    pub max_args: usize,
    pub arg: ArgKind,
    /// Result kind name: `Int`, `Float`, `Bool`, `None`.
    pub ret: &'static str,
}

const fn f(min_args: usize, max_args: usize, arg: ArgKind, ret: &'static str) -> ModuleFn {
    ModuleFn { min_args, max_args, arg, ret }
}

/// The signature of `module.name(...)`, when supported.
pub fn module_function(module: &str, name: &str) -> Option<ModuleFn> {
    use ArgKind::*;
    Some(match (module, name) {
        (
            "math",
            "sqrt" | "exp" | "log10" | "log2" | "sin" | "cos" | "tan" | "asin" | "acos" | "atan" | "sinh" | "cosh"
            | "tanh" | "asinh" | "acosh" | "atanh" | "fabs" | "degrees" | "radians" | "expm1" | "log1p" | "erf"
            | "erfc",
        ) => f(1, 1, Number, "Float"),
        ("math", "log") => f(1, 2, Number, "Float"),
        ("math", "pow" | "atan2" | "hypot" | "copysign" | "fmod") => f(2, 2, Number, "Float"),
        ("math", "floor" | "ceil" | "trunc") => f(1, 1, Number, "Int"),
        ("math", "isqrt" | "factorial") => f(1, 1, Int, "Int"),
        ("math", "gcd" | "lcm" | "comb") => f(2, 2, Int, "Int"),
        ("math", "perm") => f(1, 2, Int, "Int"),
        ("math", "isnan" | "isinf" | "isfinite") => f(1, 1, Number, "Bool"),
        ("math", "isclose") => f(2, 2, Number, "Bool"),
        ("time", "time" | "perf_counter" | "process_time" | "monotonic") => f(0, 0, None, "Float"),
        ("sys", "exit") => f(0, 1, ExitCode, "None"),
        // Compiled recursion runs on a 1 GiB stack; the limit sets how much of it the program
        // may use before a RecursionError (`py::stack_check`).
        ("sys", "setrecursionlimit") => f(1, 1, Int, "None"),
        ("sys", "getrecursionlimit") => f(0, 0, None, "Int"),
        // The runtime's limit on int <-> decimal str conversions (bigint.hpp).
        ("sys", "set_int_max_str_digits") => f(1, 1, Int, "None"),
        ("sys", "get_int_max_str_digits") => f(0, 0, None, "Int"),
        _ => return Option::None,
    })
}

/// `calendar.MONDAY` … `calendar.SUNDAY`: plain ints 0–6 in Python 3.11.
pub fn calendar_weekday(name: &str) -> Option<usize> {
    ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"].iter().position(|d| *d == name)
}

/// `keyword.kwlist` of Python 3.11.
pub const KEYWORDS: &[&str] = &["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"];
/// `keyword.softkwlist` of Python 3.11.
pub const SOFT_KEYWORDS: &[&str] = &["_", "case", "match"];

/// `logging.DEBUG` ... `logging.CRITICAL`: the level's number.
pub fn logging_level(name: &str) -> Option<i64> {
    Some(match name {
        "CRITICAL" | "FATAL" => 50,
        "ERROR" => 40,
        "WARNING" | "WARN" => 30,
        "INFO" => 20,
        "DEBUG" => 10,
        "NOTSET" => 0,
        _ => return None,
    })
}

/// The kind name of `module.name` used as a value, when supported.
pub fn module_constant(module: &str, name: &str) -> Option<&'static str> {
    match (module, name) {
        ("math" | "cmath", "pi" | "e" | "tau" | "inf" | "nan") => Some("Float"),
        ("sys", "maxsize") => Some("Int"),
        ("logging", _) if logging_level(name).is_some() => Some("Int"),
        ("keyword", "kwlist" | "softkwlist") => Some("ListStr"),
        ("sys", "argv") => Some("ListStr"),
        ("calendar", "month_name" | "month_abbr" | "day_name" | "day_abbr") => Some("ListStr"),
        ("calendar", _) if calendar_weekday(name).is_some() => Some("Int"),
        ("sys", "stdin") => Some("IterStr"),
        ("string", _) if crate::builtins::string_constant(name).is_some() => Some("Str"),
        ("re", _) if crate::re_syntax::flag_value(name).is_some() => Some("Int"),
        ("decimal", _) if crate::infer::DECIMAL_ROUNDINGS.contains(&name) => Some("Str"),
        _ => None,
    }
}

/// The parameters of a `str` method that may be given by keyword, in positional order
/// (Python 3.11; every other `str` method takes positional arguments only).
fn str_keyword_params(attr: &str) -> &'static [&'static str] {
    match attr {
        "split" | "rsplit" => &["sep", "maxsplit"],
        "splitlines" => &["keepends"],
        "expandtabs" => &["tabsize"],
        _ => &[],
    }
}

/// The arguments of `s.attr(...)` in positional order, each keyword argument placed at its
/// parameter's position (`s.split(sep=",", maxsplit=1)`). `None` marks a parameter left at its
/// default before a later one given by keyword (`s.split(maxsplit=1)`: `sep` is None).
/// `Err` holds the message of a call CPython would reject with a `TypeError`.
pub fn str_method_slots<'a>(
    attr: &str,
    args: &'a [pyport_syntax::ast::Expr],
    keywords: &'a [pyport_syntax::ast::Keyword],
) -> Result<Vec<Option<&'a pyport_syntax::ast::Expr>>, String> {
    let mut slots: Vec<Option<&pyport_syntax::ast::Expr>> = args.iter().map(Some).collect();
    let params = str_keyword_params(attr);
    for k in keywords {
        let Some(pos) = params.iter().position(|p| *p == k.name) else {
            return Err(if params.is_empty() {
                format!("`str.{attr}()` takes no keyword arguments")
            } else {
                format!("`str.{attr}()` has no parameter `{}`", k.name)
            });
        };
        if slots.len() <= pos {
            slots.resize(pos + 1, None);
        }
        if slots[pos].is_some() {
            return Err(format!("`str.{attr}()` got `{}` both by position and by keyword", k.name));
        }
        slots[pos] = Some(&k.value);
    }
    Ok(slots)
}

/// The value of the `string` module's constant `name` (CPython 3.11's, ASCII only).
pub fn string_constant(name: &str) -> Option<&'static str> {
    Some(match name {
        "ascii_lowercase" => "abcdefghijklmnopqrstuvwxyz",
        "ascii_uppercase" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ascii_letters" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "digits" => "0123456789",
        "hexdigits" => "0123456789abcdefABCDEF",
        "octdigits" => "01234567",
        "punctuation" => "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "whitespace" => " \t\n\r\x0b\x0c",
        "printable" => "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
        _ => return None,
    })
}
