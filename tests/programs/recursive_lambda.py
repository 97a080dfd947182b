# Lambdas that call themselves through the name they are assigned to.
def f(n):
    pred = [-1, 0, 1, 2]
    def path(x):
        return path(pred[x]) + [str(x)] if x != 0 else ["0"]
    print("->".join(path(n)))
    fact = lambda k: 1 if k <= 1 else k * fact(k - 1)
    print(fact(10))
f(3)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
