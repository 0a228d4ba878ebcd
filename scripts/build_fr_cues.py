"""Build claimx's French cue verbs from Verb∋Net, the French VerbNet (CC BY-SA 4.0).

Verb∋Net (Danlos, Pradet, Barque, Nakamura, Constant: "Un Verbenet du français", TAL 57(1),
2016; data: https://github.com/aymara/verbenet, folder ``verbenet/``, one XML file per class)
translates VerbNet's classes to French. This script reads the MEMBER elements of the
communication, judgement and rejection classes listed in :data:`CLASSES`, maps each class
to a claimx frame and stance, leaves out members whose common sense is not a reporting one
(:data:`EXCLUDED`, e.g. "lire" and "montrer" in transfer_mesg-37.1.1), and writes:

* ``claimx/data/cues/fr.verbenet.json``: lemma -> frame, stance, class (read by the full
  pipeline through the ``extra_verbs`` key of ``cues/fr.json``; hand-written entries win);
* ``claimx/data/shallow/fr.verbenet.json``: the inflected news forms of the regular *-er*
  verbs among them (present, imperfect and simple past in the 3rd person, past
  participle), for the shallow rules (``extra_verbs`` of ``shallow/fr.json``).

Both files are derived from Verb∋Net and are therefore under CC BY-SA 4.0 (see the data
READMEs). Verb∋Net itself is not a dependency and is not shipped::

    python scripts/build_fr_cues.py --verbenet PATH/TO/verbenet/verbenet
    python scripts/build_fr_cues.py --verbenet PATH --check   # exit 1 if the files are stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CUES = ROOT / "claimx" / "data" / "cues" / "fr.verbenet.json"
SHALLOW = ROOT / "claimx" / "data" / "shallow" / "fr.verbenet.json"

#: class file -> (claimx frame, stance). Frames are those of ``cues/fr.json``.
CLASSES: dict[str, tuple[str, str]] = {
    "transfer_mesg-37.1.1": ("speech", "assert"),
    "confess-37.10": ("speech", "confirm"),
    "promise-37.13": ("speech", "assert"),
    "indicate-78": ("speech", "assert"),
    "conjecture-29.5": ("clause", "assert"),
    "suspect-81": ("accuse", "accuse"),
    "accept-77": ("object", "deny"),
    "judgment-33": ("accuse", "accuse"),
}

#: Per-lemma stances that differ from their class's (announcement, confirmation, denial).
STANCES: dict[str, tuple[str, str]] = {
    "annoncer": ("object", "announce"),
    "proclamer": ("object", "announce"),
    "révéler": ("object", "announce"),
    "dévoiler": ("object", "announce"),
    "divulguer": ("object", "announce"),
    "confirmer": ("object", "confirm"),
    "certifier": ("speech", "confirm"),
    "dénoncer": ("accuse", "accuse"),
    "prédire": ("speech", "predict"),
    "prétendre": ("speech", "assert"),
    "déclarer": ("speech", "assert"),
    "dire": ("speech", "assert"),
    "reconnaître": ("object", "confirm"),
    "admettre": ("object", "confirm"),
}

#: Members left out, by class: senses that are rarely reporting in news, and (in
#: accept-77 and judgment-33) the members that are not denials or reproaches.
EXCLUDED: dict[str, frozenset[str]] = {
    "transfer_mesg-37.1.1": frozenset(
        [
            "accorder",
            "apprendre",
            "articuler",
            "commander",
            "débiter",
            "découvrir",
            "demander",
            "démontrer",
            "développer",
            "dicter",
            "édicter",
            "émettre",
            "enseigner",
            "esquisser",
            "exhiber",
            "exposer",
            "exprimer",
            "imposer",
            "inspirer",
            "jeter",
            "lire",
            "manifester",
            "marquer",
            "montrer",
            "motiver",
            "ordonner",
            "placer",
            "produire",
            "proposer",
            "prouver",
            "réciter",
            "représenter",
            "résumer",
            "retracer",
            "retransmettre",
            "transférer",
            "transmettre",
            "vocaliser",
        ]
    ),
    "indicate-78": frozenset(["démontrer", "enseigner", "montrer", "prouver"]),
    "conjecture-29.5": frozenset(
        [
            "asserter",
            "avaliser",
            "décréter",
            "éventer",
            "homologuer",
            "inventer",
            "percevoir",
            "préétablir",
            "pressentir",
            "présupposer",
            "proférer",
            "prononcer",
            "ratifier",
            "ressentir",
            "rêver",
            "savoir",
            "sentir",
            "subodorer",
            "trouver",
        ]
    ),
    "accept-77": frozenset(
        [
            "accepter",
            "admettre",
            "agréer",
            "assimiler",
            "avaler",
            "encourager",
            "entendre",
            "exclure",
            "expliquer",
            "favoriser",
            "refuser",
            "regretter",
        ]
    ),
}
#: judgment-33 keeps only its verbs of reproach (the class mixes praise and punishment).
KEPT = {
    "judgment-33": frozenset(
        [
            "accuser",
            "blâmer",
            "condamner",
            "critiquer",
            "décrier",
            "dénigrer",
            "désapprouver",
            "fustiger",
            "incriminer",
            "réprouver",
            "stigmatiser",
            "vilipender",
            "vitupérer",
        ]
    ),
}


def members(path: Path) -> list[str]:
    """Single-word verb members of one Verb∋Net class file (reflexive entries skipped)."""
    root = ET.parse(path).getroot()
    names = [m.get("name", "").strip() for m in root.iter("MEMBER")]
    return [n for n in names if n and " " not in n and re.fullmatch(r"[a-zàâçéèêëîïôûùüÿœ]+", n)]


def er_forms(lemma: str) -> tuple[list[str], list[str]] | None:
    """Third-person forms and past participle of a regular -er verb, or None."""
    if not lemma.endswith("er") or lemma.endswith(("eler", "eter", "yer", "ller")):
        return None
    stem = lemma[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft = soft[:-1] + "ç" if soft.endswith("c") else soft
    present = re.sub(r"é([^aeiouyéèêàâ]+)$", r"è\1", stem)
    forms = [
        present + "e",
        present + "ent",
        soft + "ait",
        soft + "aient",
        soft + "a",
        stem + "èrent",
    ]
    return forms, [stem + "é"]


def build(folder: Path) -> tuple[dict[str, object], dict[str, object]]:
    """The two data files' contents."""
    verbs: dict[str, dict[str, str]] = {}
    for cls, (frame, stance) in CLASSES.items():
        path = folder / f"{cls}.xml"
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found: pass the verbenet/ folder of Verb∋Net")
        for lemma in members(path):
            if lemma in EXCLUDED.get(cls, ()) or (cls in KEPT and lemma not in KEPT[cls]):
                continue
            if lemma in verbs:
                continue
            f, s = STANCES.get(lemma, (frame, stance))
            verbs[lemma] = {"frame": f, "stance": s, "class": cls}
    source = {
        "source": "Verb∋Net (French VerbNet), https://github.com/aymara/verbenet",
        "licence": "CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/",
        "built_by": "scripts/build_fr_cues.py",
    }
    cues = {**source, "verbs": dict(sorted(verbs.items()))}
    shallow_verbs = []
    for lemma, item in sorted(verbs.items()):
        forms = er_forms(lemma)
        if forms is None:
            continue
        entry: dict[str, object] = {"lemma": lemma, "forms": forms[0], "participles": forms[1]}
        if item["stance"] != "assert":
            entry["stance"] = item["stance"]
        if item["frame"] == "accuse" or (item["frame"] == "object" and item["stance"] == "deny"):
            entry["frame"] = "accuse" if item["frame"] == "accuse" else "object"
        shallow_verbs.append(entry)
    shallow = {**source, "verbs": shallow_verbs}
    return cues, shallow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbenet", type=Path, required=True, help="Verb∋Net's verbenet/")
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    args = parser.parse_args(argv)
    cues, shallow = build(args.verbenet)
    stale = False
    for path, data in ((CUES, cues), (SHALLOW, shallow)):
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                print(f"stale: {path}", file=sys.stderr)
                stale = True
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(data['verbs'])} verbs)")  # type: ignore[arg-type]
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
