"""The one exception family for user-facing failures, and the exit code each one means.

Anything a user can cause or fix (bad input, bad config, missing tool, full disk) is raised as
a ReadaloudError subclass; the CLI turns it into one line on stderr and its exit code. Any
other exception escaping is a bug: the CLI says so in one line and writes the traceback to a
report file (readaloud.cli._crashed).
"""

from __future__ import annotations


class ReadaloudError(Exception):
    """A failure the user can act on. `str(err)` is the one-line message."""

    exit_code = 1


class ConfigError(ReadaloudError):
    """voices.yaml, a script file or a command-line option is invalid."""

    exit_code = 2


class InputError(ReadaloudError):
    """An article cannot be read: missing, empty, binary, undecodable, nothing to read."""

    exit_code = 3


class DependencyError(ReadaloudError):
    """A required part (speech engine, ffmpeg) is missing or does not start."""

    exit_code = 4


class SynthesisError(ReadaloudError):
    """The engine or the encoder failed on this article after retries."""

    exit_code = 5


class OutputError(ReadaloudError):
    """Results cannot be written: folder not writable, disk full."""

    exit_code = 6


class BatchError(ReadaloudError):
    """Some articles of a batch failed (each was reported); the others were built."""

    exit_code = 7


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "other failure",
    2: "usage or configuration error (command line, voices.yaml, script file)",
    3: "input error (article missing, unreadable, empty, binary, wrong encoding)",
    4: "missing dependency (speech engine or ffmpeg)",
    5: "synthesis or encoding failed",
    6: "output cannot be written (permissions, disk full)",
    7: "batch: at least one article failed, the others were built",
    130: "interrupted by Ctrl-C (nothing partial is left behind)",
    143: "terminated by SIGTERM (nothing partial is left behind)",
}
