"""The attribution stage: who said what, how, and when.

Takes a parsed ``Doc`` (dependency parse, sentences, ``claimx_paragraphs`` spans) and,
to build models, the article's entities and dates. Gives
:class:`~claimx.models.Claim` models: speaker (resolved to an entity where possible), cue,
content spans, quote kind, stance, target, the time the content refers to and the time
the statement was made.

Modules (each small and pure but the component):

* :mod:`~claimx.attribution.component`: the ``claimx_attribution`` spaCy factory; stores
  plain dicts in ``doc._.claimx_claims``;
* :mod:`~claimx.attribution.lexicon`: compiles ``data/cues/<lang>.json`` and
  ``data/coref/<lang>.json`` once per language (cue verbs and frames, stance table,
  dependency-label roles, pronoun and description rules);
* :mod:`~claimx.attribution.quotes`: pairs quotation marks of every style inside each
  paragraph;
* :mod:`~claimx.attribution.raw`: :class:`RawClaim`, what every finder returns, and the
  token helpers they share (content runs, trailing asides);
* :mod:`~claimx.attribution.cues`: reporting verbs in the dependency tree and their frames
  (clause, object, secondary predication "called Y Z", infinitive; agentless passives with no
  speaker), and :func:`find_cue_claims`, which runs every tree finder;
* :mod:`~claimx.attribution.phrases`: "according to", "in a statement", cue nouns ("X's
  claim that", "expressed hope that", "his promise to", "X's criticism of Y") and cue
  adjectives ("X is optimistic that", "X was critical of Y");
* :mod:`~claimx.attribution.passive`: agentless passives with a predication or a content
  preposition, which name no source ("X is widely seen as Y", "X was accused of Y", "the
  contests known as Y");
* :mod:`~claimx.attribution.evidential`: reports that name no source ("X seems to Y", "X is
  reportedly ...", "was asked if ..."); :mod:`~claimx.attribution.attitudes`: who can hold
  an attitude (the subject test of desire objects and evidential verbs);
* :mod:`~claimx.attribution.headline`: title-case headlines re-read from a copy in the
  body's case (the component parses it with the pipeline's statistical components);
* :mod:`~claimx.attribution.layout`: the wire-copy layout "“Q,” X said" read from the
  words after a quotation (speaker, verb, adjuncts), whatever the parse made of them;
* :mod:`~claimx.attribution.colon`: colon attribution ("Pentagon: ...", `Name, title:
  "quote"`, transcript lines);
* :mod:`~claimx.attribution.speakers`: the speaker side of a cue (its subject, inherited
  through clauses); :mod:`~claimx.attribution.speakerspan`: the speaker's noun phrase;
* :mod:`~claimx.attribution.coordination`: verbs coordinated with a cue that the parser hung
  inside its content ("suggested Y be fired **and defended** Z"): they leave the content
  and take the cue's speaker;
* :mod:`~claimx.attribution.extent`: how far a cue reaches (the whole predicate: "went on
  to say", "has been critical of", "criticism of");
* :mod:`~claimx.attribution.find`: adds quotation-based claims (adjacent, broken,
  continued quotes and quotation runs over paragraphs) and gives the dicts (:func:`find_claims`);
* :mod:`~claimx.attribution.coref`: resolves speakers to entities (pronouns,
  descriptions);
* :mod:`~claimx.attribution.claims`: :func:`claims_from_doc`, the models, and
  :func:`quote_diagnostics`.
"""

from __future__ import annotations

from .claims import claims_from_doc, quote_diagnostics
from .find import MIN_UNATTRIBUTED_WORDS, find_claims

__all__ = ["MIN_UNATTRIBUTED_WORDS", "claims_from_doc", "find_claims", "quote_diagnostics"]
