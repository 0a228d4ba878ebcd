"""Time expressions: detection on the real pipeline, TIMEX3 normalisation, news conventions."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import spacy
from _seeds import seed_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.dates import dates_from_doc, normalize
from claimx.models import TimeExpression

ROOT = Path(__file__).resolve().parent.parent
SEED_DATES = {"000": "2024-05-31", "001": "2024-05-30"}


def _utc(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def seeds(nlp):  # type: ignore[no-untyped-def]
    return {
        prefix: claimx.parse(seed_path(prefix).read_text(encoding="utf-8"), published=day, nlp=nlp)
        for prefix, day in SEED_DATES.items()
    }


def _dates(nlp, text: str, published: str | None = "2024-05-31") -> list[TimeExpression]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return list(dates_from_doc(doc, _utc(published) if published else None, "en"))


def _only(nlp, text: str, surface: str, published: str | None = "2024-05-31") -> TimeExpression:  # type: ignore[no-untyped-def]
    found = [d for d in _dates(nlp, text, published) if d.text == surface]
    assert found, f"{surface!r} not found in {[d.text for d in _dates(nlp, text, published)]}"
    return found[0]


# --- acceptance on the seed articles ----------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "surface", "value", "granularity"),
    [
        ("000", "this month", "2024-05", "month"),
        ("000", "last year", "2023", "year"),
        ("000", "January", "2024-01", "month"),
        ("000", "Friday", "2024-05-31", "day"),
        ("001", "2023", "2023", "year"),
        ("001", "August 2023", "2023-08", "month"),
        ("001", "Wednesday", "2024-05-29", "day"),
        ("001", "May", "2024-05", "month"),
    ],
)
def test_seed_dates(seeds, prefix: str, surface: str, value: str, granularity: str) -> None:  # type: ignore[no-untyped-def]
    article = seeds[prefix]
    found = [d for d in article.dates if d.text == surface]
    assert found, f"{surface!r} missing from {[d.text for d in article.dates]}"
    for expr in found:
        assert (expr.value, expr.granularity) == (value, granularity)
        assert expr.anchor == _utc(SEED_DATES[prefix])


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seed_offsets_and_order(seeds, prefix: str) -> None:  # type: ignore[no-untyped-def]
    article = seeds[prefix]
    assert article.dates
    starts = [d.start for d in article.dates]
    assert starts == sorted(starts)
    for expr in article.dates:
        assert article.text[expr.start : expr.end] == expr.text
        for bp in article.boilerplate:
            assert not bp.start <= expr.start < bp.end


def test_seed_interval_of_this_month(seeds) -> None:  # type: ignore[no-untyped-def]
    expr = next(d for d in seeds["000"].dates if d.text == "this month")
    assert expr.interval is not None
    assert expr.interval.begin == datetime(2024, 5, 1, tzinfo=timezone.utc)
    assert expr.interval.end == datetime(2024, 6, 1, tzinfo=timezone.utc)


# --- conventions on real sentences ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a bare month follows the tense of its verb
        ("Prices rose sharply in March, the ministry said.", "March", "2024-03"),
        ("The ministry said the new law will take effect in March.", "March", "2025-03"),
        ("He was elected in June after a long campaign.", "June", "2023-06"),
        ("The summit will be held in June in Geneva.", "June", "2024-06"),
        ("A hearing has been scheduled for October 3.", "October 3", "2024-10-03"),
        # a bare weekday is the latest one on or before publication
        ("The ministry said on Tuesday that talks had failed.", "Tuesday", "2024-05-28"),
        ("Officials met on Friday to discuss the budget.", "Friday", "2024-05-31"),
        ("Talks will resume on Monday, officials said.", "Monday", "2024-06-03"),
        # deictic and relative expressions
        ("The government announced yesterday that it would resign.", "yesterday", "2024-05-30"),
        ("Markets fell sharply today.", "today", "2024-05-31"),
        ("Unemployment fell last month.", "last month", "2024-04"),
        ("The company will report next week.", "next week", "2024-W23"),
        ("Two years ago the plant was closed.", "Two years ago", "2022"),
        (
            "Profits rose in the third quarter of last year.",
            "the third quarter of last year",
            "2023-Q3",
        ),
        # absolute expressions keep their own precision
        ("In 2023, the economy grew.", "2023", "2023"),
        ("Kim visited factories in August 2023.", "August 2023", "2023-08"),
        ("Inflation was high in the 1990s.", "the 1990s", "199"),
        ("The treaty was signed on 11 December 2009.", "11 December 2009", "2009-12-11"),
        ("The vote took place on May 7, 2005.", "May 7, 2005", "2005-05-07"),
        ("The city was founded in the 19th century.", "the 19th century", "18"),
        ("Sales fell, compared with Q4 2023.", "Q4 2023", "2023-Q4"),
        ("The company earned $5 million in the 2023 fiscal year.", "the 2023 fiscal year", "2023"),
        ("Protesters gathered last night in the capital.", "last night", "2024-05-30TNI"),
        ("He spoke at 3 p.m. on Tuesday.", "3 p.m.", "2024-05-28T15:00"),
        # vague references
        ("The two countries have recently grown closer.", "recently", "PAST_REF"),
        ("He now works for a think tank.", "now", "PRESENT_REF"),
    ],
)
def test_date_values(nlp, text: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _only(nlp, text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He spent 15 years in prison.", "15 years", "P15Y"),
        ("The talks lasted two weeks.", "two weeks", "P2W"),
        ("It was the first such vote in 12 months.", "12 months", "P12M"),
        ("The strike has gone on for six straight days.", "six straight days", "P6D"),
        ("Shares lost 9% over the past five trading days.", "the past five trading days", "P5D"),
    ],
)
def test_durations_are_not_dates(nlp, text: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    expr = _only(nlp, text, surface)
    assert (expr.kind, expr.value, expr.interval) == ("duration", value, None)


def test_sets_and_times(nlp) -> None:  # type: ignore[no-untyped-def]
    annual = _only(nlp, "The festival is held annually in the capital.", "annually")
    assert (annual.kind, annual.value) == ("set", "P1Y")
    clock = _only(nlp, "The polls closed on Tuesday at 18:00 UTC.", "18:00 UTC")
    assert (clock.kind, clock.value) == ("time", "2024-05-28T18:00Z")


@pytest.mark.parametrize(
    "text",
    [
        "We may see more attacks, he warned.",
        "Prices may fall, and we will march on.",
        "We said we would wait.",
    ],
)
def test_we_and_modal_may_are_not_dates(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dates(nlp, text) == []


def test_may_the_month_is_still_found(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates(nlp, "We met in May, and we may meet again.")
    assert [(d.text, d.value) for d in found] == [("May", "2024-05")]


def test_without_publication_date_relative_values_stay_empty(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kim visited Russia last year and returned in August 2023 on Friday."
    found = {d.text: d for d in _dates(nlp, text, published=None)}
    assert found["last year"].value is None
    assert found["last year"].interval is None
    assert found["Friday"].value is None
    assert found["August 2023"].value == "2023-08"
    assert all(d.anchor is None for d in found.values())


# --- the pure normaliser ----------------------------------------------------------------

ANCHOR = _utc("2024-05-31")


@pytest.mark.parametrize(
    ("text", "kind", "tense", "value", "granularity"),
    [
        ("this month", "date", None, "2024-05", "month"),
        ("this week", "date", None, "2024-W22", "week"),
        ("last year", "date", None, "2023", "year"),
        ("In 2023", "date", None, "2023", "year"),
        ("in January", "date", "past", "2024-01", "month"),
        ("in January", "date", "future", "2025-01", "month"),
        ("on Friday", "date", None, "2024-05-31", "day"),
        ("the 1990s", "date", None, "199", "decade"),
        ("the first quarter of 2009", "date", None, "2009-Q1", "quarter"),
        ("the last quarter", "date", None, "2024-Q1", "quarter"),
        ("this morning", "time", None, "2024-05-31TMO", "hour"),
        ("two and a half years", "duration", None, "P2.5Y", None),
        ("several years", "duration", None, "PXY", None),
        ("weekly", "set", None, "P1W", None),
        ("7/8/07", "date", None, "2007-07-08", "day"),
        ("recent months", "date", None, "PAST_REF", "month"),
    ],
)
def test_normalize(
    text: str, kind: str, tense: str | None, value: str, granularity: str | None
) -> None:
    result = normalize(text, kind, ANCHOR, "en", tense)  # type: ignore[arg-type]
    assert (result.value, result.granularity) == (value, granularity)


def test_normalize_interval_is_half_open_and_tz_aware() -> None:
    result = normalize("last year", "date", ANCHOR, "en")
    assert result.interval is not None
    assert result.interval.begin == datetime(2023, 1, 1, tzinfo=timezone.utc)
    assert result.interval.end == datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_normalize_language_without_lexicon_uses_dateparser() -> None:
    assert normalize("12 mars 2024", "date", ANCHOR, "fr").value == "2024-03-12"
    assert normalize("la semaine dernière", "date", None, "fr").value is None


_WORDS = st.sampled_from(
    [
        "last",
        "next",
        "this",
        "the",
        "of",
        "a",
        "two",
        "15",
        "years",
        "ago",
        "May",
        "may",
        "March",
        "Friday",
        "2023",
        "1990s",
        "23:59",
        "UTC",
        "quarter",
        "third",
        "mid",
        "early",
        "week",
        "weekend",
        "today",
        "31",
        "February",
        ",",
        "-",
        "'",
        "99/99/99",
        "9999",
        "recent",
    ]
)
_ANCHORS = st.sampled_from(
    [
        None,
        ANCHOR,
        datetime(1, 1, 1, tzinfo=timezone.utc),
        datetime(9999, 12, 31, tzinfo=timezone.utc),
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=6),
    kind=st.sampled_from(["date", "time", "duration", "set"]),
    anchor=_ANCHORS,
    tense=st.sampled_from([None, "past", "present", "future"]),
)
def test_normalize_never_raises(
    words: list[str], kind: str, anchor: datetime | None, tense: str | None
) -> None:
    value, granularity, interval = normalize(" ".join(words), kind, anchor, "en", tense)  # type: ignore[arg-type]
    if interval is not None:
        assert interval.begin < interval.end
        assert interval.begin.tzinfo is not None
    if granularity is not None:
        assert value is not None


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(_WORDS | st.text(min_size=1, max_size=8), min_size=1, max_size=25))
def test_dates_from_doc_offsets_hold_on_any_text(nlp, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    doc = nlp(text)
    for expr in dates_from_doc(doc, ANCHOR, "en"):
        assert text[expr.start : expr.end] == expr.text
        assert expr.kind in ("date", "time", "duration", "set")


# --- the component ----------------------------------------------------------------------


def test_component_labels_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("He served two years in prison and was freed on Friday, weekly reports say.")
    labels = {s.text: s.label_ for s in doc.spans["claimx_dates"]}
    assert labels == {"two years": "DURATION", "Friday": "DATE", "weekly": "SET"}


def test_blank_pipeline_without_ner_uses_patterns() -> None:
    from claimx.pipeline import register_factories

    register_factories()

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_dates")
    doc = nlp(
        "Der Minister sagte am Freitag, die Preise seien im März 2023 und letzte Woche gestiegen."
    )
    found = {d.text: d.value for d in dates_from_doc(doc, ANCHOR, "de")}
    assert found == {"Freitag": "2024-05-31", "März 2023": "2023-03", "letzte Woche": "2024-W21"}


def test_french_pipeline_relies_on_patterns() -> None:
    from claimx.pipeline import resolve_pipeline

    nlp = resolve_pipeline("fr")  # claimx[test] installs claimx[fr]
    nlp.add_pipe("claimx_dates")
    text = (
        "Le Kremlin a annoncé vendredi une visite le mois prochain. En 2023, Kim s'était "
        "rendu en Russie. Il y a trois ans, le 12 mars 2021, il a passé 15 ans en prison."
    )
    found = {d.text: (d.kind, d.value) for d in dates_from_doc(nlp(text), ANCHOR, "fr")}
    assert found["vendredi"] == ("date", "2024-05-31")
    assert found["mois prochain"] == ("date", "2024-06")
    assert found["2023"] == ("date", "2023")
    assert found["Il y a trois ans"] == ("date", "2021")
    assert found["12 mars 2021"] == ("date", "2021-03-12")
    assert found["15 ans"] == ("duration", "P15Y")


def test_spans_survive_serialisation(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    doc = nlp("Talks began last week.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.label_) for s in copy.spans["claimx_dates"]] == [("last week", "DATE")]


def test_import_claimx_does_not_import_dateparser() -> None:
    code = "import claimx, sys; sys.exit('dateparser' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0
