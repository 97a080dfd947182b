//! `datetime.date`, `datetime.datetime`, `datetime.timedelta` and the `calendar` functions, ported
//! from CPython 3.11's Lib/datetime.py (the pure-Python reference of _datetimemodule.c) and
//! Lib/calendar.py. Included only under `PYPORT_WITH_DATETIME` (the emitter defines it when the
//! generated code names these types).
//!
//!   Date{y, m, d}, DateTime, TimeDelta   values; repr/str/hash/==/< through the runtime's hooks
//!   dt_date(y, m, d), dt_datetime(...)   construction with CPython's ValueError texts
//!   dt_timedelta(d, s, us, ms, mi, h, w) normalised (0 <= seconds < 86400, 0 <= us < 10**6)
//!   dt_add/dt_sub/td_mul/td_floordiv/...  the arithmetic CPython defines
//!   dt_strftime(x, fmt)                  %Y %m %d %H %M %S %f %A %a %B %b %j %y %p %I %w %%
#pragma once
#include "prebuilt.hpp"
#include <array>
#include <cstdint>
#include <string>
#include <tuple>

#include "bigint.hpp"
#include "except.hpp"
#include "hash.hpp"
#include "list.hpp"
#include "str.hpp"

namespace py {

namespace dt_detail {
inline constexpr int kDaysInMonth[13] = {-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
inline constexpr int kDaysBeforeMonth[13] = {-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
inline constexpr const char* kMonthNames[13] = {"", "January", "February", "March", "April", "May", "June",
                                                "July", "August", "September", "October", "November", "December"};
inline constexpr const char* kMonthAbbr[13] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr const char* kDayNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
inline constexpr const char* kDayAbbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr int64_t kMaxOrdinal = 3652059;  // date(9999, 12, 31).toordinal()
inline constexpr int64_t kMaxDeltaDays = 999999999;

inline bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
inline int64_t days_in_month(int64_t y, int64_t m) { return m == 2 && is_leap(y) ? 29 : kDaysInMonth[m]; }
inline int64_t days_before_year(int64_t y) {
    const int64_t p = y - 1;
    return p * 365 + p / 4 - p / 100 + p / 400;
}
inline int64_t days_before_month(int64_t y, int64_t m) { return kDaysBeforeMonth[m] + (m > 2 && is_leap(y)); }
inline int64_t ymd2ord(int64_t y, int64_t m, int64_t d) { return days_before_year(y) + days_before_month(y, m) + d; }
/// `_ord2ymd` of datetime.py.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN void ord2ymd(int64_t n, int64_t& y, int64_t& m, int64_t& d) {
    n -= 1;
    const int64_t n400 = n / 146097;
    n %= 146097;
    y = n400 * 400 + 1;
    const int64_t n100 = n / 36524;
    n %= 36524;
    const int64_t n4 = n / 1461;
    n %= 1461;
    const int64_t n1 = n / 365;
    n %= 365;
    y += n100 * 100 + n4 * 4 + n1;
    if (n1 == 4 || n100 == 4) {
        y -= 1;
        m = 12;
        d = 31;
        return;
    }
    const bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    m = (n + 50) >> 5;
    int64_t preceding = kDaysBeforeMonth[m] + (m > 2 && leap);
    if (preceding > n) {
        m -= 1;
        preceding -= kDaysInMonth[m] + (m == 2 && leap);
    }
    d = n - preceding + 1;
}
#else
void ord2ymd(int64_t n, int64_t& y, int64_t& m, int64_t& d);
#endif
inline int64_t floordiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
inline void check_date(int64_t y, int64_t m, int64_t d) {
    if (y < 1 || y > 9999) raise<ValueError>("year " + std::to_string(y) + " is out of range");
    if (m < 1 || m > 12) raise_lit<ValueError>("month must be in 1..12");
    if (d < 1 || d > days_in_month(y, m)) raise_lit<ValueError>("day is out of range for month");
}
inline void check_time(int64_t h, int64_t mi, int64_t s, int64_t us) {
    if (h < 0 || h > 23) raise_lit<ValueError>("hour must be in 0..23");
    if (mi < 0 || mi > 59) raise_lit<ValueError>("minute must be in 0..59");
    if (s < 0 || s > 59) raise_lit<ValueError>("second must be in 0..59");
    if (us < 0 || us > 999999) raise_lit<ValueError>("microsecond must be in 0..999999");
}
inline void pad(std::string& out, int64_t v, int width) {
    std::string s = std::to_string(v < 0 ? -v : v);
    if (v < 0) out += '-';
    for (int i = static_cast<int>(s.size()); i < width; ++i) out += '0';
    out += s;
}
template <class T>
inline int64_t i64(const T& x) {
    return static_cast<int64_t>(x);
}
}  // namespace dt_detail

template <class X>
inline Str dt_strftime(const X& x, const Str& fmt);

/// `datetime.timedelta`: days, seconds (0..86399) and microseconds (0..999999).
struct TimeDelta {
    int64_t days = 0, seconds = 0, us = 0;

