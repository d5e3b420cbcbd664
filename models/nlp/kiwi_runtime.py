"""One Kiwi morphological analyser per process, built lazily or warmed in a background thread.

Kiwi is expensive to start: constructing ``Kiwi()`` reads the model files and the *first*
``tokenize`` builds the language model lazily. Both happen inside :func:`build_kiwi`, so a Kiwi
handed out by this module is fully built. After that, Kiwi's analysis functions are safe to call
from several threads (the Kiwi author: build in one thread, then use from many), so the GUI
worker thread and the main thread may share it. What is *not* safe is changing the dictionary
(``add_user_word``) after it is shared, and a Kiwi whose dictionary was changed cannot be pickled
— which is why nothing here adds words after :func:`build_kiwi` returns, and why a process pool
must build its own Kiwi in each worker (see :func:`init_worker`).

Options, measured with kiwipiepy 0.24.1 / kiwipiepy_model 0.24.0 on the 2-core build machine
(shared with other jobs, so seconds vary by run; compare within a row). Start-up is the median
of 5 fresh processes, ``Kiwi(...)`` then the first ``tokenize``; F1 is the PERSON/ORG/LOCATION
exact-match micro F1 of ``models.nlp.entities`` on a 3,000-sentence KMOU sample
(``tests/bench/eval_entities_kmou.py --limit 3000 [--multi] [--no-user-words]``):

    Kiwi()  (multi-word dict on)    start 2.1 s (0.8 + 1.3)   F1 0.6766
    load_multi_dict=False           start 0.95 s (0.45 + 0.5)  F1 0.6773
    + load_typo_dict=False          start 0.9 s                (same tokens: the dict is tiny)
    model_type="largest"            start 2.6 s                same model: the wheel ships "cong" only
    without our ~1,400 gazetteer words                         F1 0.6771 (adding them: ~10 ms)

The multi-word dictionary (Wikidata names with spaces) does not help the F1 — the entity rules
join "조시 하트먼"-style names themselves — and costs more than half of the start-up, so it is
off; ``BITGEUL_KIWI_MULTI=1`` turns it back on where the dictionary is installed (the frozen app
leaves it out: 12 MB). The typo dictionary is off too (edited news).
The gazetteer words are kept: they cost nothing and keep compound names whole in Kiwi.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from models.domain import ENTITY_LABELS

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

KiwiState = Literal["not loaded", "loading", "ready", "failed"]

# Proper nouns added to Kiwi's dictionary get this score. Kiwi's own NNP entries sit around
# -10; a user word at 0 would beat ordinary words that happen to share the spelling, so stay
# moderately negative: the word wins when the text is ambiguous only between segmentations.
USER_WORD_SCORE = -4.0

_WARMUP_TEXT = "빛글은 2025년 5월 8일 광주에서 10조원 규모의 사업을 발표했다."


def kiwi_options() -> dict[str, Any]:
    """Constructor options for Kiwi (see the module docstring for the measurements)."""
    multi = os.environ.get("BITGEUL_KIWI_MULTI", "") not in ("", "0") and _has_multi_dict()
    return {"load_multi_dict": multi, "load_typo_dict": False}


def _has_multi_dict() -> bool:
    """Whether Kiwi's multi-word dictionary is installed (the frozen app leaves it out)."""
    try:
        import kiwipiepy_model
    except ImportError:
        return False
    return os.path.exists(os.path.join(kiwipiepy_model.get_model_path(), "multi.dict"))


# Every analysis calls Kiwi with these options — suggestions, bulk runs and training alike, so a
# model sees at prediction the tokens it was trained on. z_coda=False: Kiwi's default splits a
# coda "attached" to a particle or ending (했어욯 → 했어요 + ㅎ), which edited news does not
# write; on 3,000 KMOU sentences it changed 6 analyses, all for the worse (아이코닉 cut into
# 아이코 + ㄱ + 이 + 니, 있다"면 read as 있다"며 + ㄴ), and it costs 6-10% of Kiwi's time.
TOKENIZE_OPTIONS: dict[str, Any] = {"z_coda": False}

