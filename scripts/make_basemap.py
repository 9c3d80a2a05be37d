#!/usr/bin/env python3
"""Makes app/data/asia-pacific-110m.json, the results map's country shapes, from the npm package
world-atlas (Natural Earth 1:110m countries, public domain; world-atlas is ISC-licensed).

    mkdir -p /tmp/wa && (cd /tmp/wa && npm install --no-save world-atlas@2.0.2)
    python3 scripts/make_basemap.py /tmp/wa/node_modules/world-atlas/countries-110m.json

The TopoJSON arcs are decoded here once; the server only projects the rings (lon/lat, rounded to
0.05 degree) into SVG. Longitudes west of -100 are moved east by 360 so the Pacific islands on
both sides of the date line sit together, and only shapes within the Asia-Pacific view are kept.
"""
import json
import sys

WEST, EAST, SOUTH, NORTH = 55.0, 205.0, -50.0, 56.0


def decode(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def main(path, out):
    topo = json.load(open(path))
    arcs = decode(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = []
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        rings = []
        for polygon in polygons:
            outer = ring(arcs, polygon[0])
            if all(lon < -100 for lon, _ in outer):
                outer = [(lon + 360, lat) for lon, lat in outer]
            lons = [p[0] for p in outer]
            lats = [p[1] for p in outer]
            if max(lons) < WEST or min(lons) > EAST or max(lats) < SOUTH or min(lats) > NORTH:
                continue
            simplified = []
            for lon, lat in outer:
                p = [round(lon * 20) / 20, round(lat * 20) / 20]
                if not simplified or simplified[-1] != p:
                    simplified.append(p)
            if len(simplified) >= 3:
                rings.append(simplified)
        if rings:
            countries.append({"name": geom.get("properties", {}).get("name", ""), "rings": rings})
    doc = {
        "source": "Natural Earth 1:110m countries (public domain), via the npm package world-atlas 2.0.2 (ISC)",
        "view": [WEST, EAST, SOUTH, NORTH],
        "countries": countries,
    }
    with open(out, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print(f"{len(countries)} countries written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "app/data/asia-pacific-110m.json")
