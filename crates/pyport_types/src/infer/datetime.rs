//! Inference for the `datetime` module's `date`, `datetime` (naive) and `timedelta` values and the
//! `calendar` functions (runtime `datetime.hpp`). Arguments are ints (a float `timedelta` part is
//! refused: CPython rounds those in ways the port does not reproduce); `today()`/`now()` are refused
//! (their output differs from run to run anyway).
use super::*;

/// The parameters of the three constructors, in positional order, and how many are required.
pub fn datetime_params(class: &str) -> (&'static [&'static str], usize) {
    match class {
        "date" => (&["year", "month", "day"], 3),
        "datetime" => (&["year", "month", "day", "hour", "minute", "second", "microsecond"], 3),
        _ => (&["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], 0),
    }
}

/// The strftime directives the runtime implements.
/// `name` as a class of the `datetime` module that pyport models (`date`, `datetime`, `timedelta`).
pub fn datetime_class(name: &str) -> Option<&'static str> {
    ["date", "datetime", "timedelta"].into_iter().find(|c| *c == name)
}

pub const STRFTIME_DIRECTIVES: &str = "YmdHMSfAaBbjypIw%";

/// The `calendar` names that are lists of str (`month_name`, ...).
pub fn calendar_names(name: &str) -> Option<u8> {
    Some(match name {
        "month_name" => 0,
        "month_abbr" => 1,
        "day_name" => 2,
        "day_abbr" => 3,
        _ => return None,
    })
}

/// The first directive of a strftime format the runtime lacks, if any.
pub fn strftime_unsupported(fmt: &str) -> Option<char> {
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c == '%' {
            match it.next() {
                Some(d) if STRFTIME_DIRECTIVES.contains(d) => {}
                Some(d) => return Some(d),
                None => return None,
            }
        }
    }
    None
}

