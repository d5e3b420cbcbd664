"""The collector's threshold is held back while the rules run and put back after, also when two
threads run the rules at once and leave in either order."""

from __future__ import annotations

import gc
import threading

from models.collector import few_collections


def test_the_threshold_is_restored_after_overlapping_users_leave_in_either_order():
    before = gc.get_threshold()
    first_in = threading.Event()
    second_in = threading.Event()
    first_may_leave = threading.Event()
    seen: list[tuple[int, int, int]] = []

    def first() -> None:
        with few_collections(50_000):
            first_in.set()
            second_in.wait(5)
            first_may_leave.wait(5)
        # the second user is still inside: its raised threshold must stay
        seen.append(gc.get_threshold())

    def second() -> None:
        first_in.wait(5)
        with few_collections(50_000):
            second_in.set()
            first_may_leave.set()
            a.join(5)  # the first has left
            seen.append(gc.get_threshold())

    a = threading.Thread(target=first)
    b = threading.Thread(target=second)
    a.start()
    b.start()
    b.join(10)
    assert seen[0][0] == 50_000 and seen[1][0] == 50_000
    assert gc.get_threshold() == before
