"""Who-said-it on our own review stories: right / wrong / missed / false voices per set.

    python benchmarks/stories.py [SET_DIR ...] [-v]
    # SET_DIR defaults to every folder under benchmarks/stories/

Each set is a folder of texts (NAME.txt) written for review by people who did not read the
code, each with a hand-made answer key (NAME.gold.json, the shape of the reference article's
gold file: every span in double quote marks and who says it, null for nobody). The plans come
from `python -m readaloud plan NAME.txt --json` with this interpreter (set PYTHONPATH to score
another copy of the code); each plan is scored with ../shared/tools/score_attribution.py and its
per-quote results are counted:

    right   a spoken line voiced, for most of it, by a matching speaker and nobody else
    wrong   a spoken line voiced by somebody else (the worst outcome: a false attribution)
    missed  a spoken line read by the narrator
    false   quoted words nobody says (a term, a title, a sign) voiced

A gold speaker with a name matches by the scorer's name-token rule; one without a name (`the
bus driver`) matches only the same words. The right person under another label (`Pop` for
Walter Pruitt) counts as wrong, as a listener would hear it. Skipped, with a message, when
../shared is not next to the repository. Compare two versions by their totals from one machine;
the counts do not depend on timing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "benchmarks" / "stories"
SCORER = ROOT.parent / "shared" / "tools" / "score_attribution.py"
KINDS = ("right", "wrong", "missed", "false")


def _fold(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def _outcome(row: dict[str, Any]) -> str | None:
    """right / wrong / missed / false for one scored quote, or None (a term left unvoiced)."""
    gold = row.get("speaker")
    got = [g for g in row.get("voiced_by", []) if g]
    if not gold:
        return "false" if got else None
    if row.get("pass") or (got and all(_fold(g) == _fold(gold) for g in got)):
        return "right"
    return "wrong" if got else "missed"


def score_file(gold_path: Path, verbose: bool) -> tuple[dict[str, int], list[str]]:
    """The counts for one text, and (verbose) a line per line not right."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.parent / gold["article"]
    counts = dict.fromkeys(KINDS, 0)
    lines: list[str] = []
    plan = subprocess.run([sys.executable, "-m", "readaloud", "plan", str(article), "--json"],
                          capture_output=True, text=True)
    if plan.returncode:
        return counts, [f"  {article.name}: plan failed: {plan.stderr.strip()[-200:]}"]
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, article.stem + ".json").write_text(plan.stdout, encoding="utf-8")
        report = Path(tmp, "report.json")
        subprocess.run([sys.executable, str(SCORER), "--plans", tmp, "--gold", str(gold_path),
                        "--json", str(report)], capture_output=True, text=True, check=True)
        data = json.loads(report.read_text(encoding="utf-8"))
    rows = [row for corpus in data["corpora"].values() for art in corpus["articles"].values()
            for row in art["items"] if row.get("cat") == "seed_quote"]
    for row in rows:
        kind = _outcome(row)
        if kind is None:
            continue
        counts[kind] += 1
        if verbose and kind != "right":
            got = [g for g in row.get("voiced_by", []) if g]
            lines.append(f"    {kind.upper():6s} gold={row.get('speaker')!r} got={got} "
                         f"| {row.get('label', '')[:80]!r}")
    return counts, lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="set folders (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every line not right")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"skipped: {SCORER} is not next to the repository")
        return 0
    sets = args.sets or sorted(p for p in STORIES.iterdir() if p.is_dir())
    total = dict.fromkeys(KINDS, 0)
    print(f"{'set / text':44s} " + " ".join(f"{k:>6s}" for k in KINDS))
    with ThreadPoolExecutor(args.jobs) as pool:
        for folder in sets:
            golds = sorted(folder.glob("*.gold.json"))
            results = pool.map(lambda g: score_file(g, args.verbose), golds)
            sub = dict.fromkeys(KINDS, 0)
            for gold_path, (counts, lines) in zip(golds, results, strict=True):
                if args.verbose:
                    print(f"  {gold_path.stem:42s} " + " ".join(f"{counts[k]:6d}" for k in KINDS))
                    for line in lines:
                        print(line)
                for k in KINDS:
                    sub[k] += counts[k]
            print(f"{folder.name:44s} " + " ".join(f"{sub[k]:6d}" for k in KINDS))
            for k in KINDS:
                total[k] += sub[k]
    print(f"{'TOTAL':44s} " + " ".join(f"{total[k]:6d}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
