def fail():
    raise
try:
    fail()
except RuntimeError as e:
    print("RuntimeError", e)
