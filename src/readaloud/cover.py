"""Generated cover art: a square, high-contrast PNG title card with show name and headline."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from readaloud.errors import ConfigError, DependencyError

MIN_SIZE = 1400
"""Apple Podcasts' smallest accepted artwork (pixels per side)."""
MAX_SIZE = 3000
"""Apple Podcasts' largest accepted artwork."""

BACKGROUND = (11, 31, 58)
"""Dark navy; white text on it has a contrast ratio of about 16:1 (WCAG AAA needs 7:1)."""
FOREGROUND = (255, 255, 255)
"""Headline colour."""
ACCENT = (242, 177, 52)
"""Amber for the show name and the sound bars; about 9:1 against the background."""

FALLBACK_FONTS = (
    "DejaVuSans-Bold.ttf",          # most Linux systems: Latin, Greek, Cyrillic
    "NotoSans-Bold.ttf",
    "NotoSansCJK-Bold.ttc",         # Chinese, Japanese, Korean
    "NotoSansCJK-Regular.ttc",
    "arialbd.ttf",                  # Windows
    "msyh.ttc",                     # Windows, Chinese
    "Arial Unicode.ttf",            # macOS
)
"""System fonts tried in order before Pillow's bundled font (regular weight, basic Latin
only: no accents). None is required: text no font can draw is left off the card."""

_BARS = (0.35, 0.7, 1.0, 0.55, 0.85, 0.4, 0.65, 0.3)
"""Heights of the decorative sound bars at the foot of the card."""


@dataclass(frozen=True)
class _Face:
    """A font that can draw some text: a system font file name, or None for Pillow's own."""

    name: str | None

    def at(self, size: int) -> ImageFont.FreeTypeFont:
        """This font at `size` pixels."""
        if self.name is not None:
            return ImageFont.truetype(self.name, size)
        font = ImageFont.load_default(size=size)
        if not isinstance(font, ImageFont.FreeTypeFont):
            raise DependencyError("Pillow was built without FreeType, so it cannot draw the "
                                  "cover; reinstall it with `pip install --force-reinstall Pillow`")
        return font


def _draws(font: ImageFont.FreeTypeFont, text: str) -> bool:
    """True when `font` has a glyph for every visible character of `text`.

    A missing glyph renders as the font's "not defined" box, the same as U+FFFF (a
    non-character no font maps). Edge cases: spaces never count; an empty text is drawable.
    """
    missing = bytes(font.getmask("\uffff"))
    return all(bytes(font.getmask(ch)) != missing for ch in set(text) if not ch.isspace())


def _face_for(text: str, candidates: Sequence[str | None]) -> _Face | None:
    """The first font that draws all of `text`, or None when none does (or none is installed)."""
    for name in candidates:
        try:
            face = _Face(name)
            if _draws(face.at(24), text):
                return face
        except OSError:  # not installed here
            continue
    return None


def _words(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Words, with any word wider than `width` (or text without spaces, as in Chinese) cut into
    pieces that fit."""
    out: list[str] = []
    for word in text.split():
        piece = ""
        for ch in word:
            if piece and font.getlength(piece + ch) > width:
                out.append(piece)
                piece = ""
            piece += ch
        out.append(piece)
    return out


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of `text` no wider than `width` pixels, cut at spaces (or anywhere in a word that
    cannot fit alone). Edge cases: empty text gives no lines; whitespace runs collapse."""
    lines: list[str] = []
    for word in _words(text, font, width):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


@dataclass(frozen=True)
class _Block:
    """Text set in one font size, wrapped to the card's width."""

    font: ImageFont.FreeTypeFont
    lines: tuple[str, ...]
    line_height: int

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)


