def rotate(ido, rd={0: 1, 1: 2, 2: 0}):
    return [rd[o] for o in ido]


def flip(ido, fd={0: 0, 1: 2, 2: 1}):
    return [fd[o] for o in ido]


def permute(ido, r_ido, rotate=rotate, flip=flip):
    ps = [ido]
    for r in range(2):
        ps.append(rotate(ps[-1]))
        if ido == r_ido:
            ps = ps[0:1]
    for pp in ps[:]:
        ps.append(flip(pp))
    return ps


def total(xs, len=len, sum=sum):
    return sum(xs) / len(xs)


def scale(xs, k=2, f=abs):
    return [f(x) * k for x in xs]


print(permute([0, 1, 2], [1, 2, 0]))
print(permute([0, 1], [0, 1]))
print(total([1, 2, 3, 4]))
print(scale([-1, 2]), scale([-3], 3), scale([-3], 3, f=abs))
