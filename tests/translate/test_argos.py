"""A damaged Argos package met while translating: one clear sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from installs import installed

from briefing.errors import TranslationError
from briefing.translate.argos import ArgosEngine
from briefing.translate.packages import installed_packages


def test_a_damaged_tokenizer_fails_when_translating_in_one_sentence(
    home: dict[str, str],
) -> None:
    installed(home)
    [package] = installed_packages(Path(home["ARGOS_PACKAGES_DIR"]))
    (package.path / "sentencepiece.model").write_bytes(b"not a sentencepiece model")
    with pytest.raises(TranslationError) as raised:
        ArgosEngine(package).translate_sentences(["The council met on Monday."])
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("translate-en_fr-1_0 could not translate (")
    assert message.endswith(
        "remove it with 'briefing models remove translate-en_fr-1_0' and install it again"
    )
