//! `textwrap` (a port of CPython 3.11's Lib/textwrap.py): `wrap`, `fill` (TextWrapper's options
//! but `fix_sentence_endings`, `max_lines` and `placeholder`), `dedent` and `indent` (without a
//! predicate). `TextWrapper.wordsep_re` is matched by hand: at each position the first of its
//! alternatives that matches (whitespace run; an em-dash between words; a word, possibly
//! hyphenated, up to a hyphen between letters, whitespace or the end, or an em-dash).
#pragma once
#include "prebuilt.hpp"
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "except.hpp"
#include "list.hpp"
#include "re.hpp"
#include "str.hpp"
#include "strmethods.hpp"

namespace py {

/// TextWrapper's options (keyword arguments of `wrap`/`fill`), with CPython's defaults.
struct WrapOpts {
    int64_t width = 70;
    Str initial_indent;
    Str subsequent_indent;
    bool expand_tabs = true;
    bool replace_whitespace = true;
    bool break_long_words = true;
    bool drop_whitespace = true;
    bool break_on_hyphens = true;
    int64_t tabsize = 8;
};

namespace textwrap_detail {
using CPs = std::vector<uint32_t>;

#if PYPORT_LIB_BODIES
PYPORT_LIBFN CPs decode(std::string_view s) {
    CPs out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t len = detail::cp_bytes(s.data(), s.size(), i);
        out.push_back(detail::decode_cp(s.data() + i, len));
        i += len;
    }
    return out;
}
#else
CPs decode(std::string_view s);
#endif

inline void append(std::string& out, const CPs& cps) {
    for (uint32_t c : cps) detail::encode_cp(out, c);
}

/// `_whitespace`: the six ASCII whitespace characters textwrap splits on.
inline bool ws(uint32_t c) { return c == '\t' || c == '\n' || c == 0x0b || c == 0x0c || c == '\r' || c == ' '; }
/// `\w`, `[^\d\W]` (letter) and `[\w!"'&.,?]` (word_punct), as `re` matches them in a str.
inline bool word(uint32_t c) { return re_detail::is_word(c); }
inline bool letter(uint32_t c) { return word(c) && !re_detail::is_digit(c); }
inline bool word_punct(uint32_t c) {
    return word(c) || c == '!' || c == '"' || c == '\'' || c == '&' || c == '.' || c == ',' || c == '?';
}
/// `-{2,}\w` at i (greedy, so the whole run of hyphens, then a word character).
inline bool dashes_then_word(const CPs& t, size_t i) {
    size_t j = i;
    while (j < t.size() && t[j] == '-') ++j;
    return j - i >= 2 && j < t.size() && word(t[j]);
}
inline bool letter_at(const CPs& t, size_t i) { return i < t.size() && letter(t[i]); }

/// `TextWrapper._split`: `wordsep_re.split(text)` (or `wordsep_simple_re` without hyphen
/// breaking) without the empty strings; every character belongs to one chunk.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN std::vector<CPs> split(const CPs& t, bool hyphens) {
    std::vector<CPs> chunks;
    size_t n = t.size();
    for (size_t p = 0; p < n;) {
        size_t end;
        if (ws(t[p])) {
            end = p;
            while (end < n && ws(t[end])) ++end;
        } else if (!hyphens) {
            end = p;
            while (end < n && !ws(t[end])) ++end;
        } else if (p > 0 && word_punct(t[p - 1]) && dashes_then_word(t, p)) {
            end = p;
            while (t[end] == '-') ++end;
        } else {
            // `\S+?` then the first of: a hyphen between letters, whitespace or the end, an em-dash.
            size_t q = p + 1;
            for (;;) {
                if (q < n && t[q] == '-') {
                    bool behind = (q >= 2 && letter(t[q - 2]) && letter(t[q - 1])) ||
                                  (q >= 3 && letter(t[q - 3]) && t[q - 2] == '-' && letter(t[q - 1]));
                    bool ahead = letter_at(t, q + 1) && (letter_at(t, q + 2) || (q + 2 < n && t[q + 2] == '-' && letter_at(t, q + 3)));
                    if (behind && ahead) {
                        end = q + 1;
                        break;
                    }
                }
                if (q == n || ws(t[q])) {
                    end = q;
                    break;
                }
                if (word_punct(t[q - 1]) && dashes_then_word(t, q)) {
                    end = q;
                    break;
                }
                ++q;
            }
        }
        chunks.emplace_back(t.begin() + static_cast<std::ptrdiff_t>(p), t.begin() + static_cast<std::ptrdiff_t>(end));
        p = end;
    }
    return chunks;
}
#else
std::vector<CPs> split(const CPs& t, bool hyphens);
#endif

/// `chunk.strip() == ''`: only (Unicode) whitespace.
inline bool blank(const CPs& c) {
    for (uint32_t x : c)
        if (!detail::u_space(x)) return false;
    return true;
}
}  // namespace textwrap_detail

