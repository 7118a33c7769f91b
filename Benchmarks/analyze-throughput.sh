#!/usr/bin/env bash
# End-to-end throughput of `hearth analyze --jsonl`: JSON Lines in, JSON Lines out.
# Builds a file of LINES messages of 60-80 characters from the project's corpus (cycled),
# runs the release binary over it three times, and reports messages a second and peak memory.
#   Benchmarks/analyze-throughput.sh [LINES]   (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
input="$(mktemp -t hearth-bench-XXXXXX.jsonl)"
trap 'rm -f "$input"' EXIT
swift build -c release --product hearth >/dev/null
python3 - "$lines" "$input" <<'PY'
import glob, json, sys
count, path = int(sys.argv[1]), sys.argv[2]
messages = []
for name in sorted(glob.glob("Training/corpus/*.jsonl")):
    for line in open(name, encoding="utf-8"):
        row = json.loads(line)
        if 60 <= len(row["text"]) <= 80:
            messages.append({"id": row["id"], "role": row["role"], "text": row["text"]})
with open(path, "w", encoding="utf-8") as out:
    for index in range(count):
        out.write(json.dumps(messages[index % len(messages)], ensure_ascii=False) + "\n")
print(f"{count} lines from {len(messages)} distinct messages, {sum(1 for _ in open(path))} written")
PY
for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/hearth-bench-time .build/release/hearth analyze --jsonl "$input" > /dev/null
    read -r seconds kilobytes < /tmp/hearth-bench-time
    python3 -c "print(f'run $run: {$lines / $seconds:,.0f} messages/s, {$seconds:.2f} s, peak memory {$kilobytes / 1024:.0f} MiB')"
done
