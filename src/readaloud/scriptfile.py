"""The editable script file: a Script written as commented YAML, and read back honouring edits."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from readaloud.cast import cast, parse_voice_name
from readaloud.config import (
    GENDERS,
    Source,
    boolean,
    choice,
    compose,
    did_you_mean,
    integer,
    is_null,
    mapping,
    name_key,
    number,
    optional,
    quote_name,
    read_text,
    resolve_voice_id,
    sequence,
    suggestion,
    text,
    value_of,
)
from readaloud.engines import VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.files import safe_stem
from readaloud.model import (
    ArticleMeta,
    Config,
    Line,
    Script,
    Segment,
    SegmentKind,
    Speaker,
    Voice,
)

SCRIPT_SUFFIXES = (".script.yaml", ".script.yml")
FORMAT_VERSION = 1
KINDS: tuple[SegmentKind, ...] = ("title", "heading", "narration", "quote")
MAX_PAUSE_MS = 60_000
MAX_OFFSET = 10**9

_TOP_KEYS = ("version", "title", "source", "stem", "meta", "narrator", "speakers", "lines")
_META_KEYS = ("author", "date", "url", "site", "description", "language")
_SPEAKER_KEYS = ("gender", "voice", "aliases", "organisation")
_LINE_KEYS = ("kind", "speaker", "voice", "text", "say", "pause_ms", "chapter", "announce",
              "span", "cue", "confidence")
_SPAN_KEYS = ("start", "end", "block")
_LINE_BREAKS = "\n\r\x85\u2028\u2029"
"""What YAML reads as the end of a line."""
_WIDE = 1_000_000
"""Line width for the YAML emitter: never fold text over lines."""

HEADER = """\
# readaloud script: everything a listener will hear, in reading order.
# Edit it, then build it:  readaloud build THIS-FILE.script.yaml
#
# Each entry under `lines` is read in turn:
#   text      what is written; transcripts show it, and the spoken form is worked out again
#             from it (numbers, abbreviations, the lexicon of voices.yaml)
#   say       (add it) exactly what to speak instead of text, e.g.  say: Kyiv, said keev
#   speaker   who reads it: a name under `speakers`, or null for the narrator. Change it to
#             fix a wrong attribution: the voice follows the new speaker.
#   voice     the narrator's or a speaker's voice follows `speaker`; any other voice is used
#             for this line only. Format: ID [rate=N,pitch=N,volume=X] (`readaloud voices`)
#   pause_ms  silence before the line, in milliseconds
#   chapter   a chapter starts here, with this title
#   announce  what the narrator says first ("Jen Psaki:"); a name in it follows a changed
#             speaker, and it is dropped when the narrator takes the line over
#   kind, span, cue, confidence: what the line was in the article (kept as they are)
# Delete an entry to skip a line; copy one to add a line.
# To change a voice everywhere, edit it under `speakers` (or `narrator`).
# To give a line to someone new, first add them under `speakers`:  Jane Doe: {gender: female}
"""


def is_script_file(path: Path) -> bool:
    """True when `path` names a script file (*.script.yaml or *.script.yml, any case)."""
    return path.name.lower().endswith(SCRIPT_SUFFIXES)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def dump_script(script: Script) -> str:
    """The script as human-editable YAML, with a header comment explaining how to edit it."""
    meta = {k: v for k in _META_KEYS if (v := getattr(script.meta, k)) is not None}
    speakers = [f"  {_scalar(s.name)}: {_flow(_speaker_entry(s, script))}"
                for s in script.speakers]
    parts = [
        HEADER,
        *(_pair(k, v) for k, v in (("version", FORMAT_VERSION), ("title", script.title),
                                   ("source", script.source), ("stem", script.stem))),
        _dump({"meta": meta}, flow=False) + "\n" if meta else "",
        _pair("narrator", script.narrator.name),
        "speakers:\n" + "".join(f"{row}\n" for row in speakers) if speakers
        else "speakers: {}\n",
        "lines:\n",
        *(_dump_line(line) for line in script.lines),
    ]
    return "".join(parts)


def _dump(value: object, flow: bool | None = None, style: str | None = None) -> str:
    """YAML for `value` (keys in order, Unicode kept, lines never folded)."""
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=_WIDE,
                          default_flow_style=flow, default_style=style).strip("\n")


def _pair(key: str, value: object) -> str:
    """`key: value` on one line."""
    return f"{key}: {_scalar(value)}\n"


def _words(text_: str) -> list[str]:
    """The words of a text, for telling whether the spoken form says something else."""
    return re.findall(r"\w+", text_.casefold())


def _flow(entry: dict[str, object]) -> str:
    """A small mapping on one line ({gender: male, aliases: [Sullivan]})."""
    texts = [v for v in entry.values() if isinstance(v, str)]
    texts += [a for v in entry.values() if isinstance(v, list) for a in v]
    breaks = any(c in t for t in texts for c in _LINE_BREAKS)
    return _dump(entry, flow=True, style='"' if breaks else None)


def _scalar(value: object) -> str:
    """A value on one line: text with line breaks in double quotes, as escapes ("\\n")."""
    breaks = isinstance(value, str) and any(c in _LINE_BREAKS for c in value)
    return _dump(value, flow=True, style='"' if breaks else None).removesuffix("\n...")


def _speaker_entry(speaker: Speaker, script: Script) -> dict[str, object]:
    """The `speakers` entry: gender, the voice most of their lines use, aliases, organisation."""
    entry: dict[str, object] = {"gender": speaker.gender}
    voices = [line.voice.name for line in script.lines if line.segment.speaker == speaker.name]
    if voices:
        entry["voice"] = max(dict.fromkeys(voices), key=voices.count)
    if speaker.aliases:
        entry["aliases"] = list(speaker.aliases)
    if speaker.organisation:
        entry["organisation"] = True
    return entry


def _dump_line(line: Line) -> str:
    """One `lines` entry; a comment shows the spoken form when it differs from the text."""
    seg = line.segment
    fields: list[tuple[str, object]] = [
        ("kind", seg.kind), ("speaker", seg.speaker), ("voice", line.voice.name),
        ("text", seg.text), ("pause_ms", line.pause_ms),
    ]
    fields += [(k, v) for k, v in (("chapter", line.chapter), ("announce", line.announce))
               if v is not None]
    fields.append(("span", {"start": seg.start, "end": seg.end, "block": seg.block}))
    if seg.kind == "quote":
        fields += [(k, v) for k, v in (("cue", seg.cue), ("confidence", seg.confidence))
                   if v is not None]
    out = []
    for i, (key, value) in enumerate(fields):
        out.append(("- " if i == 0 else "  ") + _pair(key, value))
        if key == "text" and _words(line.spoken) != _words(seg.text):
            out.append(f"  # spoken: {' '.join(line.spoken.split())}\n")
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cast:
    """The speakers table of a script file, resolved: who exists and how each one sounds."""

    speakers: tuple[Speaker, ...]
    voices: dict[str | None, Voice]
    """Speaker name (None: narrator) -> their voice."""
    follow: frozenset[str]
    """Voice names that belong to the cast: on a line, they follow the line's speaker."""
    fresh: tuple[tuple[str, str, Voice], ...] = ()
    """(speaker name, name key, voice) of each speaker who keeps the voice casting newly gave
    them (Casting.learned), in casting order."""


