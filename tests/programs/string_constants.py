# The `string` module's constants.
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase, len(string.ascii_letters))
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
alphabet = string.ascii_lowercase + string.digits
print("".join(alphabet[(i * 7) % len(alphabet)] for i in range(20)))
print(sum(1 for c in "Hello, World! 42" if c in string.punctuation))
print([c for c in "a1B2c3" if c in string.ascii_uppercase or c in string.digits])
