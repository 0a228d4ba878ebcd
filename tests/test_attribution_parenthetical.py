"""Contents split around a parenthetical cue: the part before the cue's opening comma and
the part after its closing comma belong to one statement (sentences written for the tests)."""

from __future__ import annotations

from _claims import only, parse_en


def test_fronted_clause_hung_on_the_cue_joins_the_content() -> None:
    # the parser hangs the fronted "If ..." clause on the cue, not on "stop"
    claim = only(
        parse_en(
            "If the toll is not lifted, Mr. Ordway warned, the ferrymen will stop work in March."
        ),
        "warn",
    )
    assert claim.content_text.startswith("If the toll is not lifted")
    assert claim.content_text.endswith("the ferrymen will stop work in March")


def test_subject_hung_on_the_cue_joins_the_content() -> None:
    # the parser makes "Drivers" a second subject of the cue
    claim = only(
        parse_en("Drivers, Ms. Brask insisted, don’t have to worry that the tolls can rise."),
        "insist",
    )
    assert claim.content_text.startswith("Drivers don’t have to worry")


def test_stop_word_subject_before_the_cue_is_kept() -> None:
    claim = only(parse_en("That, the inspectors say, will be harder once the river floods."), "say")
    assert claim.content_text == "That will be harder once the river floods"


def test_clause_goes_on_after_the_closing_comma() -> None:
    claim = only(
        parse_en(
            "Prices have climbed over the winter, she says, especially in the northern valleys."
        ),
        "say",
    )
    assert claim.content_text == (
        "Prices have climbed over the winter especially in the northern valleys"
    )


def test_linking_verb_split_by_the_cue() -> None:
    claim = only(parse_en("This is, she said, a turning point for the harbour town."), "say")
    assert claim.content_text == "This is a turning point for the harbour town"


def test_the_cue_own_participle_stays_out() -> None:
    # "adding ..." is the speaker's next statement, not the rest of the first
    article = parse_en(
        "The ferry plan is a disaster, she said, adding that the harbour master should resign."
    )
    assert only(article, "say").content_text == "The ferry plan is a disaster"


def test_quotation_split_by_a_cue_with_a_time_adjunct() -> None:
    # "early this spring" between the cue and the second half does not end the quotation
    claim = only(
        parse_en(
            "“That does not mean silence,” a harbour clerk said early this spring, "
            "“only a quieter reply than the mayor wanted.”"
        ),
        "say",
    )
    assert claim.content_text == (
        "That does not mean silence only a quieter reply than the mayor wanted"
    )


def test_fronted_half_of_a_split_quotation_stays() -> None:
    # the parser hangs the second half's clause on the cue; the first half is still content
    claim = only(
        parse_en(
            '"If the last three mayors will not get on that stage," Robbins said, '
            '"why would local firms want to stand beside the plan?"'
        ),
        "say",
    )
    assert claim.content_text.startswith("If the last three mayors will not get on that stage")
    assert claim.content_text.endswith("stand beside the plan?")


def test_fronted_half_of_a_split_quotation_with_adjuncts_after_the_cue() -> None:
    claim = only(
        parse_en(
            '"Where the guild stands," he said of the bakers, '
            '"I am certain I have pleased and annoyed most of them."'
        ),
        "say",
    )
    assert claim.content_text.startswith("Where the guild stands I am certain")


def test_fronted_condition_before_a_cue_with_a_clause_after_it() -> None:
    # the parser hangs the conditional clause on the cue, not on the reported clause
    claim = only(
        parse_en(
            "If the levy had not been lifted by the council, Ordway said, "
            "“we would be looking at a closed harbour now.”"
        ),
        "say",
    )
    assert claim.content_text.startswith("If the levy had not been lifted by the council")
    whether = only(
        parse_en(
            "Whether the issue is the ferry, the bridge or the harbour, Mr. Garin added, "
            "“it becomes harder for the council to win.”"
        ),
        "add",
    )
    assert whether.content_text.startswith("Whether the issue is the ferry")


def test_other_fronted_phrase_before_such_a_cue_stays_out() -> None:
    # a circumstance of the speaker's, not part of what was said
    claim = only(
        parse_en("Holding open a ledger, Ordway said, “The harbour has never been this poor.”"),
        "say",
    )
    assert claim.content_text == "The harbour has never been this poor"


def test_prepositional_cue_on_the_subject_reports_its_clause() -> None:
    # "according to" hangs on the subject noun; the source says the whole clause
    claim = only(
        parse_en("Other major concerns, according to the poll, include taxes and the harbour."),
        "according to",
    )
    assert claim.content_text == "Other major concerns include taxes and the harbour"


def test_fronted_subject_of_an_inverted_parenthetical_cue() -> None:
    # the parser gives "say" two subjects and hangs the opening comma inside the first
    claim = only(
        parse_en(
            "Part of the problem in finding leaks, say experts like Anna Voss, "
            "a Danish engineer, is the soil itself."
        ),
        "say",
    )
    assert claim.content_text == "Part of the problem in finding leaks is the soil itself"


def test_inverted_cue_inside_a_clause_speaker_misread_as_its_subject() -> None:
    # the parser takes "reading" for the subject of "said" and "Paul Renner" for that of
    # "read": the name after the inverted cue speaks, the clause around it is the content
    claim = only(
        parse_en(
            "Any honest reading of the mayor's actions, said Paul Renner, an expert on ports "
            "at the Halden Institute, would read this as a retreat."
        ),
        "say",
    )
    assert claim.speaker is not None
    assert claim.speaker.text.startswith("Paul Renner")
    assert claim.content_text == (
        "Any honest reading of the mayor's actions would read this as a retreat"
    )


def test_subject_with_a_relative_clause_before_a_plain_cue_keeps_its_reading() -> None:
    # "X, who ..., said their speeches, ..., would ...": the cue is not inverted
    claim = only(
        parse_en(
            "And aides to Mayor Ordway, who had a long career on the council, said their "
            "speeches, already full of harbour talk, would focus even more on the ferry."
        ),
        "say",
    )
    assert claim.speaker is not None
    assert claim.speaker.text.startswith("aides to Mayor Ordway")


def test_quotation_split_by_an_inverted_cue_with_a_described_speaker() -> None:
    # the speaker's apposition and relative clause lie between the two halves
    claim = only(
        parse_en(
            '"The danger," said Edna Loma, an economist who directs the Halden harbour '
            'survey, "is that the port will draw workers and lose jobs."'
        ),
        "say",
    )
    assert claim.content_text == "The danger is that the port will draw workers and lose jobs"


def test_short_governing_clause_before_a_parenthetical_cue() -> None:
    # the cue hangs on "are", the complement of "is": "The truth is" is said too
    claim = only(
        parse_en("The truth is, she added, there are no easy fixes for the harbour."), "add"
    )
    assert claim.content_text == "The truth is there are no easy fixes for the harbour"