# Kiwi's beam: paths scoring more than this below the best are dropped while it searches
# (its default is 8). Measured on 3,000 KMOU sentences, one thread: 6 makes Kiwi 7-9 % cheaper
# and changes the tokens of 22 sentences (5: 11 %, 61 sentences; 4: 13 %, 126). At 6 the names
# F1 on 2016klp dev moves 0.783 → 0.782 and KMOU dev is unchanged to the third decimal; of the
# 318 texts of regress_analyze, 4 get other spans (대구 found; 팀 버튼, 지지통신, 장미란 lost).
# At 5 the losses grow (11 texts, a project cut short), so 6 it is. Learning is not hurt: the
# KLUE protocol (kept back, scored after) gave 0.7665 → 0.7683 learned and 0.7251 → 0.7249 out
# of the box. Set before the instance is shared: Kiwi's configuration is not to be changed
# while other threads analyse.
CUTOFF_THRESHOLD = 6.0


def tokenize(kiwi: Kiwi, text: Any) -> Any:
    """Kiwi's tokens of one text (a list), or of an iterable of texts (an iterator of lists,
    tokenized ahead on Kiwi's own threads), with :data:`TOKENIZE_OPTIONS`."""
    return kiwi.tokenize(text, **TOKENIZE_OPTIONS)


def build_kiwi(
    extra_words: Iterable[tuple[str, str]] | None = None,
    *,
    builtin_words: bool = True,
    num_workers: int | None = None,
) -> Kiwi:
    """Build a ready-to-use Kiwi (model loaded, dictionary extended, first tokenize done).

    ``extra_words`` are ``(term, label)`` pairs added as proper nouns carrying
    ``user_value={"label": label}`` (PERSON/ORG/LOCATION one-word terms only; others are
    skipped); ``builtin_words`` adds the compound names of
    the built-in gazetteer so that Kiwi keeps them in one piece. Usable as (part of) a process
    pool initializer: the result is process-local and must not be pickled.
    """
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=num_workers, **kiwi_options())
    kiwi.global_config.cutoff_threshold = CUTOFF_THRESHOLD
    global _last_built
    _last_built = kiwi
    words: list[tuple[str, str]] = []
    if builtin_words:
        from models.nlp.gazetteer import builtin_gazetteer

        words.extend(builtin_gazetteer().kiwi_words())
    if extra_words:
        words.extend(extra_words)
    add_words(kiwi, words)
    warm_up(kiwi)
    return kiwi


def add_words(kiwi: Kiwi, words: Iterable[tuple[str, str]]) -> None:
    """Add the names among ``(term, label)`` pairs; call :func:`warm_up` afterwards."""
    for term, label in words:
        # Only names, and only one-word ones: a project phrase or a multi-word name as one
        # "morpheme" would hide its words from the project rules (the gazetteer finds those).
        if label in ENTITY_LABELS and " " not in term.strip():
            add_word(kiwi, term, label)


def warm_up(kiwi: Kiwi) -> None:
    """Let Kiwi build what it builds lazily on the first analysis (its language model, and its
    dictionary again after words were added), so that the first real text does not wait."""
    tokenize(kiwi, _WARMUP_TEXT)


def add_word(kiwi: Kiwi, term: str, label: str) -> bool:
    """Add one typed proper noun; returns False if Kiwi refuses or already knows it."""
    term = term.strip()
    if not term:
        return False
    try:
        return bool(kiwi.add_user_word(term, "NNP", USER_WORD_SCORE, user_value={"label": label}))
    except (ValueError, RuntimeError):
        return False


