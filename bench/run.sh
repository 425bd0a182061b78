#!/usr/bin/env bash
# Times plangen against its peers (pandoc, docxtpl, docxtemplater) on the Lào Cai 2024 plan and
# writes bench/RESULTS.md. Usage, from anywhere: bash bench/run.sh
#   BENCH_RUNS=N      runs per single-document command (default 20)
#   BENCH_BATCH=N     plans in the large batch, copies of the Lào Cai plan in one folder (default 1000)
#   BENCH_BATCH_RUNS=N  runs of each large-batch command (default 3)
#   BENCH_ROWS="..."  appendix rows of the generated plans of the linearity runs (default 70 700 7000 10000)
#   BENCH_NO_AOT=1    skip the Native AOT publish
#   BENCH_STAGES=1    also run bench/PlanGen.Benchmarks (BenchmarkDotNet, short run)
#   BENCH_NO_PUBLISH=1  reuse the binaries already in bench/out (after a first full run)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT=bench/out
PLAN=examples/lao-cai-2024/ubnd-tinh-atgt-2024.yaml
FOLDER=examples/lao-cai-2024
RUNS="${BENCH_RUNS:-20}"
BATCH="${BENCH_BATCH:-1000}"
BATCH_RUNS="${BENCH_BATCH_RUNS:-3}"
ROWS="${BENCH_ROWS:-70 700 7000 10000}"
PY=/usr/bin/python3 # Debian's python, where python3-docxtpl and python3-yaml live
mkdir -p "$OUT"