impl Infer<'_> {
    /// The `datetime` class `e` names (`date`, `datetime`, `timedelta`), through `from datetime
    /// import ...` or `datetime.<class>`.
    pub(super) fn dt_class_ref(&mut self, e: &Expr) -> Option<&'static str> {
        let pick = datetime_class;
        match &e.kind {
            ExprKind::Name(n) => {
                if !matches!(self.imported.get(n), Some((m, _)) if m == "datetime") {
                    return None;
                }
                if self.lookup(n, Some(e.id), e.span).is_some() {
                    return None;
                }
                match self.names.get(&e.id) {
                    Some(NameRef::Imported { module, name }) if module == "datetime" => pick(name),
                    _ => None,
                }
            }
            ExprKind::Attribute { value, attr } => {
                let ExprKind::Name(n) = &value.kind else { return None };
                if self.modules.get(n).map(String::as_str) != Some("datetime") {
                    return None;
                }
                if self.lookup(n, Some(value.id), value.span).is_some() {
                    return None;
                }
                match self.names.get(&value.id) {
                    Some(NameRef::Module(m)) if m == "datetime" => pick(attr),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn dt_int_args(&mut self, what: &str, args: &[Expr], keywords: &[Keyword]) {
        let vals: Vec<&Expr> = args.iter().chain(keywords.iter().map(|k| &k.value)).collect();
        for a in vals {
            let t = self.infer(a);
            let k = self.kv(t);
            if !matches!(k, Kind::Int | Kind::Bool | Kind::Unknown | Kind::Conflict) {
                let d = self.describe(&k);
                self.error("unsupported-builtin", format!("unsupported: `{what}()` with a `{d}` argument"), a.span, "the builtin engine takes ints here; `--engine auto` can hand the program to an LLM");
            }
        }
    }

    /// A call of a `datetime` class or of one of its class methods; `None` for other calls.
    pub(super) fn datetime_call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        if let Some(class) = self.dt_class_ref(func) {
            let (params, required) = datetime_params(class);
            self.dt_int_args(class, args, keywords);
            self.cur_span = e.span;
            if args.len() > params.len() {
                self.error("type-error", format!("`{class}()` takes at most {} arguments ({} given)", params.len(), args.len()), e.span, "");
            }
            for (i, k) in keywords.iter().enumerate() {
                match params.iter().position(|p| *p == k.name) {
                    None => self.error("type-error", format!("`{class}()` got an unexpected keyword argument `{}`", k.name), k.span, ""),
                    Some(p) if p < args.len() || keywords[..i].iter().any(|o| o.name == k.name) => {
                        self.error("type-error", format!("argument for `{class}()` given by name (`{}`) and position", k.name), k.span, "")
                    }
                    _ => {}
                }
            }
            for (i, p) in params.iter().enumerate().take(required) {
                if i >= args.len() && !keywords.iter().any(|k| k.name == *p) {
                    self.error("type-error", format!("`{class}()` missing required argument `{p}` (pos {})", i + 1), e.span, "");
                    break;
                }
            }
            return Some(self.c(match class {
                "date" => "Date",
                "datetime" => "DateTime",
                _ => "TimeDelta",
            }));
        }
        let ExprKind::Attribute { value, attr } = &func.kind else { return None };
        let class = self.dt_class_ref(value)?;
        let full = format!("{class}.{attr}");
        self.cur_span = e.span;
        let ret = match (class, attr.as_str()) {
            ("date" | "datetime", "fromordinal") => {
                self.dt_int_args(&full, args, keywords);
                self.no_keywords(&full, keywords, &[]);
                self.arity(&full, e, args.len(), 1, 1);
                if class == "date" { "Date" } else { "DateTime" }
            }
            ("date", "fromisoformat") => {
                let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
                self.no_keywords(&full, keywords, &[]);
                if self.arity(&full, e, args.len(), 1, 1) && !matches!(self.kv(ts[0]), Kind::Str | Kind::Unknown | Kind::Conflict) {
                    self.error("type-error", "fromisoformat: argument must be str", args[0].span, "");
                }
                "Date"
            }
            (_, "today" | "now" | "utcnow") => {
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), func.span, "its result differs from run to run, so no port can be verified against CPython");
                "Unknown"
            }
            _ => {
                for a in args {
                    self.infer(a);
                }
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), func.span, "`--engine auto` can hand the program to an LLM");
                "Unknown"
            }
        };
        Some(self.c(ret))
    }

    /// `a op b` with a `datetime` operand; `None` when neither operand is one.
    pub(super) fn datetime_binop(&mut self, op: BinOp, kl: &Kind, kr: &Kind, sp: Span) -> Option<TV> {
        let dt = |k: &Kind| matches!(k, Kind::Date | Kind::DateTime | Kind::TimeDelta);
        if !dt(kl) && !dt(kr) {
            return None;
        }
        if matches!(kl, Kind::Unknown | Kind::Conflict) || matches!(kr, Kind::Unknown | Kind::Conflict) {
            return Some(self.c("Unknown"));
        }
        let int = |k: &Kind| matches!(k, Kind::Int | Kind::Bool);
        use Kind::{Date, DateTime, TimeDelta};
        let ret = match (op, kl, kr) {
            (BinOp::Add | BinOp::Sub | BinOp::Mod, TimeDelta, TimeDelta) => Some("TimeDelta"),
            (BinOp::Mul, TimeDelta, k) | (BinOp::Mul, k, TimeDelta) if int(k) => Some("TimeDelta"),
            (BinOp::FloorDiv | BinOp::Div, TimeDelta, k) if int(k) => Some("TimeDelta"),
            (BinOp::Div, TimeDelta, TimeDelta) => Some("Float"),
            (BinOp::FloorDiv, TimeDelta, TimeDelta) => Some("Int"),
            (BinOp::Add, Date, TimeDelta) | (BinOp::Add, TimeDelta, Date) | (BinOp::Sub, Date, TimeDelta) => Some("Date"),
            (BinOp::Sub, Date, Date) | (BinOp::Sub, DateTime, DateTime) => Some("TimeDelta"),
            (BinOp::Add, DateTime, TimeDelta) | (BinOp::Add, TimeDelta, DateTime) | (BinOp::Sub, DateTime, TimeDelta) => Some("DateTime"),
            _ => None,
        };
        Some(match ret {
            Some(r) => self.c(r),
            None => {
                let (dl, dr) = (self.describe(kl), self.describe(kr));
                let help = if (kl.is_numeric() || kr.is_numeric()) && !int(kl) && !int(kr) {
                    "the builtin engine multiplies and divides a timedelta by ints only; `--engine auto` can hand the program to an LLM"
                } else {
                    ""
                };
                self.error("type-error", format!("unsupported operand type(s) for {}: `{dl}` and `{dr}`", op.as_str()), sp, help);
                self.c("Unknown")
            }
        })
    }

    /// `x.year`, `td.days`, ...
    pub(super) fn datetime_attr(&mut self, k: &Kind, attr: &str) -> Option<TV> {
        let ok = match k {
            Kind::Date => matches!(attr, "year" | "month" | "day"),
            Kind::DateTime => matches!(attr, "year" | "month" | "day" | "hour" | "minute" | "second" | "microsecond"),
            Kind::TimeDelta => matches!(attr, "days" | "seconds" | "microseconds"),
            _ => false,
        };
        ok.then(|| self.c("Int"))
    }

    /// A method of a `date`/`datetime`/`timedelta` value; `None` for other receivers.
    pub(super) fn datetime_method(&mut self, recv: TV, attr: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let k = self.kv(recv);
        let cls = match k {
            Kind::Date => "date",
            Kind::DateTime => "datetime",
            Kind::TimeDelta => "timedelta",
            _ => return None,
        };
        let full = format!("{cls}.{attr}");
        if attr == "replace" && k == Kind::Date {
            self.dt_int_args(&full, args, keywords);
            self.cur_span = e.span;
            if !args.is_empty() {
                self.error("unsupported-builtin", "unsupported: positional arguments to `date.replace()`", e.span, "pass `year=`, `month=`, `day=` by name");
            }
            self.no_keywords(&full, keywords, &["year", "month", "day"]);
            return Some(self.c("Date"));
        }
        let ts: Vec<TV> = args.iter().map(|a| self.infer(a)).collect();
        for kw in keywords {
            self.infer(&kw.value);
        }
        self.cur_span = e.span;
        self.no_keywords(&full, keywords, &[]);
        let date_like = matches!(k, Kind::Date | Kind::DateTime);
        let ret = match attr {
            "weekday" | "isoweekday" | "toordinal" if date_like => "Int",
            "isoformat" if date_like => "Str",
            "date" if k == Kind::DateTime => "Date",
            "total_seconds" if k == Kind::TimeDelta => "Float",
            "isocalendar" if date_like => {
                self.arity(&full, e, args.len(), 0, 0);
                if !self.dt_iso_ok.contains(&e.id) {
                    self.error("unsupported-builtin", "unsupported: `isocalendar()` other than indexed (`d.isocalendar()[1]`) or unpacked (`y, w, d = ...`) at once", e.span, "CPython prints it as `datetime.IsoCalendarDate(year=..., week=..., weekday=...)`, which the port does not reproduce; `--engine auto` can hand the program to an LLM");
                }
                let i = self.c("Int");
                return Some(self.aux(e.id, 0, Kind::Tuple(vec![i, i, i])));
            }
            "strftime" if date_like => {
                if self.arity(&full, e, args.len(), 1, 1) {
                    match &args[0].kind {
                        ExprKind::Str(s) => {
                            if let Some(d) = strftime_unsupported(s) {
                                self.error("unsupported-builtin", format!("unsupported: strftime directive `%{d}`"), args[0].span, "the builtin engine supports %Y %m %d %H %M %S %f %A %a %B %b %j %y %p %I %w %%; `--engine auto` can hand the program to an LLM");
                            }
                        }
                        _ => {
                            let _ = ts;
                            self.error("unsupported-builtin", "unsupported: `strftime()` of a format that is not a string literal", args[0].span, "write the format as a literal so its directives can be checked");
                        }
                    }
                }
                return Some(self.c("Str"));
            }
            _ => {
                self.error("unsupported-builtin", format!("unsupported: method `{full}()`"), e.span, "`--engine auto` can hand the program to an LLM");
                return Some(self.c("Unknown"));
            }
        };
        self.arity(&full, e, args.len(), 0, 0);
        Some(self.c(ret))
    }

    /// Marks `e` when it is an `isocalendar()` call whose result is indexed or unpacked right away
    /// (the port's plain tuple then behaves as CPython's IsoCalendarDate).
    pub(super) fn dt_iso_consumed(&mut self, e: &Expr) {
        if let ExprKind::Call { func, args, .. } = &e.kind {
            if matches!(&func.kind, ExprKind::Attribute { attr, .. } if attr == "isocalendar") && args.is_empty() {
                self.dt_iso_ok.insert(e.id);
            }
        }
    }

    /// `calendar.f(...)`.
    pub(super) fn calendar_call(&mut self, name: &str, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> TV {
        let full = format!("calendar.{name}");
        let n = match name {
            "isleap" => 1,
            "leapdays" | "monthrange" | "monthcalendar" => 2,
            "weekday" => 3,
            _ => {
                for a in args {
                    self.infer(a);
                }
                self.error("unsupported-builtin", format!("unsupported: `{full}()`"), e.span, "the builtin engine supports `calendar.isleap`, `leapdays`, `weekday`, `monthrange`, `monthcalendar` and the name lists; `--engine auto` can hand the program to an LLM");
                return self.c("Unknown");
            }
        };
        self.dt_int_args(&full, args, keywords);
        self.cur_span = e.span;
        self.no_keywords(&full, keywords, &[]);
        self.arity(&full, e, args.len(), n, n);
        match name {
            "isleap" => self.c("Bool"),
            "monthrange" => {
                let i = self.c("Int");
                self.aux(e.id, 0, Kind::Tuple(vec![i, i]))
            }
            "monthcalendar" => {
                let (inner, el) = self.list_of(e.id, 1);
                let i = self.c("Int");
                self.flow(i, el);
                let (outer, oel) = self.list_of(e.id, 0);
                self.merge(oel, inner);
                outer
            }
            _ => self.c("Int"),
        }
    }
}
