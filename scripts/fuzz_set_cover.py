#!/usr/bin/env python3
"""Grows a committed fuzz corpus by a few inputs that add the most coverage (a greedy set cover).

A plain libFuzzer `-merge=1` keeps every input that adds any feature (hit-count buckets and value
profile included): after a 10-minute run that was 6,900 files (31 MB), too many for the repository,
and clang 14's libFuzzer has no `-set_cover_merge`. This script does what that flag does, on edges:

  1. the target runs `-merge=1 -use_counters=0 -use_value_profile=0` with a control file, the
     committed corpus first, so that libFuzzer records which coverage edges each input reaches;
  2. the edges of the committed corpus count as covered; then, again and again, the new input that
     reaches the most edges not yet covered (the smaller one on a tie) is kept, until no input adds
     an edge or `--max-files` / `--max-bytes` is reached.

The kept inputs are copied into the committed corpus under their SHA-1 names, as libFuzzer names
them. Usage (a fuzz build, see fuzz/CMakeLists.txt; NEW holds a run's corpus):

  scripts/fuzz_set_cover.py build-fuzz/fuzz/ndjson_fuzz fuzz/corpus/ndjson_fuzz NEW \\
      --max-files 300 --max-bytes 2000000
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile


def read_control(path):
    """Files (in order), the number in the first corpus, and the edges each file reached."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    n = int(lines[0])
    first = int(lines[1])
    files = lines[2:2 + n]
    edges = [set() for _ in files]
    for line in lines[2 + n:]:
        parts = line.split()
        if parts and parts[0] == "COV":
            edges[int(parts[1])].update(parts[2:])
    return files, first, edges


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target")
    ap.add_argument("corpus", help="the committed corpus (grown in place)")
    ap.add_argument("new", nargs="+", help="directories of candidate inputs")
    ap.add_argument("--max-files", type=int, default=300)
    ap.add_argument("--max-bytes", type=int, default=2_000_000)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        control = os.path.join(tmp, "control")
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        # The committed corpus is copied first into `out`, so that it is the first corpus.
        for name in os.listdir(args.corpus):
            shutil.copy(os.path.join(args.corpus, name), out)
        subprocess.run([args.target, "-merge=1", "-use_counters=0", "-use_value_profile=0",
                        "-merge_control_file=" + control, out] + args.new,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        files, first, edges = read_control(control)

    covered = set().union(*edges[:first]) if first else set()
    candidates = {i for i in range(first, len(files)) if edges[i] - covered}
    sizes = {i: os.path.getsize(files[i]) for i in candidates}
    kept, kept_bytes, gained = [], 0, 0
    while candidates and len(kept) < args.max_files:
        best = max(candidates, key=lambda i: (len(edges[i] - covered), -sizes[i]))
        gain = len(edges[best] - covered)
        if gain == 0 or kept_bytes + sizes[best] > args.max_bytes:
            break
        kept.append(best)
        kept_bytes += sizes[best]
        gained += gain
        covered |= edges[best]
        candidates.discard(best)
    print(f"{len(kept)} inputs ({kept_bytes} bytes) add {gained} edges "
          f"to the {first} committed inputs")
    if args.dry_run:
        return 0
    for i in kept:
        with open(files[i], "rb") as f:
            data = f.read()
        with open(os.path.join(args.corpus, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
