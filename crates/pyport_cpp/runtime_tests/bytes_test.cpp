//! Tests of the bytes/bytearray runtime (bytes.hpp): unit checks (no args) and CPython-comparison
//! cases (`--cases`, compared with bytes_cases.py: reprs, codec errors, int.to_bytes/from_bytes).
#include <cstdio>
#include <string>
#include <vector>

#define PYPORT_WITH_BYTES 1
#include "pyport/runtime.hpp"

static int g_pass = 0, g_fail = 0;
#define CHECK(c)                                                          \
    do {                                                                  \
        if (c) {                                                          \
            ++g_pass;                                                     \
        } else {                                                          \
            ++g_fail;                                                     \
            std::printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);      \
        }                                                                 \
    } while (0)

static std::string hex(const py::Bytes& b) { return std::string(py::bytes_hex(b)); }

static void unit_checks() {
    // A bytearray is shared by reference; bytes are values.
    py::ByteArray a = py::bytes_zeros<py::ByteArray>(py::int_t(3));
    py::ByteArray alias = a;
    py::bytearray_setitem(a, -1, py::int_t(7));
    py::bytearray_iadd(a, py::bytes_lit("xy", 2));
    CHECK(alias.view() == std::string_view("\0\0\7xy", 5));
    py::Bytes b = py::bytes_lit("ab", 2);
    py::Bytes c = b;
    c = py::bytes_concat(c, py::bytes_lit("c", 1));
    CHECK(b.view() == "ab" && c.view() == "abc");
    // Iterating a bytearray sees bytes appended meanwhile.
    py::ByteArray g = py::bytes_from<py::ByteArray>(py::bytes_lit("12", 2));
    int steps = 0;
    for (auto&& v : g.iter()) {
        if (g.size() < 5) py::bytearray_append(g, v);
        ++steps;
    }
    CHECK(steps == 5);
    // Equal bytes hash alike, and like the str with the same bytes.
    CHECK(py::hash(py::bytes_lit("key", 3)) == py::hash(py::Str("key")));
    CHECK(py::eq(py::bytes_lit("q", 1), py::bytes_from<py::ByteArray>(py::bytes_lit("q", 1))));
    CHECK(py::lt(py::bytes_lit("a", 1), py::bytes_lit("ab", 2)));
    // Extended slice assignment checks the size; a plain one resizes.
    py::ByteArray s = py::bytes_zeros<py::ByteArray>(py::int_t(6));
    bool raised = false;
    try {
        py::bytearray_set_slice(s, std::nullopt, std::nullopt, 2, py::bytes_lit("xy", 2), 0);
    } catch (const py::ValueError& e) {
        raised = e.msg == "attempt to assign bytes of size 2 to extended slice of size 3";
    }
    CHECK(raised);
    py::bytearray_set_slice(s, 1, 5, std::nullopt, py::bytes_lit("z", 1), 0);
    CHECK(s.size() == 3);
    CHECK(hex(py::int_to_bytes(py::int_t(258), 2, "little", false)) == "0201");
}

static std::string decode_case(const py::Bytes& b, const char* codec) {
    try {
        return std::string(py::repr(py::bytes_decode(b, codec)));
    } catch (const py::BaseException& e) {
        return std::string(e.type_name()) + ": " + e.msg;
    }
}

static int run_cases() {
    for (int c = 0; c < 256; ++c) {
        std::string one(1, static_cast<char>(c));
        py::Bytes b(one), q(one + "'"), qq(one + "'\"");
        py::ByteArray ba(one + "'");
        std::printf("repr %d %s %s %s %s\n", c, std::string(py::repr(b)).c_str(), std::string(py::repr(q)).c_str(),
                    std::string(py::repr(qq)).c_str(), std::string(py::repr(ba)).c_str());
    }
    const unsigned char pool[] = {0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xa0, 0xf0, 0xf4, 0x90, 0x8f, 0xff};
    const size_t np = sizeof pool;
    std::vector<std::string> seqs;
    for (size_t n = 1; n <= 3; ++n) {
        size_t total = 1;
        for (size_t k = 0; k < n; ++k) total *= np;
        for (size_t idx = 0; idx < total; ++idx) {
            std::string s(n, '\0');
            size_t r = idx;
            for (size_t k = n; k-- > 0;) {
                s[k] = static_cast<char>(pool[r % np]);
                r /= np;
            }
            seqs.push_back(s);
        }
    }
    for (const auto& s : seqs) {
        py::Bytes b(s);
        for (const char* codec : {"utf-8", "ascii", "latin-1"})
            std::printf("decode %s %s %s\n", hex(b).c_str(), codec, decode_case(b, codec).c_str());
    }
    const char* texts[] = {"", "abc", "\xc3\xa9", "a\xc3\xa9\xe2\x82\xac", "\xe2\x82\xac\xe2\x82\xacx", "x\xf0\x9f\x98\x80y", "\xc3\xbf\xc4\x80", "\xc3\xbf"};
    for (const char* t : texts) {
        for (const char* codec : {"utf-8", "ascii", "latin-1"}) {
            std::string r;
            try {
                r = std::string(py::repr(py::str_encode(py::Str(t), codec)));
            } catch (const py::BaseException& e) {
                r = std::string(e.type_name()) + ": " + e.msg;
            }
            std::printf("encode %s %s %s\n", std::string(py::repr(py::Str(t))).c_str(), codec, r.c_str());
        }
    }
    std::vector<py::Int> values = {py::Int(0), py::Int(1), py::Int(127), py::Int(128), py::Int(255), py::Int(256),
                                   py::Int(32767), py::Int(32768), py::Int(65535), py::Int(int64_t(1) << 31),
                                   py::Int(INT64_MAX)};
    py::Int two63 = py::Int(INT64_MAX) + py::Int(1);
    values.push_back(two63);
    values.push_back(two63 * py::Int(2) - py::Int(1));
    values.push_back(two63 * py::Int(2));
    py::Int e30(1);
    for (int i = 0; i < 30; ++i) e30 = e30 * py::Int(10);
    values.push_back(e30);
    py::Int two127 = two63 * two63 * py::Int(2);
    values.push_back(two127);
    values.push_back(two127 * py::Int(2) - py::Int(1));
    size_t n = values.size();
    for (size_t i = 0; i < n; ++i) values.push_back(py::Int(0) - values[i]);
    for (const auto& v : values) {
        for (int64_t length : {0, 1, 2, 3, 4, 8, 9, 16, 17}) {
            for (const char* order : {"big", "little"}) {
                for (bool sg : {false, true}) {
                    std::string r;
                    try {
                        py::Bytes b = py::int_to_bytes(v, length, order, sg);
                        r = hex(b) + " " + std::string(py::str(py::int_from_bytes(b, order, sg))) + " " +
                            std::string(py::str(py::int_from_bytes(b, order, !sg)));
                    } catch (const py::BaseException& e) {
                        r = std::string(e.type_name()) + ": " + e.msg;
                    }
                    std::printf("int %s %lld %s %s %s\n", std::string(py::str(v)).c_str(), static_cast<long long>(length),
                                order, sg ? "True" : "False", r.c_str());
                }
            }
        }
    }
    return 0;
}

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--cases") return run_cases();
    unit_checks();
    std::printf("%d passed, %d failed\n", g_pass, g_fail);
    return g_fail ? 1 : 0;
}
