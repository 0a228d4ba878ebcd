"""Reader for MEANTIME's converted CoNLL files (``multilingual_processed/<lang>/meantime.conll``).

Each document (``#begin document (corpus_airbus/100911); part 000``) is rebuilt as text the
same way as :mod:`_meantime` rebuilds the English XML: sentence 0 (title) and sentence 1
(dateline) are paragraphs of their own, the remaining sentences form one body paragraph;
tokens are joined with :func:`_meantime.detokenize`. Every sentence keeps its character span.

MEANTIME: Minard et al., LREC 2016; CC BY 4.0, (c) 2015 FBK, VU Amsterdam, UPV/EHU. The CoNLL
conversion is by Zhukova et al. (Diverse_CDCR_datasets).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from _meantime import detokenize

__all__ = ["ConllDoc", "read_conll"]

#: A currency sign glued to the next word: English puts it before the amount, the
#: translations after it ("40.000 millones $ para").
_GLUED_CURRENCY = re.compile(r"(?<=\s)(US\$|\$|€|£)(?=[^\s\d])")


@dataclass(frozen=True)
class ConllDoc:
    """One converted MEANTIME document as text with sentence spans."""

    doc_id: str
    """Numeric Wikinews id shared by the four languages (``100911``)."""
    topic: str
    """``airbus``, ``apple``, ``gm`` or ``stock``."""
    language: str
    text: str
    sentences: dict[int, tuple[int, int]]

    @property
    def title(self) -> str:
        start, end = self.sentences[0]
        return self.text[start:end]


def _split_quotes(tokens: list[str], language: str) -> list[str]:
    """Detach LaTeX-style quotes glued to a word (the Dutch file has ``De ... ``We) and join a
    closing quote split into two apostrophes."""
    out: list[str] = []
    for token in tokens:
        head = tail = ""
        if token.startswith("``") and len(token) > 2:
            head, token = "``", token[2:]
        if token.endswith("''") and len(token) > 2:
            token, tail = token[:-2], "''"
        if token == "'" and out and out[-1] == "'":  # ' ' split from one closing ''
            out[-1] = "''"
            token = ""
        if language == "nl" and token in ("s", "n", "t") and out and out[-1] == "'":
            out[-1] = "'" + token  # Dutch auto ' s -> auto's, zo ' n -> zo'n (clitic rule)
            token = ""
        elif out and len(out[-1]) > 1 and out[-1][-1] in "'’" and out[-1][-2].isalpha() and token:
            out[-1] += token  # elision: l' Aeronautica -> l'Aeronautica
            token = ""
        out += [t for t in (head, token, tail) if t]
    return out


def _build(key: str, language: str, sentences: list[list[str]]) -> ConllDoc:
    tokens: list[str] = []
    sentence_of: list[int] = []
    for index, sentence in enumerate(sentences):
        tokens += sentence
        sentence_of += [index] * len(sentence)
    # detokenise each sentence on its own, then lay them out as paragraphs/body
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    for index, sentence in enumerate(sentences):
        text, _ = detokenize(_split_quotes(sentence, language))
        if language != "en":
            text = _GLUED_CURRENCY.sub(r"\1 ", text)
        sep = "" if index == 0 else ("\n\n" if index <= 2 else " ")
        parts.append(sep)
        pos += len(sep)
        spans[index] = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
    topic, doc_id = key.split("/", 1)
    return ConllDoc(
        doc_id=doc_id,
        topic=topic.removeprefix("corpus_"),
        language=language,
        text="".join(parts),
        sentences=spans,
    )


def read_conll(path: Path, language: str) -> Iterator[ConllDoc]:
    """The documents of one ``meantime.conll`` file, in file order."""
    key: str | None = None
    sentences: list[list[str]] = []
    current: dict[int, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            key = line.split("(", 1)[1].split(")", 1)[0]
            current = {}
            continue
        if line.startswith("#end document"):
            if key is not None:
                sentences = [current[i] for i in sorted(current)]
                yield _build(key, language, sentences)
            key = None
            continue
        cols = line.split("\t")
        if key is None or len(cols) < 4:
            continue
        current.setdefault(int(cols[1]), []).append(cols[3])
    if key is not None and current:
        yield _build(key, language, [current[i] for i in sorted(current)])