@dataclass(frozen=True)
class _Reader:
    """Everything reading one line needs."""

    src: Source
    config: Config
    catalog: VoiceCatalog | None
    cast: _Cast
    language: str


def load_script(path: Path, config: Config, catalog: VoiceCatalog | None = None) -> Script:
    """The Script in a script file (see read_script)."""
    return read_script(path, config, catalog)[0]


def read_script(path: Path, config: Config, catalog: VoiceCatalog | None = None,
                memory: Mapping[str, str] | None = None
                ) -> tuple[Script, tuple[tuple[str, Voice], ...]]:
    """The Script in a script file, validated like voices.yaml, with the user's edits applied,
    and what its casting learned: name key -> voice of the speakers with lines whose voice was
    cast afresh (no voice in the file, or the very voice casting gives them).

    Rules (also in the file's header): the spoken form is worked out again from `text` with the
    lexicon unless `say` is given; a line whose voice is the narrator's or a speaker's (from
    the file or from casting) takes the voice of its own speaker, so changing `speaker` is
    enough; any other voice is honoured for that line; offsets are kept as written (0 when
    absent) since an edited text no longer refers to the article.
    """
    src = Source(str(path), path.resolve().parent)
    root = compose(read_text(path, src), src)
    if root is None:
        src.fail(None, "", "the script is empty; write one with `readaloud plan ARTICLE -o "
                           "NAME.script.yaml`")
    top = mapping(root, "", src, _TOP_KEYS, "a script (title, speakers, lines, ...)")
    _check_version(value_of(top, "version"), src)
    meta = _meta(value_of(top, "meta"), src)
    table = _cast_table(top, src, config, catalog, memory)
    reader = _Reader(src, config, catalog, table, meta.language or config.show.language)
    lines_node = value_of(top, "lines")
    if lines_node is None:
        src.fail(root, "lines", "missing; a script needs at least one line")
    items = sequence(lines_node, "lines", src, "a list of lines")
    lines = tuple(_line(item, f"lines[{i}]", reader) for i, item in enumerate(items))
    if not lines:
        src.fail(lines_node, "lines", "no lines; a script needs at least one line")
    used = {line.segment.speaker for line in lines}
    learned = tuple(dict.fromkeys((key, voice) for name, key, voice in table.fresh
                                  if name in used))
    return Script(
        title=optional(top, "title", "", lambda n, p: text(n, p, src)) or _title(lines, path),
        source=optional(top, "source", "", lambda n, p: text(n, p, src)) or str(path),
        lines=lines,
        speakers=tuple(s for s in _in_order(lines, table.speakers) if s.name in used),
        narrator=table.voices[None],
        meta=meta,
        stem=optional(top, "stem", "", lambda n, p: _stem(n, p, src)) or _default_stem(path),
    ), learned


