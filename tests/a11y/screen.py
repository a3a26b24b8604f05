"""What is on the virtual display, read with xwd (no imaging library needed): enough to see
whether the focus ring of the project's components shows around a control."""

import struct
import subprocess

RING = (0xb3, 0x47, 0x00)    # Theme.focusRing


class Screen:
    def __init__(self, display):
        raw = subprocess.run(["xwd", "-root", "-silent"], env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                             capture_output=True, check=True, timeout=30).stdout
        header = struct.unpack(">25I", raw[:100])
        header_size, _, _, depth, self.width, self.height = header[:6]
        byte_order, bits_per_pixel, self.stride = header[7], header[11], header[12]
        self.masks = header[14:17]
        colours = header[19]
        if bits_per_pixel not in (24, 32):
            raise AssertionError("xwd gave %d bits per pixel; 24 or 32 expected" % bits_per_pixel)
        self.bytes_per_pixel = bits_per_pixel // 8
        self.little = byte_order == 0
        self.pixels = raw[header_size + 12 * colours:]

    def rgb(self, x, y):
        offset = y * self.stride + self.bytes_per_pixel * x
        value = int.from_bytes(self.pixels[offset:offset + self.bytes_per_pixel],
                               "little" if self.little else "big")
        return tuple((value & mask) >> (mask & -mask).bit_length() - 1 for mask in self.masks)

    def ring_around(self, box, tolerance=48, open_bottom=False):
        """The share of the ring colour on the weakest of the four sides of box, looking one to
        three pixels inside each edge, or one outside (AT-SPI rounds a control at a fractional
        position, which also blends one of them), corners left out. open_bottom: the control is
        taller than its view, which shows its top part; the bottom side is not looked at."""
        x, y, w, h = box
        if w < 12 or h < 12 or x < 0 or y < 0 or x + w > self.width or y + h > self.height:
            return 0.0
        def ring(px, py):
            return all(abs(c - r) <= tolerance for c, r in zip(self.rgb(px, py), RING))
        def share(points):
            return sum(1 for p in points if any(ring(*q) for q in p)) / max(1, len(points))
        xs = range(x + w // 8, x + w - w // 8)
        ys = range(y + h // 8, y + h - h // 8)
        depths = (-1, 0, 1, 2, 3)
        sides = [share([[(px, y + d) for d in depths] for px in xs]),
                 share([[(px, y + h - 1 - d) for d in depths] for px in xs]),
                 share([[(x + d, py) for d in depths] for py in ys]),
                 share([[(x + w - 1 - d, py) for d in depths] for py in ys])]
        return min(sides[:1] + sides[2:]) if open_bottom else min(sides)

    def save_png(self, path, box=None):
        """Writes the screen (or the box x, y, w, h of it) as a PNG, for a person to look at."""
        import zlib
        x0, y0, w, h = box or (0, 0, self.width, self.height)
        rows = bytearray()
        for y in range(y0, y0 + h):
            rows.append(0)
            for x in range(x0, x0 + w):
                rows.extend(self.rgb(x, y))
        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)
        with open(path, "wb") as out:
            out.write(b"\x89PNG\r\n\x1a\n")
            out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
            out.write(chunk(b"IDAT", zlib.compress(bytes(rows), 6)))
            out.write(chunk(b"IEND", b""))
