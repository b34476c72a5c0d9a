"""The browser chat's parts (Gradio wiring lives in app.py): sessions, rendering, handlers, start-up checks.

    HF_HUB_OFFLINE=1 .venv/bin/python -m pytest tests/test_app_units.py -q

`chat/` never imports this package; this package never decides anything about a turn (chat/ does).
"""
