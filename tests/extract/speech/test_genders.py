"""A person's gender as the article shows it: title first, then first name."""

from __future__ import annotations

from briefing.extract.speech.genders import ENGLISH_PRESS, Gender, first_name_gender, title_gender


def test_a_title_says_it() -> None:
    assert (title_gender("Mr."), title_gender("Ms"), title_gender("Dr")) == (
        Gender.MALE,
        Gender.FEMALE,
        None,
    )


def test_common_first_names_say_it_and_initials_do_not() -> None:
    assert first_name_gender("Rosa Kim") is Gender.FEMALE
    assert first_name_gender("Ahmad Noori") is Gender.MALE
    assert first_name_gender("G.K. Tanner") is None


def test_a_compound_first_name_takes_its_first_names_gender() -> None:
    assert first_name_gender("Pierre-Yves Kerhervé") is Gender.MALE
    assert first_name_gender("Anne-Sophie Quéré") is Gender.FEMALE
    # a Persian ezafe joins a name of a thing, not two first names
    assert first_name_gender("Noor-e Sahar") is None


def test_a_first_name_the_dictionary_spells_without_accents_is_found() -> None:
    assert first_name_gender("Élodie Marchal") is Gender.FEMALE
    assert first_name_gender("Étienne Roy") is Gender.MALE


def test_a_first_name_takes_the_gender_it_has_where_the_readers_are() -> None:
    # `Jan`: a man's name across Europe, mostly a woman's in the US and Britain.
    assert first_name_gender("Jan Breslin") is Gender.MALE
    assert first_name_gender("Jan Breslin", ENGLISH_PRESS) is Gender.FEMALE
    # `Bernie`: mostly a woman's overall, a man's in the US (Britain says either).
    assert first_name_gender("Bernie Sanders", ENGLISH_PRESS) is Gender.MALE
    assert first_name_gender("Rosa Kim", ENGLISH_PRESS) is Gender.FEMALE
    assert first_name_gender("Ahmad Noori", ENGLISH_PRESS) is Gender.MALE


def test_a_first_name_whose_gender_differs_between_the_readers_countries_says_nothing() -> None:
    # `Robin`: mostly a woman's name in the US, a man's in Britain.
    assert first_name_gender("Robin Hale", ENGLISH_PRESS) is None


def test_a_name_compounded_with_god_or_the_faith_is_a_man_s() -> None:
    # Names the dictionary lacks, invented or rare: the compound's ending says it.
    for name in ("Nasrullah", "Zarifullah", "Samiuddin", "Nourreddine", "Fathallah"):
        assert first_name_gender(name) is Gender.MALE, name
    assert first_name_gender("Tavrosz") is None  # a name it lacks, of no such ending


def test_a_handmaid_of_god_is_a_woman_s_name_not_a_man_s() -> None:
    assert first_name_gender("Amatullah") is not Gender.MALE
