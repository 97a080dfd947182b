# A list made by str.split whose items inference widened: by an append of another type, and by a
# function value merged with another that returns a list of lists (faif/python-patterns' template).
ingredients = "spam eggs apple"

words = "a b c".split()
words.append(3)
print(words)
lines = "x\ny".splitlines()
lines.append(None)
print(lines, lines[-1] is None)


def get_list():
    return ingredients.split()


def get_lists():
    return [list(x) for x in ingredients.rsplit(" ", 1)]


def show(getter):
    for element in getter():
        print(element, element[::-1])


for getter in [get_list, get_lists]:
    show(getter)
