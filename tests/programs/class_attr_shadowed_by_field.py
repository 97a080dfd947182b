# A class attribute that instances later shadow with a field of their own: until an instance
# assigns it, `self.limit` reads the class attribute.
class Sieve:
    limit = 2

    def grow(self, n):
        if n > self.limit:
            self.limit = n
        return self.limit


s = Sieve()
print(s.grow(1), s.grow(5))
