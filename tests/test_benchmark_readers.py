"""The MEANTIME reader and attribution scorer behind ``benchmarks/attribution.py``.

Every test runs on a tiny synthetic corpus written to a temporary folder in MEANTIME's raw CAT
XML layout (``<root>/en_raw/intra_cross-doc_annotation/corpus_<topic>/<id>_<title>.xml``:
tokens, ``<Markables>`` with mentions and instances, ``<Relations>``). The articles, people and
organisations are invented; no sentence, name or id comes from the real corpus, which is never
read. No claimx parsing happens here (the benchmark itself does that).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape, quoteattr

import pytest
from _bench import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def _load(name: str, module_name: str) -> ModuleType:
    return load_benchmark(name, module_name)


meantime = _load("_meantime", "_meantime")  # the name attribution.py imports it by


# --- a synthetic corpus in MEANTIME's raw XML layout ----------------------------------------


@dataclass
class _Article:
    """One document being written: tokens, markables and relations as MEANTIME lays them out."""

    doc_id: str
    topic: str
    slug: str
    """The file name after ``<doc_id>_`` (the title with ``_`` for spaces)."""
    sentences: list[str]
    """Space-separated tokens per sentence; 0 is the title, 1 the dateline."""
    markables: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)
    next_m: int = 1
    next_r: int = 500001

    def t_ids(self, sentence: int, phrase: str, nth: int = 0) -> list[int]:
        """Token ids of the ``nth`` occurrence of ``phrase`` in a sentence."""
        words = phrase.split(" ")
        tokens = self.sentences[sentence].split(" ")
        first = 1 + sum(len(s.split(" ")) for s in self.sentences[:sentence])
        hits = [
            i for i in range(len(tokens) - len(words) + 1) if tokens[i : i + len(words)] == words
        ]
        return [first + hits[nth] + k for k in range(len(words))]

    def _markable(self, tag: str, attrs: dict[str, str], t_ids: list[int] | None) -> str:
        m_id = str(self.next_m)
        self.next_m += 1
        text = " ".join(f"{k}={quoteattr(v)}" for k, v in sorted({**attrs, "m_id": m_id}.items()))
        if t_ids is None:
            self.markables.append(f"<{tag} {text}/>")
        else:
            anchors = [f'<token_anchor t_id="{t}"/>' for t in t_ids]
            self.markables += [f"<{tag} {text}>", *anchors, f"</{tag}>"]
        return m_id

    def entity_mention(self, sentence: int, phrase: str, nth: int = 0) -> str:
        attrs = {"comment": "", "head": "", "syntactic_type": "NAM"}
        return self._markable("ENTITY_MENTION", attrs, self.t_ids(sentence, phrase, nth))

    def event_mention(
        self, sentence: int, phrase: str, *, pred: str, pos: str = "VERB", nth: int = 0
    ) -> str:
        attrs = {
            "aspect": "NONE",
            "certainty": "CERTAIN",
            "comment": "",
            "modality": "",
            "polarity": "POS",
            "pos": pos,
            "pred": pred,
            "special_cases": "NONE",
            "tense": "PAST" if pos == "VERB" else "NONE",
            "time": "NON_FUTURE",
        }
        return self._markable("EVENT_MENTION", attrs, self.t_ids(sentence, phrase, nth))

    def timex(self, sentence: int, phrase: str, value: str, function: str = "NONE") -> str:
        attrs = {
            "anchorTimeID": "",
            "beginPoint": "",
            "comment": "",
            "endPoint": "",
            "functionInDocument": function,
            "type": "DATE",
            "value": value,
        }
        return self._markable("TIMEX3", attrs, self.t_ids(sentence, phrase))

    def value(self, sentence: int, phrase: str, kind: str) -> str:
        attrs = {"comment": "", "type": kind}
        return self._markable("VALUE", attrs, self.t_ids(sentence, phrase))

    def entity(self, descriptor: str, ent_type: str, instance_id: str) -> str:
        attrs = {"TAG_DESCRIPTOR": descriptor, "ent_type": ent_type, "instance_id": instance_id}
        return self._markable("ENTITY", attrs, None)

    def event(
        self, descriptor: str, cls: str, instance_id: str | None, external_ref: str = ""
    ) -> str:
        attrs = {"TAG_DESCRIPTOR": descriptor, "class": cls, "external_ref": external_ref}
        if instance_id is None:  # a document-only instance
            attrs["comment"] = ""
        else:
            attrs["instance_id"] = instance_id
        return self._markable("EVENT", attrs, None)

    def relation(self, kind: str, sources: list[str], target: str, **attrs: str) -> None:
        text = " ".join(
            f"{k}={quoteattr(v)}" for k, v in sorted({**attrs, "r_id": str(self.next_r)}.items())
        )
        self.next_r += 1
        self.relations += [
            f"<{kind} {text}>",
            *(f'<source m_id="{s}"/>' for s in sources),
            f'<target m_id="{target}"/>',
            f"</{kind}>",
        ]

    def participant(self, event: str, entity: str, role: str) -> None:
        self.relation(
            "HAS_PARTICIPANT",
            [event],
            entity,
            comment="",
            frame="",
            frame_element="",
            sem_role=role,
            sem_role_framework="PROPBANK",
        )

    def tlink(self, source: str, target: str, reltype: str) -> None:
        self.relation("TLINK", [source], target, comment="", reltype=reltype, signalID="")

    def write(self, annotation: Path) -> Path:
        name = f"{self.doc_id}_{self.slug}"
        lines = [
            f'<?xml version="1.0" ?><Document doc_id="{self.doc_id}" doc_name={quoteattr(name)} '
            f'lang="en" url={quoteattr("https://news.example.org/wiki/" + self.slug)}>'
        ]
        t_id = 1
        for index, sentence in enumerate(self.sentences):
            for word in sentence.split(" "):
                lines.append(
                    f'<token number="{t_id - 1}" sentence="{index}" t_id="{t_id}">'
                    f"{escape(word)}</token>"
                )
                t_id += 1
        lines += ["<Markables>", *self.markables, "</Markables>"]
        lines += ["<Relations>", *self.relations, "</Relations>", "</Document>"]
        path = annotation / f"corpus_{self.topic}" / f"{name}.xml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path


def _dairy_deal() -> _Article:
    """Four speech events: with source and content, PropBank/-EHU lemmas, one past sentence 5."""
    a = _Article(
        "910001",
        "dairy",
        "Orchardine_Foods_buys_Pellwick_Dairy,_plans_new_plant",
        [
            "Orchardine Foods buys Pellwick Dairy , plans new plant",
            "April 14 , 2011",
            "Orchardine Foods chief executive Marta Quillen said that the company would open "
            "a cheese plant in Ravensholt by June .",
            "Quillen told reporters that the price was `` fair '' .",
            "Analysts expected Pellwick 's shares to rise 4 % on Friday .",
            "The deal does n't need approval from regulators .",
            "A Pellwick spokesman said the dairy 's 300 workers would keep their jobs .",
        ],
    )
    dct = a.timex(1, "April 14 , 2011", "2011-04-14", "CREATION_TIME")
    june = a.timex(2, "June", "2011-06")
    a.value(4, "4 %", "PERCENT")
    orchardine = a.entity_mention(0, "Orchardine Foods")
    pellwick = a.entity_mention(0, "Pellwick Dairy")
    ceo = a.entity_mention(2, "Orchardine Foods chief executive Marta Quillen")
    company = a.entity_mention(2, "the company")
    quillen = a.entity_mention(3, "Quillen")
    reporters = a.entity_mention(3, "reporters")
    spokesman = a.entity_mention(6, "A Pellwick spokesman")
    buys = a.event_mention(0, "buys", pred="buy")
    said = a.event_mention(2, "said", pred="say")
    open_ = a.event_mention(2, "open", pred="open")
    told = a.event_mention(3, "told", pred="")
    fair = a.event_mention(3, "fair", pred="fair", pos="ADJ")
    expected = a.event_mention(4, "expected", pred="")
    rise = a.event_mention(4, "rise", pred="rise")
    said_late = a.event_mention(6, "said", pred="say")
    keep = a.event_mention(6, "keep", pred="keep")
    e_orchardine = a.entity("Orchardine Foods", "ORG", "ORG90000000000000001")
    e_pellwick = a.entity("Pellwick Dairy", "ORG", "ORG90000000000000002")
    e_quillen = a.entity("Marta Quillen", "PER", "PER90000000000000003")
    e_reporters = a.entity("reporters", "PER", "PER90000000000000004")
    e_spokesman = a.entity("Pellwick spokesman", "PER", "PER90000000000000005")
    v_buy = a.event("buy VUA", "OTHER", "OTH90000000000000006")
    v_said = a.event("say VUA", "SPEECH_COGNITIVE", "SPE90000000000000007")
    v_open = a.event("open VUA", "OTHER", "OTH90000000000000008")
    v_told = a.event("told", "SPEECH_COGNITIVE", "SPE90000000000000009", "tell.01")
    v_fair = a.event("fair", "OTHER", None)
    v_expected = a.event("Expect-EHU", "SPEECH_COGNITIVE", "SPE90000000000000010")
    v_rise = a.event("rise VUA", "OTHER", "OTH90000000000000011")
    v_said_late = a.event("say VUA", "SPEECH_COGNITIVE", "SPE90000000000000012")
    v_keep = a.event("keep VUA", "OTHER", "OTH90000000000000013")
    a.relation("SLINK", [said], open_)
    a.relation("SLINK", [told], fair)
    a.relation("SLINK", [expected], rise)
    a.relation("SLINK", [said_late], keep)
    a.participant(buys, orchardine, "Arg0")  # not a speech event: never a statement
    a.participant(buys, pellwick, "Arg1")
    a.participant(said, ceo, "Arg0")
    a.participant(open_, company, "Arg0")
    a.participant(told, quillen, "Arg0")
    a.participant(told, reporters, "Arg2")  # not Arg0: never a source
    a.participant(said_late, spokesman, "Arg0")
    a.tlink(dct, said, "INCLUDES")
    a.tlink(open_, june, "BEFORE")
    a.relation("REFERS_TO", [orchardine, company], e_orchardine)
    a.relation("REFERS_TO", [pellwick], e_pellwick)
    a.relation("REFERS_TO", [ceo, quillen], e_quillen)
    a.relation("REFERS_TO", [reporters], e_reporters)
    a.relation("REFERS_TO", [spokesman], e_spokesman)
    for mention, instance in [
        (buys, v_buy),
        (said, v_said),
        (open_, v_open),
        (told, v_told),
        (fair, v_fair),
        (expected, v_expected),
        (rise, v_rise),
        (said_late, v_said_late),
        (keep, v_keep),
    ]:
        a.relation("REFERS_TO", [mention], instance)
    return a


def _dairy_strike() -> _Article:
    """A creation time written day-month-year (not ISO): ``published`` comes from the dateline."""
    a = _Article(
        "910002",
        "dairy",
        "Pellwick_Dairy_workers_vote_to_strike",
        [
            "Pellwick Dairy workers vote to strike",
            "September 05 , 2012",
            "Union leader Tomas Brenner announced on Wednesday that workers at Pellwick Dairy "
            "would walk out next month .",
            "Orchardine Foods said it was `` disappointed '' by the vote .",
        ],
    )
    a.timex(1, "September 05 , 2012", "05-09-2012", "CREATION_TIME")
    a.timex(2, "Wednesday", "2012-09-05")
    brenner = a.entity_mention(2, "Union leader Tomas Brenner")
    orchardine = a.entity_mention(3, "Orchardine Foods")
    announced = a.event_mention(2, "announced", pred="announce")
    walk = a.event_mention(2, "walk", pred="walk")
    said = a.event_mention(3, "said", pred="say")
    disappointed = a.event_mention(3, "disappointed", pred="disappoint", pos="ADJ")
    e_brenner = a.entity("Tomas Brenner", "PER", "PER90000000000000014")
    e_orchardine = a.entity("Orchardine Foods", "ORG", "ORG90000000000000001")
    a.relation("SLINK", [announced], walk)
    a.relation("SLINK", [said], disappointed)
    a.participant(announced, brenner, "Arg0")
    a.participant(said, orchardine, "Arg0")
    a.relation("REFERS_TO", [brenner], e_brenner)
    a.relation("REFERS_TO", [orchardine], e_orchardine)
    for mention, descriptor, cls, key in [
        (announced, "announce VUA", "SPEECH_COGNITIVE", "SPE90000000000000015"),
        (walk, "walk out VUA", "OTHER", "OTH90000000000000016"),
        (said, "say VUA", "SPEECH_COGNITIVE", "SPE90000000000000017"),
        (disappointed, "disappointed VUA", "OTHER", "OTH90000000000000018"),
    ]:
        a.relation("REFERS_TO", [mention], a.event(descriptor, cls, key))
    return a


def _tram_line() -> _Article:
    """No flagged creation time (the dateline TIMEX3 is used); a speech noun with no source."""
    a = _Article(
        "920001",
        "transit",
        "Kessburg_tram_line_to_reopen_in_May",
        [
            "Kessburg tram line to reopen in May",
            "February 28 , 2013",
            "The Kessburg transport authority said on Thursday that repairs to the line 's "
            "bridge cost $ 12 million .",
            "`` We are n't going to cut corners , '' said engineer Lina Vasquette .",
            "Commuters welcomed the news .",
        ],
    )
    a.timex(0, "May", "2013-05")  # listed first, but not in the dateline
    a.timex(1, "February 28 , 2013", "2013-02-28")
    a.value(2, "$ 12 million", "MONEY")
    authority = a.entity_mention(2, "The Kessburg transport authority")
    engineer = a.entity_mention(3, "engineer Lina Vasquette")
    we = a.entity_mention(3, "We")
    said = a.event_mention(2, "said", pred="say")
    cost = a.event_mention(2, "cost", pred="cost")
    said_quote = a.event_mention(3, "said", pred="say")
    cut = a.event_mention(3, "cut", pred="cut")
    news = a.event_mention(4, "news", pred="", pos="NOUN")
    e_authority = a.entity("Kessburg transport authority", "ORG", "ORG90000000000000019")
    e_engineer = a.entity("Lina Vasquette", "PER", "PER90000000000000020")
    a.relation("SLINK", [said], cost)
    a.relation("SLINK", [said_quote], cut)
    a.participant(said, authority, "Arg0")
    a.participant(said_quote, engineer, "Arg0")
    a.participant(cut, we, "Arg0")
    a.relation("REFERS_TO", [authority, we], e_authority)
    a.relation("REFERS_TO", [engineer], e_engineer)
    for mention, descriptor, cls, key in [
        (said, "say VUA", "SPEECH_COGNITIVE", "SPE90000000000000021"),
        (cost, "cost VUA", "OTHER", "OTH90000000000000022"),
        (said_quote, "say VUA", "SPEECH_COGNITIVE", "SPE90000000000000023"),
        (cut, "cut VUA", "OTHER", "OTH90000000000000024"),
        (news, "news VUA", "SPEECH_COGNITIVE", "SPE90000000000000025"),  # no lemma source
    ]:
        a.relation("REFERS_TO", [mention], a.event(descriptor, cls, key))
    return a


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A MEANTIME-shaped folder (``meantime/en_raw/intra_cross-doc_annotation/...``)."""
    root = tmp_path_factory.mktemp("corpora") / "meantime"
    annotation = root / "en_raw" / "intra_cross-doc_annotation"
    for article in (_dairy_deal(), _dairy_strike(), _tram_line()):
        article.write(annotation)
    return root


