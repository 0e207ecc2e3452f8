"""voices.yaml: its schema, the packaged default, and strict line-numbered validation into a Config.

The file is read with PyYAML's safe composer only (nodes with line numbers, no object
construction); every value is checked against the schema below and each problem is raised as a
one-line ConfigError: `voices.yaml:14 speakers.'Jen Psaki'.voice: no voice 'en-us+f9'; did you
mean 'gmw/en-us+f1'?`. The small YAML-reading helpers here are shared with scriptfile.py.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import NoReturn, TypeVar

import yaml

from readaloud.engines import ENGINES, VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.model import (
    DEFAULT_PITCH,
    DEFAULT_RATE,
    AnnounceMode,
    AudioSettings,
    Config,
    Gender,
    LexiconEntry,
    Show,
    SpeakerSpec,
    VoiceSpec,
)

CONFIG_NAME = "voices.yaml"
"""The file looked for in the current folder."""
PACKAGED_LABEL = "readaloud/data/voices.yaml"
"""How messages name the packaged default."""
GENDERS: tuple[Gender, ...] = ("female", "male", "unknown")
ANNOUNCE_MODES: tuple[AnnounceMode, ...] = ("auto", "always", "never")
RATE_RANGE = (80, 450)
PITCH_RANGE = (0, 100)
VOLUME_RANGE = (0.0, 1.0)
LOUDNESS_RANGE = (-30.0, -10.0)
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
"""MP3 constant bitrates (kbps) an MPEG-1 Layer III encoder accepts at 44.1 kHz."""
COVER_SUFFIXES = (".jpg", ".jpeg", ".png")
PITCH_GAP = 20
"""Two settings of one voice sound distinct when their pitches differ by at least this."""

_TOP_KEYS = ("engine", "narrator", "speakers", "pools", "lexicon", "show", "audio")
_VOICE_KEYS = ("voice", "rate", "pitch", "volume")
_SPEAKER_EXTRA_KEYS = ("aliases", "gender")
_LEXICON_KEYS = ("say", "phonemes", "case_sensitive")
_SHOW_TEXT_KEYS = ("title", "author", "owner_name", "owner_email", "language", "description",
                   "category", "link", "base_url", "copyright")
_SHOW_KEYS = (*_SHOW_TEXT_KEYS, "explicit", "cover")
_AUDIO_KEYS = ("bitrate", "stereo", "loudness", "intro", "outro", "announce")

_ID_SYNTAX = re.compile(
    r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)*(?:\+[A-Za-z0-9_.-]+(?: [A-Za-z0-9_.-]+)*)?"
)
_SETTING = re.compile(r"(rate|pitch|volume)=(\S+)")
_VOICE_STRING = re.compile(
    r"(?P<id>.+?)(?: (?P<extras>(?:rate|pitch|volume)=[^,\s]+(?:,(?:rate|pitch|volume)=[^,\s]+)*))?"
)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_URL = re.compile(r"https?://[^\s/]+\S*")

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"

T = TypeVar("T")


# --------------------------------------------------------------------------------------------
# Finding and loading
# --------------------------------------------------------------------------------------------


def find_config(explicit: Path | None) -> Path | None:
    """The voices file to use: `explicit` (must exist), else ./voices.yaml, else None (default)."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"voices file not found: {explicit}; check the path, or run "
                              "`readaloud init` to write one")
        return explicit
    local = Path(CONFIG_NAME)
    return local if local.is_file() else None


def default_config_text() -> str:
    """The packaged, commented voices.yaml (also what `readaloud init` writes)."""
    return resources.files("readaloud").joinpath("data", CONFIG_NAME).read_text(encoding="utf-8")


def load_config(path: Path | None, catalog: VoiceCatalog | None = None) -> Config:
    """voices.yaml at `path` (None: the packaged default), validated; voice ids against `catalog`.

    Keys the file leaves out keep the model's defaults, except the narrator's voice and the
    three casting pools, which come from the packaged default so that a short file (only
    `speakers:`, say) still casts everyone.
    """
    packaged = Source(PACKAGED_LABEL, None)
    if path is None:
        return _parse_config(default_config_text(), packaged, catalog, defaults=None)
    # Checked against the catalog only where used, so a complete file never fails on them.
    defaults = _parse_config(default_config_text(), packaged, None, defaults=None)
    src = Source(str(path), path.resolve().parent)
    config = _parse_config(read_text(path, src), src, catalog, defaults)
    return replace(config, path=path)