    /// From a total of microseconds; OverflowError past +-999999999 days, as CPython.
    static TimeDelta from_us(__int128 total) {
        constexpr __int128 kDay = static_cast<__int128>(86400) * 1000000;
        __int128 d = total / kDay, r = total % kDay;
        if (r < 0) {
            r += kDay;
            d -= 1;
        }
        if (d > dt_detail::kMaxDeltaDays || d < -dt_detail::kMaxDeltaDays) {
            std::string s;
            __int128 a = d < 0 ? -d : d;
            while (a > 0) {
                s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(a % 10)));
                a /= 10;
            }
            raise<OverflowError>("days=" + std::string(d < 0 ? "-" : "") + s + "; must have magnitude <= 999999999");
        }
        TimeDelta t;
        t.days = static_cast<int64_t>(d);
        t.seconds = static_cast<int64_t>(r / 1000000);
        t.us = static_cast<int64_t>(r % 1000000);
        return t;
    }
    __int128 total_us() const { return (static_cast<__int128>(days) * 86400 + seconds) * 1000000 + us; }

    int_t py_days() const { return int_t(days); }
    int_t py_seconds() const { return int_t(seconds); }
    int_t py_microseconds() const { return int_t(us); }
    double total_seconds() const {
        // CPython: int / 10**6, correctly rounded; exact for |total| < 2**53 as below.
        const __int128 t = total_us();
        if (t < (static_cast<__int128>(1) << 53) && t > -(static_cast<__int128>(1) << 53)) return static_cast<double>(static_cast<int64_t>(t)) / 1e6;
        return static_cast<double>(static_cast<long double>(t) / 1000000.0L);
    }

    void py_repr(std::string& out) const {
        out += "datetime.timedelta(";
        bool any = false;
        auto field = [&](const char* name, int64_t v) {
            if (v == 0) return;
            if (any) out += ", ";
            out += name;
            out += '=';
            out += std::to_string(v);
            any = true;
        };
        field("days", days);
        field("seconds", seconds);
        field("microseconds", us);
        if (!any) out += '0';
        out += ')';
    }
    void py_str(std::string& out) const {
        if (days != 0) {
            out += std::to_string(days);
            out += (days == 1 || days == -1) ? " day, " : " days, ";
        }
        out += std::to_string(seconds / 3600);
        out += ':';
        dt_detail::pad(out, seconds / 60 % 60, 2);
        out += ':';
        dt_detail::pad(out, seconds % 60, 2);
        if (us != 0) {
            out += '.';
            dt_detail::pad(out, us, 6);
        }
    }
    bool py_bool() const { return days != 0 || seconds != 0 || us != 0; }
    std::string py_format(std::string_view spec) const {
        if (!spec.empty()) raise_lit<TypeError>("unsupported format string passed to datetime.timedelta.__format__");
        std::string out;
        py_str(out);
        return out;
    }
    template <class X> bool py_eq(const X& x) const {
        if constexpr (std::is_same_v<X, TimeDelta>) return days == x.days && seconds == x.seconds && us == x.us;
        else return false;
    }
    bool py_lt(const TimeDelta& x) const { return total_us() < x.total_us(); }
    int64_t py_hash() const { return py::hash(std::tuple<int_t, int_t, int_t>(int_t(days), int_t(seconds), int_t(us))); }
    friend bool operator==(const TimeDelta& a, const TimeDelta& b) { return a.py_eq(b); }
};

