# textwrap.wrap / fill / dedent / indent, ported from CPython 3.11's textwrap.py.
import textwrap
from textwrap import wrap, fill, dedent

text = ("The quick brown fox jumps over the lazy dog; a well-known pangram -- used by "
        "type-setters and font-designers alike -- contains every letter. Supercalifragilisticexpialidocious "
        "words, e-mail addresses like some.one@example.com and x-ray/gamma-ray wave-lengths all wrap.")
for width in (1, 5, 12, 20, 33, 70):
    print(width, wrap(text, width))
print(fill(text, width=40))
print(fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 25, break_long_words=False))
print(wrap(text, 25, break_on_hyphens=False))
print(wrap("  leading\tand\ttabs\n\nand  newlines   ", 10))
print(wrap("  leading\tand\ttabs\n\nand  newlines   ", 10, drop_whitespace=False))
print(wrap("a\tb\tc", 8, expand_tabs=False), wrap("a\tb\tc", 30, tabsize=4), wrap("x\ny", 10, replace_whitespace=False))
print(wrap("", 10), wrap("   ", 10), wrap("--", 1), wrap("a--b c---d e----", 4), wrap("well-known-and-long-thing", 7))
print(wrap("un-\u00e9t\u00e9 na\u00efve caf\u00e9s -- d\u00e9j\u00e0-vu", 6))
print(wrap("123-456 ab-cd 1a-2b a_b-c_d", 5))
print(wrap("abcdefghij-klmnop", 8), wrap("---abcdef", 4), wrap("ab,--cd", 3))
nums = ", ".join(str(n * n) for n in range(40))
for line in wrap(nums, width=80 - 4):
    print("    " + line)
print(dedent("""\
    def f():
        return 1
      \t
    # done
"""))
print(repr(dedent("  a\n\t b\n  c\n")), repr(dedent("\ta\n\tb")), repr(dedent("   \n  x\n   y")))
print(textwrap.indent("one\n\ntwo\n  \nthree", "> "))
try:
    wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