def _fit(text: str, face: _Face, width: int, height: int, sizes: range,
         max_lines: int) -> _Block:
    """The largest size in `sizes` (largest first) at which `text` fits the box in at most
    `max_lines` lines; at the smallest size, extra lines are cut and marked with "…"."""
    for size in sizes:
        font = face.at(size)
        lines = wrap(text, font, width)
        if len(lines) <= max_lines and int(size * 1.25) * len(lines) <= height:
            return _Block(font, tuple(lines), int(size * 1.25))
    font = face.at(sizes[-1])
    line_height = int(sizes[-1] * 1.25)
    keep = max(1, min(max_lines, height // line_height))
    lines = wrap(text, font, width)
    if len(lines) > keep:
        lines = [*lines[:keep - 1], _ellipsis(lines[keep - 1], font, width)]
    return _Block(font, tuple(lines), line_height)


def _ellipsis(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    while line and font.getlength(line + " …") > width:
        line = line[:-1]
    return line.rstrip() + " …"


def _draw_block(draw: ImageDraw.ImageDraw, block: _Block, x: int, y: int,
                fill: tuple[int, int, int]) -> int:
    """Draw the block's lines from (x, y); return the y just below it."""
    for line in block.lines:
        draw.text((x, y), line, font=block.font, fill=fill)
        y += block.line_height
    return y


def _draw_bars(draw: ImageDraw.ImageDraw, size: int, margin: int) -> int:
    """Decorative sound bars along the bottom margin; return their top edge."""
    tallest = size // 12
    bottom = size - margin
    step = size // 28
    for number, share in enumerate(_BARS):
        left = margin + number * step
        top = bottom - int(tallest * share)
        draw.rounded_rectangle((left, top, left + step * 6 // 10, bottom), radius=step // 4,
                               fill=ACCENT)
    return bottom - tallest


def make_cover(show_title: str, headline: str, size: int = MIN_SIZE) -> bytes:
    """A square PNG title card: the show name in amber, the headline large in white.

    The headline is wrapped to the card and set as large as fits (at most six lines, cut with
    "…" beyond). An empty headline gives a show card with the show name large (feed artwork).
    Text no available font can draw is left off rather than shown as boxes. The same
    arguments give the same bytes on the same machine.
    """
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"cover size must be {MIN_SIZE}-{MAX_SIZE} pixels, got {size}")
    show_title, headline = " ".join(show_title.split()), " ".join(headline.split())
    image = Image.new("RGB", (size, size), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = size * 8 // 100
    width = size - 2 * margin
    bars_top = _draw_bars(draw, size, margin)
    candidates: tuple[str | None, ...] = (*FALLBACK_FONTS, None)
    both = _face_for(show_title + headline, candidates)
    y = margin
    show_face = both or _face_for(show_title, candidates)
    if not headline:
        if show_face is not None:
            block = _fit(show_title, show_face, width, bars_top - 2 * margin,
                         range(size // 9, size // 30, -size // 200), 5)
            _draw_block(draw, block, margin, margin + (bars_top - margin - block.height) // 3,
                        FOREGROUND)
        return _png(image)
    if show_face is not None:
        block = _fit(show_title, show_face, width, size // 6,
                     range(size // 18, size // 40, -size // 400), 2)
        y = _draw_block(draw, block, margin, y, ACCENT)
        draw.rectangle((margin, y + size // 60, margin + size // 6, y + size // 60 + size // 120),
                       fill=ACCENT)
        y += size // 60 + size // 120 + size // 25
    headline_face = both or _face_for(headline, candidates)
    if headline_face is not None:
        block = _fit(headline, headline_face, width, bars_top - size // 25 - y,
                     range(size // 10, size // 25, -size // 200), 6)
        _draw_block(draw, block, margin, y, FOREGROUND)
    return _png(image)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def cover_suffix(path: Path) -> str:
    """".jpg" or ".png" for a configured cover image that podcast apps accept, else ConfigError.

    Checks what Apple Podcasts requires: a JPEG or PNG file, square, 1400-3000 pixels a side.
    Edge cases: a missing or unreadable file; a ".jpeg" name (published as ".jpg", since
    Apple wants feed image addresses ending in .jpg or .png); a PNG named ".jpg".
    """
    try:
        with Image.open(path) as image:
            kind, (width, height) = image.format, image.size
    except FileNotFoundError as err:
        raise ConfigError(f"show.cover: file not found: {path}; fix the path in voices.yaml "
                          "or remove it to get a generated cover") from err
    except (OSError, ValueError) as err:
        raise ConfigError(f"show.cover: {path} is not a readable JPEG or PNG image; "
                          "export it again as JPEG or PNG") from err
    if kind not in ("JPEG", "PNG"):
        raise ConfigError(f"show.cover: {path} is {kind}; podcast apps need JPEG or PNG")
    if width != height or not MIN_SIZE <= width <= MAX_SIZE:
        raise ConfigError(f"show.cover: {path} is {width}x{height} pixels; podcast apps need "
                          f"a square image of {MIN_SIZE} to {MAX_SIZE} pixels a side")
    return ".jpg" if kind == "JPEG" else ".png"