/// `datetime.timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)` of ints.
template <class A, class B, class C, class D, class E, class F, class G>
inline TimeDelta dt_timedelta(const A& days, const B& seconds, const C& us, const D& ms, const E& minutes, const F& hours, const G& weeks) {
    using dt_detail::i64;
    __int128 t = static_cast<__int128>(i64(us)) + static_cast<__int128>(i64(ms)) * 1000 +
                 static_cast<__int128>(i64(seconds)) * 1000000 + static_cast<__int128>(i64(minutes)) * 60000000 +
                 static_cast<__int128>(i64(hours)) * 3600000000LL + static_cast<__int128>(i64(days)) * 86400000000LL +
                 static_cast<__int128>(i64(weeks)) * 604800000000LL;
    return TimeDelta::from_us(t);
}

/// Common parts of `date` and `datetime`.
struct DateBase {
    int64_t y = 1, m = 1, d = 1;
    int_t year() const { return int_t(y); }
    int_t month() const { return int_t(m); }
    int_t day() const { return int_t(d); }
    int64_t ordinal() const { return dt_detail::ymd2ord(y, m, d); }
    int_t toordinal() const { return int_t(ordinal()); }
    int_t weekday() const { return int_t((ordinal() + 6) % 7); }
    int_t isoweekday() const { return int_t((ordinal() + 6) % 7 + 1); }
    /// `isocalendar()` as (year, week, weekday).
    std::tuple<int_t, int_t, int_t> isocalendar() const {
        auto week1 = [](int64_t year) {
            const int64_t first = dt_detail::ymd2ord(year, 1, 1);
            const int64_t wd = (first + 6) % 7;
            int64_t monday = first - wd;
            if (wd > 3) monday += 7;
            return monday;
        };
        int64_t year = y;
        int64_t w1 = week1(year);
        const int64_t today = ordinal();
        int64_t week = dt_detail::floordiv(today - w1, 7), day = today - w1 - week * 7;
        if (week < 0) {
            year -= 1;
            w1 = week1(year);
            week = dt_detail::floordiv(today - w1, 7);
            day = today - w1 - week * 7;
        } else if (week >= 52 && today >= week1(year + 1)) {
            year += 1;
            week = 0;
        }
        return {int_t(year), int_t(week + 1), int_t(day + 1)};
    }
    void date_iso(std::string& out) const {
        dt_detail::pad(out, y, 4);
        out += '-';
        dt_detail::pad(out, m, 2);
        out += '-';
        dt_detail::pad(out, d, 2);
    }
    void set_ordinal(int64_t n) {
        if (n < 1 || n > dt_detail::kMaxOrdinal) raise_lit<OverflowError>("date value out of range");
        dt_detail::ord2ymd(n, y, m, d);
    }
};

/// `datetime.date`.
struct Date : DateBase {
    void py_repr(std::string& out) const {
        out += "datetime.date(" + std::to_string(y) + ", " + std::to_string(m) + ", " + std::to_string(d) + ")";
    }
    void py_str(std::string& out) const { date_iso(out); }
    /// format(d, spec): str(d) for an empty spec, else d.strftime(spec).
    std::string py_format(std::string_view spec) const;
    Str isoformat() const {
        std::string s;
        date_iso(s);
        return Str(s);
    }
    template <class X> bool py_eq(const X& x) const {
        if constexpr (std::is_same_v<X, Date>) return y == x.y && m == x.m && d == x.d;
        else return false;
    }
    bool py_lt(const Date& x) const { return std::tie(y, m, d) < std::tie(x.y, x.m, x.d); }
    int64_t py_hash() const { return py::hash(std::tuple<int_t, int_t, int_t>(int_t(y), int_t(m), int_t(d))); }
    friend bool operator==(const Date& a, const Date& b) { return a.py_eq(b); }
};

