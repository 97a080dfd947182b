# A static method read through its class as a value (`g = T.f`) is refused with a hint to wrap it
# in a lambda (which works); it is valid Python, not a type error.
class T:
    @staticmethod
    def f(c):
        return c + 1

g = T.f
print(g(2), (lambda x: T.f(x))(3))