def _path(corpus: Path, doc_id: str) -> Path:
    (path,) = corpus.glob(f"en_raw/intra_cross-doc_annotation/*/{doc_id}_*.xml")
    return path


# --- tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["He", "said", "``", "No", "''", "."], "He said “No”."),
        (["Velmora", "'", "best", "ship"], "Velmora' best ship"),
        (["the", "aircraft", "'s", "life"], "the aircraft's life"),
        (["a", "US$", "40", "billion", "deal"], "a US$40 billion deal"),
        (["they", "do", "n't", "know", "."], "they don't know."),
        (["company", "(", "VLM", ")", ","], "company (VLM),"),
        (["on", "`", "Black", "Monday", "'", "anniversary"], "on ‘Black Monday’ anniversary"),
        (["as", '"', "voice", "control", '"', ","], 'as "voice control",'),
        (["up", "5", "%", "to", "$", "96bn"], "up 5% to $96bn"),
        (["Wayne", "’", "s", "World"], "Wayne’s World"),
        (["iLife", "'11", "suite"], "iLife '11 suite"),
        (["called", "it", "“", "exciting", "”", "."], "called it “exciting”."),
    ],
)
def test_detokenize(tokens: list[str], expected: str) -> None:
    text, offsets = meantime.detokenize(tokens)
    assert text == expected
    assert len(offsets) == len(tokens)
    for (start, end), token in zip(offsets, tokens, strict=True):
        piece = text[start:end]
        assert piece == token or (token, piece) in {
            ("``", "“"),
            ("''", "”"),
            ("`", "‘"),
            ("'", "’"),
        }


