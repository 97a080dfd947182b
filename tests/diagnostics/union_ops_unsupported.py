# Operations on values of several types (tagged unions) that the builtin engine still refuses:
# members whose items differ in type (a str's and a list of lists' items), ordering a container
# member, unpacking a dict member, subscripting a tuple member, `~` of an int-or-float member.
def codes(s, as_list):
    if as_list:
        return [[ord(c)] for c in s]
    return s


def table(n):
    if n:
        return {n: n}
    return n


def pair(n):
    if n:
        return (n, n)
    return str(n)


u = codes("ab", True)
for x in u:
    print(x)
print(u < 3)
a, b = table(2)
print(pair(1)[0:1])


def num_or_text(n):
    if n > 2:
        return n / 2
    if n > 1:
        return n
    return "none"


print(~num_or_text(3))
