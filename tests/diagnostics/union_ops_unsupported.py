# Operations on values of several types (tagged unions) that the builtin engine still refuses:
# members whose items differ in type, ordering a container member, unpacking a dict member,
# subscripting a tuple member.
def codes(s, as_list):
    if as_list:
        return [ord(c) for c in s]
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
print(pair(1)[0])
