"""Reader for the MEANTIME corpus in its raw CAT XML form (English section).

MEANTIME (Minard et al., LREC 2016; CC BY 4.0, (c) 2015 FBK, VU Amsterdam, UPV/EHU) ships each
Wikinews article as a list of tokens (``<token t_id sentence number>``) plus ``<Markables>``
(``EVENT_MENTION``, ``ENTITY_MENTION``, ``TIMEX3`` ... anchored on token ids, and the instance
nodes ``EVENT``/``ENTITY`` that carry the event class and the corpus-level ``instance_id``) and
``<Relations>`` (``REFERS_TO`` mention -> instance, ``HAS_PARTICIPANT`` event mention -> entity
mention with a PropBank ``sem_role``, ``SLINK`` reporting event -> reported event, ...).

This module rebuilds a plain text from the tokens while recording each token's character
offsets, so every gold annotation becomes a character span of that text:

* sentence 0 is the title: its own paragraph, followed by a blank line;
* sentence 1 is the dateline holding the document creation time (``TIMEX3`` with
  ``functionInDocument="CREATION_TIME"``; two documents lack that flag and the dateline's
  ``TIMEX3`` is used): its own paragraph, followed by a blank line;
* the remaining sentences form one body paragraph, joined by single spaces (MEANTIME keeps
  no paragraph breaks, and quotations often run across its sentence splits);
* detokenisation: no space before ``, . ; : ! ? ) ] % 's n't 're``..., none after
  ``( [ $ # £``..., ``` `` ``` / ``''`` become “ / ”, ``’ s`` becomes ``’s``, a plain ``"``
  opens or closes by alternation, `` ` `` ... ``'`` become ‘ ... ’, and a bare ``'``
  attaches to the word before it (``Airbus'``).

:func:`speech_statements` turns the annotation into gold attributed statements: every
``SPEECH_COGNITIVE`` event mention with its ``Arg0`` source(s) and ``SLINK`` content event(s).

Only the standard library is used; nothing here imports claimx.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

__all__ = [
    "DEFAULT_CORPUS",
    "Instance",
    "MeantimeDoc",
    "Mention",
    "Relation",
    "SpeechStatement",
    "Token",
    "annotation_dir",
    "detokenize",
    "iter_docs",
    "read_doc",
    "speech_statements",
]

#: Where the shared corpus lives relative to the repository (``../shared``).
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "meantime"

#: Tokens written without a space before them.
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "n't", "N'T"}
)
#: Clitics (``'s``, ``'re``, ...) attach to the word before them.
_CLITIC = re.compile(r"^'(s|S|re|ve|ll|d|m|RE|VE|LL|D|M)$")
#: Split clitics after a typographic apostrophe token (``Wayne ’ s``).
_APOSTROPHE_CLITIC = frozenset({"s", "S", "re", "ve", "ll", "d", "m", "t"})
#: Tokens written without a space after them.
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "£", "€", "¥", "US$", "C$", "A$"})


@dataclass(frozen=True, slots=True)
class Token:
    """One MEANTIME token and where it landed in the rebuilt text."""

    t_id: int
    sentence: int
    number: int
    raw: str
    """The token as written in the XML (```` `` ```` for an opening quote, ...)."""
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A markable anchored on tokens: ``EVENT_MENTION``, ``ENTITY_MENTION``, ``TIMEX3``..."""

    m_id: str
    kind: str
    t_ids: tuple[int, ...]
    attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Instance:
    """An ``EVENT`` or ``ENTITY`` instance node (what mentions refer to)."""

    m_id: str
    kind: str
    key: str
    """The corpus-level ``instance_id``, or ``<doc_id>:<m_id>`` for a document-only instance."""
    cls: str
    """Event class (``SPEECH_COGNITIVE``, ``OTHER``, ``GRAMMATICAL``, ``MIX``) or entity type."""
    descriptor: str
    external_ref: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between markables (``REFERS_TO`` may have several sources)."""

    kind: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MeantimeDoc:
    """One annotated article with its rebuilt text."""

    doc_id: str
    name: str
    topic: str
    url: str
    text: str
    tokens: Mapping[int, Token]
    sentences: Mapping[int, tuple[int, int]]
    """Character span of each sentence in ``text``."""
    mentions: Mapping[str, Mention]
    instances: Mapping[str, Instance]
    relations: tuple[Relation, ...]
    dct: str | None
    """Document creation time: the ``value`` of the creation-time ``TIMEX3`` (``2008-03-06``)."""
    published: str | None
    """The DCT as an ISO date; from the dateline text when the ``value`` is malformed (one
    document has ``03-02-2009`` for "February 03, 2009")."""
    title: str
    refers_to: Mapping[str, str]
    """Mention ``m_id`` -> instance ``m_id``."""

    def token_spans(self, m_id: str) -> list[tuple[int, int]]:
        """Character spans of a markable's tokens, in text order."""
        return sorted((self.tokens[t].start, self.tokens[t].end) for t in self.mentions[m_id].t_ids)

    def char_span(self, m_id: str) -> tuple[int, int]:
        """From the first character of a markable's first token to the end of its last."""
        spans = self.token_spans(m_id)
        return spans[0][0], spans[-1][1]

    def span_text(self, m_id: str) -> str:
        """The text between :meth:`char_span`'s offsets."""
        start, end = self.char_span(m_id)
        return self.text[start:end]

    def sentence_of(self, m_id: str) -> int:
        """Sentence index of a markable's first token."""
        return min(self.tokens[t].sentence for t in self.mentions[m_id].t_ids)

    def instance_of(self, m_id: str) -> Instance | None:
        """The instance a mention refers to, if annotated."""
        target = self.refers_to.get(m_id)
        return self.instances.get(target) if target is not None else None

    def mentions_of(self, instance_m_id: str) -> tuple[str, ...]:
        """All mentions referring to an instance, by ``m_id``."""
        return tuple(m for m, i in self.refers_to.items() if i == instance_m_id)


