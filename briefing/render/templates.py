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
    Language,
    language_name,
    localized_digits,
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
    text = _MARKDOWN_SPECIAL.sub(r"\\\g<0>", " ".join(str(value).split()))
    text = _GFM_AUTOLINK.sub(r"\\\g<0>", text)
    # The marker's last character is escaped: a digit cannot be, the "." after it can.
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m[0][:-1]}\\{m[0][-1]}", text)


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
    return environment(context.language).get_template(name).render(**values)
