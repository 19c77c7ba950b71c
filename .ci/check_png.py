#!/usr/bin/env python3
"""Fails unless each PNG given is a real, non-blank picture: it decodes the image data and
requires many distinct colours and some spread in brightness."""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
            if depth != 8:
                raise ValueError("unexpected bit depth")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    rows = []
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def main():
    failed = False
    for path in sys.argv[1:]:
        try:
            width, height, channels, rows = pixels(path)
            colours = set()
            brightness = []
            for row in rows[:: max(1, height // 120)]:
                for x in range(0, width * channels, channels * max(1, width // 160)):
                    px = row[x:x + 3]
                    colours.add(px)
                    brightness.append(sum(px) / 3)
            spread = max(brightness) - min(brightness)
            ok = len(colours) >= 24 and spread >= 80
            print(f"{path}: {width}x{height}, {len(colours)} sampled colours, brightness spread {spread:.0f}: {'ok' if ok else 'BLANK'}")
            failed |= not ok
        except Exception as e:  # noqa: BLE001 - report any unreadable file
            print(f"{path}: unreadable ({e})")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
