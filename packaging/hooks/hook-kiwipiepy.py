"""PyInstaller hook for kiwipiepy (the Kiwi Korean morphological analyser).

Kiwi's C extension ``_kiwipiepy`` imports ``kiwipiepy_model`` from C to find its model folder, so
PyInstaller's import scan never sees it: without the hidden import the frozen app dies with
``ModuleNotFoundError: kiwipiepy_model``. kiwipiepy also reads ``corpus/stopwords.txt`` next to
its own modules at import time.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

hiddenimports = ["_kiwipiepy", "kiwipiepy_model"]

# Only real data: the package's .md documentation and .pyi stubs are of no use at run time.
datas = collect_data_files("kiwipiepy", excludes=["**/*.md", "**/*.pyi"])
datas += copy_metadata("kiwipiepy")

# numpy is optional for kiwipiepy (only its LM-training helpers use it) and adds tens of MiB.
excludedimports = ["numpy", "kiwipiepy.transformers_addon", "transformers", "torch"]