def test_document_layout_and_token_offsets(corpus: Path) -> None:
    path = _path(corpus, "910001")
    assert path.parent.name == "corpus_dairy"
    doc = meantime.read_doc(path)
    assert doc.doc_id == "910001"
    assert doc.name == "910001_Orchardine_Foods_buys_Pellwick_Dairy,_plans_new_plant"
    assert doc.topic == "corpus_dairy"
    assert len(doc.tokens) == 79
    assert doc.title == "Orchardine Foods buys Pellwick Dairy, plans new plant"
    assert doc.text == (
        "Orchardine Foods buys Pellwick Dairy, plans new plant\n\n"
        "April 14, 2011\n\n"
        "Orchardine Foods chief executive Marta Quillen said that the company would open a "
        "cheese plant in Ravensholt by June. Quillen told reporters that the price was “fair”. "
        "Analysts expected Pellwick's shares to rise 4% on Friday. The deal doesn't need "
        "approval from regulators. A Pellwick spokesman said the dairy's 300 workers would "
        "keep their jobs."
    )
    assert doc.dct == "2011-04-14"
    assert doc.published == "2011-04-14"
    assert len(doc.sentences) == 7
    start, end = doc.sentences[1]
    assert doc.text[start:end] == "April 14, 2011"
    for token in doc.tokens.values():
        assert doc.text[token.start : token.end] in {token.raw, "“", "”", "‘", "’"}
    # markables (anchored on tokens), instance nodes and relations, as written
    assert Counter(m.kind for m in doc.mentions.values()) == {
        "TIMEX3": 2,
        "VALUE": 1,
        "ENTITY_MENTION": 7,
        "EVENT_MENTION": 9,
    }
    assert Counter(i.kind for i in doc.instances.values()) == {"ENTITY": 5, "EVENT": 9}
    assert Counter(r.kind for r in doc.relations) == {
        "SLINK": 4,
        "HAS_PARTICIPANT": 7,
        "TLINK": 2,
        "REFERS_TO": 14,
    }
    assert {doc.span_text(m) for m, x in doc.mentions.items() if x.kind == "VALUE"} == {"4%"}
    assert {doc.span_text(m) for m, x in doc.mentions.items() if x.kind == "TIMEX3"} == {
        "April 14, 2011",
        "June",
    }


