# type() of a lambda or of a def is the class `function`.
def double(x):
    return 2 * x


square = lambda x: x * x
print(type(lambda x, y: x * y), type(double), type(double).__name__)
print(list(map(square, range(5))), double(4))
