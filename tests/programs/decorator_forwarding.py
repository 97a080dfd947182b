# Decorators whose wrapper forwards `*args, **kwargs` to functions of different signatures: each
# decorated function gets its own copy of the decorator (a factory `@logged("tag")` too,
# `functools.wraps`, recursion through the decorated name, a wrapper without `**kwargs`).
# Decorators on methods stay refused.
import functools

calls = {}


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls[func.__name__] = calls.get(func.__name__, 0) + 1
        return func(*args, **kwargs)

    return wrapper


def logged(tag):
    def decorate(fn):
        def inner(*args):
            print(tag, "->", fn.__name__)
            result = fn(*args)
            print(tag, "<-", result)
            return result

        return inner

    return decorate


@counted
def add(a, b):
    return a + b


@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@counted
def shout(word):
    print(word.upper())


@logged("LOG:")
def area(w, h):
    return w * h


@logged("DBG:")
def greet(name):
    return "hi " + name


print(add(2, 3), fib(10))
shout("hey")
print(area(3, 4), greet("ada"))
print(sorted(calls.items()))
