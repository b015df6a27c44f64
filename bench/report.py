#!/usr/bin/env python3
"""Helpers for bench/run: reading wrk's output and printing the results table.

  report.py wrk FILE            one line "requests seconds rps p50_ms p99_ms bad_responses socket_errors"
  report.py print DIR [OTHER]   the table and summary for the results in DIR; OTHER is the
                                results folder of the other dataset size, compared when present
"""

import os
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def duration_ms(text):
    match = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError("unreadable duration: " + text)
    return float(match.group(1)) * UNITS[match.group(2)]


def parse_wrk(text):
    result = {"bad": 0, "socket_errors": 0}
    match = re.search(r"(\d+) requests in ([0-9.]+)(us|ms|s|m)", text)
    if not match:
        raise ValueError("no request count in wrk output")
    result["requests"] = int(match.group(1))
    result["seconds"] = duration_ms(match.group(2) + match.group(3)) / 1000.0
    match = re.search(r"Requests/sec:\s+([0-9.]+)", text)
    result["rps"] = float(match.group(1)) if match else 0.0
    for pct in ("50", "99"):
        match = re.search(r"^\s+%s%%\s+(\S+)" % pct, text, re.M)
        result["p" + pct] = duration_ms(match.group(1)) if match else float("nan")
    if result["requests"] == 0:
        result["p50"] = result["p99"] = float("nan")
    match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if match:
        result["bad"] = int(match.group(1))
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if match:
        result["socket_errors"] = sum(int(g) for g in match.groups())
    for key in ("comments_accepted", "comments_other"):
        match = re.search(r"^%s=(\d+)" % key, text, re.M)
        if match:
            result[key] = int(match.group(1))
    match = re.search(r"^comments_other_statuses=(.*)$", text, re.M)
    if match:
        result["comments_other_statuses"] = match.group(1).strip()
    return result


def read_results(folder):
    rows = []
    path = os.path.join(folder, "results.tsv")
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            values = line.rstrip("\n").split("\t")
            rows.append(dict(zip(header, values)))
    return rows


def read_meta(folder):
    meta = {}
    path = os.path.join(folder, "meta.txt")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    meta[key] = value
    return meta


def merge_statuses(text):
    """"302:1 302:10,422:2" -> "302:11, 422:2"."""
    counts = {}
    for token in re.split(r"[\s,]+", text.strip()):
        if ":" in token:
            status, count = token.split(":", 1)
            counts[status] = counts.get(status, 0) + int(count)
    return ", ".join("%s: %d" % (k, counts[k]) for k in sorted(counts))


def mean(values):
    values = [v for v in values if v == v]
    return sum(values) / len(values) if values else float("nan")


def num(row, key):
    try:
        return float(row.get(key, "nan"))
    except ValueError:
        return float("nan")


def stats(rows, scenario, target):
    chosen = [r for r in rows if r["scenario"] == scenario and r["target"] == target]
    if not chosen:
        return None
    return {key: mean([num(r, key) for r in chosen]) for key in ("rps", "p50", "p99", "cpu_ms")}


def fmt(value, digits=2):
    return "n/a" if value != value else ("%.*f" % (digits, value))


def fmt_rate(value):
    """Requests per second: whole numbers, but a decimal below 10, where it matters."""
    return fmt(value, 1 if value < 10 else 0)


def verdict(ok):
    return "met" if ok else "NOT met"


