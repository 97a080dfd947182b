# "%s" % x where x may be None formats None (the operand was unwrapped, a TypeError).
def get(n):
    if n > 0:
        return n * 10
    return None


for n in [0, 3]:
    print("max value: %s" % get(n))
    print("repr: %r, %s!" % (get(n), get(n)))
try:
    print("%d items" % get(0))
except TypeError as e:
    print("TypeError:", e)
print("%d items" % get(2), "%5.1f" % get(1))