# --- tools -------------------------------------------------------------------------------------
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
$PY -c 'import docxtpl' 2>/dev/null || need+=(python3-docxtpl)
$PY -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ -z "${BENCH_NO_AOT:-}" ]; then
    command -v clang >/dev/null || need+=(clang)
    [ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
fi
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update
    $SUDO apt-get install -y "${need[@]}" || echo "warning: could not install ${need[*]}" >&2
fi

# docxtemplater and pizzip, at the versions of bench/docxtemplater/package.json.
[ -d bench/docxtemplater/node_modules/docxtemplater ] || (cd bench/docxtemplater && npm install --no-audit --no-fund)

# --- plangen -----------------------------------------------------------------------------------
JIT="$OUT/plangen/plangen"
if [ -z "${BENCH_NO_PUBLISH:-}" ] || [ ! -x "$JIT" ]; then
    echo "== publish plangen (JIT, ReadyToRun)"
    # ReadyToRun precompiles the assemblies, so a single run does not pay for JIT compiling the
    # Open XML SDK; that is how plangen ships when Native AOT is not an option.
    dotnet publish src/PlanGen -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/plangen" -v quiet -nologo
fi

# The form clerks get on Windows and macOS (build/release.sh), built here for Linux with the same
# publish profile: one file that carries a trimmed runtime, compiled with it into one composite
# ReadyToRun image.
SINGLE="$OUT/plangen-single/plangen"
if [ -z "${BENCH_NO_PUBLISH:-}" ] || [ ! -x "$SINGLE" ]; then
    echo "== publish plangen (single file, composite ReadyToRun)"
    rm -rf src/PlanGen/obj/Release/net10.0/linux-x64/R2R # compiled afresh, not taken from the publish above
    dotnet publish src/PlanGen -c Release -r linux-x64 -p:PublishProfile=SingleFile -p:DebugType=none -o "$OUT/plangen-single" -v quiet -nologo
    rm -rf src/PlanGen/obj/Release/net10.0/linux-x64/R2R
fi

AOT=""
AOT_NOTE=""
if [ -n "${BENCH_NO_AOT:-}" ]; then
    AOT_NOTE="Native AOT skipped (BENCH_NO_AOT set)."
else
    if [ -n "${BENCH_NO_PUBLISH:-}" ] && [ -x "$OUT/plangen-aot/plangen" ]; then
        AOT="$OUT/plangen-aot/plangen"
    elif echo "== publish plangen (Native AOT)" && dotnet publish src/PlanGen -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/plangen-aot" -nologo >"$OUT/aot-publish.log" 2>&1 \
        && [ -x "$OUT/plangen-aot/plangen" ]; then
        AOT="$OUT/plangen-aot/plangen"
    else
        AOT_NOTE="Native AOT could not be built here: $(grep -m1 -iE 'error' "$OUT/aot-publish.log" || tail -1 "$OUT/aot-publish.log")"
        echo "$AOT_NOTE" >&2
    fi
fi

# --- inputs of the peers -----------------------------------------------------------------------
echo "== inputs"
rm -rf "$OUT/docs" "$OUT/md" "$OUT/batch"
mkdir -p "$OUT/docs" "$OUT/md" "$OUT/batch"
for f in "$FOLDER"/*.yaml; do
    name="$(basename "$f" .yaml)"
    [ "$name" = units ] && continue
    $PY bench/plan_to_md.py "$f" "$OUT/md/$name.md"
done
$PY bench/docxtpl_render.py --make-template "$OUT/template.docx"
FOLDER_COUNT=$(ls "$OUT"/md/*.md | wc -l)

$PY bench/plan_json.py "$PLAN" "$OUT/plan.json"
node bench/docxtemplater/render.js --make-template "$OUT/template-docxtemplater.docx"

# The large batch: BATCH copies of the plan in one folder with its units.yaml, as an office that
# builds every plan of a province in one run.
rm -rf "$OUT/batch-docxtemplater"
cp "$FOLDER/units.yaml" "$OUT/batch/"
for i in $(seq -w 1 "$BATCH"); do cp "$PLAN" "$OUT/batch/plan-$i.yaml"; done

# The linearity runs: the plan with more appendix rows, and with one 2 MB paragraph.
rm -rf "$OUT/linear"
mkdir -p "$OUT/linear"
cp "$FOLDER/units.yaml" "$OUT/linear/"
for n in $ROWS; do $PY bench/make_rows.py "$PLAN" "$n" "$OUT/linear/rows-$n.yaml"; done
$PY bench/make_rows.py "$PLAN" --paragraph 2 "$OUT/linear/paragraph-2mb.yaml"

# Every command must work before it is timed.
"$JIT" build "$PLAN" -o "$OUT/docs/jit.docx" >/dev/null
[ -z "$AOT" ] || "$AOT" build "$PLAN" -o "$OUT/docs/aot.docx" >/dev/null
"$SINGLE" build "$PLAN" -o "$OUT/docs/single.docx" >/dev/null
pandoc "$OUT/md/ubnd-tinh-atgt-2024.md" -o "$OUT/docs/pandoc.docx"
$PY bench/docxtpl_render.py "$OUT/template.docx" "$PLAN" "$OUT/docs/docxtpl.docx"
node bench/docxtemplater/render.js "$OUT/template-docxtemplater.docx" "$OUT/plan.json" "$OUT/docs/docxtemplater.docx"

# --- timings -----------------------------------------------------------------------------------
# The JIT builds keep their multi-core JIT records here (src/PlanGen/StartupProfile.cs), not in
# the user's cache: the first warm-up run of a command records, the timed runs replay the record.
export PLANGEN_JIT_PROFILE="$ROOT/$OUT/jit-records"
rm -rf "$PLANGEN_JIT_PROFILE"
HF=(hyperfine --style basic)
single=(-n "plangen build (JIT)" "$JIT build $PLAN -o $OUT/docs/jit.docx")
single+=(-n "plangen build (single file, composite R2R)" "$SINGLE build $PLAN -o $OUT/docs/single.docx")
[ -z "$AOT" ] || single+=(-n "plangen build (AOT)" "$AOT build $PLAN -o $OUT/docs/aot.docx")
single+=(-n "pandoc md→docx" "pandoc $OUT/md/ubnd-tinh-atgt-2024.md -o $OUT/docs/pandoc.docx")
single+=(-n "docxtpl render" "$PY bench/docxtpl_render.py $OUT/template.docx $PLAN $OUT/docs/docxtpl.docx")
single+=(-n "docxtemplater render" "node bench/docxtemplater/render.js $OUT/template-docxtemplater.docx $OUT/plan.json $OUT/docs/docxtemplater.docx")
echo "== one document"
"${HF[@]}" -N --warmup 3 --runs "$RUNS" --export-markdown "$OUT/single.md" --export-json "$OUT/single.json" "${single[@]}"

# The JIT build's first run after an install or upgrade: no record to replay yet, and the run
# makes one. Timed on its own, with the record removed before each run.
echo "== one document, JIT, first run (no record)"
"${HF[@]}" -N --runs "$RUNS" --prepare "rm -rf $ROOT/$OUT/jit-first" --export-markdown "$OUT/first.md" --export-json "$OUT/first.json" \
    -n "plangen build (JIT, first run: no record yet)" "env PLANGEN_JIT_PROFILE=$ROOT/$OUT/jit-first $JIT build $PLAN -o $OUT/docs/jit.docx"

BEST="${AOT:-$JIT}"
PAR="$(nproc)"
folder=(-n "plangen build folder (JIT)" "$JIT build $FOLDER -o $OUT/docs/folder")
[ -z "$AOT" ] || folder+=(-n "plangen build folder (AOT)" "$AOT build $FOLDER -o $OUT/docs/folder")
folder+=(-n "pandoc ×$FOLDER_COUNT, sequential" "for m in $OUT/md/*.md; do pandoc \$m -o \$m.docx; done")
folder+=(-n "pandoc ×$FOLDER_COUNT, $PAR at a time" "ls $OUT/md/*.md | xargs -P $PAR -I{} pandoc {} -o {}.docx")
mkdir -p "$OUT/docs/folder"
echo "== batch: the folder ($FOLDER_COUNT plans)"
"${HF[@]}" --warmup 3 --runs 10 --export-markdown "$OUT/folder.md" --export-json "$OUT/folder.json" "${folder[@]}"

BATCH_COUNT="$BATCH"
batch=(-n "plangen build $BATCH plans (JIT)" "$JIT build $OUT/batch -o $OUT/docs/batch -q")
[ -z "$AOT" ] || batch+=(-n "plangen build $BATCH plans (AOT)" "$AOT build $OUT/batch -o $OUT/docs/batch -q")
batch+=(-n "docxtemplater $BATCH documents in one process" "node bench/docxtemplater/render.js $OUT/template-docxtemplater.docx $OUT/plan.json $OUT/batch-docxtemplater $BATCH")
mkdir -p "$OUT/docs/batch"
echo "== batch: $BATCH plans"
"${HF[@]}" --warmup 1 --runs "$BATCH_RUNS" --export-markdown "$OUT/batch.md" --export-json "$OUT/batch.json" "${batch[@]}"

echo "== linearity: $ROWS appendix rows, a 2 MB paragraph"
linear=()
for n in $ROWS; do linear+=(-n "rows $n" "$BEST build $OUT/linear/rows-$n.yaml -o $OUT/docs/rows-$n.docx -q"); done
linear+=(-n "paragraph 2 MB" "$BEST build $OUT/linear/paragraph-2mb.yaml -o $OUT/docs/paragraph-2mb.docx -q")
"${HF[@]}" --warmup 1 --runs 3 --export-markdown "$OUT/linear.md" --export-json "$OUT/linear.json" "${linear[@]}"

# --- peak memory -------------------------------------------------------------------------------
echo "== peak memory"
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
{
    echo "| command | peak RSS (MB) |"
    echo "|:---|---:|"
    kb=$(rss "$JIT" build "$PLAN" -o "$OUT/docs/jit.docx"); echo "| plangen build (JIT) | $((kb / 1024)) |"
    kb=$(rss "$SINGLE" build "$PLAN" -o "$OUT/docs/single.docx"); echo "| plangen build (single file, composite R2R) | $((kb / 1024)) |"
    if [ -n "$AOT" ]; then kb=$(rss "$AOT" build "$PLAN" -o "$OUT/docs/aot.docx"); echo "| plangen build (AOT) | $((kb / 1024)) |"; fi
    kb=$(rss pandoc "$OUT/md/ubnd-tinh-atgt-2024.md" -o "$OUT/docs/pandoc.docx"); echo "| pandoc md→docx | $((kb / 1024)) |"
    kb=$(rss $PY bench/docxtpl_render.py "$OUT/template.docx" "$PLAN" "$OUT/docs/docxtpl.docx"); echo "| docxtpl render | $((kb / 1024)) |"
    kb=$(rss node bench/docxtemplater/render.js "$OUT/template-docxtemplater.docx" "$OUT/plan.json" "$OUT/docs/docxtemplater.docx"); echo "| docxtemplater render | $((kb / 1024)) |"
    kb=$(rss "$BEST" build "$OUT/batch" -o "$OUT/docs/batch" -q); echo "| plangen build $BATCH plans ($([ -n "$AOT" ] && echo AOT || echo JIT)) | $((kb / 1024)) |"
    for n in $ROWS; do kb=$(rss "$BEST" build "$OUT/linear/rows-$n.yaml" -o "$OUT/docs/rows-$n.docx" -q); echo "| rows $n | $((kb / 1024)) |"; done
    kb=$(rss "$BEST" build "$OUT/linear/paragraph-2mb.yaml" -o "$OUT/docs/paragraph-2mb.docx" -q); echo "| paragraph 2 MB | $((kb / 1024)) |"
} >"$OUT/memory.md"
cat "$OUT/memory.md"

# --- stages (optional) -------------------------------------------------------------------------
if [ -n "${BENCH_STAGES:-}" ]; then
    echo "== stages (BenchmarkDotNet, short run)"
    (cd bench/PlanGen.Benchmarks && dotnet run -c Release -- --job short --inProcess --filter '*' \
        --artifacts "$ROOT/$OUT/stages")
fi

# --- RESULTS.md --------------------------------------------------------------------------------
echo "== bench/RESULTS.md"
$PY bench/report.py --out bench/RESULTS.md --dir "$OUT" --aot-note "$AOT_NOTE" \
    --folder-count "$FOLDER_COUNT" --batch-count "$BATCH_COUNT" --jit "$JIT" --aot "$AOT"
echo "written: bench/RESULTS.md"