def test_malformed_creation_time_falls_back_to_dateline(corpus: Path) -> None:
    doc = meantime.read_doc(_path(corpus, "910002"))
    assert doc.dct == "05-09-2012"
    assert doc.published == "2012-09-05"


def test_unflagged_creation_time_is_the_dateline_timex(corpus: Path) -> None:
    doc = meantime.read_doc(_path(corpus, "920001"))
    assert doc.dct == "2013-02-28"  # not the title's "May" (2013-05), listed before it
    assert doc.published == "2013-02-28"


def test_speech_event_with_source_and_content(corpus: Path) -> None:
    doc = meantime.read_doc(_path(corpus, "910001"))
    statements = meantime.speech_statements(doc)
    assert [doc.span_text(s.cue) for s in statements] == ["said", "told", "expected", "said"]
    quillen = [
        s
        for s in statements
        if any(doc.span_text(src).endswith("Marta Quillen") for src in s.sources)
    ]
    assert len(quillen) == 1
    gold = quillen[0]
    assert doc.span_text(gold.cue) == "said"
    assert gold.lemma == "say"
    assert gold.doc_id == "910001"
    assert gold.event_instance == "SPE90000000000000007"
    assert [doc.span_text(s) for s in gold.sources] == [
        "Orchardine Foods chief executive Marta Quillen"
    ]
    assert [doc.span_text(c) for c in gold.contents] == ["open"]
    assert gold.attributed
    assert gold.sentence == 2
    start, end = doc.sentences[gold.sentence]
    assert doc.text[start:end].startswith(
        "Orchardine Foods chief executive Marta Quillen said that"
    )
    # the Arg0 mention resolves to an entity instance that has that mention among its mentions
    assert len(gold.source_instances) == 1
    instance = doc.instances[gold.source_instances[0]]
    assert (instance.kind, instance.cls, instance.key) == ("ENTITY", "PER", "PER90000000000000003")
    assert gold.sources[0] in doc.mentions_of(instance.m_id)
    assert sorted(doc.span_text(m) for m in doc.mentions_of(instance.m_id)) == [
        "Orchardine Foods chief executive Marta Quillen",
        "Quillen",
    ]
    cue_start, cue_end = doc.char_span(gold.cue)
    assert doc.text[cue_start:cue_end] == "said"
    assert cue_start == len("Orchardine Foods buys Pellwick Dairy, plans new plant\n\n") + len(
        "April 14, 2011\n\nOrchardine Foods chief executive Marta Quillen "
    )

    told, expected, late = statements[1:]
    # lemma from the instance's PropBank sense; the other speaker mention of the same instance
    assert told.lemma == "tell"
    assert [doc.span_text(s) for s in told.sources] == ["Quillen"]  # Arg2 "reporters" left out
    assert told.source_instances == gold.source_instances
    assert [doc.span_text(c) for c in told.contents] == ["fair"]
    # lemma from a "-EHU" descriptor; a content without a source is not attributed
    assert expected.lemma == "expect"
    assert expected.sources == ()
    assert expected.source_instances == ()
    assert [doc.span_text(c) for c in expected.contents] == ["rise"]
    assert not expected.attributed
    assert late.sentence == 6
    assert late.attributed
    # the non-speech "buys" has an Arg0 but is no statement
    assert all(doc.span_text(s.cue) != "buys" for s in statements)


