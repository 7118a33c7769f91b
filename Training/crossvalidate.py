#!/usr/bin/env python3
"""Cross-validates the analyzer on the project's own corpus, for tuning without the dev set.

  python3 Training/crossvalidate.py [--folds 5] [--hearth .build/release/hearth] [train options...]

Splits Training/corpus into folds by a hash of each message id, trains on all but one fold
with `hearth train`, scores the held-out fold with the team's score.py, and prints each
fold's figures and their mean. Uses only the Python standard library.
"""
import argparse
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "language" / "score.py"


def fold_of(message_id, folds):
    return int(hashlib.sha256(message_id.encode()).hexdigest(), 16) % folds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--hearth", default=str(ROOT / ".build" / "release" / "hearth"))
    args, train_options = parser.parse_known_args()
    lines = []
    for path in sorted((ROOT / "Training" / "corpus").glob("*.jsonl")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        for fold in range(args.folds):
            train_dir = work / f"train{fold}"
            train_dir.mkdir()
            held = work / f"held{fold}.jsonl"
            train, test = [], []
            for line in lines:
                (test if fold_of(json.loads(line)["id"], args.folds) == fold else train).append(line)
            (train_dir / "train.jsonl").write_text("\n".join(train) + "\n", encoding="utf-8")
            held.write_text("\n".join(test) + "\n", encoding="utf-8")
            model = work / f"model{fold}.bin"
            subprocess.run([args.hearth, "train", "--corpus", str(train_dir), "--output", str(model), *train_options],
                           check=True, stdout=subprocess.DEVNULL)
            run = f"{args.hearth} analyze --jsonl --model {model}"
            out = subprocess.run([sys.executable, str(SCORE), str(held), "--run", run, "--json"],
                                 check=True, capture_output=True, text=True).stdout
            score = json.loads(out)
            results.append(score)
            print(f"fold {fold}: overall {score['overall_macro_f1']}  stance {score['stance']['macro_f1']}  "
                  f"experience {score['experience']['macro_f1']}  strategies {score['strategies']['macro_f1']}  "
                  f"listening {score['listening']['macro_f1']}  safety {score['safety']['macro_f1']}  "
                  f"reframes {score['reframe']['passing']}", flush=True)
    def mean(get):
        return round(sum(get(r) for r in results) / len(results), 3)
    print(f"mean: overall {mean(lambda r: r['overall_macro_f1'])}  stance {mean(lambda r: r['stance']['macro_f1'])}  "
          f"depth {mean(lambda r: r['depth']['macro_f1'])}  experience {mean(lambda r: r['experience']['macro_f1'])}  "
          f"strategies {mean(lambda r: r['strategies']['macro_f1'])}  listening {mean(lambda r: r['listening']['macro_f1'])}  "
          f"safety {mean(lambda r: r['safety']['macro_f1'])}  reframes {mean(lambda r: r['reframe']['passing'])}")


if __name__ == "__main__":
    main()
