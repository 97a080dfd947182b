def area(r):
    return pi * r * r

print(area(2.0), undefined_total)
