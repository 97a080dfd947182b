# Building strings for printing: concatenation, str() of numbers, len().
s = ""
for i in range(5):
    s = s + str(i)
print(s, len(s))
bar = ""
for i in range(10):
    bar += "#"
    print(bar + " " + str(i * 10) + "%")
print(len(bar), len(""), len("hello world"), len("tab\t"))
label = "x=" + str(1.5) + " y=" + str(-2) + " z=" + str(1e-8) + " ok=" + str(True)
print(label)
print(len(label))
row = ""
for v in [1.0, 0.5, 0.25]:
    row = row + str(v) + ","
print(row)
name = "py" + "port"
print(name, len(name), name + "!" + name)
width = 0
for word in ["a", "bb", "ccc", "dddd"]:
    if len(word) > width:
        width = len(word)
print("widest", width)
words = ["alpha", "be", "gam"]
for w in words:
    print(f"[{w:>6}] [{w:<6}] [{w:^7}]", len(w))
digits = ""
n = 9876543210
while n > 0:
    digits = str(n % 10) + digits
    n //= 10
print(digits, len(digits))
print("unicode: caf\u00e9", len("caf\u00e9"), "\u00b1" + str(0.5))
