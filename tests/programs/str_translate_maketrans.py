# str.maketrans in its 1-, 2- and 3-argument forms and str.translate: mapping to characters,
# to longer strings, deletion (None), non-ASCII keys and values, and CPython's errors.
import string


def caesar(text, shift):
    shift %= 26
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


msg = "The quick brown fox jumps over the lazy dog! Ünïcödé stays."
enc = caesar(msg, 11)
print(enc)
print(caesar(enc, -11) == msg)
t2 = str.maketrans("abca", "xyzw")
print(t2, len(t2))
print("abracadabra".translate(t2))
t3 = str.maketrans("éöl", "eoL", "h ")
print(t3)
print("héllo wörld".translate(t3))
t1 = str.maketrans({"a": "4", "e": "3", "o": "()", "s": ""})
print(t1)
print("leet speak is so cool".translate(t1))
tn = str.maketrans({"x": None, "y": None})
print("xyzzyx".translate(tn))
ti = str.maketrans({97: 65, 98: 66})
print(ti, "abcab".translate(ti))
by_hand = {ord("→"): "->", ord("≤"): "<=", ord("a"): None}
print("a → b ≤ c".translate(by_hand))
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python is fun".translate(vowels))
print("".translate(vowels), "€€".translate(str.maketrans("€", "$")))
for bad in ["ab", ""]:
    try:
        str.maketrans({bad: "x"})
    except ValueError as ex:
        print("ValueError:", ex)
try:
    print("abc".translate({98: 0x110000}))
except ValueError as ex:
    print("ValueError:", ex)
try:
    print("abc".translate({98: -1}))
except ValueError as ex:
    print("ValueError:", ex)
memo = {}


def rot(s, k):
    table = memo.get(k)
    if table is None:
        table = memo[k] = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k])
    return s.translate(table)


print(rot("hello", 13), rot(rot("hello", 13), 13), rot("abc", 1), len(memo))
print(str.maketrans("abc", "de"))
