print(pow(3, 10, 7))