def usable_cores() -> int:
    """The cores this process may use: Kiwi's default counts the machine's, so a process kept
    to one core (taskset, a container's CPU set) ran two tokenizing threads on it."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


class _Runtime:
    """The process-wide Kiwi and its loading state, guarded by one lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.kiwi: Kiwi | None = None
        self.state: KiwiState = "not loaded"
        self.error: str | None = None
        self.thread: threading.Thread | None = None

    def load(self) -> None:
        try:
            kiwi = build_kiwi(num_workers=usable_cores())
        except Exception as exc:  # any failure becomes a status-bar message, never a crash
            with self.lock:
                self.state = "failed"
                self.error = f"{type(exc).__name__}: {exc}"
        else:
            with self.lock:
                self.kiwi = kiwi
                self.state = "ready"
        finally:
            self.done.set()


_runtime = _Runtime()


def loading_thread(target: Callable[[], None], name: str) -> threading.Thread:
    """Start ``target`` (which builds a Kiwi) in a daemon thread: this warm-up, and a bulk run's
    prebuild (models.bulk)."""
    # The thread and its caller both import the gazetteer's importlib.resources: a package two
    # threads import at once can deadlock on its module locks (CPython raises _DeadlockError),
    # so it is imported here first (a no-op when it already is).
    import importlib.resources  # noqa: F401

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread


def start_warmup() -> None:
    """Start building the Kiwi in a daemon thread (no-op if started or done)."""
    with _runtime.lock:
        if _runtime.state != "not loaded":
            return
        _runtime.state = "loading"
        _runtime.thread = loading_thread(_runtime.load, "kiwi-warmup")


# The last Kiwi build_kiwi made, held (not by a weak reference: collecting a Kiwi that one
# points at crashed the interpreter). Its maker keeps it anyway: the shared one, a bulk run's
# cache, a pool worker's; a script that drops its Kiwi leaves at most this one alive.
_last_built: Kiwi | None = None


def any_kiwi() -> Kiwi | None:
    """A Kiwi of this process for what any instance answers alike (its model's morpheme
    embedding, ``models.learn.features.neighbours``): the shared one if it is loaded, else the
    last one :func:`build_kiwi` made that is still alive (a bulk run's, a pool worker's), else
    the shared one, waiting for it. Never a second 500 MB instance beside one in use."""
    with _runtime.lock:
        if _runtime.kiwi is not None:
            return _runtime.kiwi
    return _last_built if _last_built is not None else get_kiwi(wait=True)


def get_kiwi(wait: bool = True, timeout: float | None = None) -> Kiwi | None:
    """The shared Kiwi, starting the warm-up if needed.

    With ``wait`` it blocks until loading finishes (or ``timeout`` seconds pass); without, it
    returns None while loading. Returns None if loading failed (see :func:`last_error`).
    """
    start_warmup()
    if wait:
        _runtime.done.wait(timeout)
    with _runtime.lock:
        return _runtime.kiwi


def settle() -> None:
    """Wait for a warm-up still running (a command that failed while Kiwi loaded): a daemon
    thread inside Kiwi's native code when the interpreter shuts down could crash the exit."""
    thread = _runtime.thread
    if thread is not None and thread.is_alive():
        thread.join()


def is_ready() -> bool:
    with _runtime.lock:
        return _runtime.state == "ready"


def state() -> KiwiState:
    """"not loaded" / "loading" / "ready" / "failed", for a status bar."""
    with _runtime.lock:
        return _runtime.state


def last_error() -> str | None:
    with _runtime.lock:
        return _runtime.error


def set_kiwi(kiwi: Kiwi) -> None:
    """Install an already built Kiwi as this process's shared one (pool workers, tests)."""
    with _runtime.lock:
        _runtime.kiwi = kiwi
        _runtime.state = "ready"
        _runtime.error = None
    _runtime.done.set()


def init_worker(extra_words: Iterable[tuple[str, str]] | None = None) -> None:
    """``multiprocessing.Pool(initializer=init_worker, initargs=(words,))``: one Kiwi per worker.

    ``extra_words`` must be a picklable list of ``(term, label)`` pairs. Afterwards
    ``models.engine.analyze(text, kiwi="auto")`` in that worker uses the worker's Kiwi.
    """
    set_kiwi(build_kiwi(list(extra_words) if extra_words else None))
