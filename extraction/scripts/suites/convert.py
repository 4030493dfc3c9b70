#!/usr/bin/env python3
"""Turns public test suites of Chinese numeral and time parsers into TSV cases for SuiteRunner.

The cases are read from clones of the suites' repositories and written to a directory of your choice (a temp dir);
they are never committed here. Usage:

    python3 convert.py --out /tmp/suites/cases [--duckling DIR] [--cn2an DIR] [--jionlp DIR]

writes numbers.tsv and times.tsv there and prints each suite's revision and case counts.

numbers.tsv: suite, input, expected value, category, subset (1 when in the economic-news subset)
times.tsv:   suite, input, reference date, expected start, expected end, category, subset
             (dates as YYYY-MM-DD; an open bound as "-")

Every case gets one category from the ordered rules below; the economic-news subset is a fixed set of categories
(NUMBER_SUBSET, TIME_SUBSET), so the subset is reproducible from the suites alone.
"""

import argparse
import ast
import datetime
import os
import re
import subprocess
import sys

# ---------------------------------------------------------------------------------------------------------------
# The economic-news subset.
#
# Numbers: what Chinese economic news writes. Integers, decimals, percentages and fractions in Arabic, simplified
# Chinese or mixed numerals, magnitudes (万, 亿), 两, 零/〇, colloquial 三万五, signs (负, -). Out: the financial
# capitals of cheques and contracts (壹贰叁, 圆整), traditional characters (萬, 貳), the classical 廿/卅/卌, SI and
# Latin suffixes (100K, 3M, .0012G), digit-by-digit strings that are codes rather than quantities (一二三 = 123),
# dozens and pairs (五打, 一雙), and 半 (一半, 半个), which news does not use for a figure's value.
NUMBER_SUBSET = {"arabic", "chinese", "mixed", "percent", "fraction", "signed"}

# Times: the periods economic figures are reported for. Years, months, quarters, halves, 旬, calendar dates, their
# spans, year and month parts (年底, 月初) and years and months relative to the publication date (去年, 上个月,
# 前两个月, 三年前, 近三个月). Out: clock times and parts of a day, weekdays and weeks, holidays, the lunar calendar
# and solar terms, seasons, centuries and decades, deictic days (今天, 前天, 20天后) and "now", durations with no
# anchor, recurring periods (每年), and numeric machine formats without 年/月/日 (2019/04/19, 20240307), which news
# uses in datelines and metadata rather than in the sentence that states a figure.
TIME_SUBSET = {"year", "month", "quarter", "half", "date", "span", "relative_year", "relative_month", "year_part"}

TRADITIONAL = set("萬億貳參陸個點兩對雙負週禮號鐘時後過這們隻號節曆間")
CAPITALS = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟圆")


def number_category(text):
    if any(c in CAPITALS for c in text) or "圆" in text or "元整" in text:
        return "capitals"
    if any(c in TRADITIONAL for c in text):
        return "traditional"
    if any(c in "廿卅卌" for c in text):
        return "classical"
    if re.search(r"[A-Za-z]", text):
        return "latin_suffix"
    if any(c in "打对雙對双" for c in text):
        return "dozen_or_pair"
    if "半" in text or "又" in text or "份" in text:
        return "half_or_mixed_fraction"
    body = text.replace("个", "")
    body = re.sub(r"^(负|-|- )\s*", "", body)
    if re.fullmatch(r"[零〇一二三四五六七八九幺]{2,}(点[零〇一二三四五六七八九]+)?", body):
        return "digit_by_digit"  # 一二三 = 123: a code read digit by digit
    if text.startswith(("负", "-")):
        return "signed"
    if "分之" in text:
        return "fraction"
    if "%" in text or "百分之" in text:
        return "percent"
    if re.fullmatch(r"[0-9.,]+", body):
        return "arabic"
    if re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿点]+", body):
        return "chinese"
    if re.search(r"[0-9]", body) and re.search(r"[零〇一二两三四五六七八九十百千万亿点]", body):
        return "mixed"
    return "other"


SOLAR_TERMS = ("立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 "
               "大雪 冬至 小寒 大寒").split()


