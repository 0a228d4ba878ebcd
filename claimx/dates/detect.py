"""Detection of time expressions in a Doc: cleaned NER spans plus lexicon patterns.

Candidates come from two sources:

* the statistical NER's DATE/TIME entities (when the pipeline has an ``ner``), trimmed of
  the prepositions TIMEX3 leaves out, split at lists and appositions ("June 17, two days"),
  and dropped when nothing in them is a time word (ages, bare numbers, scores);
* spaCy ``Matcher`` patterns built from the language's lexicon (months, weekdays, units,
  relative words, clock times, decades, vague references, sets), which also serve
  pipelines without NER (``spacy.blank("de")``).

Ages, clip lengths, verse citations and time words inside names are dropped
(:mod:`claimx.dates.filters`). Overlapping candidates are merged; each span is then typed
DATE, TIME, DURATION or SET, and two dates linked as a range ("from Monday to Thursday")
become one span (:mod:`claimx.dates.ranges`).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .._extensions import doc_text
from .filters import is_age, is_clip_time, is_holiday_modifier, is_in_name
from .lexicon import TimeLexicon, holiday_key, time_lexicon
from .ranges import join_ranges

__all__ = ["DateDetector"]

_YEAR = r"^(1[5-9]\d\d|20\d\d)$"
_DAY = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th|\.)?$"
_CLOCK = r"^([01]?\d|2[0-3]):[0-5]\d$"
_MILITARY = r"^([01]\d|2[0-3])[0-5]\d$"
_DECADE = r"^'?(\d0s|1\d\d0s|20\d0s)$"
_SHORT_YEAR = r"^'\d\d$"
_NUMERIC_DATE = r"^\d{1,2}/\d{1,2}/(\d\d|\d{4})$|^\d{4}-\d\d-\d\d$"
#: A range of years in one token ("2016/17", "2015–16") or its tail after a hyphen ("16").
_YEAR_SPAN = r"^(1[5-9]\d\d|20\d\d)[/–](\d{1,2}|1[5-9]\d\d|20\d\d)$"
_YEAR_TAIL = r"^(\d{1,2}|1[5-9]\d\d|20\d\d)$"
_CLOCK_RE = re.compile(_CLOCK)
_MILITARY_RE = re.compile(_MILITARY)
_TIME_WORD = re.compile(r"\d{4}|'\d\d|\d0s|\d[:.]\d\d|^\d{1,2}/\d")
#: Token shapes of years, clock times, decades and numeric dates (counts are found by their unit).
_TRIGGER_SHAPE = re.compile(r"^(dddd|'dd|d+[:/.-]d+.*|d+s|dddds)$")


#: Most words the ``Matcher`` pre-filter remembers (a bound on a long-running process).
_TAKEN_CACHE = 200_000
#: Most stretches of words whose ``Matcher`` matches are remembered (same bound's purpose).
_RUN_CACHE = 50_000


class _Conditions:
    """Words some pattern tokens may take, over-approximated: a word meets the set when it
    meets any one condition of any of the tokens (its ``LOWER`` or ``TEXT`` value or set, a
    ``TEXT`` regex, ``LIKE_NUM``)."""

    def __init__(self) -> None:
        self.lower: set[str] = set()
        self.text: set[str] = set()
        self.regexes: list[re.Pattern[str]] = []
        self.like_num = False

    def add(self, spec: dict[str, Any]) -> bool:
        """Add one pattern token; False when it has a key or operator not understood."""
        for key, value in spec.items():
            if key == "OP":
                if value not in _OPTIONAL_OPS and value not in _REQUIRED_OPS:
                    return False  # "!" takes the words that fail the conditions
            elif key in ("LOWER", "TEXT", "ORTH") and isinstance(value, str):
                (self.lower if key == "LOWER" else self.text).add(value)
            elif key in ("LOWER", "TEXT", "ORTH") and isinstance(value, dict):
                for op, arg in value.items():
                    if op == "IN":
                        (self.lower if key == "LOWER" else self.text).update(arg)
                    elif op == "REGEX" and key != "LOWER":
                        self.regexes.append(re.compile(arg))
                    else:
                        return False
            elif key == "LIKE_NUM" and value is True:
                self.like_num = True
            else:
                return False
        return True

    def take(self, text: str, lower: str, like_num: bool) -> bool:
        return (
            lower in self.lower
            or text in self.text
            or (self.like_num and like_num)
            or any(r.search(text) for r in self.regexes)
        )


#: Matcher operators of a pattern token that may match no token, and that need one.
_OPTIONAL_OPS = frozenset({"?", "*"})
_REQUIRED_OPS = frozenset({"+", "1"})


class _TokenTakers:
    """What the tokens of a set of ``Matcher`` patterns can take (see :class:`_Conditions`).

    A match holds only words some pattern token takes (``taken``); its first word is taken
    by a token that can open its pattern (every token before it optional: ``opening``), its
    last by one that can close it (``closing``). A pattern token with any other key or
    operator makes the sets incomplete, and then nothing is cut.
    """

    def __init__(self) -> None:
        self.taken = _Conditions()
        self.opening = _Conditions()
        self.closing = _Conditions()
        self.complete = True

    def add(self, pattern: list[dict[str, Any]]) -> None:
        optional = [spec.get("OP") in _OPTIONAL_OPS for spec in pattern]
        for k, spec in enumerate(pattern):
            ok = self.taken.add(spec)
            if all(optional[:k]):
                ok = self.opening.add(spec) and ok
            if all(optional[k + 1 :]):
                ok = self.closing.add(spec) and ok
            self.complete = self.complete and ok

    def take(self, text: str, lower: str, like_num: bool) -> int:
        """``_TAKEN | _OPENS | _CLOSES`` bits of a word."""
        if not self.taken.take(text, lower, like_num):
            return 0
        bits = _TAKEN
        if self.opening.take(text, lower, like_num):
            bits |= _OPENS
        if self.closing.take(text, lower, like_num):
            bits |= _CLOSES
        return bits


_TAKEN, _OPENS, _CLOSES = 1, 2, 4


def _in(words: object) -> dict[str, Any]:
    return {"LOWER": {"IN": sorted(words)}}  # type: ignore[call-overload]


class DateDetector:
    """Finds time-expression spans in Docs of one language (build once, call per Doc)."""

    def __init__(self, vocab: Vocab, language: str) -> None:
        self.lex: TimeLexicon = time_lexicon(language)
        self.matcher = Matcher(vocab)
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self._triggers: frozenset[int] = frozenset()
        self._digit_shapes: dict[int, bool] = {}  # SHAPE hash -> matches _TRIGGER_SHAPE
        self._takers = _TokenTakers()
        self._taken: dict[int, int] = {}  # ORTH hash -> _TokenTakers.take bits
        self._run_matches: dict[tuple[int, ...], list[tuple[int, int, int]]] = {}
        # read by _label for every span: built once
        self._set_openers = frozenset({"every", "each"} | self.lex.set_heads)
        self._directions = tuple(f" {w} " for w in sorted(self.lex.ago | self.lex.later))
        if not self.lex.empty:
            self._add_patterns(vocab)
            self._triggers = self._trigger_ids(vocab)

    def _trigger_ids(self, vocab: Vocab) -> frozenset[int]:
        """Hashes of the head words every pattern match contains (relative words, ordinals
        and "every" need a unit, month or weekday, which triggers the window anyway)."""
        lex = self.lex
        words: set[str] = {"'", "’"}
        for table in (
            lex.months,
            lex.weekdays,
            lex.units,
            lex.deictic_days,
            lex.parts_of_day,
            lex.seasons,
            lex.sets,
        ):
            words.update(table)
            words.update(w + "." for w in table if len(w) <= 4)
        words.update(lex.clock_zones)
        words.update(lex.meridiem)
        words.update(p.split()[0] for p in lex.ago_prefix)
        words.update(phrase.split()[-1] for phrase in lex.detect_vague)
        words.update(name.split()[-1] for name in lex.holiday_names)
        return frozenset(vocab.strings.add(w) for w in words)

    def _word_bits(self, vocab: Vocab, orth: int) -> int:
        """What the pattern tokens may do with the word ``orth`` (bits of
        :meth:`_TokenTakers.take`; cached: the answer depends on the word alone)."""
        known = self._taken.get(orth)
        if known is None:
            lexeme = vocab[orth]
            known = self._takers.take(lexeme.orth_, lexeme.lower_, lexeme.like_num)
            if len(self._taken) < _TAKEN_CACHE:
                self._taken[orth] = known
        return known

    def _matcher_runs(self, doc: Doc, orths: list[int], window: tuple[int, int]) -> list[Span]:
        """The stretches of the window where a ``Matcher`` match can lie (``orths``: the
        ORTH of every token of ``doc``): the window is cut at the words no pattern token
        takes, and each piece runs from its first word that can open a pattern to its last
        word that can close one (a piece with neither is dropped). Every match lies inside
        one of them, so matching them finds the window's matches, in the same order, while
        the ``Matcher`` (its Python predicates run on every token) reads fewer tokens."""
        start, end = window
        if not self._takers.complete:
            return [doc[start:end]]
        runs: list[Span] = []
        vocab = doc.vocab
        first = last = -1  # the current piece's first opening and last closing word
        for i in range(start, end + 1):
            bits = self._word_bits(vocab, orths[i]) if i < end else 0
            if bits & _TAKEN:
                if first < 0 and bits & _OPENS:
                    first = i
                if first >= 0 and bits & _CLOSES:
                    last = i
                continue
            if first >= 0 and last >= first:
                runs.append(doc[first : last + 1])
            first = last = -1
        return runs

    def _matches(self, run: Span, orths: list[int]) -> list[tuple[int, int, int]]:
        """The ``Matcher``'s matches in ``run`` (offsets in the span), remembered by the
        run's words: when every pattern token reads only what a word is (``LOWER``,
        ``TEXT``, ``LIKE_NUM``: :attr:`_TokenTakers.complete`), the matches of a stretch
        depend on its words alone ("on Monday", "last year" recur from article to
        article). ``orths``: the ORTH of every token of the Doc."""
        if not self._takers.complete:
            return list(self.matcher(run))
        key = tuple(orths[run.start : run.end])
        found = self._run_matches.get(key)
        if found is None:
            found = [(m, a, b) for m, a, b in self.matcher(run)]
            if len(self._run_matches) < _RUN_CACHE:
                self._run_matches[key] = found
        return found

    def clear_memo(self) -> None:
        """Forget the remembered matches of stretches of words (:meth:`_matches`); the
        detector then costs what it costs on words it has not read."""
        self._run_matches.clear()

    def _windows(self, doc: Doc, arr: Any = None) -> list[tuple[int, int]]:
        """Stretches of ``doc`` around trigger words and digits, where patterns may match
        (``arr``: ``doc.to_array([LOWER, SHAPE, ...])`` when the caller has it). The two
        columns are read as Python lists: a set look-up per token costs less than
        ``np.unique`` and two ``np.isin`` calls on a Doc of a few hundred tokens."""
        from spacy.attrs import LOWER, SHAPE

        n = len(doc)
        if n == 0:
            return []
        if arr is None:
            arr = doc.to_array([LOWER, SHAPE])
        lowers, shapes = arr[:, 0].tolist(), arr[:, 1].tolist()
        triggers, digit_shapes = self._triggers, self._digit_shapes
        strings = doc.vocab.strings
        windows: list[tuple[int, int]] = []
        for i in range(n):
            if lowers[i] not in triggers:
                shape = shapes[i]
                digits = digit_shapes.get(shape)
                if digits is None:
                    digits = _TRIGGER_SHAPE.match(strings[shape]) is not None
                    if len(digit_shapes) < _TAKEN_CACHE:
                        digit_shapes[shape] = digits
                if not digits:
                    continue
            start, end = max(0, i - 3), min(n, i + 6)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    # -- patterns ------------------------------------------------------------------------

    def _add_patterns(self, vocab: Vocab) -> None:
        lex = self.lex
        months = set(lex.months) | {m + "." for m in lex.months if len(m) <= 4}
        weekdays = set(lex.weekdays) | {w + "." for w in lex.weekdays if len(w) <= 4}
        month = _in(months)
        day = {"TEXT": {"REGEX": _DAY}}
        year = {"TEXT": {"REGEX": _YEAR}}
        comma = {"TEXT": ",", "OP": "?"}
        the = {"LOWER": "the", "OP": "?"}
        units = _in(u for u in lex.units if u not in lex.ordinals)
        number = {"LOWER": {"IN": sorted(w for w in lex.numbers if " " not in w)}}
        digits = {"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}
        rel = _in(lex.relative)
        rel_target = _in(
            set(lex.units) | months | weekdays | set(lex.seasons) | set(lex.parts_of_day)
        )
        zone = {"LOWER": {"IN": sorted(lex.clock_zones)}, "OP": "?"}
        meridiem = _in(lex.meridiem)
        vague_nums = _in(w for w in lex.vague_numbers if " " not in w)
        quarter = {"quarter"} | {u for u, c in lex.units.items() if c == "Q" and u[-1] != "s"}
        patterns: dict[str, list[list[dict[str, Any]]]] = {
            "DATE": [
                [month, day, comma, year],
                [month, day],
                [month, comma, year],
                [month, {"LOWER": "of"}, year],
                [month],
                [day, month, comma, year],
                [day, month],
                [{"LOWER": "the"}, day, {"LOWER": "of"}, month],
                [_in(weekdays), comma, month, day, comma, year],
                [_in(weekdays)],
                [_in(weekdays), _in(lex.parts_of_day)],
                [_in(lex.deictic_days)],
                [_in(lex.deictic_days), _in(lex.parts_of_day)],
                [the, rel, rel_target],
                *([[the, rel_target, rel]] if lex.relative_follows else []),
                [the, _in(lex.ordinals), {"TEXT": "-", "OP": "?"}, _in(quarter)],
                [the, {"TEXT": {"REGEX": _DECADE}}],
                [{"TEXT": {"REGEX": _SHORT_YEAR}}],
                [{"TEXT": {"IN": ["'", "’"]}}, {"TEXT": {"REGEX": r"^\d\d$"}}],
                [{"TEXT": {"REGEX": _NUMERIC_DATE}}],
                [{"TEXT": {"REGEX": _YEAR_SPAN}}],
                [year, {"TEXT": "-"}, {"TEXT": {"REGEX": _YEAR_TAIL}}],
                [_in(lex.seasons), comma, year],
                [{"LOWER": {"IN": sorted(lex.trim_leading)}}, year],
                [number, units, _in(lex.ago)],
                [digits, units, _in(lex.ago)],
            ],
            "PAST": [
                [*({"LOWER": w} for w in prefix.split()), count, units]
                for prefix in sorted(lex.ago_prefix)
                for count in (number, digits)
            ],
            "TIME": [
                [
                    {"TEXT": {"REGEX": _CLOCK}},
                    {"LOWER": {"IN": sorted(lex.meridiem)}, "OP": "?"},
                    zone,
                ],
                [{"TEXT": {"REGEX": _MILITARY}}, {"LOWER": {"IN": sorted(lex.clock_zones)}}],
                [{"TEXT": {"REGEX": r"^(1[0-2]|0?[1-9])$"}}, meridiem, zone],
            ],
            "DURATION": [
                [number, units],
                [digits, units],
                [digits, {"TEXT": "-"}, units],
                [number, {"TEXT": "-"}, units],
                [vague_nums, units],
                [
                    {"LOWER": {"IN": ["for", "within", "in", "over"]}},
                    _in(u for u in lex.units if u.endswith("s")),
                ],
            ],
            "SET": [
                [_in(lex.sets)],
                [
                    {"LOWER": {"IN": sorted({"every", "each"} | lex.set_heads)}},
                    {"LIKE_NUM": True, "OP": "?"},
                    _in(set(lex.units) | weekdays),
                ],
            ],
        }
        if lex.date_links:  # "12 de octubre de 2005", "octubre de 2005"
            link = _in(lex.date_links)
            patterns["DATE"] += [[day, link, month, link, year], [day, link, month]]
            patterns["DATE"] += [[month, link, year], [_in(lex.ordinals), _in(quarter), link, year]]
            patterns["DATE"] += [[_in(weekdays), comma, day, {**link, "OP": "?"}, month]]
        if lex.decade_words:  # "los años 90", "gli anni '80"
            quote = {"TEXT": {"IN": ["'", "’"]}, "OP": "?"}
            decade = {"TEXT": {"REGEX": r"^'?[1-9]0$"}}
            patterns["DATE"].append([_in(lex.decade_words), quote, decade])
        for label, pats in patterns.items():
            if label == "PAST" and not lex.ago_prefix:
                continue
            self.matcher.add("DATE" if label == "PAST" else label, pats)
            for pattern in pats:
                self._takers.add(pattern)
        self.phrases.add("DATE", [vocab_doc(vocab, p) for p in sorted(lex.detect_vague)])
        names = [n.replace("'s", " 's") for n in sorted(lex.holiday_names)]
        names += [f"{n} {u}" for n in names for u in lex.units if lex.units[u] in ("W", "WE")]
        names += [n.replace(" 's", " ’s") for n in names if "'s" in n]
        self.phrases.add("DATE", [vocab_doc(vocab, n) for n in names])

    # -- filters -------------------------------------------------------------------------

    def _plausible_word(self, token: Token) -> bool:
        """Reject modal "may", verbs "march"/"fall", lowercase "sun" and the like."""
        low = token.lower_.rstrip(".")
        lex = self.lex
        if low not in lex.ambiguous_capitalised:
            return True
        named = low in lex.months or low in lex.weekdays
        if named and lex.capitalised_names and not (token.is_title or token.is_upper):
            return False
        if token.tag_ == "MD" or token.pos_ in ("VERB", "AUX"):
            return False
        return token.ent_type_ not in ("PERSON", "ORG") or low in lex.seasons

    def _has_time_word(self, span: Span) -> bool:
        lex = self.lex
        if holiday_key(doc_text(span.doc)[span.start_char : span.end_char]) in lex.holidays:
            return True
        for token in span:
            low = token.lower_.rstrip(".")
            if _TIME_WORD.search(token.text):
                return True
            if (
                low in lex.months
                or low in lex.weekdays
                or low in lex.units
                or low in lex.deictic_days
                or low in lex.seasons
                or low in lex.parts_of_day
                or low in lex.sets
                or low in lex.vague
            ) and self._plausible_word(token):
                return True
        return False

    # -- cleaning of NER spans -----------------------------------------------------------

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        lex = self.lex
        while (
            start < end
            and not self._approximates(doc, start, end)
            and (
                doc[start].lower_ in lex.trim_leading
                or (doc[start].is_punct and not _short_year_quote(doc, start, end))
                or doc[start].is_space
            )
        ):
            start += 1
        while end > start and (
            doc[end - 1].lower_ in lex.trim_trailing
            or (doc[end - 1].is_punct and doc[end - 1].text not in (".",))
            or doc[end - 1].is_space
        ):
            end -= 1
        start = self._extend(doc, start, end)
        # "15 a year": a count before a set expression
        if end - start == 3 and doc[start].like_num and doc[start + 1].lower_ in ("a", "per"):
            start += 1
        return start, end

    def _extend(self, doc: Doc, start: int, end: int) -> int:
        """Move ``start`` back over the articles and phrases TIMEX3 keeps in the extent
        ("el lunes", "los últimos tres años", "a finales de mayo")."""
        if not self.lex.keep_leading:
            return start
        while 0 < start < end:
            for n in (3, 2, 1):
                before = doc[max(0, start - n) : start]
                if len(before) == n and before.text.lower() in self.lex.keep_leading:
                    start -= n
                    break
            else:
                return start
        return start

    def _approximates(self, doc: Doc, i: int, end: int) -> bool:
        """Whether ``doc[i:]`` starts with an approximator before a count ("nearly five
        months", "more than a year"): TIMEX3 keeps it in the extent (as its ``mod``)."""
        lex = self.lex
        for n in (2, 1):
            if i + n >= end or " ".join(t.lower_ for t in doc[i : i + n]) not in lex.approximators:
                continue
            nxt = doc[i + n]
            return nxt.like_num or nxt.lower_ in lex.numbers or nxt.lower_ in lex.vague_numbers
        return False

    def _fraction(self, doc: Doc, end: int) -> bool:
        """Whether the span ending at ``end`` is a fraction ("a quarter of its dealers")."""
        lex = self.lex
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return False
        if lex.units.get(doc[end - 1].lower_) != "Q":
            return False
        after = doc[end + 1]
        return not (after.like_num or after.lower_ in lex.relative or after.lower_ == "the")

    def _not_time(self, doc: Doc, start: int, end: int) -> bool:
        """An age ("35-year-old"), a clip length ("the 2:30 video") or a named day that
        classifies a thing ("a Christmas tree"), not a time."""
        lex = self.lex
        return (
            is_age(doc, start, end, lex)
            or is_clip_time(doc, start, end, lex)
            or is_holiday_modifier(doc, start, end, lex)
        )

    def _split(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Split at list words ("April and June") and at commas not followed by a year."""
        lex = self.lex
        pieces: list[tuple[int, int]] = []
        begin = start
        for i in range(start + 1, end - 1):
            tok = doc[i]
            nxt = doc[i + 1]
            cut = tok.lower_ in lex.split_words
            if tok.text == "," and not re.match(_YEAR, nxt.text):
                head = doc[begin:i]
                cut = not (len(head) == 1 and head[0].lower_.rstrip(".") in lex.weekdays)
            if cut:
                pieces.append((begin, i))
                begin = i + 1
        pieces.append((begin, end))
        return pieces

    # -- main ----------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> list[Span]:
        """The time-expression spans of ``doc``, labelled, in text order, non-overlapping."""
        lex = self.lex
        candidates: list[tuple[int, int, str, bool]] = []  # start, end, label, from NER
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            pieces = [(ent.start, ent.end)] if lex.empty else self._split(doc, ent.start, ent.end)
            for s, e in pieces:
                s, e = self._trim(doc, s, e)
                if e > s and (self._fraction(doc, e) or self._not_time(doc, s, e)):
                    continue
                if e > s and (lex.empty or self._has_time_word(doc[s:e])):
                    candidates.append((s, e, ent.label_, True))
        if not lex.empty and len(doc):
            from spacy.attrs import LOWER, ORTH, SHAPE

            arr = doc.to_array([LOWER, SHAPE, ORTH])
            orths = arr[:, 2].tolist()
            matches: list[tuple[int, int, int]] = []
            for w_start, w_end in self._windows(doc, arr):
                # the Matcher answers in span offsets, the PhraseMatcher in Doc offsets
                for run in self._matcher_runs(doc, orths, (w_start, w_end)):
                    matches.extend(
                        (m, run.start + a, run.start + b) for m, a, b in self._matches(run, orths)
                    )
                matches.extend(self.phrases(doc[w_start:w_end]))
            # the same span often matches several patterns: test it once
            kept: dict[tuple[int, int], tuple[int, int] | None] = {}
            for match_id, s, e in matches:
                if (s, e) not in kept:
                    kept[s, e] = self._matched_extent(doc, s, e)
                extent = kept[s, e]
                if extent is not None:
                    candidates.append((*extent, doc.vocab.strings[match_id], False))
        labelled = [(s, e, self._label(doc[s:e], label)) for s, e, label in self._merge(candidates)]
        return [Span(doc, s, e, label=label) for s, e, label in join_ranges(doc, labelled, lex)]

    def _matched_extent(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The trimmed extent of a pattern match ``doc[start:end]``, or None when it is no
        time expression (an implausible word, a fraction, an age, a clip length, a named
        day as a modifier, part of a name); the same for every pattern that matched it."""
        if not all(self._plausible_word(t) for t in doc[start:end]):
            return None
        start, end = self._trim(doc, start, end)
        if end <= start or self._fraction(doc, end) or self._not_time(doc, start, end):
            return None
        return None if is_in_name(doc, start, end) else (start, end)

    @staticmethod
    def _merge(candidates: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str]]:
        """Union overlapping or directly adjacent candidates."""
        out: list[list[Any]] = []
        for s, e, label, _ in sorted(candidates, key=lambda c: (c[0], -c[1])):
            if (
                out
                and s <= out[-1][1]
                and (s < out[-1][1] or label == "TIME" or out[-1][2] == "TIME")
            ):
                out[-1][1] = max(out[-1][1], e)
                continue
            out.append([s, e, label])
        return [(s, e, label) for s, e, label in out]

    def _is_count(self, token: Token, low: str) -> bool:
        lex = self.lex
        if low in lex.ordinals or re.match(_YEAR, low) or re.match(r"^\d+(st|nd|rd|th)$", low):
            return False
        return token.like_num or low in lex.numbers or low in lex.vague_numbers

    def _counts_unit(self, lows: list[str], j: int, units: list[str]) -> bool:
        """Whether a unit follows at ``j``, past a hyphen or adjectives ("six straight days")."""
        lex = self.lex
        for k in range(j, min(j + 3, len(lows))):
            if lows[k] in units:
                return True
            if lows[k] != "-" and (
                not lows[k].isalpha()
                or lows[k] in lex.numbers
                or lows[k] in lex.relative
                or lows[k] in lex.ordinals
            ):
                return False
        return False

    def _label(self, span: Span, label: str) -> str:
        """TIMEX3 type of a detected span."""
        lex = self.lex
        if lex.empty:
            return label
        lows = [t.lower_.rstrip(".") for t in span]
        if any(w in lex.sets for w in lows) or (lows and lows[0] in self._set_openers):
            return "SET"
        if len(lows) >= 2 and lows[-2] in ("a", "per") and lows[-1] in lex.units and len(lows) == 2:
            return "SET" if span.start > 0 and span.doc[span.start - 1].like_num else "DURATION"
        clock = any(_CLOCK_RE.match(t.text) for t in span) or any(
            _MILITARY_RE.match(a) and b in lex.clock_zones for a, b in itertools.pairwise(lows)
        )
        if clock or any(w in lex.meridiem for w in lows):
            return "TIME"
        units = [
            w
            for i, w in enumerate(lows)
            if w in lex.units and not (w in lex.ordinals and i + 1 < len(lows))
        ]
        has_unit = bool(units)
        joined = " " + " ".join(lows) + " "
        directional = any(w in joined for w in self._directions)
        counted = any(
            self._is_count(t, w) and self._counts_unit(lows, i + 1, units)
            for i, (t, w) in enumerate(zip(span, lows, strict=True))
        )
        if has_unit and not directional and counted:
            return "DURATION"  # also "the past five days", "the next six months" (TIMEX3)
        bare = [w for w in lows if w != "the"]
        if len(bare) == 1 and bare[0] in units and bare[0].endswith("s"):
            return "DURATION"
        if any(w in lex.parts_of_day for w in lows) and not has_unit:
            return "TIME"  # "Friday morning", "last night" (TIMEX3 TIME)
        return "DATE"


def _short_year_quote(doc: Doc, i: int, end: int) -> bool:
    """Whether ``doc[i]`` is the apostrophe of a split short year ("'" "82")."""
    return doc[i].text in ("'", "’") and i + 1 < end and bool(re.match(r"^\d\d$", doc[i + 1].text))


def vocab_doc(vocab: Vocab, text: str) -> Doc:
    """A Doc of ``text`` split on spaces (for PhraseMatcher patterns)."""
    return Doc(vocab, words=text.split())
