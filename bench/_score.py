"""The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark).

Tokens are ``\\w+`` runs; a text becomes the multiset of its 4-token shingles
(a text shorter than four tokens is one shingle of all its tokens).  For each
page, TP/FP/FN are counted over the two multisets and normalised to sum to 1.
Precision is averaged over the pages where something was predicted, recall over
the pages whose truth is not empty, and F1 is the harmonic mean of the averages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[str]:
    """The multiset of ``n``-token shingles of ``text``."""
    tokens = _TOKEN.findall(text or "")
    result: Counter[str] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = " ".join(tokens[i : i + n])
        if shingle:
            result[shingle] += 1
    return result


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page."""
    true_sh = shingles(truth)
    pred_sh = shingles(predicted)
    tp = fp = fn = 0.0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return tp, fp, fn


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def page_scores(truth: str, predicted: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of one page."""
    tp, fp, fn = page_counts(truth, predicted)
    p, r = precision(tp, fp, fn), recall(tp, fp, fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def mean_scores(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and their harmonic mean over pages."""
    counts = list(counts)
    precisions = [precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
