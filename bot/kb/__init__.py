"""The knowledge base: model, loader/validation and quality checks."""

from bot.kb.loader import KnowledgeError, Problem, default_root, load
from bot.kb.model import LANGS, Category, Entry, KnowledgeBase, Lang, Lines, Text

__all__ = [
    "LANGS",
    "Category",
    "Entry",
    "KnowledgeBase",
    "KnowledgeError",
    "Lang",
    "Lines",
    "Problem",
    "Text",
    "default_root",
    "load",
]