@dataclass(frozen=True, slots=True)
class SpeechStatement:
    """A gold ``SPEECH_COGNITIVE`` event mention with its source and content."""

    doc_id: str
    cue: str
    """``m_id`` of the event mention (the cue's trigger tokens)."""
    lemma: str | None
    """``pred`` of the mention, else the instance's PropBank or ``-EHU`` descriptor lemma;
    ``None`` for mentions added at the cross-document stage without one (about 200)."""
    event_instance: str
    sources: tuple[str, ...]
    """``m_id`` of each ``Arg0`` participant entity mention."""
    source_instances: tuple[str, ...]
    """``m_id`` of the entity instance each source refers to (where annotated)."""
    contents: tuple[str, ...]
    """``m_id`` of each ``SLINK`` target event mention."""
    sentence: int

    @property
    def attributed(self) -> bool:
        """True for a statement with both a source (Arg0) and a content (SLINK)."""
        return bool(self.sources) and bool(self.contents)


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into readable text; return it with each token's ``(start, end)``."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    glue_next = True  # no space before the first token
    double_open = False
    single_open = False
    for index, raw in enumerate(tokens):
        out = raw
        glue = glue_next
        glue_next = False
        if raw in ("``", "“") or (raw == '"' and not double_open):
            out = '"' if raw == '"' else "“"
            double_open = True
            glue_next = True
        elif raw in ("''", "”", '"'):
            out = '"' if raw == '"' else "”"
            double_open = False
            glue = True
        elif raw == "’":
            glue = True
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            glue_next = following in _APOSTROPHE_CLITIC
        elif raw == "`":
            out = "‘"
            single_open = True
            glue_next = True
        elif raw == "'":
            out = "’" if single_open else "'"
            single_open = False
            glue = True
        elif raw in _NO_SPACE_BEFORE or _CLITIC.match(raw):
            glue = True
        if raw in _NO_SPACE_AFTER:
            glue_next = True
        if not glue:
            parts.append(" ")
            pos += 1
        parts.append(out)
        offsets.append((pos, pos + len(out)))
        pos += len(out)
    return "".join(parts), offsets


