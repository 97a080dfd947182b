"""Files held by objects: an optional file opened on first use, a list of files, print(file=None) going to stdout."""
class Logger:
    def __init__(self, path):
        self.path = path
        self.fh = None
        self.count = 0

    def open(self):
        self.fh = open(self.path, "a")

    def log(self, msg):
        if self.fh is None:
            self.open()
        self.fh.write(msg + "\n")
        self.count += 1

    def close(self):
        if self.fh is not None:
            self.fh.close()
            self.fh = None


log = Logger("log.txt")
for i in range(3):
    log.log("event %d" % i)
log.close()
print(log.count, open("log.txt").read().splitlines())
files = [open("f%d.txt" % i, "w") for i in range(3)]
for i, f in enumerate(files):
    f.write("file %d\n" % i)
for f in files:
    f.close()
print([open("f%d.txt" % i).read() for i in range(3)])
def read_ints(path):
    with open(path) as fh:
        return [int(l) for l in fh if l.strip()]
with open("n.txt", "w") as fh:
    fh.write("1\n\n2\n3\n")
print(read_ints("n.txt"))


class Report:
    def __init__(self, path=None):
        self.out = open(path, "w") if path else None

    def line(self, *parts):
        print(" ".join(str(p) for p in parts), file=self.out)


Report().line("to", "stdout", 1)
r = Report("rep.txt")
r.line("to", "file", 2)
r.out.close()
print(open("rep.txt").read().strip())
with open("star.txt", "w") as s:
    print(*[1, 2, 3], "x", sep="-", file=s)
    print(*(c for c in "ab"), file=s, flush=True)
print(open("star.txt").read(), end="")