/// `datetime.datetime` (naive: no tzinfo).
struct DateTime : DateBase {
    int64_t hh = 0, mi = 0, ss = 0, us = 0;
    int_t hour() const { return int_t(hh); }
    int_t minute() const { return int_t(mi); }
    int_t second() const { return int_t(ss); }
    int_t microsecond() const { return int_t(us); }
    Date date() const {
        Date r;
        r.y = y;
        r.m = m;
        r.d = d;
        return r;
    }
    void iso(std::string& out, char sep) const {
        date_iso(out);
        out += sep;
        dt_detail::pad(out, hh, 2);
        out += ':';
        dt_detail::pad(out, mi, 2);
        out += ':';
        dt_detail::pad(out, ss, 2);
        if (us != 0) {
            out += '.';
            dt_detail::pad(out, us, 6);
        }
    }
    void py_repr(std::string& out) const {
        out += "datetime.datetime(" + std::to_string(y) + ", " + std::to_string(m) + ", " + std::to_string(d) + ", " +
               std::to_string(hh) + ", " + std::to_string(mi);
        if (ss != 0 || us != 0) out += ", " + std::to_string(ss);
        if (us != 0) out += ", " + std::to_string(us);
        out += ')';
    }
    void py_str(std::string& out) const { iso(out, ' '); }
    std::string py_format(std::string_view spec) const;
    Str isoformat() const {
        std::string s;
        iso(s, 'T');
        return Str(s);
    }
    /// Microseconds since 0001-01-01 00:00 minus one day (comparisons and differences only).
    __int128 stamp() const { return (static_cast<__int128>(ordinal()) * 86400 + hh * 3600 + mi * 60 + ss) * 1000000 + us; }
    template <class X> bool py_eq(const X& x) const {
        if constexpr (std::is_same_v<X, DateTime>) return stamp() == x.stamp();
        else return false;
    }
    bool py_lt(const DateTime& x) const { return stamp() < x.stamp(); }
    int64_t py_hash() const {
        return py::hash(std::tuple<int_t, int_t, int_t, int_t, int_t, int_t, int_t>(int_t(y), int_t(m), int_t(d), int_t(hh), int_t(mi), int_t(ss), int_t(us)));
    }
    friend bool operator==(const DateTime& a, const DateTime& b) { return a.py_eq(b); }
};

namespace detail {
template <> constexpr const char* py_type_name<Date>() { return "datetime.date"; }
template <> constexpr const char* py_type_name<DateTime>() { return "datetime.datetime"; }
template <> constexpr const char* py_type_name<TimeDelta>() { return "datetime.timedelta"; }
}  // namespace detail

template <class A, class B, class C>
inline Date dt_date(const A& y, const B& m, const C& d) {
    Date r;
    r.y = dt_detail::i64(y);
    r.m = dt_detail::i64(m);
    r.d = dt_detail::i64(d);
    dt_detail::check_date(r.y, r.m, r.d);
    return r;
}
template <class A, class B, class C, class D, class E, class F, class G>
inline DateTime dt_datetime(const A& y, const B& m, const C& d, const D& hh, const E& mi, const F& ss, const G& us) {
    DateTime r;
    r.y = dt_detail::i64(y);
    r.m = dt_detail::i64(m);
    r.d = dt_detail::i64(d);
    dt_detail::check_date(r.y, r.m, r.d);
    r.hh = dt_detail::i64(hh);
    r.mi = dt_detail::i64(mi);
    r.ss = dt_detail::i64(ss);
    r.us = dt_detail::i64(us);
    dt_detail::check_time(r.hh, r.mi, r.ss, r.us);
    return r;
}
template <class N>
inline Date dt_date_fromordinal(const N& n) {
    const int64_t v = dt_detail::i64(n);
    if (v < 1) raise_lit<ValueError>("ordinal must be >= 1");
    Date r;
    if (v > dt_detail::kMaxOrdinal) raise<ValueError>("year " + std::to_string(10000) + " is out of range");
    dt_detail::ord2ymd(v, r.y, r.m, r.d);
    return r;
}
template <class N>
inline DateTime dt_datetime_fromordinal(const N& n) {
    const Date d = dt_date_fromordinal(n);
    DateTime r;
    r.y = d.y;
    r.m = d.m;
    r.d = d.d;
    return r;
}

