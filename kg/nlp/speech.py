"""`kg_speech`: a small learned tagger of reported speech (MESSAGE, SOURCE, CUE spans).

Why: kg's statement rules (kg/extract/statements.py) find about half of the reported speech
in news (benchmarks/speaker_attribution.py); a tagger trained on the GermEval 2023 SpkAtt
annotations (training/speech/) marks messages the rules miss: reported speech without a
speech verb, "demnach", free indirect continuations.  The extractor only adds statements from
these spans where its rules are silent (`kg.extract.statements`).

The trained pipeline (`kg/models/de_kg_speech`: its own tok2vec + an `ner` head) is run on a
feature copy of the document (words, parts of speech, morphology, dependencies of the base
model), so the base model's entities stay untouched; its entities become
`doc.spans["kg_speech"]`, adjacent MESSAGE pieces (the NER cannot cross a sentence start)
joined into one span.  When the model directory is absent, `available()` is False and the
pipeline is built without this component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from spacy.vocab import Vocab

SPANS_KEY = "kg_speech"
MODEL_NAME = "de_kg_speech"
LABELS = ("MESSAGE", "SOURCE", "CUE")


def default_path() -> Path:
    """Directory of the bundled speech model inside the package."""
    return Path(str(resources.files("kg").joinpath("models", MODEL_NAME)))


def available(path: Path | None = None) -> bool:
    """Whether the trained speech model is there (the component is only added then)."""
    return (path or default_path()).joinpath("meta.json").is_file()


def feature_doc(doc: Doc, vocab: Vocab | None = None) -> Doc:
    """A copy of `doc` in `vocab` with words, spaces, POS, MORPH, HEAD/DEP and sentence starts,
    no entities.

    The same function builds the training examples (training/speech/reader.py), so the tagger
    sees its features the same way in training and inside kg's pipeline; the copy lives in the
    tagger's own vocab, so the tagger never writes into the base model's.
    """
    vocab = vocab or doc.vocab
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    pos = [t.pos_ or "X" for t in doc]
    morphs = [str(t.morph) for t in doc]
    if doc.has_annotation("DEP"):
        try:
            return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs,
                       deps=[t.dep_ or "dep" for t in doc], heads=[t.head.i for t in doc])
        except ValueError:  # a parse the constructor rejects: keep the sentence starts only
            pass
    starts = [bool(t.is_sent_start) for t in doc]
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, sent_starts=starts)


def join_spans(doc: Doc, ents: Iterable[Span]) -> list[Span]:
    """The tagger's entities on `doc`, MESSAGE pieces separated only by a sentence start joined."""
    out: list[Span] = []
    for ent in ents:
        span = Span(doc, ent.start, ent.end, label=ent.label_)
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "MESSAGE" == span.label_ and prev.end == span.start:
            out[-1] = Span(doc, prev.start, span.end, label="MESSAGE")
        else:
            out.append(span)
    return out


class SpeechTagger:
    """Runs the trained tok2vec + ner on feature copies and writes `doc.spans["kg_speech"]`."""

    def __init__(self, path: Path) -> None:
        import spacy

        from kg.nlp.model import cpu_matmul_ops

        with cpu_matmul_ops():
            self.model = spacy.load(path)
        self.pipes = [proc for _name, proc in self.model.pipeline]

    def __call__(self, doc: Doc) -> Doc:
        """Tag one document."""
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """Tag documents in batches (the tagger's matrix products run per batch)."""
        for batch in minibatch(docs, size=batch_size):
            copies: Iterable[Doc] = [feature_doc(doc, self.model.vocab) for doc in batch]
            for proc in self.pipes:
                copies = proc.pipe(copies, batch_size=batch_size)
            for doc, copy in zip(batch, copies, strict=True):
                doc.spans[SPANS_KEY] = join_spans(doc, copy.ents)
                yield doc


@Language.factory(
    "kg_speech",
    default_config={"path": None},
    assigns=["doc.spans"],
    requires=["token.pos", "token.morph", "token.dep"],
)
def make_speech(nlp: Language, name: str, path: str | None) -> SpeechTagger:
    """The `kg_speech` component; `path` defaults to the bundled `kg/models/de_kg_speech`."""
    return SpeechTagger(Path(path) if path else default_path())