def read_text(path: Path, src: Source) -> str:
    """The UTF-8 text of `path`; unreadable files are ConfigErrors naming the fix."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{src.label}: file not found; check the path") from None
    except IsADirectoryError:
        raise ConfigError(f"{src.label}: is a folder, not a file; give the file's path") from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"{src.label}: not UTF-8 text (byte {err.start}); save it as "
                          "UTF-8") from None
    except OSError as err:
        raise ConfigError(f"{src.label}: cannot read it ({err.strerror}); check its "
                          "permissions") from None


# --------------------------------------------------------------------------------------------
# YAML reading helpers (shared with scriptfile.py)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where the YAML being read came from: the label used in messages and the folder of paths."""

    label: str
    """The file name as the user gave it."""
    folder: Path | None
    """Relative paths in the file start here (None: no paths allowed)."""

    def fail(self, node: yaml.Node | None, path: str, problem: str) -> NoReturn:
        """Raise `<label>:<line> <path>: <problem>` as a ConfigError."""
        head = f"{self.label}:{node.start_mark.line + 1}" if node is not None else \
            f"{self.label}:"
        where = f" {path}:" if path else ""
        raise ConfigError(f"{head}{where} {problem}")


def compose(text: str, src: Source) -> yaml.Node | None:
    """The YAML node tree of `text` (None when empty); syntax errors name line and column."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = err.problem or err.context or "invalid YAML"
        raise ConfigError(f"{src.label}{where} YAML syntax error: {problem}; check the "
                          "indentation and quoting there") from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{src.label}: YAML syntax error: {one_line(str(err))}") from None
    _check_tags(root, src)
    return root


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge"))


def _check_tags(root: yaml.Node | None, src: Source) -> None:
    """Reject explicit YAML tags (`!!python/object`, `!custom`): the file is plain data, and
    a tag that would be ignored silently is a mistake worth naming."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.tag not in _PLAIN_TAGS:
            src.fail(node, "", f"YAML tag {node.tag!r} is not allowed here; write plain "
                               "values (remove the tag)")
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def one_line(text: str) -> str:
    """`text` with every run of whitespace (newlines included) turned into one space."""
    return " ".join(text.split())


def quote_name(name: str) -> str:
    """A user-given name as it appears in a key path: 'Jen Psaki' (double quotes if needed)."""
    return f'"{name}"' if "'" in name else f"'{name}'"


def is_null(node: yaml.Node | None) -> bool:
    """True for a missing value or an explicit null (`~`, `null`, nothing after the colon)."""
    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL)


def describe(node: yaml.Node) -> str:
    """How a value looks, for "got ..." in messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if is_null(node):
        return "nothing"
    return repr(node.value)


def did_you_mean(word: str, choices: Sequence[str], cutoff: float = 0.6, n: int = 1
                 ) -> list[str]:
    """Up to `n` choices close to `word`: the best, and any as close (ties in given order)."""
    scored = sorted(((difflib.SequenceMatcher(None, word.casefold(), c.casefold()).ratio(), i, c)
                     for i, c in enumerate(choices)), key=lambda t: (-t[0], t[1]))
    if not scored or scored[0][0] < cutoff:
        return []
    best = scored[0][0]
    return [c for score, _, c in scored if score >= max(cutoff, best - 0.05)][:n]


def suggestion(candidates: Sequence[str]) -> str:
    """"; did you mean 'a', 'b' or 'c'?" or "" when there is nothing close."""
    if not candidates:
        return ""
    quoted = [f"'{c}'" for c in candidates]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"; did you mean {listed}?"


def mapping(node: yaml.Node, path: str, src: Source, allowed: Sequence[str] | None = None,
            what: str = "a mapping") -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key text -> (key node, value node) of a mapping; duplicate and unknown keys are errors.

    Keys are taken as written (`NO:` stays "NO", not False). `allowed` None accepts any key.
    """
    if not isinstance(node, yaml.MappingNode):
        src.fail(node, path, f"expected {what}, got {describe(node)}")
    items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            src.fail(key_node, path, f"a key must be plain text, got {describe(key_node)}")
        key = "" if key_node.tag == _NULL else str(key_node.value).strip()
        if key in items:
            first = items[key][0].start_mark.line + 1
            src.fail(key_node, path, f"key {quote_name(key)} appears twice (first on line "
                                     f"{first}); keep one")
        if allowed is not None and key not in allowed:
            src.fail(key_node, path, f"unknown key {quote_name(key)}"
                     f"{suggestion(did_you_mean(key, allowed))} (allowed: {', '.join(allowed)})")
        items[key] = (key_node, value_node)
    return items


