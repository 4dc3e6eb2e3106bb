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

from briefing.languages import Language, language
from briefing.model import Brief, Translation
from briefing.resources import resource_dir


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """Everything a brief template sees.

    ``translations`` maps each English segment the brief shows to its translation (empty
    for an English brief); ``language`` is the brief's language.
    """

    brief: Brief
    language: Language
    translations: dict[str, Translation]


def context_for(brief: Brief) -> TemplateContext:
    return TemplateContext(
        brief=brief,
        language=language(brief.language),
        translations={translation.source: translation for translation in brief.translations},
    )


def long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


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
        web_url=web_url,
        basename=lambda value: PurePath(value).name,
    )
    return env


def render_template(name: str, context: TemplateContext) -> str:
    values = {field.name: getattr(context, field.name) for field in fields(context)}
    return environment().get_template(name).render(**values)
