def f(x):
      return (f(True), f(False))