def _check_version(node: yaml.Node | None, src: Source) -> None:
    """version: absent or 1 (a newer readaloud may write a format this one cannot read)."""
    if node is not None and integer(node, "version", src, (1, 1000), "a format version") \
            != FORMAT_VERSION:
        src.fail(node, "version", f"this readaloud reads script version {FORMAT_VERSION}; "
                                  "write the script again with `readaloud plan`")


def _meta(node: yaml.Node | None, src: Source) -> ArticleMeta:
    """meta: byline, date, address, site, description, language (all optional text)."""
    if node is None:
        return ArticleMeta()
    items = mapping(node, "meta", src, _META_KEYS)
    values = {k: optional(items, k, "meta", lambda n, p: text(n, p, src)) for k in _META_KEYS}
    return ArticleMeta(**values)


def _stem(node: yaml.Node, path: str, src: Source) -> str:
    """stem: a safe file name stem (letters, digits, '-')."""
    stem = text(node, path, src, "a file name stem")
    if safe_stem(stem, fallback="") != stem:
        src.fail(node, path, f"{stem!r} is not a safe file name stem; use lowercase letters, "
                             f"digits and '-', e.g. {safe_stem(stem)!r}")
    return stem


def _default_stem(path: Path) -> str:
    """The stem of the outputs when the file does not say: its name before the first dot."""
    return safe_stem(path.name.split(".")[0])


def _title(lines: Sequence[Line], path: Path) -> str:
    """The episode title when the file does not say: the title line, else the file's stem."""
    return next((line.segment.text for line in lines if line.segment.kind == "title"),
                _default_stem(path))


def _in_order(lines: Sequence[Line], speakers: Sequence[Speaker]) -> list[Speaker]:
    """`speakers` in order of their first line."""
    first: dict[str | None, int] = {}
    for i, line in enumerate(lines):
        first.setdefault(line.segment.speaker, i)
    return sorted(speakers, key=lambda s: first.get(s.name, len(lines)))


# -- the speakers table ------------------------------------------------------------------------


def _cast_table(top: dict[str, tuple[yaml.Node, yaml.Node]], src: Source, config: Config,
                catalog: VoiceCatalog | None, memory: Mapping[str, str] | None) -> _Cast:
    """Speakers and voices: as the file gives them, else as voices.yaml (and the cast book,
    `memory`) casts them.

    Edge cases: a speaker with no voice gets the cast voice; two speakers (or a speaker and
    the narrator) with the same voice are an error; names and aliases are unique.
    """
    rows = _speaker_rows(value_of(top, "speakers"), src, catalog, config.engine)
    casting = cast(config, [speaker for speaker, _, _ in rows], catalog, memory)
    narrator_node = value_of(top, "narrator")
    narrator = casting.narrator if narrator_node is None else _voice(
        narrator_node, "narrator", src, catalog, config.engine)
    voices: dict[str | None, Voice] = {None: narrator}
    owner = {narrator.name: "the narrator"}
    for speaker, voice, node in rows:
        voices[speaker.name] = voice or casting.voice_for(speaker.name)
        other = owner.setdefault(voices[speaker.name].name, quote_name(speaker.name))
        if other != quote_name(speaker.name):
            src.fail(node, f"speakers.{quote_name(speaker.name)}",
                     f"same voice as {other} ({voices[speaker.name].name}); give each speaker "
                     "a voice of their own")
    follow = {v.name for v in voices.values()} | {v.name for _, v in casting.voices}
    follow.add(casting.narrator.name)
    fresh = tuple((s.name, key, voice) for key, voice in casting.learned for s, given, _ in rows
                  if casting.voice_for(s.name) == voice and given in (None, voice))
    return _Cast(tuple(s for s, _, _ in rows), voices, frozenset(follow), fresh)


