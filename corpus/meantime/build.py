"""Rebuild this folder from MEANTIME: ``python corpus/meantime/build.py [--corpus PATH]``.

English texts come from the raw CAT XML, translations from the CoNLL conversion, both
detokenised by the readers in ``benchmarks/`` (title, dateline and body as paragraphs).
Every file's publication date is the English document creation time (DCT).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from _conll import read_conll  # noqa: E402
from _meantime import DEFAULT_CORPUS, iter_docs  # noqa: E402

DOCS = ("100911", "121134", "127227")
LANGUAGES = {"es": "Spanish", "it": "Italian", "nl": "Dutch"}
LICENCE = "CC BY 4.0 (MEANTIME, (c) 2015 FBK, VU Amsterdam, UPV/EHU); Wikinews text CC BY 2.5"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    english = {d.doc_id: d for d in iter_docs(args.corpus) if d.doc_id in DOCS}
    meta: dict[str, object] = {
        "_comment": "MEANTIME sample (see README.md); format: docs/cli.md#metadata-sidecars",
    }
    for doc_id in DOCS:
        doc = english[doc_id]
        name = f"{doc_id}_en.txt"
        (HERE / name).write_text(doc.text + "\n", encoding="utf-8")
        meta[name] = {
            "id": f"meantime-{doc_id}-en",
            "published": doc.published,
            "language": "en",
            "source": "Wikinews (MEANTIME corpus, English original)",
            "title": doc.title,
            "url": doc.url,
            "licence": LICENCE,
        }
    for lang, lang_name in LANGUAGES.items():
        path = args.corpus / "multilingual_processed" / lang / "meantime.conll"
        for tdoc in read_conll(path, lang):
            if tdoc.doc_id not in DOCS:
                continue
            name = f"{tdoc.doc_id}_{lang}.txt"
            (HERE / name).write_text(tdoc.text + "\n", encoding="utf-8")
            meta[name] = {
                "id": f"meantime-{tdoc.doc_id}-{lang}",
                "published": english[tdoc.doc_id].published,
                "language": lang,
                "original_language": "en",
                "source": f"MEANTIME corpus, professional {lang_name} translation of Wikinews",
                "title": tdoc.title,
                "licence": LICENCE,
            }
    (HERE / "metadata.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
