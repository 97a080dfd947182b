memo = [None, 5, 3]
picked = [memo[1], memo[2]]
print(sum(picked))            # CPython 8; C++ 0
