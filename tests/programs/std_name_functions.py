# Functions named like templates of namespace std (move, size, swap, visit, invoke, begin, data):
# argument-dependent lookup must not pick std's for a call with strs, lists or function values.
def move(s):
    return s + "!"

def size(xs):
    return len(xs) * 10

def swap(a, b):
    return b, a

def visit(f, x):
    return f(x)

def invoke(f, x):
    return f(x) + 1

def begin(xs):
    return xs[0]

def data(d):
    return d["k"]

words = ["a", "bb"]
print(move("a"), move(words[1]), size(words), swap("x", "y"), begin(words), data({"k": 1}))
print(visit(len, "abc"), invoke(len, "abcd"))
