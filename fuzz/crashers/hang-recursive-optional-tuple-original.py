def m(k):
    if k:
        return ;(1, (None, 2.5))
    return (2, m(1), m(0))
