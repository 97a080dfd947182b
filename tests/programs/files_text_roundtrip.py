"""Text and binary files: write, print(file=), writelines, read back every way, append, errors."""


def write_report(path, rows):
    with open(path, "w") as f:
        n = f.write("name,score\n")
        for name, score in rows:
            print(name, score, sep=",", file=f)
        f.writelines(["# end\n", "# total %d\n" % sum(s for _, s in rows)])
    return n, f.closed


def read_back(path):
    with open(path) as f:
        header = f.readline()
        rest = [line.rstrip("\n") for line in f]
    return header, rest


rows = [("ada", 91), ("grace", 88), ("linus", 75), ("ümit", 60)]
print(write_report("report.csv", rows))
print(read_back("report.csv"))

f = open("report.csv", "r")
print(f.name, f.mode, f.closed)
print(repr(f.read(4)), repr(f.readline()))
print(f.readlines()[-1])
print(repr(f.read()), repr(f.readline()))
f.close()
print(f.closed)
f.close()

with open("report.csv", "a") as out:
    out.write("appended\n")
with open("report.csv", encoding="utf-8") as f:
    text = f.read()
print(len(text), text.count("\n"), text.splitlines()[-1])

for i, line in enumerate(open("report.csv")):
    if i == 2:
        print("line 2:", line.strip())
        break

# Binary files: bytes in, bytes out; universal newlines when read as text.
with open("data.bin", "wb") as b:
    print(b.write(b"one\r\ntwo\rthree\n"), b.write(bytearray(b"\x00\xff")))
with open("data.bin", "rb") as b:
    raw = b.read()
    print(raw, len(raw), b.mode)
with open("data.bin", "rb") as b:
    print(b.readline(), b.read(3), b.readlines())
with open("text.txt", "w", encoding="latin-1") as t:
    t.write("café\r\nnaïve\n")
with open("text.txt", "rb") as b:
    print(b.read())
with open("text.txt", encoding="latin-1") as t:
    print(t.readlines())
with open("text.txt", encoding="latin-1", newline="\n") as t:
    print(t.readlines())

# Errors, as CPython raises them.
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("missing.txt", "r")
except IOError as e:
    print("IOError catches", type(e).__name__, e)
try:
    open("report.csv", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open("report.csv") as g:
    try:
        g.write("x")
    except OSError as e:
        print("OSError:", e)
try:
    with open("inner.txt", "w") as h:
        h.write("partial")
        raise KeyError("stop")
except KeyError as e:
    print("KeyError", e, h.closed)
print(open("inner.txt").read())
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
