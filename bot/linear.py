"""What the bot's small linear models share (bot/safety/model.py, bot/scamcheck/model.py): the
shipped file format, and the training of several logistic heads at once.

A model file is an .npz: per head k, the indices and float16 values of its non-zero weights
(`idx{k}`, `val{k}`), the biases, and a JSON `meta` (thresholds and whatever tells a stale file
from a current one). Training is full-batch Adam from zero over sparse binary features given as
(document, column) pairs, with positives weighted up to a cap; numpy alone, so the same data gives
the same weights in every process.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from bot import indexcache


def save(path: Path, weights: np.ndarray, bias: np.ndarray, meta: dict[str, Any]) -> None:
    """Write the non-zero weights of every head (as float16), the biases and `meta`."""
    arrays: dict[str, np.ndarray] = {"bias": bias.astype(np.float64)}
    for k in range(weights.shape[1]):
        column = weights[:, k].astype(np.float16)
        nz = np.flatnonzero(column)
        arrays[f"idx{k}"] = nz.astype(np.uint32)
        arrays[f"val{k}"] = column[nz]
    arrays["meta"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8)
    with path.open("wb") as f:
        np.savez_compressed(f, **arrays)  # type: ignore[arg-type]


def read(
    source: Path | IO[bytes], features: int, heads: int
) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """(weights as a dense float32 array of `features` x `heads`, biases, meta) of a file
    `save` wrote. The caller checks `meta` against its code before trusting the weights.
    What the file unpacks to is kept by content (bot/indexcache.py)."""
    data = source.read_bytes() if isinstance(source, Path) else source.read()

    def unpack(data: bytes) -> dict[str, np.ndarray]:
        with np.load(io.BytesIO(data)) as found:
            weights = np.zeros((features, heads), dtype=np.float32)
            for k in range(heads):
                weights[found[f"idx{k}"].astype(np.int64), k] = found[f"val{k}"]
            return {
                "meta": found["meta"],
                "weights": weights,
                "bias": found["bias"].astype(np.float32),
            }

    arrays = indexcache.decoded(f"linear-{features}x{heads}", data, unpack)
    meta = json.loads(bytes(arrays["meta"]).decode())
    return arrays["weights"], arrays["bias"], meta


def written(weights: np.ndarray, ngrams: int, meta: dict[str, Any], out: str) -> str:
    """What a training script prints once it has written a model: rows, n-gram features kept
    (the first `ngrams` columns of the feature space), thresholds, where."""
    kept = int((weights[:ngrams] != 0).any(axis=1).sum())
    thresholds = ", ".join(f"{h} {t:.2f}" for h, t in meta["thresholds"].items())
    return (
        f"trained on {meta['rows']} rows; {kept} n-gram features kept\n"
        f"thresholds: {thresholds}\nwrote {out}"
    )


@dataclass(frozen=True)
class Training:
    features: int
    iterations: int
    learning_rate: float
    l2: float
    pos_weight_max: float  # a rare head's positives count up to this many times


def fit(
    docs: np.ndarray, cols: np.ndarray, n: int, y: np.ndarray, how: Training
) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression for every head (column of `y`) at once, by full-batch Adam from
    zero. Feature `cols[i]` is on in document `docs[i]`; `n` documents."""
    heads = y.shape[1]
    pos = y.sum(axis=0)
    pos_weight = np.clip((n - pos) / np.maximum(pos, 1), 1.0, how.pos_weight_max)
    sample = np.where(y > 0, pos_weight, 1.0)
    w = np.zeros((how.features, heads))
    b = np.log(np.maximum(pos, 1) / np.maximum(n - pos, 1))
    m, v = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros(heads), np.zeros(heads)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, how.iterations + 1):
        err = (predict(w, b, docs, cols, n) - y) * sample / n
        g = (
            np.stack(
                [
                    np.bincount(cols, weights=err[docs, k], minlength=how.features)
                    for k in range(heads)
                ],
                axis=1,
            )
            + how.l2 * w
        )
        gb = err.sum(axis=0)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        lr = how.learning_rate * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        w -= lr * m / (np.sqrt(v) + eps)
        b -= lr * mb / (np.sqrt(vb) + eps)
    w[np.abs(w) < 1e-3] = 0.0  # what the data never moved stays out of the shipped file
    return w, b


def predict(w: np.ndarray, b: np.ndarray, docs: np.ndarray, cols: np.ndarray, n: int) -> np.ndarray:
    """Every head's probability for each of the `n` documents."""
    logits = (
        np.stack(
            [np.bincount(docs, weights=w[cols, k], minlength=n) for k in range(w.shape[1])], axis=1
        )
        + b
    )
    return np.asarray(1.0 / (1.0 + np.exp(-logits)))