def _relations(root: ET.Element) -> tuple[Relation, ...]:
    block = root.find("Relations")
    out: list[Relation] = []
    for rel in block if block is not None else ():
        out.append(
            Relation(
                kind=rel.tag,
                sources=tuple(s.get("m_id", "") for s in rel.findall("source")),
                targets=tuple(t.get("m_id", "") for t in rel.findall("target")),
                attrs=dict(rel.attrib),
            )
        )
    return tuple(out)


def _creation_time(mentions: Mapping[str, Mention], tokens: Mapping[int, Token]) -> str | None:
    timexes = [m for m in mentions.values() if m.kind == "TIMEX3" and m.t_ids]
    for m in timexes:
        if m.attrs.get("functionInDocument") == "CREATION_TIME":
            return m.attrs.get("value") or None
    for m in timexes:  # no flagged DCT: the dateline (sentence 1) holds it
        if all(tokens[t].sentence == 1 for t in m.t_ids):
            return m.attrs.get("value") or None
    return None


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _published(dct: str | None, dateline: str) -> str | None:
    if dct and _ISO_DATE.match(dct):
        return dct[:10]
    try:
        return datetime.strptime(dateline.strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def read_doc(path: Path) -> MeantimeDoc:
    """Parse one raw MEANTIME XML file."""
    root = ET.parse(path).getroot()
    raw_tokens = [
        (int(t.get("t_id", "0")), int(t.get("sentence", "0")), int(t.get("number", "0")), t.text)
        for t in root.iter("token")
    ]
    raw_tokens.sort(key=lambda t: t[2])
    by_sentence: dict[int, list[tuple[int, int, int, str | None]]] = {}
    for tok in raw_tokens:
        by_sentence.setdefault(tok[1], []).append(tok)
    tokens: dict[int, Token] = {}
    sentences: dict[int, tuple[int, int]] = {}
    chunks: list[str] = []
    pos = 0
    order = sorted(by_sentence)
    for index, sent in enumerate(order):
        if index > 0:
            sep = "\n\n" if index <= 2 else " "  # title, dateline: own paragraphs
            chunks.append(sep)
            pos += len(sep)
        words = by_sentence[sent]
        text, offsets = detokenize([w[3] or "" for w in words])
        for (t_id, s, number, raw), (start, end) in zip(words, offsets, strict=True):
            tokens[t_id] = Token(t_id, s, number, raw or "", pos + start, pos + end)
        sentences[sent] = (pos, pos + len(text))
        chunks.append(text)
        pos += len(text)
    full = "".join(chunks)

    mentions: dict[str, Mention] = {}
    instances: dict[str, Instance] = {}
    doc_id = root.get("doc_id", path.stem.split("_", 1)[0])
    markables = root.find("Markables")
    for node in markables if markables is not None else ():
        m_id = node.get("m_id", "")
        if node.tag in ("EVENT", "ENTITY"):
            instances[m_id] = Instance(
                m_id=m_id,
                kind=node.tag,
                key=node.get("instance_id") or f"{doc_id}:{m_id}",
                cls=node.get("class") or node.get("ent_type") or "",
                descriptor=node.get("TAG_DESCRIPTOR", ""),
                external_ref=(node.get("external_ref") or "").strip(),
            )
        else:
            t_ids = tuple(int(a.get("t_id", "0")) for a in node.iter("token_anchor"))
            mentions[m_id] = Mention(m_id, node.tag, t_ids, dict(node.attrib))
    relations = _relations(root)
    refers_to = {
        s: rel.targets[0]
        for rel in relations
        if rel.kind == "REFERS_TO" and rel.targets
        for s in rel.sources
    }
    title_span = sentences.get(order[0], (0, 0)) if order else (0, 0)
    dateline = sentences.get(1, (0, 0))
    dct = _creation_time(mentions, tokens)
    return MeantimeDoc(
        doc_id=doc_id,
        name=root.get("doc_name", path.stem),
        topic=path.parent.name,
        url=root.get("url", ""),
        text=full,
        tokens=tokens,
        sentences=sentences,
        mentions=mentions,
        instances=instances,
        relations=relations,
        dct=dct,
        published=_published(dct, full[dateline[0] : dateline[1]]),
        title=full[title_span[0] : title_span[1]],
        refers_to=refers_to,
    )


def annotation_dir(corpus: Path) -> Path:
    """The ``intra_cross-doc_annotation`` folder under ``corpus`` (meantime/ or en_raw/).

    Raises:
        FileNotFoundError: no such folder.
    """
    for candidate in (corpus, corpus / "intra_cross-doc_annotation"):
        if candidate.name == "intra_cross-doc_annotation" and candidate.is_dir():
            return candidate
    nested = corpus / "en_raw" / "intra_cross-doc_annotation"
    if nested.is_dir():
        return nested
    raise FileNotFoundError(
        f"no MEANTIME intra_cross-doc_annotation folder under {corpus}; pass the path of "
        "../shared/corpora/meantime (or its en_raw/ folder)"
    )


def iter_docs(corpus: Path = DEFAULT_CORPUS) -> Iterator[MeantimeDoc]:
    """All documents, in topic then file-name order."""
    for path in sorted(annotation_dir(corpus).glob("*/*.xml")):
        yield read_doc(path)


def _lemma(doc: MeantimeDoc, m_id: str, instance: Instance | None) -> str | None:
    pred = doc.mentions[m_id].attrs.get("pred", "").strip()
    if pred:
        return pred.lower()
    if instance is not None:
        ref = instance.external_ref.split(".")[0].strip()
        if ref and "/" not in ref:  # a PropBank sense: "say.01"
            return ref.lower()
        words = instance.descriptor.split()
        if words and words[0].endswith("-EHU"):  # lemma-form descriptors: "Say-EHU"
            return words[0][: -len("-EHU")].lower()
    return None


def speech_statements(doc: MeantimeDoc) -> list[SpeechStatement]:
    """Every ``SPEECH_COGNITIVE`` event mention as a gold statement, in text order."""
    arg0: dict[str, list[str]] = {}
    slink: dict[str, list[str]] = {}
    for rel in doc.relations:
        if not rel.sources or not rel.targets:
            continue
        if rel.kind == "HAS_PARTICIPANT" and rel.attrs.get("sem_role") == "Arg0":
            arg0.setdefault(rel.sources[0], []).append(rel.targets[0])
        elif rel.kind == "SLINK":
            slink.setdefault(rel.sources[0], []).append(rel.targets[0])
    out: list[SpeechStatement] = []
    for m_id, mention in doc.mentions.items():
        if mention.kind != "EVENT_MENTION" or not mention.t_ids:
            continue
        instance = doc.instance_of(m_id)
        if instance is None or instance.cls != "SPEECH_COGNITIVE":
            continue
        sources = tuple(
            s for s in arg0.get(m_id, []) if s in doc.mentions and doc.mentions[s].t_ids
        )
        contents = tuple(
            c for c in slink.get(m_id, []) if c in doc.mentions and doc.mentions[c].t_ids
        )
        out.append(
            SpeechStatement(
                doc_id=doc.doc_id,
                cue=m_id,
                lemma=_lemma(doc, m_id, instance),
                event_instance=instance.key,
                sources=sources,
                source_instances=tuple(doc.refers_to[s] for s in sources if s in doc.refers_to),
                contents=contents,
                sentence=doc.sentence_of(m_id),
            )
        )
    out.sort(key=lambda s: doc.char_span(s.cue))
    return out
