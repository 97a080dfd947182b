#!/usr/bin/env python3
"""Expected output for `re_test --cases`: CPython 3.11 runs every case of re_cases.txt
(flags<TAB>pattern<TAB>subject, "⏎" standing for a newline) through search, match, fullmatch,
finditer, sub and split, printing the results as re_test.cpp prints pyport's re.hpp results."""
import pathlib
import re


def groups(m):
    if m is None:
        return "None"
    parts = [f"{m.start(i)}:{m.end(i)}" for i in range(m.re.groups + 1)]
    return "[" + " ".join(parts) + "]"


for n, line in enumerate((pathlib.Path(__file__).parent / "re_cases.txt").read_text(encoding="utf-8").splitlines()):
    flags, pat, subject = line.split("\t", 2)
    subject = subject.replace("⏎", "\n")
    p = re.compile(pat, int(flags))
    print("case", n, "search", groups(p.search(subject)), "match", groups(p.match(subject)), "full", groups(p.fullmatch(subject)))
    print("  iter", " ".join(groups(m) for m in p.finditer(subject)))
    print("  sub", repr(p.sub(r"<\g<0>>", subject)), repr(p.sub(lambda m: str(m.end()), subject, count=2)))
    print("  split", repr(p.split(subject)), repr(p.split(subject, maxsplit=1)))
