"""Write bench/RESULTS.md from the raw measurements bench/run.sh leaves in bench/out."""
import argparse
import datetime
import json
import math
import os
import platform
import subprocess


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def means(path):
    with open(path, encoding="utf-8") as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def find(results, *words):
    for name, r in results.items():
        if all(w in name for w in words):
            return r
    return None


def ratio_row(label, a, b):
    if a is None or b is None:
        return None
    return f"| {label} | {a['mean'] * 1000:.0f} ms | {b['mean'] * 1000:.0f} ms | **{a['mean'] / b['mean']:.2f}** |"


def memory_table(path):
    memory = {}
    if os.path.exists(path):
        for line in read(path).splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) == 2 and cells[1].isdigit():
                memory[cells[0]] = int(cells[1])
    return memory


def growth_per_10x(points):
    """Largest growth per 10x rows between successive (rows, value) points."""
    worst = None
    for (n0, v0), (n1, v1) in zip(points, points[1:]):
        if n1 > n0 and v0 and v1:
            g = (v1 / v0) ** (1 / math.log10(n1 / n0))
            worst = g if worst is None else max(worst, g)
    return worst


def goals(a, single, batch, linear, memory):
    """The goals of the speed issue, each as measured in this run."""
    rows = ["| goal | measured | met |", "|:---|---:|:---:|"]

    def row(goal, value, ok, fmt):
        rows.append(f"| {goal} | {fmt.format(value) if value is not None else 'not measured'} | {'yes' if value is not None and ok(value) else 'no'} |")

    pandoc = find(single, "pandoc")
    aot = find(single, "plangen", "AOT")
    jit = find(single, "plangen", "JIT")
    row("one document, Native AOT ≤ 0.15 × pandoc", aot and pandoc and aot["mean"] / pandoc["mean"], lambda v: v <= 0.15, "{:.2f} × pandoc")
    row("one document, ReadyToRun (JIT) ≤ 0.5 × pandoc", jit and pandoc and jit["mean"] / pandoc["mean"], lambda v: v <= 0.5, "{:.2f} × pandoc")
    one_file = find(single, "plangen", "single file")
    row("one document, single file (composite ReadyToRun) ≤ 0.5 × pandoc (the Windows and macOS downloads; not one of the issue's goals)", one_file and pandoc and one_file["mean"] / pandoc["mean"], lambda v: v <= 0.5, "{:.2f} × pandoc")
    peer = find(batch, "docxtemplater")
    best = find(batch, "plangen", "AOT") or find(batch, "plangen", "JIT")
    row(f"{a.batch_count} plans in one process ≥ 8 × docxtemplater's documents/s", best and peer and peer["mean"] / best["mean"], lambda v: v >= 8, "{:.2f} × docxtemplater")
    batch_rss = next((v for k, v in memory.items() if k.startswith("plangen build") and "plans" in k), None)
    row(f"{a.batch_count} plans: peak memory ≤ 150 MB", batch_rss, lambda v: v <= 150, "{} MB")
    sizes = sorted((int(k.split()[1]), r["mean"]) for k, r in linear.items() if k.startswith("rows ") and int(k.split()[1]) <= 7000)
    row("70 → 700 → 7,000 rows: time ≤ 11 × per 10 × rows", growth_per_10x(sizes), lambda v: v <= 11, "{:.2f} ×")
    msizes = sorted((int(k.split()[1]), memory.get(k)) for k in linear if k.startswith("rows ") and int(k.split()[1]) <= 7000)
    row("70 → 700 → 7,000 rows: memory ≤ 11 × per 10 × rows", growth_per_10x(msizes), lambda v: v <= 11, "{:.2f} ×")
    return ["## Goals", "", "The goals of the speed work, each from the figures of this run (largest growth of the two steps):", ""] + rows + [""]


