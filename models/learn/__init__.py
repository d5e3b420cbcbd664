"""Suggestions that learn from the researcher's corrections.

* :mod:`models.learn.memory` — what every decision teaches at once: accepted texts become project
  terms matched at morpheme boundaries, rejected suggestions stay away in the same context,
  user-added labels are suggested from their accepted examples.
* :mod:`models.learn.features`, :mod:`models.learn.crf` — a CRF sequence tagger over Kiwi
  morphemes (python-crfsuite), with the rule engine's own output among its features.
* :mod:`models.learn.train` — ``train(source, progress, cancel) -> ModelInfo``: from the project's
  decisions or from an annotated corpus the user owns; the model is stored, versioned, in the
  project database (:mod:`models.learn.modelstore`).
* :mod:`models.learn.predict` — ``analyzer_for(store)``: the engine, the project's model and the
  project's memory combined (:mod:`models.learn.combine`: rules win for money, dates and
  quantities); ``order_by_uncertainty`` for active learning.

Nothing in the repository is trained: models live only in the user's project.
"""