def time_category(text, start, end):
    """start/end: the expected bounds as datetimes or None (open); the expected time of day decides clock times."""
    whole_days = all(b is None or (b.hour, b.minute, b.second) in ((0, 0, 0), (23, 59, 59)) for b in (start, end))
    if not whole_days or re.search(r"[点時时分秒:：]|钟|早上|上午|下午|晚上|中午|夜|凌晨|黎明|午|晚|am|pm|AM|PM", text):
        return "clock"
    if any(c in TRADITIONAL for c in text) or re.search(r"今個|而家|宜家|依家|尋日|聽日", text):
        return "traditional_or_cantonese"
    if re.search(r"周|星期|礼拜|工作日|交易日", text):
        return "week"
    if re.search(r"节|农历|阴历|腊月|正月|除夕|闰|廿|元宵|端午|中秋|国庆|春节|元旦|初[一二三四五六七八九十0-9]"
                 r"|圣诞|新春|七夕|大年|重阳|纪念日|权益日|首日|灰日|三一五", text) \
            or any(t in text for t in SOLAR_TERMS) or re.search(r"(?<![年月\d])十一$", text):
        return "holiday_or_lunar"
    if re.search(r"春|夏|秋|冬|暑假|寒假", text):
        return "season"
    if re.search(r"世纪|年代", text):
        return "century_or_decade"
    if re.search(r"每|周期", text):
        return "recurring"
    if re.search(r"现在|此时|此刻|当前|目前|今天|今日|明天|明日|昨天|昨日|前天|后天|大后天|前日|后日|本日|当日|全天|白天|天"
                 r"|\d+日(?:内|后|以|之)|[一二三四五六七八九十两]+日(?:内|后|以|之)", text) \
            and not re.search(r"月.{0,3}[日号]", text):
        return "day_relative"
    if not re.search(r"[年月日号季旬]", text):
        return "machine_format"
    if re.search(r"[几多]|(?<![上下])半", text):
        return "vague_or_fractional"  # 二十几年前, 3年多以来, 两个半月前: no calendar period
    if re.search(r"[，、,]", text):
        return "enumeration"
    if re.search(r"月[0-9一二三四五六七八九十]+$", text):
        return "day_unmarked"  # 1月3, 二月十五: a day without 日/号 (JioNLP reads some as lunar)
    if re.search(r"至|到|—|-|－|~|～", text):
        return "span"
    explicit_year = re.search(r"(\d{2}|\d{4}|[〇零一二三四五六七八九]{2,4})年(?!前|后|以|之|内)", text) \
        or re.search(r"今年|去年|明年|前年|后年|上年|下年|本年|次年|同年|当年", text)
    offset = re.search(r"(个月|月|年)(前|后|以前|以后|之前|之后|以内|以来)"
                       r"|^(前|后|上|下|近|最近|未来|过去|今后)[一二三四五六七八九十两\d]+个?(月|年)", text)
    if offset and not explicit_year:
        return "relative_month" if "月" in text else "relative_year"
    if re.search(r"上个月|上月|下月|下个月|本月|当月|这个月|同月|上一个月", text):
        return "relative_month"
    if re.search(r"季", text):
        return "quarter"
    if re.search(r"半年", text):
        return "half"
    if re.search(r"[日号]", text):
        return "date"
    if re.search(r"[初底末中旬]|伊始", text):
        return "year_part"
    if "月" in text:
        return "month"
    if re.search(r"今年|去年|明年|前年|后年|上年|下年|本年|这一年|上一年|次年|同年|当年", text):
        return "relative_year"
    if "年" in text:
        return "year"
    return "other"


# ---------------------------------------------------------------------------------------------------------------
# Readers, one per suite. Each yields dicts.

def revision(repo):
    try:
        out = subprocess.run(["git", "-C", repo, "log", "-1", "--format=%H %cs"], capture_output=True, text=True,
                             check=True).stdout.strip()
        return out
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"


def read(repo, path):
    with open(os.path.join(repo, path), encoding="utf-8") as f:
        return f.read()


