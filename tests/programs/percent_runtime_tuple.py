# `fmt % t` where t is a tuple built at run time (or a tuple that may be None) takes t's items as
# the arguments (Shed Skin's genetic2); bytearray() of bytes that may be None.
class N:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "N%d" % self.v

args = tuple([N(1), N(2)])
print("(and %s %s)" % args)
nums = tuple(range(3))
print("%d-%d-%d" % nums)
one = tuple([N(7)])
print("(not %s)" % one)
try:
    print("%s %s" % tuple([N(1)]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % tuple([1, 2]))
except TypeError as e:
    print("TypeError:", e)
print("%s" % (tuple([1, 2]),))

class T:
    def __init__(self, args=None):
        self.args = args
    def show(self):
        return "(pair %s %s)" % self.args

print(T(tuple([N(3), N(4)])).show())
try:
    print(T().show())
except TypeError as e:
    print("TypeError:", e)
data = None
if len(pf_flag := "x") > 5:
    data = b"abc"
try:
    print(bytearray(data))
except TypeError as e:
    print("TypeError")
