"""The place in front of a body or another place, joined or typed by what follows it (a pass of
``models.nlp.entities``)."""

from __future__ import annotations

from collections.abc import Callable

from models.nlp.chunks import Cand, Chunk
from models.nlp.entity_words import PLACE_AFTER, SPOKESPEOPLE, STATE_WORDS
from models.nlp.gazetteer import Gazetteer
from models.nlp.org_words import venue
from models.nlp.place_words import peer_places, subdivision


def place_prefixed(text: str, chunks: list[Chunk], cands: dict[int, Cand], gaz: Gazetteer,
                   is_country: Callable[[Cand], bool], word_of: Callable[[Chunk], str]) -> None:
    """A place in front of a body named after it is part of the name: "서울 강서경찰서",
    "빛고을 스타즈"-style teams, "한국 정부"; a country in front of a title is the state
    acting: "미국 대통령" (ORG)."""
    # Candidates added at i + 1 below are no "gazetteer" ones: these keys are all.
    for i in sorted(cands):
        a = cands.get(i)
        if (i >= len(chunks) - 1 or a is None or a.label not in ("LOCATION", "ORG")
                or a.reason not in ("gazetteer", "kiwi:place-chain")):
            continue
        if a.label == "ORG" and not is_country(a):
            continue
        ca, nb = chunks[i], chunks[i + 1]
        if ca.after or ca.title or nb.punct or text[a.end : nb.start] != " ":
            continue
        b = cands.get(i + 1)
        if b is not None and b.reason.startswith("kiwi:name") and subdivision(text, a, nb):
            b = None  # 엄정면 목계리: a village after its township, not a person
        if b is None:
            word = word_of(nb)
            if word in SPOKESPEOPLE and not is_country(a):
                a.label = "ORG"  # 서울시 관계자: the body speaks (미국 측 stays a place)
            elif word in PLACE_AFTER:
                a.label = "LOCATION"  # 미국 출신, 중국 본토: the land, not the state
            elif word in STATE_WORDS and not is_country(a):
                cands[i + 1] = Cand(a.start, nb.core_end, "ORG", "kiwi:state", 0.6)
                del cands[i]
            elif a.label == "LOCATION" and subdivision(text, a, nb):
                cands[i + 1] = Cand(a.start, nb.stem_end, "LOCATION", "kiwi:place-chain",
                                         0.7)
                del cands[i]
            continue
        if b.start != nb.start:
            continue
        if b.label == "LOCATION" and a.label == "LOCATION" and not is_country(b):
            # 중국 베이징, 서울 서초구 서초동: a chain of places, largest first, is one place
            if b.reason in ("gazetteer", "kiwi:suffix") and not nb.title and not peer_places(
                    gaz, text[a.start : a.end], text[b.start : b.end]):
                cands[i + 1] = Cand(a.start, b.end, "LOCATION", "kiwi:place-chain", 0.7)
                del cands[i]
            continue
        if b.label == "ORG" and b.reason == "kiwi:suffix" and not venue(text, b):
            cands[i + 1] = Cand(a.start, b.end, "ORG", "kiwi:place+org", 0.6)
            del cands[i]

