"""Import this module to register all of kg's spaCy components.

    import spacy, kg.nlp.components
    nlp = spacy.load(...)
    nlp.add_pipe("kg_actors"); nlp.add_pipe("kg_coref")

Registered factories: `kg_space_reparse` (`kg.nlp.spaces`), `kg_pos_repair` (`kg.nlp.repair`),
`kg_actors` and `kg_coref` (actors, `kg.nlp.actors`/`kg.nlp.coref`), `kg_frames` (predicates of
the frame lexicon with their role fillers, `kg.nlp.frames`),
and, where their modules are present, `kg_timex` and `kg_cues` (events, `kg.nlp.timex`/
`kg.nlp.cues`), and `kg_speech` (the learned speech tagger, `kg.nlp.speech`) where its trained
model `kg/models/de_kg_speech` is installed (German only).
Why a module of its own: spaCy finds a factory only after the module
that defines it was imported, and users should not need to know which module that is.
"""

from __future__ import annotations

import importlib
import importlib.util

import kg.nlp.actors  # noqa: F401  (registers kg_actors)
import kg.nlp.coref  # noqa: F401  (registers kg_coref)
import kg.nlp.frames  # noqa: F401  (registers kg_frames)
import kg.nlp.repair  # noqa: F401  (registers kg_pos_repair)
import kg.nlp.spaces  # noqa: F401  (registers kg_space_reparse)

#: kg components in the order `kg.nlp.pipeline.load_pipeline` adds them
ORDER: tuple[str, ...] = (
    "kg_space_reparse",
    "kg_pos_repair",
    "kg_timex",
    "kg_cues",
    "kg_speech",
    "kg_actors",
    "kg_coref",
    "kg_frames",
)
_OPTIONAL = {"kg_timex": "kg.nlp.timex", "kg_cues": "kg.nlp.cues"}


def available(lang: str = "de") -> list[str]:
    """The kg factories that can be added here, in pipeline order."""
    out = []
    for name in ORDER:
        if name == "kg_speech":
            import kg.nlp.speech

            if lang != "de" or not kg.nlp.speech.available():
                continue
        module = _OPTIONAL.get(name)
        if module is not None:
            if importlib.util.find_spec(module) is None:
                continue
            importlib.import_module(module)
        out.append(name)
    return out
