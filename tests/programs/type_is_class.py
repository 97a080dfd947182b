# type(x) is Cls / == / is not / != on objects: the exact class, not isinstance.
class A:
    pass
class B(A):
    pass
class C:
    pass
for o in [A(), B()]:
    print(type(o) is A, type(o) == B, type(o) is not B, type(o) != A)
c = C()
assert type(c) is C
print(type(c) is C, type(c) == C)
x = 5
print(type(x) is int, type(x) == str)
