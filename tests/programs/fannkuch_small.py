# Fannkuch-redux for a small n, printing checksum and max flips.
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1.copy()
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        while True:
            if r == n:
                return checksum, max_flips, perm_count
            p0 = perm1.pop(0)
            perm1.insert(r, p0)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1

for n in range(3, 8):
    cs, mf, pc = fannkuch(n)
    print(str(cs))
    print("Pfannkuchen(" + str(n) + ") = " + str(mf), "perms:", pc)
    print(fannkuch(n))
