#!/usr/bin/env python3
"""Page weights of a built site, by kind of page: how many, and the median and largest HTML size, raw and gzipped.

Usage: python3 bench/weights.py OUTPUT_FOLDER
A page's kind is read from its HTML (the sheet's article class) or, for generated pages, from its folder.
"""
import gzip
import os
import re
import statistics
import sys

SHEETS = {"case-sheet": "fiche cas", "tool-sheet": "fiche outil", "territory-sheet": "fiche territoire", "editorial": "page éditoriale"}
ARTICLE = re.compile(rb'<article[^>]*class="(?:sheet )?([a-z-]+)')


def kind(relative, html):
    match = ARTICLE.search(html)
    if match and match.group(1).decode() in SHEETS:
        return SHEETS[match.group(1).decode()]
    parts = relative.split("/")
    if relative == "index.html":
        return "accueil"
    if parts[0] == "matrices":
        return "matrice" if len(parts) > 2 else "index des matrices"
    if "page" in parts:
        return "liste (pages suivantes)"
    if len(parts) == 2:
        return "index de section"
    return "valeur de typologie, liste, autre"


def main():
    root = sys.argv[1]
    groups = {}
    for folder, _, files in os.walk(root):
        if "/pagefind" in folder or "/admin" in folder:
            continue
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            html = open(path, "rb").read()
            relative = os.path.relpath(path, root)
            groups.setdefault(kind(relative, html), []).append((len(html), len(gzip.compress(html, 6))))
    print("| genre de page | pages | médiane (Ko) | médiane gzip (Ko) | plus grande (Ko) | total (Mo) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, sizes in sorted(groups.items(), key=lambda g: -sum(s for s, _ in g[1])):
        raw = [s for s, _ in sizes]
        packed = [z for _, z in sizes]
        print(f"| {name} | {len(sizes)} | {statistics.median(raw) / 1000:.1f} | {statistics.median(packed) / 1000:.1f} | "
              f"{max(raw) / 1000:.1f} | {sum(raw) / 1e6:.1f} |")


if __name__ == "__main__":
    main()
