"""Hashed character n-grams, the features both trained models read (bot/safety, bot/topicmodel).

Each character's code is mixed with fixed odd constants, so an id is the same in every process
and on every machine (Python's own hash() is salted per process)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_K = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0xD6E8FEB86659FD93),
)


def hash_grams(text: str, bits: int, tail: Sequence[int] = ()) -> np.ndarray:
    """Ids in [0, 2**bits) of `text`'s character unigrams, then bigrams, then trigrams; then
    `tail`, ids of the caller's own appended as they are (one array, no concatenation)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")  # times a uint64: uint64
    n = len(codes)
    m = n + max(n - 1, 0) + max(n - 2, 0)
    out = np.empty(m + len(tail), dtype=np.uint64)
    grams = out[:m] if tail else out
    # Computed in place in one array (fewer numpy calls and temporaries), as
    # unigram a[i], bigram (a[i] ^ b[i+1]) + K1, trigram (a[i] ^ b[i+1] ^ c[i+2]) + K2,
    # where a, b, c are the codes times K0, K1, K2; then each times K3, top bits.
    uni, bi, tri = grams[:n], grams[n : 2 * n - 1], grams[2 * n - 1 :]
    np.multiply(codes, _K[0], out=uni)
    np.bitwise_xor(uni[:-1], codes[1:] * _K[1], out=bi)
    np.bitwise_xor(bi[:-1], codes[2:] * _K[2], out=tri)  # before bi gets its constant
    tri += _K[2]
    bi += _K[1]
    grams *= _K[3]
    grams >>= np.uint64(64 - bits)
    if tail:
        out[m:] = tail
    return out.view(np.int64)  # below 2**bits: the same numbers


def sorted_unique(ids: np.ndarray) -> np.ndarray:
    """`np.unique(ids)` of a 1-d array (its values each once, ascending), without what
    np.unique does first: numpy 2's unique asks `np.ma.is_masked`, and the first call imports
    numpy.ma (about 40 ms of a fresh process's first answer)."""
    out = np.sort(ids)
    if len(out) < 2:
        return out
    keep = np.empty(len(out), dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]
