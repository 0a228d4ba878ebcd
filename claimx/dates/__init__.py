"""The dates stage: every time expression of an article, normalised against its date.

Takes a parsed ``Doc`` (NER DATE/TIME entities where the pipeline has them; a blank
pipeline works too) and the article's publication date. Gives
:class:`~claimx.models.TimeExpression` models: span, kind (date, time, duration, set),
TIMEX3-style value, granularity and interval.

Modules:

* :mod:`~claimx.dates.component`: the ``claimx_dates`` spaCy factory; writes
  ``doc.spans["claimx_dates"]``;
* :mod:`~claimx.dates.detect`: finds candidate spans (cleaned NER spans plus lexicon
  patterns) and types them;
* :mod:`~claimx.dates.parts`: what the words of one expression say (tokens, numbers,
  dates, units, directions);
* :mod:`~claimx.dates.normalize`: one expression to value, granularity and interval, with
  the news conventions for relative expressions;
* :mod:`~claimx.dates.tense`: which way a bare month or weekday points (the tense around
  it, read through non-finite verbs, and the words that fix a direction);
* :mod:`~claimx.dates.backend`: the dateparser calls (language always given, parsers
  owned by the caller);
* :mod:`~claimx.dates.calendar`: periods, weeks, seasons and shifts on the calendar;
* :mod:`~claimx.dates.lexicon`: the per-language word lists (``claimx/data/dates/``);
* :mod:`~claimx.dates.expressions`: :func:`dates_from_doc`, the models once the article's
  date is known (the conventions table is there).
"""

from __future__ import annotations

from .expressions import dates_from_doc, normalize

__all__ = ["dates_from_doc", "normalize"]
