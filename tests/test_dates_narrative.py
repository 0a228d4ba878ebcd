"""Dates in narrative: direction from the tense around a bare month or weekday, ranges,
seasons of years, what is not a time, postponements, days named from the narrative,
named days.

Every sentence is invented and parsed by the real English pipeline; values are resolved
by the real normaliser against the publication date given with each case.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimx.dates import dates_from_doc, normalize
from claimx.models import TimeExpression


def _utc(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


def _dates(nlp, text: str, published: str) -> list[TimeExpression]:  # type: ignore[no-untyped-def]
    return list(dates_from_doc(nlp(text), _utc(published), "en"))


def _only(nlp, text: str, surface: str, published: str) -> TimeExpression:  # type: ignore[no-untyped-def]
    found = _dates(nlp, text, published)
    match = [d for d in found if d.text == surface]
    assert match, f"{surface!r} not found in {[d.text for d in found]}"
    return match[0]


# --- a bare month or weekday takes the direction of its narrative -----------------------

# Published on Wednesday 17 January 2024.
JANUARY = "2024-01-17"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a month or weekday modifying a noun in a past narrative: before publication
        ("Leaders agreed at their June summit to raise spending.", "June", "2023-06"),
        (
            "Speaking at their June summit, the leaders of Norland and Estavia agreed to "
            "raise spending.",
            "June",
            "2023-06",
        ),
        (
            "Critics of the Valdor Group had sought to block the merger at its March meeting.",
            "March",
            "2023-03",
        ),
        ("Delegates struggled to agree on a text at Monday's session.", "Monday", "2024-01-15"),
        ("The union leaders flew to Brussels to attend Monday's talks.", "Monday", "2024-01-15"),
        (
            "The firm earned millions for helping a rival sell its unit in March.",
            "March",
            "2023-03",
        ),
        # a future-tense verb still points forward
        ("The ministers will meet again at their June summit.", "June", "2024-06"),
        ("Delegates plan to hold a vote at Thursday's session.", "Thursday", "2024-01-18"),
        # "since" looks back whatever the tense
        ("Since June, prices have doubled.", "June", "2023-06"),
    ],
)
def test_month_and_weekday_follow_the_narrative(nlp, text: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _only(nlp, text, surface, JANUARY).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "heading into" looks ahead of its clause's time, which may be past
        ("The senator had raised $2 million heading into Tuesday's vote.", "2024-01-16"),
        ("Candidates are campaigning ahead of Tuesday's vote.", "2024-01-23"),
    ],
)
def test_looking_ahead_from_the_clause(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _only(nlp, text, "Tuesday", "2024-01-18").value == value


# --- postponements point forward whatever the tense -------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The match was postponed until Sunday.", "Sunday", "2024-01-21"),
        ("The vote has been delayed to Friday.", "Friday", "2024-01-19"),
        ("Organisers postponed the final until Sunday.", "Sunday", "2024-01-21"),
        ("The launch was pushed back to March.", "March", "2024-03"),
        ("The summit was moved to Saturday.", "Saturday", "2024-01-20"),
    ],
)
def test_postponed_to_a_coming_day(nlp, text: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    expr = _only(nlp, text, surface, JANUARY)
    assert expr.value == value
    assert expr.interval is not None
    assert expr.interval.end > _utc(JANUARY)


# --- a range is one expression with both ends normalised --------------------------------

# Published on Saturday 20 January 2024.
SATURDAY = "2024-01-20"


@pytest.mark.parametrize(
    ("text", "surface", "value", "granularity", "begin", "end"),
    [
        (
            "The strike ran from Monday to Thursday.",
            "from Monday to Thursday",
            "2024-01-15/2024-01-18",
            "day",
            "2024-01-15",
            "2024-01-19",
        ),
        (
            "Talks will be held between Monday and Thursday.",
            "between Monday and Thursday",
            "2024-01-22/2024-01-25",
            "day",
            "2024-01-22",
            "2024-01-26",
        ),
        (
            "The museum was closed Monday through Thursday.",
            "Monday through Thursday",
            "2024-01-15/2024-01-18",
            "day",
            "2024-01-15",
            "2024-01-19",
        ),
        (
            "The survey was conducted from September to December 2014.",
            "from September to December 2014",
            "2014-09/2014-12",
            "month",
            "2014-09-01",
            "2015-01-01",
        ),
        (
            "He served as governor from 1998 to 2006.",
            "from 1998 to 2006",
            "1998/2006",
            "year",
            "1998-01-01",
            "2007-01-01",
        ),
    ],
)
def test_range_is_one_interval(  # type: ignore[no-untyped-def]
    nlp, text: str, surface: str, value: str, granularity: str, begin: str, end: str
) -> None:
    expr = _only(nlp, text, surface, SATURDAY)
    assert (expr.kind, expr.value, expr.granularity) == ("date", value, granularity)
    assert expr.interval is not None
    assert (expr.interval.begin, expr.interval.end) == (_utc(begin), _utc(end))


def test_range_ends_are_each_normalised(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The strike ran from Monday to Thursday."
    expr = _only(nlp, text, "from Monday to Thursday", SATURDAY)
    assert expr.value is not None
    first, last = expr.value.split("/")
    assert (normalize("Monday", "date", _utc(SATURDAY), "en", "past").value, first) == (
        "2024-01-15",
        "2024-01-15",
    )
    assert last == "2024-01-18"
    doc = nlp(text)
    assert [s.text for s in doc.spans["claimx_dates"]] == ["from Monday to Thursday"]


def test_a_moved_date_is_two_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {
        d.text: d.value
        for d in _dates(nlp, "The vote was moved from Monday to Thursday.", SATURDAY)
    }
    assert found == {"Monday": "2024-01-15", "Thursday": "2024-01-25"}


# --- a season of years is a range, not a day --------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He scored 31 goals in the 2015-16 season.", "2015-16 season", "2015/2016"),
        ("He scored 12 goals in 2016/17.", "2016/17", "2016/2017"),
        ("Output fell in 1998-99.", "1998-99", "1998/1999"),
    ],
)
def test_season_of_years(nlp, text: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    expr = _only(nlp, text, surface, SATURDAY)
    assert (expr.value, expr.granularity) == (value, "year")
    first, last = value.split("/")
    assert expr.interval is not None
    assert expr.interval.begin == _utc(f"{first}-01-01")
    assert expr.interval.end == _utc(f"{int(last) + 1}-01-01")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2015-16", "2015/2016"),
        ("2015–16", "2015/2016"),
        ("1999-00", "1999/2000"),
        ("2004-5", "2004/2005"),
        ("1948-1982", "1948/1982"),
        ("the winter of 2004-5", "2004-WI"),
        ("2015-03", "2015-03"),  # a month, not a range ending before it starts
    ],
)
def test_normalize_season_of_years(text: str, value: str) -> None:
    assert normalize(text, "date", _utc(SATURDAY), "en").value == value


# --- ages, clip lengths, citations and names are not times ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A 35-year-old man was arrested.",
        "The victim, aged 35, died in hospital.",
        "She was 35 years old when she founded the firm.",
        "Voters include 17-year-olds in some states.",
        "The clip, which lasts 1:42, shows the attack.",
        "The 2:30 video was shared widely.",
        "The remarks start at the 4:05 mark.",
        "The banner quoted Psalms 23:4 in large letters.",
        "Shoppers bought a Christmas tree.",
    ],
)
def test_not_times(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dates(nlp, text, JANUARY) == []


def test_clock_times_and_durations_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {
        d.text: (d.kind, d.value)
        for d in _dates(nlp, "The polls closed at 9:30 on Friday after ten years of war.", JANUARY)
    }
    assert found["9:30"] == ("time", "2024-01-12T09:30")
    assert found["ten years"] == ("duration", "P10Y")


def test_time_word_inside_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [
        d.text
        for d in _dates(nlp, "He told the Daily Telegraph on Friday that he would resign.", JANUARY)
    ]
    assert found == ["Friday"]


# --- days named from the narrative ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "published"),
    [
        (
            "The ceasefire talks collapsed on March 3. The next day, both delegations left.",
            "The next day",
            "2024-03-04",
            "2024-05-31",
        ),
        (
            "The plant closed on June 4, and the union filed a complaint the same day.",
            "the same day",
            "2024-06-04",
            "2024-06-20",
        ),
        (
            "Exports rose 4% in February, compared with the same month last year.",
            "the same month last year",
            "2023-02",
            "2024-03-10",
        ),
    ],
)
def test_days_named_from_the_narrative(
    nlp, text: str, surface: str, value: str, published: str
) -> None:  # type: ignore[no-untyped-def]
    assert _only(nlp, text, surface, published).value == value


# --- named days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "published"),
    [
        (
            "Citizens will cast their ballots on Election Day.",
            "Election Day",
            "2024-11-05",
            "2024-08-10",
        ),
        ("Shops were crowded before Christmas.", "Christmas", "2023-12-25", "2024-01-10"),
        (
            "Traffic was heavy over Thanksgiving weekend.",
            "Thanksgiving weekend",
            "2023-W47-WE",
            "2023-12-04",
        ),
    ],
)
def test_named_days(nlp, text: str, surface: str, value: str, published: str) -> None:  # type: ignore[no-untyped-def]
    assert _only(nlp, text, surface, published).value == value


@pytest.mark.parametrize(
    ("tense", "value"), [("past", "2016-02-29"), ("future", "2020-02-29"), (None, "2016-02-29")]
)
def test_29_february_is_never_the_28th(tense: str | None, value: str) -> None:
    assert normalize("Feb. 29", "date", _utc("2017-03-01"), "en", tense).value == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("the next day", datetime(9999, 12, 31, tzinfo=timezone.utc)),
        ("the day before", datetime(1, 1, 1, tzinfo=timezone.utc)),
        ("the same month last year", datetime(1, 1, 1, tzinfo=timezone.utc)),
    ],
)
def test_narrative_days_at_the_ends_of_the_calendar(text: str, reference: datetime) -> None:
    from claimx.dates.normalize import anaphoric

    assert anaphoric(text, [("day", reference)], "en") is None
