"""Draw Bitgeul's app icon with Qt and write it as PNG, Windows ICO and macOS ICNS.

Run once when the design changes and commit the results (packaging/icons/):

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

The ICO and ICNS containers are written here by hand (both simply wrap PNG images), so nothing
beyond PySide6 is needed. The glyph is drawn with the bundled Nanum Gothic Bold so that the icon
looks the same whichever fonts the build machine has.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "icons"
FONT = REPO / "resources" / "fonts" / "NanumGothicBold.ttf"

# Windows shows 16-256 px; an ICO entry may hold a PNG (Vista+), which keeps 256 px small.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types reuse the same pixels).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QFontDatabase,
        QImage,
        QLinearGradient,
        QPainter,
        QPainterPath,
        QPen,
        QRadialGradient,
    )

    family = "sans-serif"
    if FONT.exists():
        fid = QFontDatabase.addApplicationFont(str(FONT))
        if fid >= 0:
            family = QFontDatabase.applicationFontFamilies(fid)[0]

    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)
    margin = s * (0.04 if size >= 64 else 0.0)
    box = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    radius = box.width() * 0.22

    # A deep blue tile (trust, documents) ...
    tile = QPainterPath()
    tile.addRoundedRect(box, radius, radius)
    grad = QLinearGradient(box.topLeft(), box.bottomRight())
    grad.setColorAt(0.0, QColor("#2f6fd6"))
    grad.setColorAt(1.0, QColor("#12306e"))
    p.fillPath(tile, QBrush(grad))

    # ... with a warm light in the upper right: 빛 means "light".
    glow = QRadialGradient(QPointF(box.right() - box.width() * 0.22,
                                   box.top() + box.height() * 0.22), box.width() * 0.42)
    glow.setColorAt(0.0, QColor(255, 214, 102, 235))
    glow.setColorAt(0.45, QColor(255, 190, 60, 120))
    glow.setColorAt(1.0, QColor(255, 190, 60, 0))
    p.save()
    p.setClipPath(tile)
    p.fillRect(box, QBrush(glow))
    p.restore()

    if size >= 20:
        # The syllable 빛 in white; below 20 px it would only be a smudge.
        font = QFont(family)
        font.setBold(True)
        font.setPixelSize(max(1, int(box.height() * 0.56)))
        p.setFont(font)
        p.setPen(QPen(QColor("#ffffff")))
        text_box = QRectF(box.left(), box.top() - box.height() * 0.05, box.width(), box.height())
        p.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), "빛")
    else:
        # A tiny icon keeps only the light: a bright dot on the tile.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffd666"))
        d = s * 0.36
        p.drawEllipse(QRectF((s - d) / 2, (s - d) / 2, d, d))

    # A thin underline stroke: a span being annotated.
    if size >= 32:
        pen = QPen(QColor(255, 214, 102))
        pen.setWidthF(max(1.0, s * 0.045))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        y = box.top() + box.height() * 0.85
        p.drawLine(QPointF(box.left() + box.width() * 0.26, y),
                   QPointF(box.right() - box.width() * 0.26, y))
    p.end()

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (one per size)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file made of PNG entries, largest first as iconutil writes them."""
    body = b""
    for kind, size in sorted(ICNS_TYPES, key=lambda t: -t[1]):
        blob = pngs[size]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bitgeul.png").write_bytes(pngs[256])
    (OUT / "bitgeul.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "bitgeul.icns").write_bytes(icns_bytes(pngs))
    for name in ("bitgeul.png", "bitgeul.ico", "bitgeul.icns"):
        print(OUT / name, (OUT / name).stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
