# `del y` stays refused where the name is read again after being bound anew (the analysis is
# conservative: it accepts only names nothing reads after the `del`).
def later_read(xs):
    for x in xs:
        y = x * 2
        del y
        y = 5
    return y
print(later_read([1, 2]))
