"""Language detection (py3langid) for documents whose language the input does not state.

py3langid (a maintained fork of langid.py, 97 languages, 4.5 MB) was chosen over lingua:
lingua's wheel is 96 MB and loading all its language models took 11 s on the development
machine, against 0.7 s here. Texts shorter than `MIN_WORDS` words keep the default
language: on a line or two every detector guesses, and a guess must not turn a German
sentence into a skipped "other language" document.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_WORDS = 12
#: below this normalised probability the detector abstains and the default stays
MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, default: str) -> str:
    """The ISO 639-1 code of `text`'s language, or `default` when it cannot be told."""
    if len(text.split()) < MIN_WORDS:
        return default
    lang, prob = _identifier().classify(text)
    return str(lang) if prob >= MIN_CONFIDENCE else default
