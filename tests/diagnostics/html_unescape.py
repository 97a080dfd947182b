# html.unescape is not compiled (html.escape is).
import html
print(html.unescape("&lt;b&gt;"))
