#!/usr/bin/env python3
"""Reading ease of every guide and of the sos card, as CONTENT.md measures it.

English: the Flesch-Kincaid grade, computed by textstat 0.7.4 on the text that
`kinship guide ID` (or `kinship sos`, named "sos" here) prints when piped (no
colour), for one region. The overdose guide and the sos card must be at or
below grade 6, every other topic at or below grade 8.

Spanish: the Fernandez-Huerta score (textstat 0.7.4, set_lang("es"); higher
is easier) of the same output with --lang es, for every text that exists in
content/es/: guides, the sos card, checklists (as `checklist show` prints
them) and forms (their titles, prompts and help). The overdose guide and the
sos card must score 70 or more, every other Spanish text 60 or more. A text
not yet translated is not measured: kinship shows it in English.

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
# Fernandez-Huerta minimums for Spanish.
ES_MINIMUMS = {"overdose": 70.0, "sos": 70.0}
ES_DEFAULT_MINIMUM = 60.0
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def topic_ids():
    files = sorted(glob.glob(os.path.join(ROOT, "content/en/topics/*.md")))
    return [os.path.splitext(os.path.basename(f))[0] for f in files] + ["sos"]


def rendered(binary, topic, region, lang="en", command=None):
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    if command is None:
        command = ["sos"] if topic == "sos" else ["guide", topic]
    out = subprocess.run(
        [binary, "--region", region, "--lang", lang, "--no-pager"] + command,
        capture_output=True, text=True, env=env, check=True)
    return out.stdout


def spanish_texts(binary, region):
    """(name, text) for every Spanish text there is, as kinship shows it."""
    def names(folder, ext):
        files = sorted(glob.glob(os.path.join(ROOT, "content/es", folder, "*" + ext)))
        return [os.path.splitext(os.path.basename(f))[0] for f in files]

    if os.path.exists(os.path.join(ROOT, "content/es/sos.yaml")):
        yield "sos", rendered(binary, "sos", region, "es")
    for topic in names("topics", ".md"):
        yield topic, rendered(binary, topic, region, "es")
    for checklist in names("checklists", ".yaml"):
        yield ("checklist " + checklist,
               rendered(binary, checklist, region, "es", ["checklist", "show", checklist]))
    for form in names("forms", ".yaml"):
        yield "form " + form, form_text(form)


def form_text(form):
    """A form's words: its title, intro, section titles, prompts, help and
    examples (read from the YAML by their keys, folded blocks included)."""
    lines = open(os.path.join(ROOT, "content/es/forms", form + ".yaml")).read().splitlines()
    keys = ("title", "intro", "prompt", "help", "label", "example")
    start = re.compile(r"^(\s*)(?:-\s+)?(" + "|".join(keys) + r"):\s*(.*)$")
    words = []
    i = 0
    while i < len(lines):
        m = start.match(lines[i])
        i += 1
        if not m:
            continue
        value = m.group(3).strip()
        if value in (">", ">-", "|", "|-"):
            indent = len(m.group(1))
            block = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent + 2):
                block.append(lines[i].strip())
                i += 1
            value = " ".join(b for b in block if b)
        value = value.strip().strip("'\"")
        if value:
            words.append(value.rstrip(".?!:") + ".")
    return re.sub(r"\{\{[a-z_]+\}\}", "911", "\n".join(words))


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
    textstat.set_lang("en_US")
    for topic in args.ids or topic_ids():
        if args.markdown and topic == "sos":
            continue
        text = stripped(topic) if args.markdown else rendered(args.bin, topic, args.region)
        grade = textstat.flesch_kincaid_grade(text)
        limit = LIMITS.get(topic, DEFAULT_LIMIT)
        verdict = "ok" if grade <= limit else "TOO HIGH"
        failed |= grade > limit
        print(f"{topic:20} grade {grade:5.1f}  (limit {limit:.0f})  {verdict}")
    if not args.markdown:
        textstat.set_lang("es")
        for name, text in spanish_texts(args.bin, args.region):
            if args.ids and name.split()[-1] not in args.ids:
                continue
            score = textstat.fernandez_huerta(text)
            minimum = ES_MINIMUMS.get(name, ES_DEFAULT_MINIMUM)
            verdict = "ok" if score >= minimum else "TOO HARD"
            failed |= score < minimum
            print(f"es {name:24} Fernandez-Huerta {score:5.1f}  (minimum {minimum:.0f})  {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
