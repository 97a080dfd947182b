# io.StringIO / io.BytesIO: print(file=), write, getvalue, iteration by lines, seek/tell/truncate
# (code points for text, bytes for binary), overwriting and NUL padding, `with`, closed buffers.
import io
from io import StringIO, BytesIO

def render(rows, out):
    for r in rows:
        print(*r, sep=",", file=out)
    print("total", sum(sum(r) for r in rows), file=out, end="!\n")

buf = io.StringIO()
render([[1, 2], [3, 4]], buf)
text = buf.getvalue()
print(repr(text))
print(buf.tell(), len(text))

s = StringIO("héllo\nwörld\nlast")
for line in s:
    print(repr(line))
s.seek(0)
print(repr(s.read(3)), s.tell())
print(repr(s.readline()))
print(s.readlines())
s.seek(1)
s.write("EY")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("x")
print(repr(s.getvalue()))
s.seek(2)
print(s.truncate(), repr(s.getvalue()))

b = BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read())

with io.StringIO() as w:
    w.write("in a with\n")
    print(w.getvalue(), end="")
    print(w.closed)
print(w.closed)
out = StringIO()
out.write("x" * 3)
out.close()
try:
    out.getvalue()
except ValueError as e:
    print("ValueError:", e)
stream = None
for k in range(3):
    stream = io.StringIO()
    print(k, file=stream)
    got = stream.getvalue()
    stream = None
print(repr(got))
