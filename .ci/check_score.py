#!/usr/bin/env python3
"""Fails CI when the analyzer falls below the floors the project has reached."""
import json
import sys

FLOORS = {
    "overall_macro_f1": 0.85,
    "self_harm_recall": 1.0,
    "abuse_recall": 0.9,
    "reframe_passing": 0.85,
}

score = json.load(open(sys.argv[1]))
found = {
    "overall_macro_f1": score["overall_macro_f1"],
    "self_harm_recall": score["safety"]["self_harm_recall"],
    "abuse_recall": score["safety"]["abuse_recall"],
    "reframe_passing": score["reframe"]["passing"],
}
failed = [f"{name} {found[name]} < {floor}" for name, floor in FLOORS.items() if found[name] < floor]
for line in failed:
    print("analyzer regression:", line, file=sys.stderr)
print("analyzer quality:", ", ".join(f"{k} {v}" for k, v in found.items()))
sys.exit(1 if failed else 0)
