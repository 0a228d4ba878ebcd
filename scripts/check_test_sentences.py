"""Find test text copied from a benchmark corpus: long runs of words shared with the corpora.

A test that passes on a sentence the benchmarks score says nothing about the benchmark, and
PolNeAR and the German quotes corpus may not be copied into the project at all. This script
reads every string literal of ``tests/**/*.py`` (and every text file under ``tests/data/``),
splits it into lower-case words (``\\w+``) and reports each run of at least ``--words``
consecutive words (default 8) that also occurs in a corpus text under ``--corpora`` (default
``../shared/corpora`` beside the clone)::

    python scripts/check_test_sentences.py                 # exit 1 when anything overlaps
    python scripts/check_test_sentences.py --words 6 tests docs
    python scripts/check_test_sentences.py --near     # also near copies, to read by hand

Corpus files are read by layout: MEANTIME's CAT XML (``<token>`` texts in order), CoNLL files
(the token column), tab-separated files (the first column) and any other text file (json,
jsonl, csv, txt, ann) as plain text; README, LICENCE and COPYING files are skipped. Only the
n-grams of the tests are held in memory; the corpora are streamed once.

``--near`` also lists test sentences sharing most of their uncommon words with one corpus
sentence (a copy with its names changed). It is a list to read, not a verdict: invented
sentences about common news topics appear in it too.

``tests/test_test_sentences.py`` runs this check whenever the corpora are beside the clone
(as in CI). It is a development tool and not part of the ``claimx`` package.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
WORD = re.compile(r"\w+")
TOKEN_XML = re.compile(r"<token\b[^>]*>([^<]*)</token>")
SKIPPED_NAMES = re.compile(r"^(README|LICEN[CS]E|COPYING)", re.IGNORECASE)
TEXT_SUFFIXES = {".txt", ".json", ".jsonl", ".csv", ".ann", ".tsv", ".conll", ".xml"}


@dataclass(frozen=True)
class Literal:
    """One string of the tests: where it is and its words."""

    path: Path
    line: int
    text: str


@dataclass(frozen=True)
class Hit:
    literal: Literal
    corpus_file: Path
    words: tuple[str, ...]


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _strings(node: ast.AST) -> Iterator[tuple[int, str]]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.lineno, sub.value


def literals(paths: Iterable[Path]) -> Iterator[Literal]:
    """String literals of the Python files and the contents of other text files."""
    for top in paths:
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in files:
            if path.suffix == ".py":
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
                for line, text in _strings(tree):
                    yield Literal(path, line, text)
            elif path.suffix in TEXT_SUFFIXES | {".md"}:
                yield Literal(path, 1, path.read_text(encoding="utf-8", errors="replace"))


def corpus_words(path: Path) -> list[str]:
    """The running words of one corpus file, read by its layout."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".xml":
        return words_of(" ".join(TOKEN_XML.findall(text)))
    if path.suffix in {".conll", ".tsv"}:
        column = 3 if path.suffix == ".conll" else 0
        tokens = []
        for line in text.splitlines():
            cells = line.split("\t")
            if len(cells) > column and not line.startswith("#"):
                tokens.append(cells[column])
        return words_of(" ".join(tokens))
    if path.suffix == ".ann":  # brat standoff: only the text of each text-bound annotation
        cells = (line.split("\t") for line in text.splitlines() if line.startswith("T"))
        return words_of(" ".join(c[2] for c in cells if len(c) > 2))
    return words_of(text)


def corpus_files(corpora: Path) -> Iterator[Path]:
    for path in sorted(corpora.rglob("*")):
        if path.is_file() and path.suffix in TEXT_SUFFIXES and not SKIPPED_NAMES.match(path.name):
            yield path


def find_overlaps(
    sources: Iterable[Path], corpora: Path, n: int = 8, *, max_hits_per_literal: int = 1
) -> list[Hit]:
    """Each literal of ``sources`` sharing ``n`` consecutive words with a corpus file."""
    grams: dict[tuple[str, ...], list[Literal]] = {}
    vocab: set[str] = set()
    for lit in literals(sources):
        words = words_of(lit.text)
        for i in range(len(words) - n + 1):
            gram = tuple(words[i : i + n])
            grams.setdefault(gram, []).append(lit)
        if len(words) >= n:
            vocab.update(words)
    hits: dict[tuple[Literal, Path], Hit] = {}
    counts: dict[Literal, int] = {}
    for path in corpus_files(corpora):
        words = corpus_words(path)
        run = 0  # consecutive words so far that the tests also use
        for i, word in enumerate(words):
            run = run + 1 if word in vocab else 0
            if run < n:
                continue
            gram = tuple(words[i - n + 1 : i + 1])
            for lit in grams.get(gram, ()):
                if (lit, path) in hits or counts.get(lit, 0) >= max_hits_per_literal:
                    continue
                hits[(lit, path)] = Hit(lit, path, gram)
                counts[lit] = counts.get(lit, 0) + 1
    return sorted(hits.values(), key=lambda h: (str(h.literal.path), h.literal.line))


SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+|\n\s*\n|\\n")
TOKEN_SENTENCE_XML = re.compile(r'<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)</token>')


def corpus_sentences(path: Path) -> Iterator[list[str]]:
    """The sentences of one corpus file as word lists (token files by their sentence ids)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".xml":
        groups: dict[str, list[str]] = {}
        for sentence, token in TOKEN_SENTENCE_XML.findall(text):
            groups.setdefault(sentence, []).append(token)
        for tokens in groups.values():
            yield words_of(" ".join(tokens))
    elif path.suffix == ".conll":
        current: list[str] = []
        key = None
        for line in text.splitlines():
            cells = line.split("\t")
            if len(cells) < 4 or line.startswith("#"):
                continue
            if (cells[0], cells[1]) != key and current:
                yield words_of(" ".join(current))
                current = []
            key = (cells[0], cells[1])
            current.append(cells[3])
        if current:
            yield words_of(" ".join(current))
    elif path.suffix == ".tsv":  # one token per line: a sentence ends at . ! ? or a blank line
        current = []
        for line in text.splitlines():
            token = line.split("\t")[0].strip()
            if token:
                current.append(token)
            if (not token or token in {".", "!", "?"}) and current:
                yield words_of(" ".join(current))
                current = []
        if current:
            yield words_of(" ".join(current))
    else:
        flat = " ".join(corpus_words(path)) if path.suffix == ".ann" else text
        for sentence in SENTENCE_END.split(flat):
            yield words_of(sentence)


def find_near_copies(
    sources: Iterable[Path], corpora: Path, *, least: int = 4, share: float = 0.6
) -> list[tuple[Literal, str, list[str], Path]]:
    """Test sentences sharing most of their uncommon words with one corpus sentence.

    A copied sentence with its names changed keeps its other words, which an exact run of
    words misses. A word is uncommon when fewer than 1 in 500 corpus sentences holds it.
    Reports (literal, test sentence, shared words, corpus file) for each test sentence
    sharing at least ``least`` uncommon words, and ``share`` of its own, with one corpus
    sentence.
    """
    tests: list[tuple[Literal, str, set[str]]] = []
    for lit in literals(sources):
        for sentence in SENTENCE_END.split(lit.text):
            words = set(words_of(sentence))
            if len(words) >= least:
                tests.append((lit, sentence, words))
    vocab = set().union(*(w for _, _, w in tests)) if tests else set()
    # one pass over the corpora: each sentence's test words, and every word's frequency
    df: dict[str, int] = {}
    kept: list[tuple[frozenset[str], Path]] = []
    total = 0
    for path in corpus_files(corpora):
        for words in corpus_sentences(path):
            total += 1
            shared = frozenset(w for w in words if w in vocab)
            for w in shared:
                df[w] = df.get(w, 0) + 1
            if len(shared) >= least:
                kept.append((shared, path))
    common = {w for w, k in df.items() if k * 500 > total}
    index: dict[str, list[int]] = {}
    for k, (words, _) in enumerate(kept):
        for w in words - common:
            index.setdefault(w, []).append(k)
    found = []
    for lit, sentence, words in tests:
        rare = words - common
        if len(rare) < least:
            continue
        counts: dict[int, int] = {}
        for w in rare:
            for k in index.get(w, ()):
                counts[k] = counts.get(k, 0) + 1
        if not counts:
            continue
        k, best = max(counts.items(), key=lambda kv: kv[1])
        if best >= least and best >= share * len(rare):
            found.append((lit, sentence, sorted(rare & kept[k][0]), kept[k][1]))
    return found


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "tests"])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--words", type=int, default=8, help="shortest shared run (default 8)")
    parser.add_argument(
        "--near",
        action="store_true",
        help="also list sentences sharing most of their uncommon words with a corpus sentence",
    )
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 2
    hits = find_overlaps(args.paths, args.corpora, args.words)
    for hit in hits:
        where = _shown(hit.literal.path)
        corpus = hit.corpus_file.relative_to(args.corpora)
        print(f"{where}:{hit.literal.line}: {' '.join(hit.words)!r}  <- {corpus}")
    print(f"{len(hits)} overlap(s) of {args.words}+ words", file=sys.stderr)
    near = find_near_copies(args.paths, args.corpora) if args.near else []
    for lit, sentence, shared, path in near:
        where = _shown(lit.path)
        corpus = path.relative_to(args.corpora)
        print(f"{where}:{lit.line}: {sentence.strip()!r} shares {shared} <- {corpus}")
    if args.near:
        print(f"{len(near)} near copies (uncommon words of one corpus sentence)", file=sys.stderr)
    return 1 if hits or near else 0


if __name__ == "__main__":
    sys.exit(main())
