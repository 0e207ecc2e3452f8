"""readaloud: turn a written article into an accessible, multi-voice podcast episode, offline."""

__version__ = "0.1.0"
