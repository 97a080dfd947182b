//! The names `from M import *` binds for each supported module M: its `__all__`, else its public
//! names, as CPython 3.11 lists them (generated with `python3`; regenerate when the supported
//! modules change).

pub(crate) const STAR_NAMES: &[(&str, &[&str])] = &[
    (
        "math",
        &["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau", "trunc", "ulp"],
    ),
    (
        "cmath",
        &["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "e", "exp", "inf", "infj", "isclose", "isfinite", "isinf", "isnan", "log", "log10", "nan", "nanj", "phase", "pi", "polar", "rect", "sin", "sinh", "sqrt", "tan", "tanh", "tau"],
    ),
    (
        "random",
        &["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"],
    ),
    (
        "itertools",
        &["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"],
    ),
    (
        "string",
        &["Formatter", "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits", "printable", "punctuation", "whitespace"],
    ),
    (
        "functools",
        &["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cached_property", "cmp_to_key", "lru_cache", "partial", "partialmethod", "reduce", "singledispatch", "singledispatchmethod", "total_ordering", "update_wrapper", "wraps"],
    ),
    (
        "collections",
        &["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple"],
    ),
    (
        "operator",
        &["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"],
    ),
    (
        "fractions",
        &["Fraction"],
    ),
    (
        "statistics",
        &["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"],
    ),
    (
        "heapq",
        &["heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest", "nsmallest"],
    ),
    (
        "bisect",
        &["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"],
    ),
    (
        "decimal",
        &["BasicContext", "Clamped", "Context", "ConversionSyntax", "Decimal", "DecimalException", "DecimalTuple", "DefaultContext", "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "ExtendedContext", "FloatOperation", "HAVE_CONTEXTVAR", "HAVE_THREADS", "Inexact", "InvalidContext", "InvalidOperation", "MAX_EMAX", "MAX_PREC", "MIN_EMIN", "MIN_ETINY", "Overflow", "ROUND_05UP", "ROUND_CEILING", "ROUND_DOWN", "ROUND_FLOOR", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_UP", "Rounded", "Subnormal", "Underflow", "getcontext", "localcontext", "setcontext"],
    ),
    (
        "datetime",
        &["MAXYEAR", "MINYEAR", "UTC", "date", "datetime", "time", "timedelta", "timezone", "tzinfo"],
    ),
    (
        "calendar",
        &["Calendar", "FRIDAY", "HTMLCalendar", "IllegalMonthError", "IllegalWeekdayError", "LocaleHTMLCalendar", "LocaleTextCalendar", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "TextCalendar", "WEDNESDAY", "calendar", "day_abbr", "day_name", "firstweekday", "isleap", "leapdays", "month", "month_abbr", "month_name", "monthcalendar", "monthrange", "prcal", "prmonth", "setfirstweekday", "timegm", "weekday", "weekheader"],
    ),
    (
        "re",
        &["A", "ASCII", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "Match", "NOFLAG", "Pattern", "RegexFlag", "S", "U", "UNICODE", "VERBOSE", "X", "compile", "error", "escape", "findall", "finditer", "fullmatch", "match", "purge", "search", "split", "sub", "subn", "template"],
    ),
    (
        "abc",
        &["ABC", "ABCMeta", "abstractclassmethod", "abstractmethod", "abstractproperty", "abstractstaticmethod", "get_cache_token", "update_abstractmethods"],
    ),
    (
        "copy",
        &["Error", "copy", "deepcopy"],
    ),
    (
        "textwrap",
        &["TextWrapper", "dedent", "fill", "indent", "shorten", "wrap"],
    ),
    (
        "pprint",
        &["PrettyPrinter", "isreadable", "isrecursive", "pformat", "pp", "pprint", "saferepr"],
    ),
    (
        "time",
        &["CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME", "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "altzone", "asctime", "clock_getres", "clock_gettime", "clock_gettime_ns", "clock_settime", "clock_settime_ns", "ctime", "daylight", "get_clock_info", "gmtime", "localtime", "mktime", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time", "process_time_ns", "pthread_getcpuclockid", "sleep", "strftime", "strptime", "struct_time", "thread_time", "thread_time_ns", "time", "time_ns", "timezone", "tzname", "tzset"],
    ),
    (
        "sys",
        &["abiflags", "addaudithook", "api_version", "argv", "audit", "base_exec_prefix", "base_prefix", "breakpointhook", "builtin_module_names", "byteorder", "call_tracing", "copyright", "displayhook", "dont_write_bytecode", "exc_info", "excepthook", "exception", "exec_prefix", "executable", "exit", "flags", "float_info", "float_repr_style", "get_asyncgen_hooks", "get_coroutine_origin_tracking_depth", "get_int_max_str_digits", "getallocatedblocks", "getdefaultencoding", "getdlopenflags", "getfilesystemencodeerrors", "getfilesystemencoding", "getprofile", "getrecursionlimit", "getrefcount", "getsizeof", "getswitchinterval", "gettrace", "hash_info", "hexversion", "implementation", "int_info", "intern", "is_finalizing", "maxsize", "maxunicode", "meta_path", "modules", "orig_argv", "path", "path_hooks", "path_importer_cache", "platform", "platlibdir", "prefix", "pycache_prefix", "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth", "set_int_max_str_digits", "setdlopenflags", "setprofile", "setrecursionlimit", "setswitchinterval", "settrace", "stderr", "stdin", "stdlib_module_names", "stdout", "thread_info", "unraisablehook", "version", "version_info", "warnoptions"],
    ),
];