def _speaker_rows(node: yaml.Node | None, src: Source, catalog: VoiceCatalog | None,
                  engine: str) -> list[tuple[Speaker, Voice | None, yaml.Node]]:
    """speakers: name -> {gender, voice, aliases, organisation} (or nothing: unknown gender)."""
    if node is None:
        return []
    rows: list[tuple[Speaker, Voice | None, yaml.Node]] = []
    owners: dict[str, str] = {}
    for name, (key_node, value_node) in mapping(node, "speakers", src).items():
        path = f"speakers.{quote_name(name)}"
        if not name:
            src.fail(key_node, "speakers", "empty speaker name; write the name before ':'")
        speaker, voice = _speaker_row(name, value_node, path, src, catalog, engine)
        for form in (name, *speaker.aliases):
            other = owners.setdefault(name_key(form), name)
            if other != name:
                src.fail(value_node, path, f"{quote_name(form)} already names "
                                           f"{quote_name(other)}; give each name to one speaker")
        rows.append((speaker, voice, value_node))
    return rows


def _speaker_row(name: str, node: yaml.Node, path: str, src: Source,
                 catalog: VoiceCatalog | None, engine: str) -> tuple[Speaker, Voice | None]:
    """One speaker of the table, and their voice if the file gives one."""
    if is_null(node):
        return Speaker(name=name), None
    items = mapping(node, path, src, _SPEAKER_KEYS, "a mapping {gender: ..., voice: ...}")
    aliases = optional(items, "aliases", path, lambda n, p: tuple(
        text(a, f"{p}[{i}]", src, "a name") for i, a in
        enumerate(sequence(n, p, src, "a list of names"))))
    speaker = Speaker(
        name=name,
        gender=optional(items, "gender", path, lambda n, p: choice(n, p, src, GENDERS))
        or "unknown",
        aliases=aliases or (),
        organisation=bool(optional(items, "organisation", path,
                                   lambda n, p: boolean(n, p, src))),
    )
    voice = optional(items, "voice", path, lambda n, p: _voice(n, p, src, catalog, engine))
    return speaker, voice


def _voice(node: yaml.Node, path: str, src: Source, catalog: VoiceCatalog | None,
           engine: str) -> Voice:
    """A voice string (Voice.name format), checked against the catalog and completed."""
    raw = text(node, path, src, "a voice such as 'gmw/en-us+f3 pitch=60'")
    try:
        voice = parse_voice_name(raw, engine)
        if catalog is not None:
            voice = Voice(engine, resolve_voice_id(voice.id, catalog), voice.rate, voice.pitch,
                          voice.volume)
    except ConfigError as err:
        src.fail(node, path, str(err))
    return voice


# -- one line ----------------------------------------------------------------------------------


