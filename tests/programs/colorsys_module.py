"""colorsys conversions on floats (a Mandelbrot palette, Shed Skin's mandelbrot2), exact as CPython."""
import colorsys
from colorsys import rgb_to_hsv


def palette(n, saturation=0.8, value=0.9):
    return [colorsys.hsv_to_rgb(x * 1.0 / n, saturation, value) for x in range(n)]


for r, g, b in palette(7):
    print("%.17g %.17g %.17g" % (r, g, b), [int(c * 255) for c in (r, g, b)])
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.0, 0.0, 0.0), (0.9, 0.1, 0.6)]:
    h, s, v = rgb_to_hsv(rgb[0], rgb[1], rgb[2])
    hl = colorsys.rgb_to_hls(rgb[0], rgb[1], rgb[2])
    yiq = colorsys.rgb_to_yiq(rgb[0], rgb[1], rgb[2])
    print((h, s, v), colorsys.hsv_to_rgb(h, s, v), hl, colorsys.hls_to_rgb(hl[0], hl[1], hl[2]), yiq, colorsys.yiq_to_rgb(yiq[0], yiq[1], yiq[2]))
print(colorsys.hsv_to_rgb(-0.25, 0.5, 0.5), colorsys.hsv_to_rgb(1.5, 1.0, 1.0), colorsys.hls_to_rgb(0.7, 0.8, 0.3))
