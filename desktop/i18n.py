"""UI strings: English in the code, Korean (the default UI language) from a Qt ``.qm`` catalogue.

Every visible string goes through :func:`tr`, which uses one translation context ("bitgeul") so
that ``resources/translations/update_ts.py`` can find the strings with a plain AST walk (Qt's
``lupdate`` does not follow a Python helper like this one).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import pyside_fix
from models import messages

# Every Qt module of the app imports this one, so the guard is in place before any widget.
pyside_fix.apply()

CONTEXT = "bitgeul"
LANGUAGES = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translations_dir() -> Path:
    return Path(str(files("resources") / "translations"))


def install(language: str) -> str:
    """Load the catalogue for ``language`` (and Qt's own, for standard dialogs); returns it."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    messages.set_language(language)  # the core's errors in the UI language too
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko"
                               else QLocale.Language.English))
    if language == "en":
        return language  # the source strings are English
    ours = QTranslator(app)
    if ours.load(f"bitgeul_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    for catalogue in (f"qtbase_{language}", f"qt_{language}"):  # standard buttons, dialogs
        qt = QTranslator(app)
        if any(qt.load(catalogue, folder) for folder in qt_translation_dirs()):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return language


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_ko.qm: file dialogs, standard buttons) are: Qt's
    configured folder, else the one inside the PySide6 wheel (PySide6-Essentials ships them;
    a qt.conf or a distribution's Qt can point the configured path at a folder without them)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Marks a string for the catalogue without translating it yet (module-level tables)."""
    return text
