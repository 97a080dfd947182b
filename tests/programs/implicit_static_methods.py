# Functions in a class body reached only through the class (`Roman.to_roman(1990)`): plain
# functions in Python 3, so their first parameter is an ordinary one (rebound here), and a
# function with no parameters works too. Methods also called through instances stay methods.
class Roman:
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

    def to_roman(val):
        out = ""
        for value, letters in Roman.table:
            out += val // value * letters
            val = val % value
        return out

    def banner():
        return "roman numerals"

    def twice(self):
        return self.n * 2

    def __init__(self, n):
        self.n = n


class Temperature:
    def c_to_f(c):
        return c * 9 / 5 + 32

    def show(self, c):
        return f"{c} C = {Temperature.c_to_f(c)} F"


print(Roman.banner())
for n in (1, 4, 1990, 2008, 3999):
    print(n, Roman.to_roman(n))
r = Roman(21)
print(r.twice(), Roman.twice(r))
print(Temperature.c_to_f(100), Temperature().show(37.5))