HS_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def haskell_example_blocks(source):
    """(header, [strings]) for each `examples (HEADER) [ "…", … ]` of a Duckling corpus."""
    for m in re.finditer(r"examples\s*\((.*?)\)\s*\n\s*\[(.*?)\]\s*(?:\n|$)", source, re.S):
        header, body = m.group(1), m.group(2)
        yield header, [s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                       if "\\" in s else s for s in HS_STRING.findall(body)]


def duckling_numbers(repo):
    source = read(repo, "Duckling/Numeral/ZH/Corpus.hs")
    for header, strings in haskell_example_blocks(source):
        m = re.fullmatch(r"NumeralValue\s*\(?\s*(-?[0-9.]+)\s*\)?", header.strip())
        if not m:
            continue
        for s in strings:
            yield {"suite": "duckling-numeral-zh", "input": s, "expected": m.group(1)}


def cn2an_numbers(repo):
    tree = ast.parse(read(repo, "cn2an/cn2an_test.py"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            target = node.targets[0]
            name = getattr(target, "attr", "")
            if name not in ("strict_data_dict", "normal_data_dict", "smart_data_dict"):
                continue  # direct_data_dict maps to digit strings, not values
            for k, v in zip(node.value.keys, node.value.values):
                key = ast.literal_eval(k)
                value = ast.literal_eval(v)
                if isinstance(value, (int, float)):
                    yield {"suite": "cn2an-" + name.replace("_data_dict", ""), "input": key,
                           "expected": format_number(value)}


def format_number(v):
    if isinstance(v, float):
        return repr(v) if "e" not in repr(v) else format(v, ".20f").rstrip("0").rstrip(".")
    return str(v)


CHINA_TIME = datetime.timedelta(hours=8)  # JioNLP's timestamps are read in China time (its comment: 1623604000 = 01:06)


def jionlp_base(node, env):
    """The reference date of a JioNLP case from its time_base expression."""
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Constant):
        if node.value is None:
            return None
        return (datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=node.value) + CHINA_TIME).date()
    if isinstance(node, ast.Call):
        fn = ast.unparse(node.func)
        if fn == "time.time":
            return env["__now__"]
        if fn == "datetime.datetime":
            args = [ast.literal_eval(a) for a in node.args] + [1, 1]
            return datetime.date(args[0], args[1], args[2])
    if isinstance(node, (ast.List, ast.Dict)):
        v = ast.literal_eval(node)
        if isinstance(v, list):
            y, mo, d = (v + [1, 1])[:3]
        else:
            y, mo, d = v.get("year"), v.get("month", 1), v.get("day", 1)
        return datetime.date(y, mo, d)
    raise ValueError("unknown time base " + ast.unparse(node))


def parse_bound(s):
    if s in ("inf", "-inf"):
        return None
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def jionlp_times(repo):
    tree = ast.parse(read(repo, "test/test_time_parser.py"))
    env = {"__now__": commit_date(repo)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id.startswith("_ts_"):
            env[node.targets[0].id] = jionlp_base(node.value, env)
    first = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
                 and n.targets[0].id == "time_string_list")
    for item in first.value.elts:  # the main list: jio.parse_time(text, time_base=base) == expected
        if len(item.elts) != 3:
            continue
        text = ast.literal_eval(item.elts[0])
        expected = ast.literal_eval(item.elts[2])
        if expected.get("type") not in ("time_point", "time_span"):
            continue  # durations and recurring periods name no dated period
        bounds = expected["time"]
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, str) for b in bounds)):
            continue
        base = jionlp_base(item.elts[1], env)
        yield time_case("jionlp-time", text, base, parse_bound(bounds[0]), parse_bound(bounds[1]))


def commit_date(repo):
    rev = revision(repo).split()
    return datetime.date.fromisoformat(rev[1]) if len(rev) == 2 else datetime.date.today()


