"""Team work on one project: merging project files, agreement between annotators, review."""

# The annotator name of the reviewed (curated) layer. Exports choose it like any annotator
# (``bitgeul --annotator review export …``); agreement leaves it out unless asked.
REVIEWER = "review"