/// `date.fromisoformat(s)`: `YYYY-MM-DD` or `YYYYMMDD`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Date dt_date_fromisoformat(const Str& s) {
    const std::string_view v(s);
    auto bad = [&]() -> Date { raise<ValueError>("Invalid isoformat string: " + std::string(py::repr(s))); };
    auto digits = [&](size_t at, size_t n, int64_t& out) {
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (v[i] < '0' || v[i] > '9') return false;
            out = out * 10 + (v[i] - '0');
        }
        return true;
    };
    int64_t y = 0, m = 0, d = 0;
    if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
        if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return bad();
    } else if (v.size() == 8) {
        if (!digits(0, 4, y) || !digits(4, 2, m) || !digits(6, 2, d)) return bad();
    } else {
        return bad();
    }
    return dt_date(y, m, d);
}
#else
Date dt_date_fromisoformat(const Str& s);
#endif

// ---- arithmetic ----

inline TimeDelta dt_add(const TimeDelta& a, const TimeDelta& b) { return TimeDelta::from_us(a.total_us() + b.total_us()); }
inline TimeDelta dt_sub(const TimeDelta& a, const TimeDelta& b) { return TimeDelta::from_us(a.total_us() - b.total_us()); }
inline TimeDelta dt_neg(const TimeDelta& a) { return TimeDelta::from_us(-a.total_us()); }
inline TimeDelta dt_pos(const TimeDelta& a) { return a; }
inline TimeDelta dt_abs(const TimeDelta& a) { return a.days < 0 ? dt_neg(a) : a; }
inline Date dt_add(const Date& a, const TimeDelta& b) {
    Date r;
    r.set_ordinal(a.ordinal() + b.days);
    return r;
}
inline Date dt_add(const TimeDelta& b, const Date& a) { return dt_add(a, b); }
inline Date dt_sub(const Date& a, const TimeDelta& b) {
    Date r;
    r.set_ordinal(a.ordinal() - b.days);
    return r;
}
inline TimeDelta dt_sub(const Date& a, const Date& b) { return TimeDelta::from_us(static_cast<__int128>(a.ordinal() - b.ordinal()) * 86400000000LL); }
#if PYPORT_LIB_BODIES
PYPORT_LIBFN DateTime dt_add(const DateTime& a, const TimeDelta& b) {
    const __int128 t = a.stamp() + b.total_us();
    constexpr __int128 kDay = static_cast<__int128>(86400) * 1000000;
    __int128 day = t / kDay, r = t % kDay;
    if (r < 0) {
        r += kDay;
        day -= 1;
    }
    DateTime out;
    if (day < 1 || day > dt_detail::kMaxOrdinal) raise_lit<OverflowError>("date value out of range");
    out.set_ordinal(static_cast<int64_t>(day));
    int64_t rest = static_cast<int64_t>(r);
    out.us = rest % 1000000;
    rest /= 1000000;
    out.ss = rest % 60;
    out.mi = rest / 60 % 60;
    out.hh = rest / 3600;
    return out;
}
#else
DateTime dt_add(const DateTime& a, const TimeDelta& b);
#endif
inline DateTime dt_add(const TimeDelta& b, const DateTime& a) { return dt_add(a, b); }
inline DateTime dt_sub(const DateTime& a, const TimeDelta& b) { return dt_add(a, dt_neg(b)); }
inline TimeDelta dt_sub(const DateTime& a, const DateTime& b) { return TimeDelta::from_us(a.stamp() - b.stamp()); }

