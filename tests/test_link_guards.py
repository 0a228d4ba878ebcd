"""The linker's never-one-claim guards on claims claimx parses (issues #12 and #13).

Invented people and places throughout; the real pipeline parses every article.
"""

from __future__ import annotations

import claimx
from claimx.linking.core import _features
from claimx.linking.features import ClaimFeatures
from claimx.linking.similarity import never_one_claim


def _one(text: str, article_id: str, language: str = "en") -> ClaimFeatures:
    article = claimx.parse(text, id=article_id, language=language, published="2024-05-01")
    features, _ = _features([article])
    assert len(features) == 1, [f.text for f in features]
    return features[0]


def test_a_bare_infinitive_without_names_or_numbers_never_links() -> None:
    a = _one("The harbour official asked to remain anonymous.", "a")
    b = _one("The museum insider asked to remain anonymous.", "b")
    assert a.text == "to remain anonymous"
    assert not a.informative
    assert never_one_claim(a, b) == "uninformative"
    graph = claimx.link(
        [
            claimx.parse("The harbour official asked to remain anonymous.", id="a"),
            claimx.parse("The museum insider asked to remain anonymous.", id="b"),
        ]
    )
    assert graph.links == ()
    assert graph.clusters == ()


def test_an_infinitive_with_a_name_or_three_content_words_is_informative() -> None:
    named = _one("Mara Quill promised to visit Brindlemoor.", "a")
    longer = _one("Mara Quill promised to cut harbour fees sharply.", "b")
    assert named.text.startswith("to ")
    assert longer.text.startswith("to ")
    assert named.informative
    assert longer.informative


def test_a_question_is_only_told_apart_in_a_language_with_question_words() -> None:
    english = _one("Mara Quill explained why the ferry terminal in Brindlemoor closed.", "en")
    assert english.question is True
    spanish = _one("Mara Quill dijo que la terminal de Brindlemoor cerró.", "es", "es")
    assert spanish.question is None
    assert never_one_claim(english, spanish) is None
    assertion = _one("Mara Quill said the ferry terminal in Brindlemoor closed.", "en2")
    assert assertion.question is False
    assert never_one_claim(english, assertion) == "question"


def test_a_first_person_content_has_its_speaker_as_agent() -> None:
    from claimx.linking.similarity import DISTINCT_AGENT_FACTOR, role_factor

    host = _one('Talk show host Dora Penwick said: "I am hosting the Harbour Film Awards."', "a")
    other = _one(
        "Fans learned that Rufus Alcott would not be hosting the Harbour Film Awards.", "b"
    )
    plain = _one("Dora Penwick said the Harbour Film Awards would move to May.", "c")
    assert host.speaker_agent
    assert host.speaker_keys
    assert not plain.speaker_agent
    # the agents differ (Penwick, speaking of herself; Alcott) and neither is named in the other
    assert role_factor(host, other) == DISTINCT_AGENT_FACTOR
    assert role_factor(other, host) == DISTINCT_AGENT_FACTOR
    # the speaker named in the other content, or the same speaker: no penalty
    named = _one(
        "The organisers announced that Dora Penwick will host the Harbour Film Awards.", "d"
    )
    again = _one('Dora Penwick told fans: "I will host the Harbour Film Awards twice."', "e")
    assert role_factor(host, named) == 1.0
    assert role_factor(host, again) == 1.0
