"""Fonts, light/dark theme and the highlight colours derived from a label's colour."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

# Korean-capable families in order of preference; Qt falls back along this list per glyph.
KOREAN_FAMILIES = ["Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic",
                   "Apple SD Gothic Neo", "NanumGothic", "Source Han Sans K", "UnDotum"]
LATIN_FAMILIES = ["Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans"]


def register_bundled_fonts() -> list[str]:
    """Register every .ttf/.otf in resources/fonts (the packaged build ships a Korean font)."""
    families: list[str] = []
    folder = Path(str(files("resources"))) / "fonts"
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(fid))
    return families


def _available(preferred: list[str]) -> list[str]:
    known = set(QFontDatabase.families())
    return [f for f in preferred if f in known]


def ui_font(point_size: float | None = None) -> QFont:
    font = QFont(QGuiApplication.font())
    families = _available(LATIN_FAMILIES[:1]) + _available(KOREAN_FAMILIES)
    if families:
        font.setFamilies(families)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def text_font(point_size: int) -> QFont:
    """The article font: a Korean family first, so that Hangul and digits match in width."""
    font = QFont(QGuiApplication.font())
    families = _available(KOREAN_FAMILIES) + _available(LATIN_FAMILIES)
    if families:
        font.setFamilies(families)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


_native_style: str | None = None


def apply_theme(choice: str) -> None:
    """system / light / dark.

    "system" keeps the platform style, which follows the OS colour scheme by itself (Windows 11,
    macOS, GNOME/KDE through the desktop portal). An explicit choice also asks the platform,
    and switches to the Fusion style with a matching palette, since not every platform style
    can be told to go dark.
    """
    from PySide6.QtWidgets import QApplication, QStyleFactory

    global _native_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _native_style is None:
        _native_style = app.style().name()
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
        if app.style().name() != _native_style:
            app.setStyle(QStyleFactory.create(_native_style))
            app.setPalette(app.style().standardPalette())
        return
    hints.setColorScheme(scheme)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#dfe1e5", role.Base: "#1e1f22",
        role.AlternateBase: "#26282b", role.ToolTipBase: "#3c3f41", role.ToolTipText: "#dfe1e5",
        role.Text: "#dfe1e5", role.Button: "#35373b", role.ButtonText: "#dfe1e5",
        role.BrightText: "#ff6b68", role.Link: "#58a6ff", role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#8c8f94", role.Light: "#4a4d52",
        role.Midlight: "#3d4045", role.Mid: "#303236", role.Dark: "#1a1b1e", role.Shadow: "#000000",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6f7276"))
    return p


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return base.lightness() < 110


class SpanColours:
    """The colours for one label: accepted spans are filled, suggestions outlined."""

    __slots__ = ("chip", "fill", "outline", "selected_fill", "suggestion_fill")

    def __init__(self, hex_colour: str, dark: bool) -> None:
        base = QColor(hex_colour)
        if not base.isValid():
            base = QColor("#888888")
        self.chip = QColor(base)
        self.outline = QColor(base.lighter(130) if dark else base.darker(115))
        self.fill = QColor(base)
        self.fill.setAlpha(120 if dark else 95)
        self.suggestion_fill = QColor(base)
        self.suggestion_fill.setAlpha(40 if dark else 30)
        self.selected_fill = QColor(base)
        self.selected_fill.setAlpha(185 if dark else 160)
