"""Present participles on a statement noun: the message speaks, its object is the content
("a tweet **pushing** a claim"); on any other noun the participle's object is no claim."""

from _claims import only, parse_en


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.speaker.text if c.speaker else "", c.cue.text if c.cue else "", c.content_text)
        for c in parse_en(text).claims
    ]


def test_statement_noun_participle_object_is_content() -> None:
    got = _claims("The Vaske campaign posted a tweet pushing a claim the senator made in March.")
    want = ("The Vaske campaign", "posted a tweet pushing", "a claim the senator made in March")
    assert want in got


def test_letter_urging_object_is_content() -> None:
    got = _claims("The board received a letter urging restraint from the harbor workers.")
    assert any(cue == "urging" and content.startswith("restraint") for _, cue, content in got)


def test_thing_noun_participle_makes_no_claim() -> None:
    got = _claims("Councillor Vaske traveled the region pushing new tariffs on lumber.")
    assert not any(cue == "pushing" for _, cue, _ in got)


def test_group_representing_makes_no_claim() -> None:
    got = _claims("Unions representing most of the dock workers met on Friday in Harlow.")
    assert not any(cue == "representing" for _, cue, _ in got)


def test_reports_stating_still_a_claim() -> None:
    article = parse_en("Reports stating that the mayor of Dunmore resigned were false.")
    claim = only(article, "state")
    assert "the mayor of Dunmore resigned" in claim.content_text


def test_infinitive_on_object_noun_speaks_for_the_subject() -> None:
    got = _claims("Councillor Brandt has mounted a public campaign to condemn the harbor tax.")
    assert ("Councillor Brandt", "to condemn", "the harbor tax") in got


def test_infinitive_on_possessed_noun_speaks_for_the_possessor() -> None:
    got = _claims("Marlow's failure to denounce the militia in Dunmore angered the council.")
    assert any(speaker == "Marlow" and cue == "to denounce" for speaker, cue, _ in got)


def test_infinitive_of_a_plan_on_a_noun_is_no_claim() -> None:
    got = _claims("Councillor Brandt also took the opportunity to comment on the harbor tax.")
    assert not any("comment" in cue for _, cue, _ in got)


def test_infinitive_on_a_thing_subject_is_no_claim() -> None:
    got = _claims("The new ordinance has a clause to condemn the old harbor warehouses.")
    assert not any("condemn" in cue for _, cue, _ in got)
