"""Sentences the extract tests put before a case to set the article's kind.

``ARTS`` opens an arts report (leisure.json's arts words: film, star, singer, premiere), so the
readers that act only there (titles of works, characters) read the case that follows.
"""

from __future__ import annotations

__all__ = ["ARTS"]

ARTS = "The film star and the singer attended the premiere of the movie. "
