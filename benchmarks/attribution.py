"""Who-said-it figures: the shared scorer on PolNeAR and the reference article, plus timing.

    python benchmarks/attribution.py [--split dev] [--limit N] [--jobs 4] [--pdnc DIR]
                                     [--pdnc-chars 30000]

Runs ../shared/tools/score_attribution.py on `readaloud plan ARTICLE --json` for the PolNeAR
split (dev by default; upstream asks to look at dev sparingly, so develop on train) and on the
reference article's gold file, then prints the figures next to the bar of issue 3. Also times
segment + attribute on the long novel in ../shared/corpus/long (if present) against a plain
sentence split of the same text measured in the same run. Skipped, with a message, when
../shared is not next to the repository. With --pdnc DIR (a copy of the Project Dialogism
Novel Corpus, `DIR/<Novel>/novel_text.txt` …; not part of ../shared), fiction is scored too,
on the first 30,000 characters of each novel as the scorer's reference figures are
(--pdnc-chars sets another length: round 22's copies of twelve novels hold 60,000).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_attribution.py"
POLNEAR = SHARED / "corpus" / "polnear"
SEED_GOLD = SHARED / "corpus" / "seed" / "russia-seeks-help-from-china.gold.json"
NOVEL = SHARED / "corpus" / "long" / "alices-adventures-in-wonderland.txt"

BAR = {
    "polnear.utterance_recall": (">=", 0.90),
    "polnear.voiced_precision": (">=", 0.95),
    "polnear.scare_false_voice": ("<=", 0.05),
    "polnear.coverage": (">=", 0.99),
    "seed.pass_rate": (">=", 1.0),
}


def score(args: argparse.Namespace) -> dict[str, str]:
    """Run the scorer once on PolNeAR and the seed gold; the summary line as a dict."""
    plan = f"{sys.executable} -m readaloud plan {{}} --json"
    cmd = [sys.executable, str(SCORER), "--cmd", plan, "--polnear", str(POLNEAR),
           "--split", args.split, "--gold", str(SEED_GOLD), "--jobs", str(args.jobs)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    if args.pdnc:
        cmd += ["--pdnc", args.pdnc, "--limit-chars", str(args.pdnc_chars)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    print(out)
    last = out.strip().splitlines()[-1]
    return dict(pair.split("=", 1) for pair in last.split())


def verdict(figures: dict[str, str]) -> None:
    """Each figure of the bar, and whether it is met."""
    print("figure                        value   bar")
    for key, (op, target) in BAR.items():
        raw = figures.get(key, "n/a")
        try:
            value = float(raw)
        except ValueError:
            print(f"{key:28s} {raw:>6}   {op} {target}  n/a")
            continue
        ok = value >= target if op == ">=" else value <= target
        print(f"{key:28s} {value:6.3f}   {op} {target}  {'met' if ok else 'NOT met'}")


def timing() -> None:
    """segment + attribute on the long novel, against a bare regex sentence split of it."""
    from readaloud.attribute import attribute
    from readaloud.model import Article, Block
    from readaloud.segment import segment

    text = NOVEL.read_text(encoding="utf-8")
    blocks = tuple(Block("paragraph", m.start(), m.end())
                   for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text))
    article = Article(str(NOVEL), text, "", blocks)
    t0 = time.perf_counter()
    baseline = len(re.split(r"(?<=[.!?])\s+", text))
    t1 = time.perf_counter()
    result = attribute(article, segment(article))
    t2 = time.perf_counter()
    words = len(text.split())
    print(f"long novel: {words} words, {len(result.segments)} segments, "
          f"{len(result.speakers)} speakers")
    print(f"  segment+attribute {t2 - t1:.3f} s; regex sentence split ({baseline} pieces) "
          f"{t1 - t0:.3f} s; ratio {(t2 - t1) / max(t1 - t0, 1e-9):.0f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--pdnc", default="", help="a PDNC copy, to score fiction as well")
    ap.add_argument("--pdnc-chars", type=int, default=30000,
                    help="how much of each novel to score (from its start)")
    args = ap.parse_args()
    if not SCORER.exists() or not POLNEAR.exists():
        print(f"skipped: {SHARED} (scorer and corpora) is not next to the repository")
        return 0
    verdict(score(args))
    if NOVEL.exists():
        timing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
