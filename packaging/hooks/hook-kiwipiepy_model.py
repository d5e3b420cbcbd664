"""PyInstaller hook for kiwipiepy_model: the model files Kiwi opens from disk.

``kiwipiepy_model.get_model_path()`` returns the package folder and Kiwi opens ``extract.mdl``,
``cong.mdl``, ``sj.morph``, the ``*.dict`` files, ... there. They are not Python modules, so
without this hook the frozen app fails with ``Cannot open extract.mdl``. They must keep their
place beside the package (``_internal/kiwipiepy_model/``).

``multi.dict`` (12 MB, the multi-word dictionary) stays out: the app builds Kiwi without it
(``models.nlp.kiwi_runtime.kiwi_options``), and Kiwi opens it only when asked to load it.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = collect_data_files("kiwipiepy_model",
                           excludes=["**/*.py", "**/__pycache__", "**/multi.dict"])
datas += copy_metadata("kiwipiepy_model")
