# isinstance(x, (A, B)) where x has effects: evaluated once, only where the test runs (behind
# `and`, in a comprehension's condition); classes in the tuple are code, not evaluated values.
class A:
    pass
class B(A):
    pass
class C(A):
    pass
log = []
def make(k):
    log.append(k)
    return [A(), B(), C()][k] 
print(False and isinstance(make(0), (B, C)))
print(isinstance(make(1), (B, C)), isinstance(make(0), (B, C)), isinstance(make(2), (B, C)), log)
print([k for k in range(3) if len(log) > 3 and isinstance(make(k), (A, C))], log)