template <class N>
inline TimeDelta td_mul(const TimeDelta& a, const N& n) {
    if constexpr (std::is_same_v<N, bool>) {
        return TimeDelta::from_us(n ? a.total_us() : 0);
    } else {
        const Int k(n);
        const Int t = Int(static_cast<int64_t>(a.days)) * Int(86400000000LL) + Int(a.seconds * 1000000 + a.us);
        const Int p = t * k;
        const Int limit = Int(1000000000LL) * Int(86400000000LL);
        if (p >= limit || p <= -limit) {
            const Int days = floordiv(p, Int(86400000000LL));
            std::string s;
            days.py_repr(s);
            raise<OverflowError>("days=" + s + "; must have magnitude <= 999999999");
        }
        return TimeDelta::from_us(static_cast<__int128>(static_cast<int64_t>(floordiv(p, Int(1000000LL)))) * 1000000 +
                                  static_cast<int64_t>(mod(p, Int(1000000LL))));
    }
}
/// Round-half-even `a / b` of datetime.py's `_divide_and_round`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN __int128 divide_and_round(__int128 a, __int128 b) {
    __int128 q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        q -= 1;
        r += b;
    }
    const __int128 r2 = r * 2;
    const bool greater = b > 0 ? r2 > b : r2 < b;
    if (greater || (r2 == b && (q & 1) == 1)) q += 1;
    return q;
}
#else
__int128 divide_and_round(__int128 a, __int128 b);
#endif
template <class N>
inline TimeDelta td_floordiv(const TimeDelta& a, const N& n) {
    const int64_t k = dt_detail::i64(n);
    if (k == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    const __int128 t = a.total_us();
    __int128 q = t / k;
    if ((t % k != 0) && ((t < 0) != (k < 0))) --q;
    return TimeDelta::from_us(q);
}
template <class N>
inline TimeDelta td_truediv(const TimeDelta& a, const N& n) {
    const int64_t k = dt_detail::i64(n);
    if (k == 0) raise_lit<ZeroDivisionError>("division by zero");
    return TimeDelta::from_us(divide_and_round(a.total_us(), k));
}
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double td_truediv(const TimeDelta& a, const TimeDelta& b) {
    const __int128 y = b.total_us();
    if (y == 0) raise_lit<ZeroDivisionError>("division by zero");
    const __int128 x = a.total_us();
    constexpr __int128 k53 = static_cast<__int128>(1) << 53;
    if (x < k53 && x > -k53 && y < k53 && y > -k53) return static_cast<double>(static_cast<int64_t>(x)) / static_cast<double>(static_cast<int64_t>(y));
    return static_cast<double>(static_cast<long double>(x) / static_cast<long double>(y));
}
PYPORT_LIBFN int_t td_floordiv(const TimeDelta& a, const TimeDelta& b) {
    const __int128 y = b.total_us();
    if (y == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    const __int128 x = a.total_us();
    __int128 q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return int_t(static_cast<int64_t>(q));
}
PYPORT_LIBFN TimeDelta td_mod(const TimeDelta& a, const TimeDelta& b) {
    const __int128 y = b.total_us();
    if (y == 0) raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    const __int128 x = a.total_us();
    __int128 r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return TimeDelta::from_us(r);
}
#else
double td_truediv(const TimeDelta& a, const TimeDelta& b);
int_t td_floordiv(const TimeDelta& a, const TimeDelta& b);
TimeDelta td_mod(const TimeDelta& a, const TimeDelta& b);
#endif

// ---- strftime ----

template <class X>
inline Str dt_strftime(const X& x, const Str& fmt) {
    const std::string_view f(fmt);
    int64_t hh = 0, mi = 0, ss = 0, us = 0;
    if constexpr (std::is_same_v<X, DateTime>) {
        hh = x.hh;
        mi = x.mi;
        ss = x.ss;
        us = x.us;
    }
    const int64_t wd = (x.ordinal() + 6) % 7;
    std::string out;
    for (size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '%' || i + 1 == f.size()) {
            out += f[i];
            continue;
        }
        const char c = f[++i];
        switch (c) {
            case 'Y': out += std::to_string(x.y); break;
            case 'y': dt_detail::pad(out, x.y % 100, 2); break;
            case 'm': dt_detail::pad(out, x.m, 2); break;
            case 'd': dt_detail::pad(out, x.d, 2); break;
            case 'H': dt_detail::pad(out, hh, 2); break;
            case 'M': dt_detail::pad(out, mi, 2); break;
            case 'S': dt_detail::pad(out, ss, 2); break;
            case 'f': dt_detail::pad(out, us, 6); break;
            case 'I': dt_detail::pad(out, hh % 12 == 0 ? 12 : hh % 12, 2); break;
            case 'p': out += hh < 12 ? "AM" : "PM"; break;
            case 'A': out += dt_detail::kDayNames[wd]; break;
            case 'a': out += dt_detail::kDayAbbr[wd]; break;
            case 'B': out += dt_detail::kMonthNames[x.m]; break;
            case 'b': out += dt_detail::kMonthAbbr[x.m]; break;
            case 'j': dt_detail::pad(out, dt_detail::days_before_month(x.y, x.m) + x.d, 3); break;
            case 'w': out += std::to_string((wd + 1) % 7); break;
            case '%': out += '%'; break;
            default:
                raise<PyportLimit>(std::string("strftime directive %") + c + " is not supported by pyport's runtime");
        }
    }
    return Str(out);
}

inline std::string Date::py_format(std::string_view spec) const {
    std::string out;
    if (spec.empty()) py_str(out);
    else out = std::string(dt_strftime(*this, Str(std::string(spec))));
    return out;
}
inline std::string DateTime::py_format(std::string_view spec) const {
    std::string out;
    if (spec.empty()) py_str(out);
    else out = std::string(dt_strftime(*this, Str(std::string(spec))));
    return out;
}

// ---- calendar ----

/// calendar.IllegalMonthError (a ValueError).
struct IllegalMonthError : ValueError {
    using ValueError::ValueError;
    const char* type_name() const override { return "calendar.IllegalMonthError"; }
};

template <class Y>
inline bool cal_isleap(const Y& y) {
    return dt_detail::is_leap(dt_detail::i64(y));
}
template <class A, class B>
inline int_t cal_leapdays(const A& y1, const B& y2) {
    const int64_t a = dt_detail::i64(y1) - 1, b = dt_detail::i64(y2) - 1;
    using dt_detail::floordiv;
    return int_t((floordiv(b, 4) - floordiv(a, 4)) - (floordiv(b, 100) - floordiv(a, 100)) + (floordiv(b, 400) - floordiv(a, 400)));
}
template <class Y, class M, class D>
inline int_t cal_weekday(const Y& y, const M& m, const D& d) {
    int64_t year = dt_detail::i64(y);
    if (year < 1 || year > 9999) year = 2000 + ((year % 400) + 400) % 400;
    return dt_date(year, m, d).weekday();
}
template <class Y, class M>
inline std::tuple<int_t, int_t> cal_monthrange(const Y& y, const M& m) {
    const int64_t month = dt_detail::i64(m);
    if (month < 1 || month > 12) raise<IllegalMonthError>("bad month number " + std::to_string(month) + "; must be 1-12");
    const int64_t year = dt_detail::i64(y);
    return {cal_weekday(year, month, 1), int_t(dt_detail::days_in_month(year, month))};
}
/// calendar.month_name / month_abbr / day_name / day_abbr as lists of str.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> cal_names(int which) {
    List<Str> out;
    if (which < 2) {
        for (int i = 0; i < 13; ++i) out.append(Str(which == 0 ? dt_detail::kMonthNames[i] : dt_detail::kMonthAbbr[i]));
    } else {
        for (int i = 0; i < 7; ++i) out.append(Str(which == 2 ? dt_detail::kDayNames[i] : dt_detail::kDayAbbr[i]));
    }
    return out;
}
#else
List<Str> cal_names(int which);
#endif
/// calendar.monthcalendar(y, m): weeks starting on Monday, 0 outside the month.
template <class Y, class M>
inline List<List<int_t>> cal_monthcalendar(const Y& y, const M& m) {
    const auto [first, ndays] = cal_monthrange(y, m);
    const int64_t f = static_cast<int64_t>(first), n = static_cast<int64_t>(ndays);
    List<List<int_t>> out;
    for (int64_t start = -f + 1; start <= n; start += 7) {
        List<int_t> week;
        for (int64_t k = start; k < start + 7; ++k) week.append(int_t(k >= 1 && k <= n ? k : 0));
        out.append(week);
    }
    return out;
}

}  // namespace py

template <>
struct std::hash<py::Date> {
    size_t operator()(const py::Date& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
template <>
struct std::hash<py::DateTime> {
    size_t operator()(const py::DateTime& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
template <>
struct std::hash<py::TimeDelta> {
    size_t operator()(const py::TimeDelta& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