def test_iter_docs_counts(corpus: Path) -> None:
    docs = list(meantime.iter_docs(corpus))
    statements = [s for d in docs for s in meantime.speech_statements(d)]
    assert [(d.topic, d.doc_id) for d in docs] == [
        ("corpus_dairy", "910001"),
        ("corpus_dairy", "910002"),
        ("corpus_transit", "920001"),
    ]
    assert [len(d.tokens) for d in docs] == [79, 40, 50]
    assert len(statements) == 9
    assert sum(bool(s.sources) for s in statements) == 7
    assert sum(s.attributed for s in statements) == 7
    assert all(d.published for d in docs)
    news = statements[-1]
    assert (docs[2].span_text(news.cue), news.lemma, news.sources, news.contents) == (
        "news",
        None,
        (),
        (),
    )
    # the en_raw/ folder and the annotation folder itself are accepted too
    assert [d.doc_id for d in meantime.iter_docs(corpus / "en_raw")] == [d.doc_id for d in docs]
    annotation = corpus / "en_raw" / "intra_cross-doc_annotation"
    assert len(list(meantime.iter_docs(annotation))) == 3
    with pytest.raises(FileNotFoundError):
        list(meantime.iter_docs(corpus / "en_raw" / "intra_cross-doc_annotation" / "corpus_dairy"))


