# Edit distance and longest common subsequence between int lists (DP tables).
def edit_distance(a, b):
    n = len(a)
    m = len(b)
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[m]

def lcs(a, b):
    n = len(a)
    m = len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = dp[i + 1][j + 1] + 1
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    out = []
    i = 0
    j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out

def lis(xs):
    tails = []
    for x in xs:
        lo = 0
        hi = len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)

a = [1, 2, 3, 4, 5, 6]
b = [2, 4, 3, 5, 7, 6, 1]
print(edit_distance(a, b), lcs(a, b), lis(b))
print(edit_distance([], [1, 2]), edit_distance([5], []), lcs([1], [2]))
s = []
t = []
v = 5
for i in range(150):
    v = (v * 69069 + 1) % 4294967296
    s.append(v // 65536 % 10)
    v = (v * 69069 + 1) % 4294967296
    t.append(v // 65536 % 10)
print(edit_distance(s, t))
common = lcs(s, t)
print(len(common), common[:15])
print(lis(s), lis(list(range(50))), lis(list(range(50, 0, -1))))
