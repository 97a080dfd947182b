def m(k):
    if k:
        return
    return (m(1), m(0))