def test_scorer_gives_one_on_gold_and_less_on_damaged_predictions(corpus: Path) -> None:
    attribution = _load("attribution", "claimx_benchmark_attribution")
    evals, articles, _ = attribution.evaluate(corpus, oracle=True)
    assert articles == []  # oracle mode: nothing parsed
    assert [ev.doc.doc_id for ev in evals] == ["910001", "910002", "920001"]
    perfect = attribution.score(evals, "all")
    assert perfect["cue"]["exact"]["gold"] == 9
    assert perfect["cue"]["exact"]["f1"] == 1.0
    assert perfect["speaker"]["overlap"]["f1"] == 1.0
    assert perfect["content"]["overlap"]["f1"] == 1.0
    assert perfect["speaker_accuracy_on_found"]["n"] == 7
    assert perfect["speaker_accuracy_on_found"]["instance"] == 1.0
    whole = attribution.score(evals, "attributed")
    region = attribution.score(evals, "attributed", region=True)
    assert whole["cue"]["exact"]["gold"] == 7
    assert region["cue"]["exact"]["gold"] == 6  # the spokesman (sentence 6) is outside
    assert region["cue"]["exact"]["f1"] == 1.0
    for ev in evals:  # drop every speaker and widen every cue by one character
        ev.pred = [replace(p, speaker=None, cue=(p.cue[0], p.cue[1] + 1)) for p in ev.pred]
        ev.pairs = {}
        ev.align()
    damaged = attribution.score(evals, "attributed", region=True)
    assert damaged["cue"]["exact"]["f1"] == 0.0
    assert damaged["cue"]["overlap"]["f1"] == 1.0
    assert damaged["speaker"]["overlap"]["recall"] == 0.0
    assert damaged["speaker_accuracy_on_found"]["n"] == 6
    assert damaged["speaker_accuracy_on_found"]["mention"] == 0.0


