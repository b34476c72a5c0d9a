"""TEMPORARY alias: the scene moved to chat/words/scene.py. Delete once chat/state.py and tests/test_app_units.py
import ``from chat.words.scene import Scene``."""
from chat.words.scene import Scene  # noqa: F401
