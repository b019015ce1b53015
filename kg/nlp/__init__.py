"""German NLP base pipeline of kg: locating/loading the bundled spaCy model and its custom layers."""
from kg.nlp.model import DEFAULT_MODEL_NAME, default_model_path, load_base_model, register

__all__ = ["DEFAULT_MODEL_NAME", "default_model_path", "load_base_model", "register"]
