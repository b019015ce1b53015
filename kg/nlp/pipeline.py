"""Build the spaCy pipeline kg extracts with: a base model plus kg's own components.

The base model (tokenizer, tagger, parser, NER) comes from `kg.nlp.model` for German or
from an installed spaCy package for English; kg's rule components (`kg_timex`, `kg_cues`,
`kg_actors`, `kg_coref`) are added on top, so the whole analysis of an article is one
`nlp(doc)` call and `nlp.pipe` can batch articles. The article date reaches the
components through `doc._.kg_date`, which the caller sets on `nlp.make_doc(text)` before
running the pipeline (see `kg.extract.Extractor`).
"""

from __future__ import annotations

from spacy.language import Language

from kg.errors import KgError

#: default English base model; used when a document says `lang: en`
DEFAULT_EN_MODEL = "en_core_web_sm"


def load_base(model: str | None = None, lang: str = "de") -> Language:
    """The base spaCy pipeline for a language, or a KgError that says how to get it."""
    if lang == "de":
        from kg.nlp.model import load_base_model

        try:
            return load_base_model(model)
        except OSError as exc:
            raise KgError(f"cannot load the German model {model or 'de_kg_news'}: {exc}") from None
    if lang == "en":
        import spacy

        from kg.nlp.model import cpu_matmul_ops

        name = model or DEFAULT_EN_MODEL
        try:
            with cpu_matmul_ops():
                return spacy.load(name)
        except OSError:
            raise KgError(
                f"English text needs the spaCy model {name!r}, which is not installed "
                f"(install it with `python -m spacy download {name}` or pass --model)"
            ) from None
    raise KgError(f"unsupported language {lang!r} (kg reads de and en)")


def add_components(nlp: Language, lang: str | None = None) -> Language:
    """Add kg's registered components that the pipeline does not have yet, in order."""
    from kg.nlp import components

    for name in components.available(lang or nlp.lang):
        if name in nlp.pipe_names:
            continue
        config = {"lang": lang or nlp.lang} if name in ("kg_actors", "kg_coref") else {}
        nlp.add_pipe(name, config=config)
        if name == "kg_space_reparse" and "kg_space_compact" not in nlp.pipe_names:
            nlp.add_pipe("kg_space_compact", first=True)  # its partner: see kg.nlp.spaces
    return nlp


def load_pipeline(model: str | None = None, lang: str = "de") -> Language:
    """The full kg pipeline for `lang`: base model (`model` or the default) + kg components."""
    return add_components(load_base(model, lang), lang)


def model_name(nlp: Language) -> str:
    """ "de_kg_news 0.1.0": package-style name and version of the base model."""
    meta = nlp.meta
    name = str(meta.get("name") or "pipeline")
    lang = str(meta.get("lang") or nlp.lang)
    if not name.startswith(lang + "_"):
        name = f"{lang}_{name}"
    version = meta.get("version")
    return f"{name} {version}" if version else name
