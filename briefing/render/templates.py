"""Templates: where the brief's wording and structure live.

The Jinja2 environment is strict (an undefined name is an error, not an empty string).
Every template autoescapes, so article text can never become markup, except the plain
text and Markdown ones (``*.txt.j2``, ``*.md.j2``): Markdown escapes each field with the
``md`` filter, plain text has nothing to escape. Both undo the escaping of the shared
wording macros (``_wording.j2``) with ``from_markup``: a macro's output is marked safe by
the template that calls it, so the shared macros must escape for the strictest caller.

The brief's own wording (headings, labels, notices) comes from the gettext catalog of its
language in ``locales/``; dates and counts are written the way that language writes them.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, fields
from functools import cache, partial
from pathlib import PurePath

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from briefing.errors import RenderError
from briefing.languages import (
    ENGLISH,
    LANGUAGES,
    NUMBER,
    Language,
    language_name,
    localized_digits,
    localized_number,
    native_name,
)
from briefing.model import Brief, Translation
from briefing.render.calendars import long_date
from briefing.resources import resource_dir

_WEB_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", re.IGNORECASE)
# "$" too: GitHub and many editors read $…$ as mathematics.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]<>&|~#$]")
# GitHub-flavoured Markdown links bare addresses too: www.example.org, https://…, and
# e-mail addresses. An escaped "." after www, ":" before // or "@" keeps them text.
_GFM_AUTOLINK = re.compile(r"(?<=www)\.|:(?=//)|@", re.IGNORECASE)
# A list marker ("- ", "+ ", "1. ") or a setext underline at the start of a field.
_MARKDOWN_LINE_START = re.compile(r"\A(?:[-+=]|\d+[.)])")
# Whitespace a line may break at; the no-break spaces of French typography (before a
# colon, inside a number) are kept, as the other formats keep them.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
# How a sentence already ends: its stop, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)\]]*\Z")
# Unicode's isolates: a run of one direction set apart from the text around it.
LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE, POP_ISOLATE = "\u2066", "\u2067", "\u2069"
RIGHT_TO_LEFT_MARK = "\u200f"
# What opens a Markdown line before its text: a heading, list item, quote or table row.
_MARKDOWN_BLOCK_START = re.compile(r"^((?:#{1,6} |[-*+] |> |\| |[ \t]+)?)(?=\S)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """Everything a brief template sees.

    ``translations`` maps each segment the brief shows to its translation (none for an
    article written in the brief's language); ``language`` is the brief's language and
    ``language_name`` its name as its readers write it (``français``, ``دری``).
    """

    brief: Brief
    language: Language
    language_name: str
    translations: dict[str, Translation]


def context_for(brief: Brief) -> TemplateContext:
    return TemplateContext(
        brief=brief,
        language=brief.language,
        language_name=native_name(brief.language),
        translations={translation.source: translation for translation in brief.translations},
    )


def web_url(value: str | None) -> str | None:
    """Only well-formed http(s) addresses become links; anything else is shown as text.

    An address with spaces, controls, quotes or angle brackets is no address a browser
    would send, and in Markdown such characters could end the link and start markup.
    """
    if value and _WEB_URL.fullmatch(value):
        return value
    return None


def markdown_text(value: object) -> str:
    """``value`` as literal Markdown text: nothing in it can become emphasis, a link or HTML.

    Backslash escapes hold for ASCII punctuation in CommonMark, so every character with a
    meaning inline is escaped, and a line cannot start a heading, list or block quote.
    """
    folded = _BREAKING_SPACE.sub(" ", str(value)).strip()
    text = _MARKDOWN_SPECIAL.sub(r"\\\g<0>", folded)
    text = _GFM_AUTOLINK.sub(r"\\\g<0>", text)
    # The marker's last character is escaped: a digit cannot be, the "." after it can.
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m[0][:-1]}\\{m[0][-1]}", text)


def sentence(value: str) -> str:
    """``value`` ending with a full stop, unless it already ends a sentence (``Front …``)."""
    return value if _SENTENCE_END.search(value) else f"{value}."


def localized_numbers(value: str, target: Language) -> str:
    """``value`` with each number written the way ``target`` writes it (``۲۵٬۰۰۰ men``)."""
    return NUMBER.sub(lambda match: localized_number(match.group(), target), value)


def writes_right_to_left(code: str) -> bool:
    """Whether the language ``code`` (a brief's or an article's) is written right to left."""
    from babel import Locale, UnknownLocaleError

    locale = LANGUAGES[code].locale if code in LANGUAGES else code
    try:
        return bool(Locale.parse(locale).character_order == "right-to-left")
    except (UnknownLocaleError, ValueError):
        return False  # a code CLDR does not know: Latin script is the likelier guess


def direction(code: str) -> str:
    """The HTML ``dir`` of text in the language ``code``."""
    return "rtl" if writes_right_to_left(code) else "ltr"


def isolated(value: str, code: str, target: Language) -> str:
    """``value`` (text in the language ``code``) set apart as an isolate when its
    direction is not the brief's: an English original or file name inside a Dari line
    keeps its full stop at its end and its place in the line. Wording already escaped
    stays so."""
    if writes_right_to_left(code) == target.right_to_left:
        return value
    start = RIGHT_TO_LEFT_ISOLATE if writes_right_to_left(code) else LEFT_TO_RIGHT_ISOLATE
    wrapped = f"{start}{value}{POP_ISOLATE}"
    return Markup(wrapped) if isinstance(value, Markup) else wrapped


def marked_lines(text: str, markdown: bool) -> str:
    """Plain text or Markdown of a right-to-left brief, each line opening with the
    right-to-left mark: a viewer takes a line's direction from its first letter, and
    ``Ahmad Massoud — …`` would otherwise read left to right. In Markdown the mark
    follows the line's block marker, which must stay first."""
    if markdown:
        return _MARKDOWN_BLOCK_START.sub(lambda match: match[1] + RIGHT_TO_LEFT_MARK, text)
    return re.sub(r"^([ \t]*)(?=\S)", rf"\1{RIGHT_TO_LEFT_MARK}", text, flags=re.MULTILINE)


def catalog(target: Language) -> gettext.NullTranslations:
    """The compiled gettext catalog of the brief's wording in ``target``.

    English is the source language and needs none. Any other language without its compiled
    catalog is an error: a brief silently worded in English would pass for a translation.
    """
    if target.code == ENGLISH.code:
        return gettext.NullTranslations()
    localedir = resource_dir("locales")
    try:
        return gettext.translation("messages", localedir=localedir, languages=[target.code])
    except FileNotFoundError:
        missing = localedir / target.code / "LC_MESSAGES" / "messages.mo"
        raise RenderError(
            f"the {target.name} wording of the brief is not compiled ({missing} is missing): "
            "run `make` in the checkout (it runs `pybabel compile -d locales`), "
            "or reinstall briefing"
        ) from None


def _escapes_markup(name: str | None) -> bool:
    return name is None or not name.endswith((".txt.j2", ".md.j2"))


def make_environment(target: Language, translations: gettext.NullTranslations) -> Environment:
    """A template environment that words briefs in ``target`` with ``translations``."""
    env = Environment(
        loader=FileSystemLoader(resource_dir("templates")),
        undefined=StrictUndefined,
        autoescape=_escapes_markup,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(
        long_date=partial(long_date, target=target),
        number=partial(localized_digits, target=target),
        numbers=partial(localized_numbers, target=target),
        sentence=sentence,
        direction=direction,
        isolated=partial(isolated, target=target),
        language_name=partial(language_name, target=target),
        clock=lambda value: localized_digits(f"{value:%H:%M}", target),
        web_url=web_url,
        basename=lambda value: PurePath(value).name,
        md=markdown_text,
        from_markup=lambda value: Markup(value).unescape(),
    )
    return env


@cache
def environment(target: Language) -> Environment:
    """The environment for briefs in ``target``, built once per language."""
    return make_environment(target, catalog(target))


def render_template(name: str, context: TemplateContext) -> str:
    values = {field.name: getattr(context, field.name) for field in fields(context)}
    text = environment(context.language).get_template(name).render(**values)
    if context.language.right_to_left and not _escapes_markup(name):
        return marked_lines(text, markdown=name.endswith(".md.j2"))
    return text
