print(round(2.5, None))
