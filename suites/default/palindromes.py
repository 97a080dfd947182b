# tags: strings
# difficulty: medium
# case: 7
# case: 0
# case: 1
# case: 100
# timing: 200000
# Palindromes: the longest palindromic substring of a generated string by
# expanding around centres (checked against brute force for short strings),
# palindromic numbers and the "reverse and add" process.
import sys


def longest_palindrome(s):
    best = (0, 0)
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best[1] - best[0]:
            best = (lo + 1, hi)
    return s[best[0]:best[1]]


def brute_force(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            t = s[i:j]
            if len(t) > len(best) and t == t[::-1]:
                best = t
    return best


def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


def reverse_and_add(n, limit=50):
    for step in range(1, limit + 1):
        n += int(str(n)[::-1])
        if str(n) == str(n)[::-1]:
            return step, n
    return None, n


n = int(sys.argv[1])
chars = []
x = 7
for _ in range(n):
    x = (x * 75 + 74) % 65537
    chars.append("ab"[x % 2] if x % 5 else "c")
s = "".join(chars)
p = longest_palindrome(s)
print(f"length {n}: longest palindrome has length {len(p)}: {p[:40]}")
if n <= 200:
    print("brute force agrees:", len(brute_force(s)) == len(p))
count = sum(1 for k in range(n * 40) if str(k) == str(k)[::-1])
print("palindromic numbers below", n * 40, ":", count)
for phrase in ["A man, a plan, a canal: Panama", "Never odd or even", "pyport", ""]:
    print(repr(phrase), is_palindrome(phrase))
lychrel = [k for k in range(min(n, 400)) if reverse_and_add(k)[0] is None]
print("Lychrel candidates:", len(lychrel), lychrel[:5])
print(reverse_and_add(89))
