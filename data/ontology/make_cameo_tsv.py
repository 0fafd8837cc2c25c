#!/usr/bin/env python3
"""Generates dyad's CAMEO tables (cameo.tsv, actor_codes.tsv) from the standard's code lists.

Usage:
    python3 data/ontology/make_cameo_tsv.py [SHARED_DATA_CAMEO_DIR]

SHARED_DATA_CAMEO_DIR defaults to ../shared/data/cameo relative to the project root. The
outputs are written beside this script and committed; CMake embeds them in the dyad binary
(src/ontology/CMakeLists.txt), so dyad reads no data file at run time.

cameo.tsv, one row per CAMEO 1.1b3 event code:
    code  name  goldstein  quad  plover_event  plover_mode  plover_context
  - code, name: CAMEO.eventcodes.txt (names as given there; the roots are in upper case);
  - goldstein: CAMEO.goldsteinscale.txt (GDELT's values);
  - quad: GDELT's quad class of the code's root, quadclass_mapping.tsv (QUAD_GDELT);
  - plover_*: CAMEO2PLOVER-2021.txt. Root 01 has no PLOVER event (empty strings); root 02
    maps to REQUEST with empty mode and context (the 2021 table has no rows for 01 and 02).
    A code without its own row inherits its parent's (4-digit -> 3-digit -> root). Where the
    table lists a code twice (root 08: CONCEDE and RETREAT; 175 twice) the first row is kept
    for that code; a root's children keep their own rows. The "mode" and "context" fields are
    stripped of blanks; "legal; military" becomes "legal;military".

actor_codes.tsv, one row per three-character CAMEO actor unit:
    kind  code  label
  kind is country | region | type | knowngroup | ethnic | religion. Countries are the ISO
  3166-1 alpha-3 codes and the former countries of ISO 3166-3 from Debian's iso-codes
  (/usr/share/iso-codes/json/), plus the CAMEO codes that differ from ISO (listed below, with
  the reason); types are GDELT's table plus the few the dictionaries use (CAMEO_EXTRA_TYPES).
"""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# CAMEO country codes that are not ISO 3166-1 alpha-3 (CAMEO manual, country list), and
# former states still used in historical dictionaries.
CAMEO_EXTRA_COUNTRIES = [
    ("KSV", "Kosovo (CAMEO; ISO has no code)"),
    ("ROM", "Romania (CAMEO; ISO ROU)"),
    ("SRB", "Serbia"),
    ("YUG", "Yugoslavia (former)"),
    ("CSK", "Czechoslovakia (former)"),
    ("SUN", "Soviet Union (former)"),
    ("DDR", "East Germany (former)"),
    ("ZAR", "Zaire (former; now COD)"),
    ("TMP", "East Timor (CAMEO; ISO TLS)"),
    ("PSE", "Palestine"),
    ("USR", "Soviet Union (CAMEO; ISO SUN)"),
]

# Actor type codes the CAMEO/Phoenix dictionaries use that GDELT's type table lacks.
CAMEO_EXTRA_TYPES = [
    ("REL", "Religious (generic; used with religion codes, e.g. RELCHR)"),
    ("PTY", "Political party"),
    ("PPL", "People, persons (PETRARCH's generic agent)"),
]


def read_tsv(path, skip_comments=True):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or (skip_comments and line.startswith("#")):
                continue
            rows.append(line.split("\t"))
    return rows


def root_of(code):
    return code[:2]


def parse_plover(path):
    """code -> (event, mode, context); the first row for a code wins."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("~") or ":" not in line:
                continue
            code, rest = line.split(":", 1)
            code = code.strip()
            if not code.isdigit():
                continue
            fields = [x.strip() for x in rest.split(",")]
            while len(fields) < 3:
                fields.append("")
            event, mode, context = fields[0], fields[1], ",".join(fields[2:]).strip()
            context = ";".join(p.strip() for p in context.split(";") if p.strip())
            if code not in table:
                table[code] = (event, mode, context)
    return table


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "cameo")
    names = read_tsv(os.path.join(src, "CAMEO.eventcodes.txt"))[1:]
    gold = {r[0]: r[1] for r in read_tsv(os.path.join(src, "CAMEO.goldsteinscale.txt"))[1:]}
    quads = {r[0]: r[2] for r in read_tsv(os.path.join(src, "quadclass_mapping.tsv"))[1:]}
    plover = parse_plover(os.path.join(src, "CAMEO2PLOVER-2021.txt"))

    def plover_for(code):
        r = root_of(code)
        if r == "01":
            return ("", "", "")
        if r == "02":
            return ("REQUEST", "", "")
        for c in (code, code[:3], r):
            if c in plover:
                return plover[c]
        return ("", "", "")

    out = []
    for code, name in names:
        if code not in gold:
            sys.exit(f"no Goldstein value for {code}")
        if root_of(code) not in quads:
            sys.exit(f"no quad class for root of {code}")
        out.append([code, name.strip(), gold[code], quads[root_of(code)], *plover_for(code)])

    with open(os.path.join(HERE, "cameo.tsv"), "w", encoding="utf-8") as f:
        f.write("# CAMEO 1.1b3 event codes for dyad. Generated by make_cameo_tsv.py: do not edit.\n")
        f.write("# Sources: GDELT CAMEO lookup tables (names, Goldstein), GDELT quad classes,\n")
        f.write("# PLOVER CAMEO2PLOVER-2021 (event, mode, context; CC BY-SA 4.0).\n")
        f.write("code\tname\tgoldstein\tquad\tplover_event\tplover_mode\tplover_context\n")
        for row in out:
            f.write("\t".join(row) + "\n")

    actors = []
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            actors.append(("country", c["alpha_3"], c["name"]))
    with open("/usr/share/iso-codes/json/iso_3166-3.json", encoding="utf-8") as f:
        for c in json.load(f)["3166-3"]:
            if "alpha_3" in c and c["alpha_3"] not in {a[1] for a in actors}:
                actors.append(("country", c["alpha_3"], c["name"] + " (former)"))
    seen = {a[1] for a in actors}
    for code, label in CAMEO_EXTRA_COUNTRIES:
        if code not in seen:
            actors.append(("country", code, label))
            seen.add(code)
    for kind, file in [("region", "CAMEO.regions.tsv"), ("type", "CAMEO.type.txt"),
                       ("knowngroup", "CAMEO.knowngroup.txt"), ("ethnic", "CAMEO.ethnic.txt"),
                       ("religion", "CAMEO.religion.txt")]:
        rows = read_tsv(os.path.join(src, file))
        done = set()
        for r in rows[1:]:
            if len(r) < 2 or r[0] in done:
                continue
            done.add(r[0])
            actors.append((kind, r[0].strip(), r[1].strip()))

    types_seen = {a[1] for a in actors if a[0] == "type"}
    for code, label in CAMEO_EXTRA_TYPES:
        if code not in types_seen:
            actors.append(("type", code, label))
    with open(os.path.join(HERE, "actor_codes.tsv"), "w", encoding="utf-8") as f:
        f.write("# CAMEO actor code units for dyad. Generated by make_cameo_tsv.py: do not edit.\n")
        f.write("# Sources: ISO 3166-1 (Debian iso-codes) + CAMEO country exceptions; GDELT CAMEO\n")
        f.write("# type/knowngroup/ethnic/religion tables; CAMEO regional codes.\n")
        f.write("kind\tcode\tlabel\n")
        for kind, code, label in actors:
            f.write(f"{kind}\t{code}\t{label}\n")
    print(f"cameo.tsv: {len(out)} codes; actor_codes.tsv: {len(actors)} units")


if __name__ == "__main__":
    main()