def main():
    p = argparse.ArgumentParser()
    for name in ("out", "dir", "aot-note", "folder-count", "batch-count", "jit", "aot"):
        p.add_argument("--" + name, default="")
    a = p.parse_args()
    single = means(os.path.join(a.dir, "single.json"))
    folder = means(os.path.join(a.dir, "folder.json"))
    batch = means(os.path.join(a.dir, "batch.json"))
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    memory = sh("free -m | awk '/Mem:/ {print $2}'")
    docxtpl_version = sh("dpkg-query -W -f='${Version}' python3-docxtpl")
    docx_version = sh("dpkg-query -W -f='${Version}' python3-docx")
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today().isoformat()} by `bash bench/run.sh` on the Lào Cai 2024 plan",
        "(`examples/lao-cai-2024/ubnd-tinh-atgt-2024.yaml`, 71 appendix rows). Absolute times depend on",
        "the machine; compare the ratios, which were measured against the peers in the same run.",
        "",
        "## Machine and versions",
        "",
        f"- CPU: {cpu}, `nproc` = {sh('nproc')}; memory {memory} MB",
        f"- OS: {sh('. /etc/os-release && echo $PRETTY_NAME')}, kernel {platform.release()}",
        f"- load average when the report was written (1, 5, 15 min): {' '.join(read('/proc/loadavg').split()[:3])}"
        " — the machine is shared; when it exceeds `nproc`, wall times carry the other work, and only"
        " the ratios (peers timed in the same run, interleaved in time) are meaningful",
        f"- .NET SDK {sh('dotnet --version')}; plangen published Release (JIT: `dotnet publish -p:PublishReadyToRun=true`,"
        " the dotnet tool's form except on linux-x64, where the tool is the native binary; single file: self-contained, trimmed, `-p:PublishReadyToRunComposite=true`, the form"
        " of the Windows and macOS downloads, built for Linux; AOT: `-p:PublishAot=true`)",
        f"- {sh('pandoc --version | head -1')}; {sh('hyperfine --version')};"
        f" python {platform.python_version()}, docxtpl {docxtpl_version},"
        f" python-docx {docx_version}",
        "",
    ]
    if a.aot_note:
        lines += [f"**Native AOT:** {a.aot_note}", ""]
    linear_path = os.path.join(a.dir, "linear.json")
    lines += goals(a, single, batch, means(linear_path) if os.path.exists(linear_path) else {},
                   memory_table(os.path.join(a.dir, "memory.md")))
    lines += [
        "## What is timed",
        "",
        "- **plangen build**: the whole pipeline, YAML → checks → template → layout → DOCX.",
        "- **pandoc md→docx**: pandoc converting the same plan written as Markdown (the same text and",
        "  parts, the appendix as a pipe table), made once beforehand by `bench/plan_to_md.py`.",
        "- **docxtpl render**: `bench/docxtpl_render.py` reading the plan YAML and rendering it into a",
        "  simple template (parts as loops, the appendix through a `{%tr for %}` row loop), made once",
        "  beforehand with python-docx.",
        "- **docxtemplater render**: `bench/docxtemplater/render.js` (Node) filling an equivalent",
        "  template, made once beforehand by the same script, with the plan's data as JSON (made once",
        "  beforehand by `bench/plan_json.py`: docxtemplater takes JSON, not YAML). In a batch it reads",
        "  template and data once and renders every document in one process, as plangen does.",
        "",
        "The peers do less than plangen: no validation, no decree layout, no unit registry or parent",
        "plan checks.",
        "",
        "## One document",
        "",
        read(os.path.join(a.dir, "single.md")),
        "",
    ]
    pandoc = find(single, "pandoc")
    docxtpl = find(single, "docxtpl")
    rows = ["| ratio | plangen | peer | plangen / peer |", "|:---|---:|---:|---:|"]
    for kind in ("JIT", "single file", "AOT"):
        mine = find(single, "plangen", kind)
        rows += [r for r in (ratio_row(f"plangen ({kind}) / pandoc", mine, pandoc),
                             ratio_row(f"plangen ({kind}) / docxtpl", mine, docxtpl),
                             ratio_row(f"plangen ({kind}) / docxtemplater", mine, find(single, "docxtemplater"))) if r]
    lines += ["Ratios of mean times (below 1: plangen is faster):", ""] + rows + [""]
    first_path = os.path.join(a.dir, "first.json")
    if os.path.exists(first_path):
        first = next(iter(means(first_path).values()))
        lines += ["The JIT build replays a record of the methods its command compiled and the types it loaded",
                  "(multi-core JIT, made by the command's first run). Its first run after an install or an",
                  "upgrade has no record yet, and makes one:", "",
                  read(os.path.join(a.dir, "first.md")), ""]
        if pandoc:
            lines += [f"First run / pandoc's mean above: **{first['mean'] / pandoc['mean']:.2f}**.", ""]

    lines += [f"## Batch: the folder examples/lao-cai-2024 ({a.folder_count} plans)", "",
              "plangen builds the plans of a folder in one process, in parallel; pandoc runs once per",
              "document, one after another and as many at a time as there are cores.", "",
              read(os.path.join(a.dir, "folder.md")), ""]
    lines += [f"## Batch: {a.batch_count} plans in one process", "",
              f"{a.batch_count} copies of the plan in one folder with its units.yaml; plangen with `-q`.", "",
              read(os.path.join(a.dir, "batch.md")), ""]
    count = int(a.batch_count)
    docs = ["| command | documents | documents / s |", "|:---|---:|---:|"]
    for name, r in list(folder.items()):
        docs.append(f"| {name} | {a.folder_count} | {int(a.folder_count) / r['mean']:.1f} |")
    for name, r in batch.items():
        docs.append(f"| {name} | {count} | {count / r['mean']:.1f} |")
    lines += ["Documents per second (count / mean time):", ""] + docs + [""]
    peer = find(batch, "docxtemplater")
    brows = ["| ratio | plangen docs/s | docxtemplater docs/s | plangen / docxtemplater |", "|:---|---:|---:|---:|"]
    for kind in ("JIT", "AOT"):
        mine = find(batch, "plangen", kind)
        if mine and peer:
            brows.append(f"| {count} plans ({kind}) | {count / mine['mean']:.1f} | {count / peer['mean']:.1f} | **{peer['mean'] / mine['mean']:.2f}** |")
    lines += brows + [""]

    if os.path.exists(linear_path):
        linear = means(linear_path)
        memory = memory_table(os.path.join(a.dir, "memory.md"))
        lrows = ["| plan | mean | peak RSS (MB) | time × per 10× rows | memory × per 10× rows |", "|:---|---:|---:|---:|---:|"]
        previous = None
        for name, r in linear.items():
            rss_mb = memory.get(name)
            grow_t = grow_m = ""
            if previous and name.startswith("rows "):
                n, pn = int(name.split()[1]), int(previous[0].split()[1])
                factor = (n / pn)
                # Per 10× rows, whatever the step between the two sizes.
                scale = 1 / math.log10(factor) if factor > 1 else 0
                grow_t = f"{(r['mean'] / previous[1]['mean']) ** scale:.2f}" if scale else ""
                if rss_mb and previous[2]:
                    grow_m = f"{(rss_mb / previous[2]) ** scale:.2f}" if scale else ""
            lrows.append(f"| {name} | {r['mean'] * 1000:.0f} ms | {rss_mb or ''} | {grow_t} | {grow_m} |")
            if name.startswith("rows "):
                previous = (name, r, rss_mb)
        lines += ["## Linearity", "",
                  "The plan with its appendix rows repeated to 70, 700, 7,000 and 10,000, and with one",
                  "paragraph of 2 MB (`bench/make_rows.py`), built by the fastest plangen of the run. A growth",
                  "of 10 per 10× rows is linear; the whole run includes the fixed start-up, so small sizes grow less.", ""] + lrows + [""]
    lines += ["## Peak memory", "", "`/usr/bin/time -v`, maximum resident set size:", "",
              read(os.path.join(a.dir, "memory.md")), ""]
    stages = os.path.join(a.dir, "stages", "results")
    if os.path.isdir(stages):
        for f in sorted(os.listdir(stages)):
            if f.endswith("-report-github.md"):
                lines += ["## Stages (BenchmarkDotNet, short run)", "",
                          "`bench/PlanGen.Benchmarks`, one plan through each stage in process, warm.",
                          "ShortRun, in process: 3 iterations after 3 warmups. The Error column is half the 99.9% confidence interval; a row whose Error exceeds its Mean is not resolved by this run (rerun without `--job short` on a quiet machine).", "",
                          read(os.path.join(stages, f)), ""]
    # What is kept for speed and what went: written by hand, appended to every run's figures.
    kept = os.path.join(os.path.dirname(os.path.abspath(__file__)), "speed-paths.md")
    if os.path.exists(kept):
        lines += [read(kept).rstrip("\n"), ""]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
