#!/usr/bin/env python3
"""Flesch-Kincaid grade of every topic and of the sos card, as CONTENT.md measures it.

The grade is computed by textstat 0.7.4 on the text that `kinship guide ID`
(or `kinship sos`, named "sos" here) prints when piped (no colour), for one
region. The overdose guide and the sos card must be at or below grade 6, every
other topic at or below grade 8.

    pip install textstat==0.7.4
    python3 scripts/readability.py [--bin target/release/kinship] [--region us] [IDS...]

With --markdown, the topic files are read directly and their Markdown is
stripped roughly instead (useful while writing, before the binary builds).
Exit status 1 when a topic is over its limit.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

try:
    import textstat
except ImportError:
    sys.exit("readability: needs textstat 0.7.4 (pip install textstat==0.7.4)")

LIMITS = {"overdose": 6.0, "sos": 6.0}
DEFAULT_LIMIT = 8.0
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def topic_ids():
    files = sorted(glob.glob(os.path.join(ROOT, "content/en/topics/*.md")))
    return [os.path.splitext(os.path.basename(f))[0] for f in files] + ["sos"]


def rendered(binary, topic, region):
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    command = ["sos"] if topic == "sos" else ["guide", topic]
    out = subprocess.run(
        [binary, "--region", region, "--no-pager"] + command,
        capture_output=True, text=True, env=env, check=True)
    return out.stdout


def stripped(topic):
    text = open(os.path.join(ROOT, "content/en/topics", topic + ".md")).read()
    parts = text.split("---", 2)
    body = parts[2] if len(parts) == 3 else text
    title = re.search(r"^title:\s*(.*)$", parts[1], re.M) if len(parts) == 3 else None
    body = re.sub(r"\{\{[a-z_]+\}\}", "911", body)
    body = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 (\2)", body)
    body = re.sub(r"[#>*_`|]", " ", body)
    return (title.group(1) + "\n" if title else "") + body


def main():
    ap = argparse.ArgumentParser()
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ap.add_argument("--bin", default=os.path.join(target, "release/kinship"))
    ap.add_argument("--region", default="us")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args()
    failed = False
    for topic in args.ids or topic_ids():
        if args.markdown and topic == "sos":
            continue
        text = stripped(topic) if args.markdown else rendered(args.bin, topic, args.region)
        grade = textstat.flesch_kincaid_grade(text)
        limit = LIMITS.get(topic, DEFAULT_LIMIT)
        verdict = "ok" if grade <= limit else "TOO HIGH"
        failed |= grade > limit
        print(f"{topic:20} grade {grade:5.1f}  (limit {limit:.0f})  {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