def value_of(items: dict[str, tuple[yaml.Node, yaml.Node]], key: str) -> yaml.Node | None:
    """The value node of `key`, or None when absent or null."""
    pair = items.get(key)
    return None if pair is None or is_null(pair[1]) else pair[1]


def sequence(node: yaml.Node, path: str, src: Source, what: str) -> list[yaml.Node]:
    """The items of a list; a single plain value counts as a one-item list."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.ScalarNode) and not is_null(node):
        return [node]
    src.fail(node, path, f"expected {what}, got {describe(node)}")


def text(node: yaml.Node, path: str, src: Source, what: str = "text", strip: bool = True) -> str:
    """A non-empty one-piece value as written (`title: 1984` is the text "1984"); surrounding
    spaces are removed unless `strip` is False (a blank value is an error either way)."""
    if not isinstance(node, yaml.ScalarNode) or is_null(node):
        src.fail(node, path, f"expected {what}, got {describe(node)}")
    value = str(node.value).strip() if strip else str(node.value)
    if not value.strip():
        src.fail(node, path, f"expected {what}, got an empty string")
    return value


def integer(node: yaml.Node, path: str, src: Source, bounds: tuple[int, int], what: str) -> int:
    """A whole number within `bounds` (inclusive)."""
    value = _scalar(node)
    if node.tag != _INT or not isinstance(value, int):
        src.fail(node, path, f"expected {what} ({bounds[0]}-{bounds[1]}), got {describe(node)}")
    if not bounds[0] <= value <= bounds[1]:
        src.fail(node, path, f"{value} is out of range; use {what} from {bounds[0]} to "
                             f"{bounds[1]}")
    return value


def number(node: yaml.Node, path: str, src: Source, bounds: tuple[float, float],
           what: str) -> float:
    """A finite number (whole or decimal) within `bounds` (inclusive)."""
    value = _scalar(node)
    if node.tag not in (_INT, _FLOAT) or not isinstance(value, int | float):
        src.fail(node, path, f"expected {what} ({bounds[0]:g} to {bounds[1]:g}), got "
                             f"{describe(node)}")
    if not math.isfinite(value) or not bounds[0] <= value <= bounds[1]:
        src.fail(node, path, f"{node.value} is out of range; use {what} from {bounds[0]:g} to "
                             f"{bounds[1]:g}")
    return float(value)


def boolean(node: yaml.Node, path: str, src: Source) -> bool:
    """true or false (YAML's yes/no/on/off also count)."""
    value = _scalar(node)
    if node.tag != _BOOL or not isinstance(value, bool):
        src.fail(node, path, f"expected true or false, got {describe(node)}")
    return value


def choice(node: yaml.Node, path: str, src: Source, choices: Sequence[T]) -> T:
    """One of `choices` (strings), written exactly."""
    value = node.value if isinstance(node, yaml.ScalarNode) and node.tag == _STR else None
    for option in choices:
        if option == value:
            return option
    near = did_you_mean(str(value), [str(c) for c in choices]) if value else []
    src.fail(node, path, f"expected one of {', '.join(map(str, choices))}, got "
                         f"{describe(node)}{suggestion(near)}")


def existing_file(node: yaml.Node, path: str, src: Source, what: str) -> Path:
    """A path to an existing file; relative paths start at the folder of the YAML file."""
    given = Path(text(node, path, src, f"the path of {what}")).expanduser()
    if src.folder is None and not given.is_absolute():
        src.fail(node, path, "relative paths are not allowed here; give an absolute path")
    full = given if given.is_absolute() else (src.folder or Path()) / given
    if not full.is_file():
        src.fail(node, path, f"file not found: {full} (relative paths start at the folder of "
                             f"{Path(src.label).name})")
    return full


def _scalar(node: yaml.Node) -> object:
    """The Python value of a scalar node, built by PyYAML's safe constructor (basic types only)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def optional(items: dict[str, tuple[yaml.Node, yaml.Node]], key: str, path: str,
             read: Callable[[yaml.Node, str], T]) -> T | None:
    """`read(value, path.key)` when `key` is present and not null, else None."""
    node = value_of(items, key)
    return None if node is None else read(node, join(path, key))


def join(path: str, key: str) -> str:
    """A key path one level down ("show" + "title" -> "show.title")."""
    return f"{path}.{key}" if path else key


# --------------------------------------------------------------------------------------------
# Voices
# --------------------------------------------------------------------------------------------


def parse_voice_spec(value: str) -> VoiceSpec:
    """A voice string, `<id>` optionally followed by ` rate=N,pitch=N,volume=X` (Voice.name).

    Edge cases: variant names may contain a space ("gmw/en-us+Mr serious"); settings come in
    any order, each at most once; out-of-range or malformed settings and a malformed id are
    ConfigErrors without a location (callers add it).
    """
    tidy = re.sub(r"\s*([,=])\s*", r"\1", one_line(value))
    match = _VOICE_STRING.fullmatch(tidy)
    if match is None:
        raise ConfigError(f"not a voice: {value!r}")
    voice_id, extras = match["id"], match["extras"]
    if not _ID_SYNTAX.fullmatch(voice_id):
        raise ConfigError(f"not a voice id: {voice_id!r}; voice ids look like 'gmw/en-us' or "
                          "'gmw/en-us+f3', optionally followed by ' rate=160,pitch=60'")
    settings: dict[str, str] = {}
    for part in (extras.split(",") if extras else []):
        found = _SETTING.fullmatch(part)
        if found is None:
            raise ConfigError(f"not a voice setting: {part!r}; use rate=N, pitch=N or volume=X")
        if found[1] in settings:
            raise ConfigError(f"{found[1]} is given twice in {value!r}")
        settings[found[1]] = found[2]
    return VoiceSpec(
        voice=voice_id,
        rate=_setting_int(settings.get("rate"), "rate", RATE_RANGE),
        pitch=_setting_int(settings.get("pitch"), "pitch", PITCH_RANGE),
        volume=_setting_volume(settings.get("volume")),
    )


def _setting_int(value: str | None, name: str, bounds: tuple[int, int]) -> int | None:
    """An integer setting from a voice string, range-checked."""
    if value is None:
        return None
    if not re.fullmatch(r"\d+", value) or not bounds[0] <= int(value) <= bounds[1]:
        raise ConfigError(f"{name}={value} is not allowed; use a whole number from {bounds[0]} "
                          f"to {bounds[1]}")
    return int(value)


def _setting_volume(value: str | None) -> float | None:
    """The volume setting from a voice string (0-1), rounded to hundredths."""
    if value is None:
        return None
    try:
        volume = float(value)
    except ValueError:
        volume = math.nan
    if not VOLUME_RANGE[0] <= volume <= VOLUME_RANGE[1]:
        raise ConfigError(f"volume={value} is not allowed; use a number from 0 to 1")
    return round(volume, 2)


def resolve_voice_id(given: str, catalog: VoiceCatalog) -> str:
    """The catalog's id for `given`, or a ConfigError with the closest ids.

    Edge cases: an exact id is returned as is; a different capitalisation ("gmw/en-US+annie")
    or a bare id without the family ("en-us+f3") is completed when exactly one catalog id
    fits; an unknown variant suggests variants of the same base voice.
    """
    if catalog.has(given):
        return given
    base, plus, variant = given.partition("+")
    bases = [v.id for v in catalog.voices]
    base_id = _unique(base, bases, lambda b: (b.casefold(), b.rpartition("/")[2].casefold()))
    variant_id = _unique(variant, catalog.variants, lambda v: (v.casefold(),)) if plus else ""
    if base_id is not None and variant_id is not None:
        return base_id + (f"+{variant_id}" if plus else "")
    if base_id is None:
        near = did_you_mean(base, bases + [b.rpartition("/")[2] for b in bases], 0.5, 3)
        full = [_complete_base(n, bases) for n in near]
        tail = f"+{variant_id}" if plus and variant_id else ""
        candidates = list(dict.fromkeys(f"{b}{tail}" for b in full))[:3]
    else:
        candidates = [f"{base_id}+{v}" for v in did_you_mean(variant, catalog.variants, 0.5, 3)]
    return _raise_unknown(given, candidates)


def _raise_unknown(given: str, candidates: list[str]) -> NoReturn:
    """The "no voice" error, with suggestions or a pointer to `readaloud voices`."""
    hint = suggestion(candidates) or "; run `readaloud voices` to list the voices"
    raise ConfigError(f"no voice '{given}'{hint}")


def _unique(given: str, options: Sequence[str], forms: Callable[[str], tuple[str, ...]]
            ) -> str | None:
    """The one option whose forms include `given` (case-insensitively), else None."""
    wanted = given.casefold()
    hits = [o for o in options if wanted in forms(o)]
    exact = [o for o in hits if o == given]
    if exact:
        return exact[0]
    return hits[0] if len(hits) == 1 else None


def _complete_base(name: str, bases: Sequence[str]) -> str:
    """A full base id for a suggestion that may be bare ("en-us" -> "gmw/en-us")."""
    return next((b for b in bases if b == name or b.rpartition("/")[2] == name), name)


# --------------------------------------------------------------------------------------------
# The schema
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """What every schema reader needs: the source, the catalog, the defaults to fall back on."""

    src: Source
    catalog: VoiceCatalog | None
    defaults: Config | None


def _parse_config(text_: str, src: Source, catalog: VoiceCatalog | None,
                  defaults: Config | None) -> Config:
    """A Config from voices.yaml text; `defaults` (None for the default file) fills gaps."""
    ctx = _Ctx(src, catalog, defaults)
    root = compose(text_, src)
    top = {} if is_null(root) or root is None else mapping(
        root, "", src, _TOP_KEYS, "a mapping of settings (engine, narrator, speakers, ...)")
    narrator = _narrator(value_of(top, "narrator"), ctx, top)
    return Config(
        engine=optional(top, "engine", "", lambda n, p: _engine(n, p, src)) or "pyttsx3",
        narrator=narrator,
        speakers=_speakers(value_of(top, "speakers"), ctx, narrator),
        pools=_pools(value_of(top, "pools"), ctx),
        lexicon=_lexicon(value_of(top, "lexicon"), src),
        show=_show(value_of(top, "show"), src),
        audio=_audio(value_of(top, "audio"), src),
    )


def _engine(node: yaml.Node, path: str, src: Source) -> str:
    """engine: a registered engine name."""
    return choice(node, path, src, tuple(ENGINES))


def _voice_spec(node: yaml.Node, path: str, ctx: _Ctx, extra_keys: Sequence[str] = (),
               need_voice: bool = True) -> tuple[VoiceSpec, dict[str, tuple[yaml.Node, yaml.Node]]]:
    """A voice string or a {voice, rate, pitch, volume} mapping; also the mapping's items.

    Edge cases: the `voice` string of a mapping may carry settings too ("gmw/en-us+f3
    pitch=60"), but a setting given both ways is an error; `need_voice` False allows a
    mapping without `voice` (rate/pitch/volume then adjust a voice chosen elsewhere).
    """
    if isinstance(node, yaml.ScalarNode) and not is_null(node):
        return _voice_string(node, path, ctx), {}
    items = mapping(node, path, ctx.src, (*_VOICE_KEYS, *extra_keys),
                    "a voice id or a mapping {voice: ..., rate: ..., pitch: ...}")
    voice_node = value_of(items, "voice")
    if voice_node is None:
        if need_voice:
            ctx.src.fail(node, path, "missing key 'voice'; give a voice id such as 'gmw/en-us'")
        spec = VoiceSpec()
    else:
        spec = _voice_string(voice_node, join(path, "voice"), ctx)
    return _with_settings(spec, items, path, ctx.src), items


def _voice_string(node: yaml.Node, path: str, ctx: _Ctx) -> VoiceSpec:
    """A voice string, parsed and (with a catalog) checked and completed."""
    raw = text(node, path, ctx.src, "a voice id such as 'gmw/en-us+f3'")
    try:
        spec = parse_voice_spec(raw)
        if ctx.catalog is not None and spec.voice is not None:
            spec = replace(spec, voice=resolve_voice_id(spec.voice, ctx.catalog))
    except ConfigError as err:
        ctx.src.fail(node, path, str(err))
    return spec


def _with_settings(spec: VoiceSpec, items: dict[str, tuple[yaml.Node, yaml.Node]], path: str,
                   src: Source) -> VoiceSpec:
    """`spec` with the rate/pitch/volume keys of a voice mapping applied."""
    rate = optional(items, "rate", path,
                    lambda n, p: integer(n, p, src, RATE_RANGE, "words per minute"))
    pitch = optional(items, "pitch", path, lambda n, p: integer(n, p, src, PITCH_RANGE, "a pitch"))
    volume = optional(items, "volume", path,
                      lambda n, p: round(number(n, p, src, VOLUME_RANGE, "a volume"), 2))
    for key, value in (("rate", rate), ("pitch", pitch), ("volume", volume)):
        if value is not None and getattr(spec, key) is not None:
            src.fail(items[key][1], join(path, key),
                     f"{key} is also given in the voice string; keep one")
    return VoiceSpec(
        voice=spec.voice,
        rate=spec.rate if rate is None else rate,
        pitch=spec.pitch if pitch is None else pitch,
        volume=spec.volume if volume is None else volume,
    )


def _narrator(node: yaml.Node | None, ctx: _Ctx, top: dict[str, tuple[yaml.Node, yaml.Node]]
              ) -> VoiceSpec:
    """narrator: a voice; without a voice id, the default narrator's id."""
    fallback = ctx.defaults.narrator if ctx.defaults is not None else None
    if node is None:
        if fallback is None:
            ctx.src.fail(top["narrator"][1] if "narrator" in top else None, "narrator",
                         "the default voices.yaml must name the narrator's voice")
        return _from_default(fallback, ctx, "narrator")
    spec, _ = _voice_spec(node, "narrator", ctx, need_voice=fallback is None)
    if spec.voice is None and fallback is not None:
        spec = replace(spec, voice=_from_default(fallback, ctx, "narrator").voice)
    return spec


def _from_default(spec: VoiceSpec, ctx: _Ctx, where: str) -> VoiceSpec:
    """A voice taken from the packaged default, checked against the catalog now it is used."""
    if ctx.catalog is None or spec.voice is None:
        return spec
    try:
        return replace(spec, voice=resolve_voice_id(spec.voice, ctx.catalog))
    except ConfigError as err:
        raise ConfigError(f"{PACKAGED_LABEL} {where}: {err}; set {where} in "
                          f"{ctx.src.label}") from None


def _speakers(node: yaml.Node | None, ctx: _Ctx, narrator: VoiceSpec) -> tuple[SpeakerSpec, ...]:
    """speakers: name -> voice string, or {voice, rate, pitch, volume, aliases, gender}.

    Edge cases: empty names; the same name or alias twice (case-insensitively); a fixed voice
    identical to the narrator's or another speaker's; rate/pitch/volume without a voice.
    """
    if node is None:
        return ()
    specs: list[SpeakerSpec] = []
    owners: dict[str, str] = {}
    voices: dict[tuple[str | None, int, int], str] = {_sound(narrator): "the narrator"}
    for name, (key_node, value_node) in mapping(node, "speakers", ctx.src).items():
        path = f"speakers.{quote_name(name)}"
        if not name:
            ctx.src.fail(key_node, "speakers", "empty speaker name; write the name before ':'")
        spec = _speaker(name, value_node, path, ctx)
        for form in (spec.name, *spec.aliases):
            other = owners.setdefault(name_key(form), spec.name)
            if other != spec.name:
                ctx.src.fail(value_node, path, f"{quote_name(form)} already names "
                             f"{quote_name(other)}; give each name to one speaker")
        if spec.voice.voice is not None:
            other = voices.setdefault(_sound(spec.voice), quote_name(spec.name))
            if other != quote_name(spec.name):
                ctx.src.fail(value_node, path, f"same voice as {other} "
                             f"('{spec.voice.voice}'); choose another voice or a pitch at least "
                             f"{PITCH_GAP} away")
        specs.append(spec)
    return tuple(specs)


def _sound(spec: VoiceSpec) -> tuple[str | None, int, int]:
    """What makes two fixed voices the same: id, rate and pitch with defaults filled in."""
    return (spec.voice, spec.rate or DEFAULT_RATE, DEFAULT_PITCH if spec.pitch is None
            else spec.pitch)


def _speaker(name: str, node: yaml.Node, path: str, ctx: _Ctx) -> SpeakerSpec:
    """One named speaker."""
    if is_null(node):
        ctx.src.fail(node, path, "expected a voice id or a mapping {voice: ..., aliases: [...], "
                                 "gender: ...}, got nothing")
    spec, items = _voice_spec(node, path, ctx, _SPEAKER_EXTRA_KEYS, need_voice=False)
    if spec.voice is None and spec != VoiceSpec():
        ctx.src.fail(node, path, "rate, pitch and volume need a voice; add voice: ... or remove "
                                 "them")
    aliases = optional(items, "aliases", path, lambda n, p: _aliases(n, p, ctx.src)) or ()
    gender = optional(items, "gender", path, lambda n, p: choice(n, p, ctx.src, GENDERS))
    return SpeakerSpec(name=name, voice=spec, aliases=aliases, gender=gender)


def _aliases(node: yaml.Node, path: str, src: Source) -> tuple[str, ...]:
    """aliases: a list of other names (or one name)."""
    items = sequence(node, path, src, "a list of names")
    return tuple(text(n, f"{path}[{i}]", src, "a name") for i, n in enumerate(items))


def name_key(name: str) -> str:
    """A name for comparison: case, dots and spacing ignored ("Ms.  Psaki" == "ms psaki")."""
    return " ".join(re.sub(r"[.\u2019'`]", "", name).casefold().split())


def _pools(node: yaml.Node | None, ctx: _Ctx) -> tuple[tuple[Gender, tuple[VoiceSpec, ...]], ...]:
    """pools: female/male/unknown -> a list of voices; a pool left out comes from the default."""
    given = {} if node is None else mapping(node, "pools", ctx.src, GENDERS)
    fallback = dict(ctx.defaults.pools) if ctx.defaults is not None else {}
    pools: list[tuple[Gender, tuple[VoiceSpec, ...]]] = []
    for gender in GENDERS:
        value = value_of(given, gender)
        if value is not None:
            pools.append((gender, _pool(value, f"pools.{gender}", ctx)))
        elif gender in fallback:
            where = f"pools.{gender}"
            pools.append((gender, tuple(_from_default(s, ctx, where) for s in fallback[gender])))
        else:
            ctx.src.fail(node, "pools", f"the default voices.yaml must have a {gender} pool")
    return tuple(pools)


def _pool(node: yaml.Node, path: str, ctx: _Ctx) -> tuple[VoiceSpec, ...]:
    """One pool: voices, each listed once."""
    specs: list[VoiceSpec] = []
    for i, item in enumerate(sequence(node, path, ctx.src, "a list of voices")):
        spec, _ = _voice_spec(item, f"{path}[{i}]", ctx)
        if spec in specs:
            ctx.src.fail(item, f"{path}[{i}]", f"'{spec.voice}' is listed twice in this pool; "
                                               "remove one or give it another pitch")
        specs.append(spec)
    return tuple(specs)


def _lexicon(node: yaml.Node | None, src: Source) -> tuple[LexiconEntry, ...]:
    """lexicon: word -> respelling, or {say | phonemes, case_sensitive}.

    Edge cases: keys are taken as written ("US", "NO" and "1st" stay text); a word with a
    capital letter matches only that capitalisation unless case_sensitive says otherwise,
    an all-lowercase word matches any; say and phonemes together is an error.
    """
    if node is None:
        return ()
    entries = []
    for word, (key_node, value_node) in mapping(node, "lexicon", src).items():
        path = f"lexicon.{quote_name(word)}"
        if not word:
            src.fail(key_node, "lexicon", "empty word; write the word before ':'")
        entries.append(_lexicon_entry(word, value_node, path, src))
    return tuple(entries)


def _lexicon_entry(word: str, node: yaml.Node, path: str, src: Source) -> LexiconEntry:
    """One pronunciation."""
    default_case = word != word.casefold()
    if isinstance(node, yaml.ScalarNode):
        return LexiconEntry(word, text(node, path, src, "a respelling"),
                            case_sensitive=default_case)
    items = mapping(node, path, src, _LEXICON_KEYS,
                    "a respelling or a mapping {say: ...} or {phonemes: ...}")
    say = optional(items, "say", path, lambda n, p: text(n, p, src, "a respelling"))
    phonemes = optional(items, "phonemes", path, lambda n, p: text(n, p, src, "eSpeak phonemes"))
    if (say is None) == (phonemes is None):
        src.fail(node, path, "give exactly one of say (a respelling) or phonemes (eSpeak "
                             "phonemes)")
    case = optional(items, "case_sensitive", path, lambda n, p: boolean(n, p, src))
    return LexiconEntry(word, say or phonemes or "", phonemes=phonemes is not None,
                        case_sensitive=default_case if case is None else case)


_SHOW_CHECKS: dict[str, tuple[re.Pattern[str], str]] = {
    "language": (_LANGUAGE, "a language tag such as en, en-US or en-GB"),
    "owner_email": (_EMAIL, "an e-mail address"),
    "link": (_URL, "an address starting with https:// or http://"),
    "base_url": (_URL, "an address starting with https:// or http://"),
}


def _show(node: yaml.Node | None, src: Source) -> Show:
    """show: metadata for tags and the feed; every key optional."""
    if node is None:
        return Show()
    items = mapping(node, "show", src, _SHOW_KEYS)

    def get(key: str) -> str | None:
        return optional(items, key, "show", lambda n, p: _show_text(n, p, src))

    default = Show()
    explicit = optional(items, "explicit", "show", lambda n, p: boolean(n, p, src))
    return Show(
        title=get("title") or default.title,
        author=get("author"),
        owner_name=get("owner_name"),
        owner_email=get("owner_email"),
        language=get("language") or default.language,
        description=get("description"),
        category=get("category") or default.category,
        explicit=default.explicit if explicit is None else explicit,
        link=get("link"),
        base_url=get("base_url"),
        cover=optional(items, "cover", "show", lambda n, p: _cover(n, p, src)),
        copyright=get("copyright"),
    )


def _show_text(node: yaml.Node, path: str, src: Source) -> str:
    """A show text field, with the format checks of language, e-mail and addresses."""
    key = path.rpartition(".")[2]
    pattern, what = _SHOW_CHECKS.get(key, (None, "text"))
    value = text(node, path, src, what)
    if pattern is not None and not pattern.fullmatch(value):
        src.fail(node, path, f"expected {what}, got {value!r}")
    if key == "category":
        _check_category(value, node, path, src)
    return value


def _check_category(value: str, node: yaml.Node, path: str, src: Source) -> None:
    """An Apple Podcasts category ("News" or "News > Politics"), checked by the feed's rule."""
    from readaloud.feed import check_category  # the feed owns the list of categories

    try:
        check_category(value)
    except ConfigError as err:
        src.fail(node, path, str(err).partition(": ")[2] or str(err))


def _cover(node: yaml.Node, path: str, src: Source) -> Path:
    """show.cover: an existing JPEG or PNG file."""
    cover = existing_file(node, path, src, "a JPEG or PNG image")
    if cover.suffix.lower() not in COVER_SUFFIXES:
        src.fail(node, path, f"the cover must be a JPEG or PNG image, got {cover.name!r}")
    return cover


def _audio(node: yaml.Node | None, src: Source) -> AudioSettings:
    """audio: encoding and pacing; every key optional."""
    if node is None:
        return AudioSettings()
    items = mapping(node, "audio", src, _AUDIO_KEYS)
    default = AudioSettings()
    bitrate = optional(items, "bitrate", "audio", lambda n, p: _bitrate(n, p, src))
    stereo = optional(items, "stereo", "audio", lambda n, p: boolean(n, p, src))
    announce = optional(items, "announce", "audio", lambda n, p: choice(n, p, src, ANNOUNCE_MODES))
    return AudioSettings(
        bitrate=default.bitrate if bitrate is None else bitrate,
        stereo=default.stereo if stereo is None else stereo,
        loudness=optional(items, "loudness", "audio",
                          lambda n, p: number(n, p, src, LOUDNESS_RANGE, "a loudness in LUFS")),
        intro=optional(items, "intro", "audio",
                       lambda n, p: existing_file(n, p, src, "an audio file")),
        outro=optional(items, "outro", "audio",
                       lambda n, p: existing_file(n, p, src, "an audio file")),
        announce=announce or default.announce,
    )


def _bitrate(node: yaml.Node, path: str, src: Source) -> int:
    """audio.bitrate: an MP3 constant bitrate in kbps."""
    value = integer(node, path, src, (BITRATES[0], BITRATES[-1]), "an MP3 bitrate in kbps")
    if value not in BITRATES:
        nearest = min(BITRATES, key=lambda b: abs(b - value))
        src.fail(node, path, f"{value} kbps is not an MP3 bitrate; use one of "
                             f"{', '.join(map(str, BITRATES))} (nearest: {nearest})")
    return value
