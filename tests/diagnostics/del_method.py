# A class with `__del__`: CPython calls it when the last reference goes; the port never would, so
# the program is refused.
class R:
    def __del__(self):
        print("bye")
r = R()
print("hi")
