"""Speed and memory of `readaloud build` against the bare tools, measured in one run.

    python benchmarks/speed.py [TEXT]
    # TEXT defaults to ../shared/corpus/long/alices-adventures-in-wonderland.txt

Baseline: the eSpeak NG command line writes one WAV (default voice), then ffmpeg encodes it to
the same format (44.1 kHz mono 64 kbps MP3), one after the other. These two command-line tools
are needed for the baseline only (`apt-get install espeak-ng ffmpeg`); readaloud itself does not
use them unless they are there. Prints wall times, peak resident memory of the largest process
of each run, and the ratios the issue sets bars for. The machine is shared and noisy: compare
ratios from one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXT = ROOT.parent / "shared" / "corpus" / "long" / "alices-adventures-in-wonderland.txt"

# Runs a command and reports its wall time and the peak RSS of its largest process (the
# children's maximum, which covers every descendant that was waited for).
_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
code = proc.returncode
sys.stderr.write(proc.stderr[-2000:])
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss_mb": rss, "code": code}))
"""


def measure(cmd: list[str]) -> dict[str, float]:
    run = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True,
                         check=True)
    result: dict[str, float] = json.loads(run.stdout)
    if result["code"] != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{run.stderr}")
    return result


def readaloud(*args: str) -> list[str]:
    return [sys.executable, "-m", "readaloud", "-q", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=DEFAULT_TEXT)
    text: Path = parser.parse_args().text
    if not text.exists():
        raise SystemExit(f"no text at {text}; pass one")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        article = tmp / text.name
        shutil.copy(text, article)
        rows: dict[str, dict[str, float]] = {}

        if shutil.which("espeak-ng") and shutil.which("ffmpeg"):
            wav, mp3 = tmp / "base.wav", tmp / "base.mp3"
            synth = measure(["espeak-ng", "-w", str(wav), "-f", str(text)])
            enc = measure(["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-ar", "44100", "-ac",
                           "1", "-c:a", "libmp3lame", "-b:a", "64k", str(mp3)])
            rows["baseline"] = {"wall": synth["wall"] + enc["wall"],
                                "rss_mb": max(synth["rss_mb"], enc["rss_mb"])}
        else:
            print("baseline skipped: install espeak-ng and ffmpeg command-line tools")

        out, cache = tmp / "out", tmp / "cache"
        build = readaloud("build", str(article), "-o", str(out), "--cache-dir", str(cache))
        rows["cold build"] = measure(build)
        rows["rebuild, nothing changed"] = measure(build)
        lines = article.read_text("utf-8").split("\n\n")
        middle = len(lines) // 2
        lines[middle] = lines[middle].replace(" the ", " that ", 1) + " And that was that."
        article.write_text("\n\n".join(lines), "utf-8")
        rows["rebuild, one paragraph edited"] = measure(build)

        quarter = tmp / "quarter" / text.name
        quarter.parent.mkdir()
        full_text = text.read_text("utf-8")
        quarter.write_text(full_text[: len(full_text) // 4], "utf-8")
        rows["cold build, quarter text"] = measure(readaloud(
            "build", str(quarter), "-o", str(tmp / "out4"), "--cache-dir", str(tmp / "cache4")))
        rows.update(batch_runs(full_text, tmp))
        rows["readaloud --help"] = measure([sys.executable, "-m", "readaloud", "--help"])
        rows["readaloud plan"] = measure(readaloud("plan", str(text), "--json"))

    report(rows)


BATCH = 8


def batch_runs(full_text: str, tmp: Path) -> dict[str, dict[str, float]]:
    """BATCH short articles (a few paragraphs of the text each), cold: built one command each,
    then all in one `readaloud build FOLDER` (a newsroom's day), each with a fresh cache."""
    paragraphs = [p for p in full_text.split("\n\n") if len(p.split()) > 20]
    folder = tmp / "batch"
    folder.mkdir()
    for i in range(BATCH):
        body = "\n\n".join(paragraphs[3 * i + 10 : 3 * i + 13])
        (folder / f"story{i}.txt").write_text(f"Story {i}\n\n{body}\n", "utf-8")
    singles = [measure(readaloud("build", str(folder / f"story{i}.txt"), "-o",
                                 str(tmp / "single"), "--cache-dir", str(tmp / f"cs{i}")))
               for i in range(BATCH)]
    together = measure(readaloud("build", str(folder), "-o", str(tmp / "together"),
                                 "--cache-dir", str(tmp / "cache-batch")))
    return {f"{BATCH} articles, one build each": {
                "wall": sum(r["wall"] for r in singles),
                "rss_mb": max(r["rss_mb"] for r in singles)},
            f"{BATCH} articles, one batch build": together}


def report(rows: dict[str, dict[str, float]]) -> None:
    """The table of runs, then each ratio next to its bar."""
    print(f"{'run':<32} {'seconds':>8} {'peak RSS MB':>12}")
    for name, row in rows.items():
        print(f"{name:<32} {row['wall']:>8.2f} {row['rss_mb']:>12.0f}")
    wall = {name: row["wall"] for name, row in rows.items()}
    cold = wall["cold build"]
    checks = [
        ("unchanged rebuild / cold", wall["rebuild, nothing changed"] / cold, "<= 0.1"),
        ("one-paragraph rebuild / cold", wall["rebuild, one paragraph edited"] / cold, "<= 0.5"),
        ("full / quarter text (4x)", cold / wall["cold build, quarter text"], "<= 4.4"),
        ("peak RSS of the cold build, MB", rows["cold build"]["rss_mb"], "<= 300"),
        ("--help, s", wall["readaloud --help"], "< 0.3"),
        ("plan of the text, s", wall["readaloud plan"], "< 3"),
        (f"batch of {BATCH} / {BATCH} single builds",
         wall[f"{BATCH} articles, one batch build"] / wall[f"{BATCH} articles, one build each"],
         "lower is better"),
    ]
    if "baseline" in wall:
        checks.insert(0, ("cold / baseline", cold / wall["baseline"], "<= 0.75"))
    print()
    for name, value, bar in checks:
        print(f"{name:<32} {value:>8.3f}   (bar {bar})")


if __name__ == "__main__":
    main()
