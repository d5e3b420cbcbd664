"""Draw the application icon (bitgeul.png, 256 px): ``python resources/icons/make_icon.py``.

A rounded square in the MONEY label's amber with the syllable 빛 ("light") in white, and a thin
highlight bar under it, as in the article view. Needs a Korean font (e.g. Noto Sans CJK KR).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter  # noqa: E402


def draw(size: int = 256) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    grad = QLinearGradient(0, 0, size, size)
    grad.setColorAt(0, QColor("#f6a03c"))
    grad.setColorAt(1, QColor("#d9651c"))
    p.setBrush(grad)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), size * 0.2, size * 0.2)
    font = QFont()
    font.setFamilies(["Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"])
    font.setPixelSize(int(size * 0.56))
    font.setWeight(QFont.Weight.Black)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, -size * 0.06, size, size), Qt.AlignmentFlag.AlignCenter, "빛")
    p.setBrush(QColor(255, 255, 255, 200))
    p.drawRoundedRect(QRectF(size * 0.24, size * 0.76, size * 0.52, size * 0.07), 6, 6)
    p.end()
    return img


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    out = Path(__file__).with_name("bitgeul.png")
    draw().save(str(out))
    print(out)
