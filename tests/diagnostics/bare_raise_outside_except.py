def f():
    raise

f()