def _line(node: yaml.Node, path: str, r: _Reader) -> Line:
    """One entry of `lines`, with the edit rules applied."""
    items = mapping(node, path, r.src, _LINE_KEYS, "a line {kind: ..., speaker: ..., text: ...}")
    if "text" not in items:
        r.src.fail(node, path, "missing key 'text'; every line needs the words it reads")
    written = text(items["text"][1], f"{path}.text", r.src, "the text of the line", strip=False)
    speaker = optional(items, "speaker", path, lambda n, p: _speaker_name(n, p, r))
    default_kind: SegmentKind = "quote" if speaker else "narration"
    kind = optional(items, "kind", path, lambda n, p: choice(n, p, r.src, KINDS)) or default_kind
    say = optional(items, "say", path,
                   lambda n, p: text(n, p, r.src, "the words to speak", strip=False))
    start, end, block = _span(value_of(items, "span"), f"{path}.span", r.src)
    is_quote = kind == "quote"
    segment = Segment(
        kind=kind, start=start, end=end, text=written, block=block, speaker=speaker,
        confidence=optional(items, "confidence", path,
                            lambda n, p: number(n, p, r.src, (0.0, 1.0), "a confidence"))
        if is_quote else None,
        cue=optional(items, "cue", path, lambda n, p: text(n, p, r.src, strip=False))
        if is_quote else None,
    )
    announce = optional(items, "announce", path, lambda n, p: text(n, p, r.src, strip=False))
    return Line(
        segment=segment,
        voice=_line_voice(value_of(items, "voice"), f"{path}.voice", speaker, r),
        spoken=say if say is not None else _spoken(written, r),
        pause_ms=optional(items, "pause_ms", path, lambda n, p: integer(
            n, p, r.src, (0, MAX_PAUSE_MS), "milliseconds of silence")) or 0,
        announce=_announcement(announce, speaker, r.cast.speakers),
        chapter=optional(items, "chapter", path, lambda n, p: text(n, p, r.src, strip=False)),
    )


def _speaker_name(node: yaml.Node, path: str, r: _Reader) -> str:
    """The table name a line's `speaker` means: a name or alias in any capitalisation, or a
    lone surname that only one speaker of the table has."""
    given = text(node, path, r.src, "a speaker's name, or null for the narrator")
    wanted = name_key(given)
    forms = {name_key(f): s.name for s in r.cast.speakers for f in (s.name, *s.aliases)}
    by_surname = {s.name for s in r.cast.speakers if name_key(s.name).rpartition(" ")[2] == wanted}
    found = forms.get(wanted) or (by_surname.pop() if len(by_surname) == 1 else None)
    if found is None:
        names = [s.name for s in r.cast.speakers]
        r.src.fail(node, path, f"no speaker {quote_name(given)} under speakers; add them there "
                               "first (Name: {gender: female}), or use null for the narrator"
                               f"{suggestion(did_you_mean(given, names))}")
    return found


def _line_voice(node: yaml.Node | None, path: str, speaker: str | None, r: _Reader) -> Voice:
    """A line's voice: its speaker's unless the line names a voice from outside the cast."""
    own = r.cast.voices[speaker]
    if node is None:
        return own
    voice = _voice(node, path, r.src, r.catalog, r.config.engine)
    return own if voice.name in r.cast.follow else voice


def _spoken(written: str, r: _Reader) -> str:
    """The spoken form of `written`, by the same rules as a plan."""
    from readaloud.speech import spoken  # speech rules load only when a script is read

    return spoken(written, r.config.lexicon, r.language)


def _announcement(announce: str | None, speaker: str | None,
                  speakers: Sequence[Speaker]) -> str | None:
    """`announce`, its speaker name kept in step with the line's speaker.

    Edge cases: an announcement naming the line's own speaker (or nobody known) is kept; one
    naming another speaker is rewritten with the line's speaker name, or dropped when the
    narrator now reads the line.
    """
    if announce is None:
        return None
    own = next((s for s in speakers if s.name == speaker), None)
    if own is not None and any(_mentions(announce, f) for f in (own.name, *own.aliases)):
        return announce
    others = sorted((f for s in speakers if s is not own for f in (s.name, *s.aliases)),
                    key=len, reverse=True)
    named = next((f for f in others if _mentions(announce, f)), None)
    if named is None:
        return announce
    if speaker is None:
        return None
    return re.sub(_word(named), lambda _: speaker, announce, count=1, flags=re.IGNORECASE)


def _mentions(textual: str, name: str) -> bool:
    return re.search(_word(name), textual, flags=re.IGNORECASE) is not None


def _word(name: str) -> str:
    """A regex matching `name` as whole words."""
    return rf"(?<!\w){re.escape(name)}(?!\w)"


def _span(node: yaml.Node | None, path: str, src: Source) -> tuple[int, int, int]:
    """span: {start, end, block} offsets into the article (0 when absent)."""
    if node is None:
        return 0, 0, 0
    items = mapping(node, path, src, _SPAN_KEYS, "a mapping {start: N, end: N, block: N}")
    start, end, block = (optional(items, k, path, lambda n, p: integer(
        n, p, src, (0, MAX_OFFSET), "an offset")) or 0 for k in _SPAN_KEYS)
    if end < start:
        src.fail(node, path, f"end {end} is before start {start}; fix or delete the span")
    return start, end, block
