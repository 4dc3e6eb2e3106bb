"""Who said what in French, on invented passages: each pattern French news uses to give
a quotation or a claim its speaker."""

from __future__ import annotations

from dataclasses import replace

from briefs import invented_article

from briefing.extract import extract
from briefing.model import Extraction, QuoteType, SpeakerEvidence

NBSP, NARROW = "\u00a0", "\u202f"


def french(*paragraphs: str) -> Extraction:
    return extract(replace(invented_article(*paragraphs), language="fr"))


def direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = french(*paragraphs).quotes
    return [(q.text, q.speaker) for q in found if q.type is QuoteType.DIRECT]


def reported(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = french(*paragraphs).quotes
    return [(q.text, q.speaker) for q in found if q.type is QuoteType.INDIRECT]


def test_guillemets_with_no_break_spaces_give_the_words_without_the_spaces() -> None:
    assert direct(
        f"«{NBSP}Le pont rouvrira au printemps{NBSP}», a déclaré Lucie Moreau.",
        f"«{NARROW}Les travaux sont en avance{NARROW}», a ajouté Lucie Moreau.",
    ) == [
        ("Le pont rouvrira au printemps", "Lucie Moreau"),
        ("Les travaux sont en avance", "Lucie Moreau"),
    ]


def test_english_marks_in_french_text_are_read_the_same_way() -> None:
    assert direct("“Nous attendons une réponse claire”, explique Bernard Lefort.") == [
        ("Nous attendons une réponse claire", "Bernard Lefort")
    ]


def test_a_quotation_inside_a_quotation_stays_part_of_its_words() -> None:
    assert direct(
        "« Ils nous ont répondu “plus tard” à chaque fois », raconte Bernard Lefort."
    ) == [("Ils nous ont répondu “plus tard” à chaque fois", "Bernard Lefort")]


def test_an_inverted_pronoun_finds_the_person_of_its_gender() -> None:
    assert direct(
        "Le maire Denis Royer et Mme Agathe Lenoir ont visité le chantier.",
        "« Le calendrier sera tenu », a-t-elle assuré.",
        "« Je reste prudent », a-t-il répondu.",
    ) == [("Le calendrier sera tenu", "Agathe Lenoir"), ("Je reste prudent", "Denis Royer")]


def test_a_present_tense_inversion_names_the_speaker() -> None:
    assert direct(
        "Mme Agathe Lenoir dirige le chantier depuis mars.",
        "« Rien ne sera fermé avant l'hiver », estime-t-elle.",
    ) == [("Rien ne sera fermé avant l'hiver", "Agathe Lenoir")]


def test_a_role_after_the_verb_is_the_person_the_article_gave_it() -> None:
    found = french(
        "La ministre de la Culture, Inès Garnier, visitait le musée lundi.",
        "« Ce lieu doit rester ouvert à tous », a déclaré la ministre.",
    ).quotes
    assert [(q.speaker, q.speaker_evidence) for q in found] == [
        ("Inès Garnier", SpeakerEvidence.ROLE)
    ]


def test_a_role_nobody_was_named_for_is_kept_as_written() -> None:
    assert direct(
        "« La crue est passée », a indiqué le préfet de région lors d'un point presse."
    ) == [("La crue est passée", "le préfet de région")]


def test_a_name_after_the_role_and_a_comma_is_the_speaker() -> None:
    assert direct("« Les écoles rouvrent jeudi », a précisé la rectrice, Odile Marchand.") == [
        ("Les écoles rouvrent jeudi", "Odile Marchand")
    ]


def test_selon_after_a_quotation_names_its_source() -> None:
    assert direct("« Les stocks sont au plus bas », selon un responsable de la coopérative.") == [
        ("Les stocks sont au plus bas", "un responsable de la coopérative")
    ]


def test_selon_and_d_apres_give_a_sentence_to_its_source() -> None:
    assert reported(
        "Selon la gendarmerie, la route restera coupée toute la nuit.",
        "D'après Mme Lucie Moreau, le budget sera voté en décembre.",
        "Les pompiers sont intervenus deux fois, selon la mairie.",
    ) == [
        ("la route restera coupée toute la nuit", "la gendarmerie"),
        ("le budget sera voté en décembre", "Lucie Moreau"),
        ("Les pompiers sont intervenus deux fois", "la mairie"),
    ]


def test_a_colon_after_the_speaker_introduces_the_quotation() -> None:
    assert direct("Le syndicaliste Hugo Blanc a déclaré : « Nous irons jusqu'au bout. »") == [
        ("Nous irons jusqu'au bout.", "Hugo Blanc")
    ]


def test_a_paragraph_ending_with_a_colon_introduces_the_next_one() -> None:
    assert direct(
        "Hugo Blanc, délégué du personnel, a alors pris la parole :",
        "« Personne ne partira sans une solution. »",
    ) == [("Personne ne partira sans une solution.", "Hugo Blanc")]


def test_a_quotation_left_open_goes_on_in_the_next_paragraph_with_its_speaker() -> None:
    assert direct(
        "Hugo Blanc a répondu : « Nous avons tout essayé.",
        "« Maintenant, la direction doit venir à la table. »",
    ) == [
        ("Nous avons tout essayé.", "Hugo Blanc"),
        ("Maintenant, la direction doit venir à la table.", "Hugo Blanc"),
    ]


def test_reported_speech_is_the_clause_after_que() -> None:
    assert reported(
        "Lucie Moreau a affirmé que le pont rouvrirait au printemps.",
        "Bernard Lefort a expliqué lundi aux habitants qu'aucun foyer ne serait oublié.",
    ) == [
        ("le pont rouvrirait au printemps", "Lucie Moreau"),
        ("aucun foyer ne serait oublié", "Bernard Lefort"),
    ]


def test_a_denial_needs_no_que() -> None:
    assert reported("M. Bernard Lefort a démenti toute rencontre avec l'entreprise.") == [
        ("toute rencontre avec l'entreprise", "Bernard Lefort")
    ]


def test_a_surname_with_its_title_is_the_person_named_earlier() -> None:
    assert direct(
        "Bernard Lefort préside l'association depuis dix ans.",
        "M. Lefort a lancé : « Nous ne céderons pas. »",
        "Pour le docteur Lefort, « la situation reste grave ».",
    ) == [
        ("Nous ne céderons pas.", "Bernard Lefort"),
        ("la situation reste grave", "Bernard Lefort"),
    ]


def test_a_term_in_guillemets_without_a_speaker_is_no_quotation() -> None:
    assert direct("Le « plan vélo » de la ville entre en vigueur lundi.") == []


def test_a_figure_in_a_quotation_is_claimed_by_its_speaker() -> None:
    figures = french(
        "« Il manque 40 000 euros pour finir l'école », a déclaré Lucie Moreau."
    ).figures
    assert [(figure.text, figure.claimed_by) for figure in figures] == [
        ("40 000 euros", "Lucie Moreau")
    ]


def test_reflexive_and_familiar_speech_verbs_tag_a_quotation() -> None:
    assert direct(
        "Le ministre de l'Économie, Pierre Dumas, était à Lyon.",
        "« Les chiffres sont bons », s'est félicité le ministre.",
        "« Rien n'est joué », glisse un conseiller.",
        "« Pourquoi attendre ? » a demandé Mme Claire Petit.",
    ) == [
        ("Les chiffres sont bons", "Pierre Dumas"),
        ("Rien n'est joué", "un conseiller"),
        ("Pourquoi attendre ?", "Claire Petit"),
    ]


def test_a_figure_a_source_gives_and_another_denies_is_disputed() -> None:
    extraction = french(
        "Selon le syndicat, 300 emplois sont menacés, un chiffre que la direction a démenti."
    )
    assert [(f.text, f.claimed_by, f.disputed) for f in extraction.figures] == [
        ("300 emplois", "le syndicat", True)
    ]
    assert reported_texts(extraction) == ["300 emplois sont menacés"]


def reported_texts(extraction: Extraction) -> list[str]:
    return [q.text for q in extraction.quotes if q.type is QuoteType.INDIRECT]


def test_a_tag_inside_the_quotation_names_its_speaker() -> None:
    assert direct(
        "Le maire Paul Girard a réuni la presse.",
        "« Nous avons perdu une bataille, reconnaît-il, mais pas la guerre. »",
    ) == [("Nous avons perdu une bataille, reconnaît-il, mais pas la guerre.", "Paul Girard")]


def test_a_paragraph_without_marks_after_a_speech_verb_and_colon_is_the_speech() -> None:
    assert direct(
        "La militante Anne Roux a déclaré :",
        "Le combat continue dans les quartiers. Rien ne nous arrêtera.",
        "Le plan prévoit trois mesures :",
        "La gratuité des bus, des pistes cyclables et des parkings relais.",
    ) == [("Le combat continue dans les quartiers. Rien ne nous arrêtera", "Anne Roux")]


def test_pour_x_gives_a_view_to_x_but_not_to_a_time() -> None:
    assert reported(
        "Pour les experts, la reprise sera lente.",
        "Pour la première fois, le musée ouvre le soir.",
        "Pour l'instant, rien ne change.",
        "Pour les deux prochaines années, le budget est gelé.",
    ) == [("la reprise sera lente", "les experts")]


def test_a_comparison_with_que_after_a_speech_verb_reports_nothing() -> None:
    assert reported(
        "Le ministre a annoncé un plan plus ambitieux que celui de l'an passé.",
        "La ministre a expliqué lundi aux élus que le plan serait revu.",
    ) == [("le plan serait revu", "La ministre")]