def print_report(folder, other_folder=None):
    rows = read_results(folder)
    meta = read_meta(folder)
    mode = meta.get("mode", "?")
    print("Masthead benchmark, %s dataset (%s articles, %s comments), %s" % (
        mode, meta.get("articles", "?"), meta.get("comments", "?"), meta.get("date", "")))
    print("wrk -t%s -c%s -d%s --latency on loopback (uncached scenarios: -c%s); %s" % (
        meta.get("threads", "?"), meta.get("connections", "?"), meta.get("duration", "?"),
        meta.get("uncached_connections", "?"), meta.get("compression", "")))
    print("Build: %s; started from the %s" % (meta.get("build", "?"), meta.get("launch", "?")))
    if meta.get("server_args"):
        print("Masthead started with extra arguments: %s" % meta["server_args"])
    print()
    header = ("scenario", "target", "round", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "notes")
    table = [header]
    for r in rows:
        table.append((r["scenario"], r["target"], r["round"], fmt_rate(num(r, "rps")), fmt(num(r, "p50")),
                      fmt(num(r, "p99")), fmt(num(r, "cpu_ms"), 3), r.get("notes", "")))
    for name, note in sorted((k[len("skipped."):], v) for k, v in meta.items() if k.startswith("skipped.")):
        table.append((name, "-", "-", "-", "-", "-", "-", note))
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for index, row in enumerate(table):
        cells = []
        for i, cell in enumerate(row):
            cells.append(str(cell).ljust(widths[i]) if i in (0, 1, 7) else str(cell).rjust(widths[i]))
        print("  ".join(cells).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
    print()

    print("Start-up to first 200 on /: %s s" % meta.get("startup_s", "n/a"))
    print("Masthead RSS: %s MB at idle after start-up, %s MB after the run" % (
        meta.get("rss_idle_mb", "n/a"), meta.get("rss_after_mb", "n/a")))
    if meta.get("server_5xx", "0") != "0" or meta.get("server_log_warnings", "0") != "0":
        print("Server log: %s responses with status 5xx, %s WARN/ERROR/exception lines" % (
            meta.get("server_5xx", "?"), meta.get("server_log_warnings", "?")))
    if "generate_s" in meta:
        print("Dataset generation (bulk insert): %s s" % meta["generate_s"])

    scenarios = []
    for r in rows:
        if r["scenario"] not in scenarios:
            scenarios.append(r["scenario"])
    print()
    print("Means over the rounds (Masthead vs nginx serving the same bytes from a file):")
    for scenario in scenarios:
        m, n = stats(rows, scenario, "masthead"), stats(rows, scenario, "nginx")
        if m and n:
            print("  %-18s masthead %8s req/s  nginx %8s req/s  ratio %s   p99 %s vs %s ms  ratio %s   CPU/req %s vs %s ms"
                  % (scenario, fmt_rate(m["rps"]), fmt_rate(n["rps"]), fmt(m["rps"] / n["rps"]),
                     fmt(m["p99"]), fmt(n["p99"]), fmt(m["p99"] / n["p99"]), fmt(m["cpu_ms"], 3),
                     fmt(n["cpu_ms"], 3)))
        elif m:
            print("  %-18s masthead %8s req/s  p99 %s ms  CPU/req %s ms" % (
                scenario, fmt_rate(m["rps"]), fmt(m["p99"]), fmt(m["cpu_ms"], 3)))

    if "comments_accepted_total" in meta:
        accept = meta.get("accept_status", "303")
        print()
        print("Comment POST, all runs including warm-up: %s accepted (%s), %s other answers%s." % (
            meta["comments_accepted_total"], accept, meta.get("comments_other_total", "0"),
            (" (" + merge_statuses(meta["comments_other_statuses"]) + ")") if meta.get("comments_other_statuses") else ""))
        print("  New rows in the comment table after a hard stop (SIGKILL): %s, for %s accepted and %s other"
              " answers (up to %s more requests were cut off in flight when wrk stopped) -> %s" % (
                  meta.get("comments_stored_new", "n/a"), meta["comments_accepted_total"],
                  meta.get("comments_other_total", "0"), meta.get("comments_in_flight_max", "?"),
                  meta.get("comments_durable", "n/a")))

    print()
    print("Targets:")
    art_m, art_n = stats(rows, "article", "masthead"), stats(rows, "article", "nginx")
    if art_m and art_n:
        ratio = art_m["rps"] / art_n["rps"]
        print("  article >= 0.5 x nginx req/s: %s (%s)" % (fmt(ratio), verdict(ratio >= 0.5)))
        p99 = art_m["p99"] / art_n["p99"]
        print("  article p99 <= 2 x nginx p99: %s (%s)" % (fmt(p99), verdict(p99 <= 2.0)))
    unc = stats(rows, "article-uncached", "masthead")
    if unc:
        print("  uncached article render <= 2 ms CPU: %s ms (%s)" % (fmt(unc["cpu_ms"], 3), verdict(unc["cpu_ms"] <= 2.0)))
    com = stats(rows, "comment-post", "masthead")
    if com:
        accepted = mean([num(r, "accepted_per_s") for r in rows if r["scenario"] == "comment-post"])
        durable = meta.get("comments_durable", "") == "all accepted stored"
        print("  comment POST >= 1000 accepted (%s) per s, durably stored: %s/s, %s (%s)" % (
            meta.get("accept_status", "303"), fmt(accepted, 0), meta.get("comments_durable", "n/a"), verdict(accepted >= 1000 and durable)))
    if meta.get("startup_s"):
        s = float(meta["startup_s"])
        print("  start-up <= 4 s: %s s (%s)" % (fmt(s), verdict(s <= 4.0)))
    if meta.get("rss_after_mb"):
        r = float(meta["rss_after_mb"])
        print("  RSS <= 300 MB after the run: %s MB (%s)" % (fmt(r, 0), verdict(r <= 300)))

    other_rows = read_results(other_folder) if other_folder else []
    if other_rows:
        other_meta = read_meta(other_folder)
        small, large = (other_rows, rows) if mode == "large" else (rows, other_rows)
        small_meta, large_meta = (other_meta, meta) if mode == "large" else (meta, other_meta)
        print()
        print("Large vs small dataset (large %s, build %s; small %s, build %s). Separate runs, so also"
              " compared as ratios to nginx:" % (large_meta.get("date", "?"), large_meta.get("build", "?"),
                                                 small_meta.get("date", "?"), small_meta.get("build", "?")))
        worst = None
        for scenario in ("article", "front", "section", "article-uncached", "front-uncached", "section-uncached"):
            ls, ss = stats(large, scenario, "masthead"), stats(small, scenario, "masthead")
            if not (ls and ss):
                continue
            line = "  %-18s req/s large/small %s" % (scenario, fmt(ls["rps"] / ss["rps"]))
            ln, sn = stats(large, scenario, "nginx"), stats(small, scenario, "nginx")
            if ln and sn:
                rel = (ls["rps"] / ln["rps"]) / (ss["rps"] / sn["rps"])
                line += "   (vs-nginx ratio large/small %s)" % fmt(rel)
                value = rel
            else:
                line += "   CPU/req large/small %s" % fmt(ls["cpu_ms"] / ss["cpu_ms"])
                value = ls["rps"] / ss["rps"]
            worst = value if worst is None else min(worst, value)
            print(line)
        if worst is not None:
            print("  large dataset within 20%% of small: worst %s (%s)" % (fmt(worst), verdict(worst >= 0.8)))

    print()
    if art_m and art_n:
        print("article_p99_vs_nginx=%s" % fmt(art_m["p99"] / art_n["p99"]))
        print("article_vs_nginx=%s" % fmt(art_m["rps"] / art_n["rps"]))
    else:
        print("article_vs_nginx=n/a")


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "wrk":
        with open(sys.argv[2]) as f:
            r = parse_wrk(f.read())
        print("%d %.3f %.2f %.3f %.3f %d %d %d %d %s" % (
            r["requests"], r["seconds"], r["rps"], r["p50"], r["p99"], r["bad"], r["socket_errors"],
            r.get("comments_accepted", -1), r.get("comments_other", -1), r.get("comments_other_statuses", "") or "-"))
    elif len(sys.argv) >= 3 and sys.argv[1] == "print":
        print_report(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
