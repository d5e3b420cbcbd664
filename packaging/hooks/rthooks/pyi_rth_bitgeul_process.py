# PyInstaller runtime hook: small process-wide settings for the frozen app.
#
# 1. Never write __pycache__ folders into the installed app. Alembic imports the migration
#    scripts (models/store/migrations/*.py) from disk and Python would cache their bytecode next
#    to them: in "Program Files" that fails quietly, but in a per-user install it litters the app
#    folder, which the uninstaller then cannot fully remove. They run once per upgrade.
# 2. The windowed Windows executable has no console: sys.stdout and sys.stderr are None there,
#    and any library (or our own --selftest) that calls sys.stdout.write/flush would crash the
#    app. Give them a sink instead; bitgeul-cli.exe, the console twin, keeps real streams.
# 3. Output piped to a file or another program uses the ANSI code page on Windows (cp1252 on an
#    English system), which cannot encode Hangul: escape what it cannot encode instead of
#    dying with UnicodeEncodeError halfway through `bitgeul-cli export ... > out.txt`.

import contextlib
import os
import sys

sys.dont_write_bytecode = True

if sys.stdout is None or sys.stderr is None:
    _sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    if sys.stdout is None:
        sys.stdout = _sink
    if sys.stderr is None:
        sys.stderr = _sink

for _stream in (sys.stdout, sys.stderr):
    with contextlib.suppress(AttributeError, ValueError):
        _stream.reconfigure(errors="backslashreplace")
