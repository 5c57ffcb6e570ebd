"""The benchmark metric in bench/_score.py (scrapinghub/article-extraction-benchmark)."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "_score.py"
_spec = importlib.util.spec_from_file_location("bench_score", _PATH)
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def test_shingles_are_four_token_multisets():
    assert score.shingles("a b c d e a b c d") == {
        "a b c d": 2, "b c d e": 1, "c d e a": 1, "d e a b": 1, "e a b c": 1,
    }  # fmt: skip


def test_short_texts_are_one_shingle_and_punctuation_is_not_a_token():
    assert score.shingles("Hello, world!") == {"Hello world": 1}
    assert score.shingles("") == {}


def test_identical_texts_score_one():
    text = "The quick brown fox jumps over the lazy dog."
    assert score.page_counts(text, text) == (1.0, 0.0, 0.0)
    assert score.page_scores(text, text) == (1.0, 1.0, 1.0)


def test_counts_are_normalised_over_multisets():
    # truth shingles: {a b c d, b c d e}; prediction: {a b c d} twice
    tp, fp, fn = score.page_counts("a b c d e", "a b c d x a b c d")
    # prediction shingles: a b c d (2), b c d x, c d x a, d x a b, x a b c
    assert (tp, fp, fn) == pytest.approx((1 / 7, 5 / 7, 1 / 7))
    assert tp + fp + fn == pytest.approx(1.0)


def test_empty_prediction_has_zero_recall_and_no_precision():
    counts = score.page_counts("one two three four five", "")
    assert counts == (0.0, 0.0, 1.0)
    assert score.recall(*counts) == 0.0
    # pages with nothing predicted are left out of the mean precision
    p, r, f1 = score.mean_scores([counts, score.page_counts("a b c d", "a b c d")])
    assert (p, r) == (1.0, 0.5)
    assert f1 == pytest.approx(2 * 0.5 / 1.5)


def test_f1_is_the_harmonic_mean_of_the_averages():
    pages = [
        score.page_counts("a b c d e f", "a b c d e f x y z w"),
        score.page_counts("a b c d", "a b c d"),
    ]
    p, r, f1 = score.mean_scores(pages)
    precisions = [score.precision(*c) for c in pages]
    recalls = [score.recall(*c) for c in pages]
    assert p == pytest.approx(sum(precisions) / 2)
    assert r == pytest.approx(sum(recalls) / 2)
    assert f1 == pytest.approx(2 * p * r / (p + r))
