//! Checks pyport/numfmt.hpp against CPython: reads the cases written by numfmt_cases.py and
//! prints every case whose result differs, then "N passed, M failed" (exit status 1 on failure).
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "pyport/numfmt.hpp"

namespace {

std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        if (c == 't') out += '\t';
        else if (c == 'n') out += '\n';
        else if (c == 'r') out += '\r';
        else if (c == 'x' && i + 2 < s.size()) {
            out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else out += c;
    }
    return out;
}

std::string escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7F) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", c);
            out += b;
        } else out += static_cast<char>(c);
    }
    return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> f;
    size_t start = 0;
    for (;;) {
        size_t t = line.find('\t', start);
        f.push_back(unescape(line.substr(start, t == std::string::npos ? std::string::npos : t - start)));
        if (t == std::string::npos) break;
        start = t + 1;
    }
    return f;
}

double parse_hex(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

int64_t parse_i64(const std::string& s) { return std::strtoll(s.c_str(), nullptr, 10); }

/// Doubles compare by bits (so 0.0 != -0.0), except that any nan equals any nan.
std::string show_double(double d) {
    char b[64];
    std::snprintf(b, sizeof b, "%a", d);
    return std::string(b) + " (" + py::float_repr(d) + ")";
}

bool same_double(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: numfmt_test CASES_FILE\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    long passed = 0, failed = 0, lineno = 0;
    std::string line;
    while (std::getline(in, line)) {
        ++lineno;
        if (line.empty()) continue;
        const std::vector<std::string> f = split_tabs(line);
        const std::string& op = f[0];
        const std::string& expected = f.back();
        std::string got;
        bool ok;
        // Ops with a double result compare bits; the rest compare strings.
        bool double_result = false;
        double got_d = 0;
        try {
            if (op == "repr") got = py::float_repr(parse_hex(f[1]));
            else if (op == "ffmt") got = py::format_float(parse_hex(f[1]), f[2]);
            else if (op == "ifmt") got = py::format_int(parse_i64(f[1]), f[2]);
            else if (op == "bfmt") got = py::format_bool(f[1] == "1", f[2]);
            else if (op == "sfmt") got = py::format_str(f[1], f[2]);
            else if (op == "i2s") got = py::int_to_str(parse_i64(f[1]));
            else if (op == "roundi") got = std::to_string(py::round_to_int(parse_hex(f[1])));
            else if (op == "toint") got = std::to_string(py::float_to_int(parse_hex(f[1])));
            else if (op == "cmp") got = std::to_string(py::compare_int_float(parse_i64(f[1]), parse_hex(f[2])));
            else if (op == "pint") got = std::to_string(py::parse_int(f[1], static_cast<int>(parse_i64(f[2]))));
            else {
                double_result = true;
                if (op == "round") got_d = py::round_ndigits(parse_hex(f[1]), parse_i64(f[2]));
                else if (op == "floordiv") got_d = py::float_floordiv(parse_hex(f[1]), parse_hex(f[2]));
                else if (op == "mod") got_d = py::float_mod(parse_hex(f[1]), parse_hex(f[2]));
                else if (op == "pow") got_d = py::float_pow(parse_hex(f[1]), parse_hex(f[2]));
                else if (op == "truediv") got_d = py::int_truediv(parse_i64(f[1]), parse_i64(f[2]));
                else if (op == "i2f") got_d = py::int_to_float(parse_i64(f[1]));
                else if (op == "pfloat") got_d = py::parse_float(f[1]);
                else {
                    std::fprintf(stderr, "line %ld: unknown op %s\n", lineno, op.c_str());
                    return 2;
                }
            }
            if (double_result) {
                ok = expected.rfind("ERROR ", 0) != 0 && same_double(got_d, parse_hex(expected));
                got = show_double(got_d);
            } else {
                ok = got == expected;
            }
        } catch (const py::BaseException& e) {
            got = std::string("ERROR ") + e.type_name() + ": " + e.msg;
            ok = got == expected;
        } catch (const std::exception& e) {
            got = std::string("C++ exception: ") + e.what();
            ok = false;
        }
        if (ok) {
            ++passed;
        } else {
            ++failed;
            std::string args;
            for (size_t k = 1; k + 1 < f.size(); ++k) args += (k > 1 ? " | " : "") + escape(f[k]);
            std::cout << "MISMATCH line " << lineno << ": " << op << "(" << args << ")\n    got:      "
                      << escape(got) << "\n    expected: " << escape(expected)
                      << (double_result && expected.rfind("ERROR ", 0) != 0
                              ? " (" + py::float_repr(parse_hex(expected)) + ")"
                              : std::string())
                      << "\n";
        }
    }
    std::cout << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
