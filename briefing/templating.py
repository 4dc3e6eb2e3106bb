"""Templates: where the brief's wording and structure live.

The Jinja2 environment is strict (an undefined name is an error, not an empty string) and
autoescapes, so article text can never become markup in any output.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from pathlib import PurePath

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from briefing.model import ArticleKind, Brief, Section
from briefing.resources import resource_dir

LANGUAGE_NAMES = {"en": "English"}
KIND_NAMES = {
    ArticleKind.NEWS: "News report",
    ArticleKind.INTERVIEW: "Interview",
    ArticleKind.OPINION: "Opinion / editorial",
    ArticleKind.SPEECH_REPORT: "Speech report",
}
_HEADLINE_WORDS = 14


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """Everything a brief template sees.

    ``kind_names`` labels each article kind; ``argued_kinds`` are the kinds whose
    source argues a side, which the brief flags to the reader.
    """

    brief: Brief
    language_name: str
    kind_names: dict[ArticleKind, str]
    argued_kinds: frozenset[ArticleKind]


def context_for(brief: Brief) -> TemplateContext:
    return TemplateContext(
        brief=brief,
        language_name=LANGUAGE_NAMES.get(brief.language, brief.language),
        kind_names=KIND_NAMES,
        argued_kinds=frozenset({ArticleKind.OPINION}),
    )


def long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def headline(section: Section) -> str:
    """The article's title, or for an untitled page dump the opening words of its lede."""
    if section.article.title:
        return section.article.title
    words = section.lede.split()
    if len(words) <= _HEADLINE_WORDS:
        return section.lede
    return " ".join(words[:_HEADLINE_WORDS]) + " …"


def web_url(value: str | None) -> str | None:
    """Only http(s) addresses become links; anything else is shown, never followed."""
    if value and value.lower().startswith(("http://", "https://")):
        return value
    return None


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(resource_dir("templates")),
        undefined=StrictUndefined,
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
    )
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(
        long_date=long_date,
        headline=headline,
        web_url=web_url,
        basename=lambda value: PurePath(value).name,
    )
    return env


def render_template(name: str, context: TemplateContext) -> str:
    values = {field.name: getattr(context, field.name) for field in fields(context)}
    return environment().get_template(name).render(**values)
