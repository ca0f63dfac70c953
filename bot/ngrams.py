"""Hashed character n-grams, the features both trained models read (bot/safety, bot/topicmodel).

Each character's code is mixed with fixed odd constants, so an id is the same in every process
and on every machine (Python's own hash() is salted per process)."""

from __future__ import annotations

import numpy as np

_K = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0xD6E8FEB86659FD93),
)


def hash_grams(text: str, bits: int) -> np.ndarray:
    """Ids in [0, 2**bits) of `text`'s character unigrams, then bigrams, then trigrams."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    a = codes * _K[0]
    b = codes * _K[1]
    c = codes * _K[2]
    grams = np.concatenate((a, (a[:-1] ^ b[1:]) + _K[1], (a[:-2] ^ b[1:-1] ^ c[2:]) + _K[2]))
    return ((grams * _K[3]) >> np.uint64(64 - bits)).astype(np.int64)