GRAIN_TO_END = {
    "Year": lambda d: datetime.datetime(d.year, 12, 31, 23, 59, 59),
    "Quarter": lambda d: month_end(d.year, d.month + 2),
    "Month": lambda d: month_end(d.year, d.month),
    "Week": lambda d: d + datetime.timedelta(days=6, hours=23, minutes=59, seconds=59),
    "Day": lambda d: d + datetime.timedelta(hours=23, minutes=59, seconds=59),
}


def month_end(y, m):
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    nxt = datetime.datetime(y + (m // 12), m % 12 + 1, 1)
    return nxt - datetime.timedelta(seconds=1)


def duckling_dt(t):
    y, mo, d, h, mi, s = (int(x) for x in t)
    return datetime.datetime(y, max(mo, 1), max(d, 1), h, mi, s)


def duckling_times(repo):
    source = read(repo, "Duckling/Time/ZH/Corpus.hs")
    ref = datetime.date(2013, 2, 12)  # Duckling's testContext: 2013-02-12 04:30:00, a Tuesday
    tuple_re = r"\(\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*\)"
    for header, strings in haskell_example_blocks(source):
        h = header.strip()
        m1 = re.fullmatch(r"datetime(?:Holiday)?\s*" + tuple_re + r"\s*(\w+).*", h, re.S)
        m2 = re.fullmatch(r"datetimeInterval(?:Holiday)?\s*\(\s*" + tuple_re + r"\s*,\s*" + tuple_re
                          + r"\s*\)\s*(\w+).*", h, re.S)
        if m1:
            start = duckling_dt(m1.groups()[:6])
            grain = m1.group(7)
            end = GRAIN_TO_END[grain](start) if grain in GRAIN_TO_END else start
        elif m2:
            start = duckling_dt(m2.groups()[:6])
            grain = m2.group(13)
            stop = duckling_dt(m2.groups()[6:12])  # exclusive: the interval ends one grain before it
            if grain == "Year":
                end = datetime.datetime(stop.year - 1, 12, 31, 23, 59, 59)
            elif grain in ("Month", "Quarter"):
                end = stop - datetime.timedelta(seconds=1)
            else:
                end = stop - datetime.timedelta(seconds=1)
        else:
            continue
        for s in strings:
            holiday = "Holiday" in h
            case = time_case("duckling-time-zh", s, ref, start, end)
            if holiday:
                case["category"], case["subset"] = "holiday_or_lunar", 0
            yield case


def time_case(suite, text, base, start, end):
    category = time_category(text, start, end)
    return {"suite": suite, "input": text, "reference": base.isoformat(),
            "start": start.date().isoformat() if start else "-", "end": end.date().isoformat() if end else "-",
            "category": category, "subset": int(category in TIME_SUBSET)}


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="directory for numbers.tsv and times.tsv (not in the repository)")
    ap.add_argument("--duckling", help="clone of https://github.com/facebook/duckling")
    ap.add_argument("--cn2an", help="clone of https://github.com/Ailln/cn2an")
    ap.add_argument("--jionlp", help="clone of https://github.com/dongrixinyu/JioNLP")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    numbers, times = [], []
    if args.duckling:
        print("duckling", revision(args.duckling), file=sys.stderr)
        numbers += list(duckling_numbers(args.duckling))
        times += list(duckling_times(args.duckling))
    if args.cn2an:
        print("cn2an", revision(args.cn2an), file=sys.stderr)
        numbers += list(cn2an_numbers(args.cn2an))
    if args.jionlp:
        print("jionlp", revision(args.jionlp), file=sys.stderr)
        times += list(jionlp_times(args.jionlp))
    with open(os.path.join(args.out, "numbers.tsv"), "w", encoding="utf-8") as f:
        for c in numbers:
            cat = number_category(c["input"])
            f.write("\t".join([c["suite"], clean(c["input"]), c["expected"], cat,
                               str(int(cat in NUMBER_SUBSET))]) + "\n")
    with open(os.path.join(args.out, "times.tsv"), "w", encoding="utf-8") as f:
        for c in times:
            f.write("\t".join([c["suite"], clean(c["input"]), c["reference"], c["start"], c["end"], c["category"],
                               str(c["subset"])]) + "\n")
    print(f"{len(numbers)} number cases, {len(times)} time cases written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