# --- benchmarks/throughput.py: the pure helpers of its paired and callgrind figures ---------


def test_throughput_chunks_and_pair_order() -> None:
    throughput = _load("throughput", "claimx_benchmark_throughput")
    assert throughput.chunked(["a", "b", "c", "d", "e"], 2) == [["a", "b"], ["c", "d"], ["e"]]
    assert throughput.chunked([], 3) == []
    with pytest.raises(ValueError, match="at least 1"):
        throughput.chunked(["a"], 0)
    # each side goes first on every other chunk, and the order flips from round to round
    first = [[throughput.bare_first(c, r) for c in range(4)] for r in range(2)]
    assert first == [[True, False, True, False], [False, True, False, True]]


def test_throughput_paired_cpu_runs_every_chunk_on_both_sides() -> None:
    throughput = _load("throughput", "claimx_benchmark_throughput")
    calls: list[tuple[str, list[str]]] = []

    def side(name: str):  # type: ignore[no-untyped-def]
        def run(chunk: list[str]) -> int:
            calls.append((name, list(chunk)))
            return len(chunk)

        return run

    bare, claimx = throughput.paired_cpu([["a", "b"], ["c"]], side("bare"), side("claimx"), 1)
    assert bare >= 0.0
    assert claimx >= 0.0
    assert calls == [
        ("claimx", ["a", "b"]),
        ("bare", ["a", "b"]),
        ("bare", ["c"]),
        ("claimx", ["c"]),
    ]


def test_throughput_reads_callgrind_totals(tmp_path: Path) -> None:
    throughput = _load("throughput", "claimx_benchmark_throughput")
    dump = tmp_path / "callgrind.out.1"
    dump.write_text("version: 1\nevents: Ir\nfn=(1) main\n0 5\nsummary: 1234\ntotals: 1234\n")
    older = tmp_path / "callgrind.out.2"
    older.write_text("events: Ir\nsummary: 99\n")
    assert throughput.callgrind_totals([dump, older]) == [1234, 99]
    empty = tmp_path / "callgrind.out.3"
    empty.write_text("events: Ir\n")
    with pytest.raises(ValueError, match="no totals"):
        throughput.callgrind_totals([empty])