/// `textwrap.wrap(text, width, **kwargs)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN List<Str> textwrap_wrap(std::string_view text, const WrapOpts& o) {
    using namespace textwrap_detail;
    Str munged = o.expand_tabs ? str_expandtabs(text, o.tabsize) : Str(text);
    CPs t = decode(munged);
    if (o.replace_whitespace)
        for (auto& c : t)
            if (ws(c)) c = ' ';
    std::vector<CPs> chunks = split(t, o.break_on_hyphens);
    if (o.width <= 0) raise<ValueError>("invalid width " + std::to_string(o.width) + " (must be > 0)");
    List<Str> lines;
    size_t front = 0;  // chunks[front:] is CPython's reversed stack, top first
    const int64_t ilen = static_cast<int64_t>(decode(o.initial_indent).size());
    const int64_t slen = static_cast<int64_t>(decode(o.subsequent_indent).size());
    while (front < chunks.size()) {
        std::vector<CPs> cur;
        int64_t cur_len = 0;
        bool later = lines.size() > 0;
        const Str& indent = later ? o.subsequent_indent : o.initial_indent;
        int64_t width = o.width - (later ? slen : ilen);
        if (o.drop_whitespace && blank(chunks[front]) && later) ++front;
        while (front < chunks.size()) {
            int64_t l = static_cast<int64_t>(chunks[front].size());
            if (cur_len + l > width) break;
            cur.push_back(chunks[front++]);
            cur_len += l;
        }
        if (front < chunks.size() && static_cast<int64_t>(chunks[front].size()) > width) {
            // `_handle_long_word`.
            int64_t space_left = width < 1 ? 1 : width - cur_len;
            if (o.break_long_words) {
                CPs& chunk = chunks[front];
                int64_t end = space_left;
                if (o.break_on_hyphens && static_cast<int64_t>(chunk.size()) > space_left) {
                    int64_t hyphen = -1;
                    for (int64_t i = std::min<int64_t>(space_left, static_cast<int64_t>(chunk.size())) - 1; i >= 0; --i)
                        if (chunk[static_cast<size_t>(i)] == '-') {
                            hyphen = i;
                            break;
                        }
                    bool other = false;
                    for (int64_t i = 0; i < hyphen; ++i) other |= chunk[static_cast<size_t>(i)] != '-';
                    if (hyphen > 0 && other) end = hyphen + 1;
                }
                size_t cut = static_cast<size_t>(std::min<int64_t>(end, static_cast<int64_t>(chunk.size())));
                cur.emplace_back(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(cut));
                chunk.erase(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(cut));
            } else if (cur.empty()) {
                cur.push_back(chunks[front++]);
            }
            cur_len = 0;
            for (const auto& c : cur) cur_len += static_cast<int64_t>(c.size());
        }
        if (o.drop_whitespace && !cur.empty() && blank(cur.back())) {
            cur_len -= static_cast<int64_t>(cur.back().size());
            cur.pop_back();
        }
        if (!cur.empty()) {
            std::string line(indent);
            for (const auto& c : cur) append(line, c);
            lines.append(Str(std::move(line)));
        }
    }
    return lines;
}
#else
List<Str> textwrap_wrap(std::string_view text, const WrapOpts& o);
#endif

/// `textwrap.fill(text, width, **kwargs)`: the wrapped lines joined with newlines.
inline Str textwrap_fill(std::string_view text, const WrapOpts& o) { return str_join("\n", textwrap_wrap(text, o)); }

/// `textwrap.dedent(text)`: lines of only blanks and tabs become empty, then the longest common
/// leading run of blanks and tabs of the other lines is removed.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Str textwrap_dedent(std::string_view text) {
    std::vector<std::string> lines;
    for (size_t start = 0;;) {
        size_t nl = text.find('\n', start);
        lines.emplace_back(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    bool have = false;
    std::string margin;
    for (auto& l : lines) {
        size_t k = l.find_first_not_of(" \t");
        if (k == std::string::npos) {
            l.clear();  // `_whitespace_only_re`
            continue;
        }
        std::string ind = l.substr(0, k);
        if (!have) {
            margin = ind;
            have = true;
        } else if (ind.starts_with(margin)) {
        } else if (margin.starts_with(ind)) {
            margin = ind;
        } else {
            for (size_t i = 0; i < margin.size() && i < ind.size(); ++i)
                if (margin[i] != ind[i]) {
                    margin.resize(i);
                    break;
                }
        }
    }
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i) out.push_back('\n');
        std::string_view l = lines[i];
        if (!margin.empty() && l.starts_with(margin)) l.remove_prefix(margin.size());
        out.append(l);
    }
    return Str(std::move(out));
}

/// `textwrap.indent(text, prefix)`: the prefix before every line that is not only whitespace.
PYPORT_LIBFN Str textwrap_indent(std::string_view text, std::string_view prefix) {
    std::string out;
    for (const Str& line : str_splitlines(text, true)) {
        if (!str_strip(line).empty()) out.append(prefix);
        out.append(line);
    }
    return Str(std::move(out));
}
#else
Str textwrap_dedent(std::string_view text);
Str textwrap_indent(std::string_view text, std::string_view prefix);
#endif

}  // namespace py
