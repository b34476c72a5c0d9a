"""TEMPORARY alias: the intent embeddings moved to chat/words/embeddings.py. Delete once chat/services.py imports
``from chat.words import embeddings``."""
from chat.words.embeddings import available, intent_scores, warm_up  # noqa: F401
