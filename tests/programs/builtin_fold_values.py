# sum, min and max passed as functions of lists (map(sum, rows)).
matrix = [[3, 1, 2], [9, 7, 8], [5, 6, 4]]
print(list(map(sum, matrix)), sum(map(sum, matrix)))
print(list(map(max, matrix)), list(map(min, matrix)), max(map(min, matrix)))
weights = [[0.5, 0.25], [1.5], [2.0, 2.0, 0.125]]
print(list(map(sum, weights)), sorted(weights, key=sum), max(weights, key=len))
words = [["pear", "fig"], ["apple"], ["kiwi", "date", "lime"]]
print(list(map(max, words)), sorted(words, key=min))
