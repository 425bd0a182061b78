#!/usr/bin/env bash
# Times plangen against its peers (pandoc, docxtpl) on the Lào Cai 2024 plan and writes
# bench/RESULTS.md. Usage, from anywhere: bash bench/run.sh
#   BENCH_RUNS=N      runs per single-document command (default 20)
#   BENCH_COPIES=N    copies of examples/lao-cai-2024 in the large batch (default 20)
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
COPIES="${BENCH_COPIES:-20}"
PY=/usr/bin/python3 # Debian's python, where python3-docxtpl and python3-yaml live
mkdir -p "$OUT"

# --- tools -------------------------------------------------------------------------------------
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
$PY -c 'import docxtpl' 2>/dev/null || need+=(python3-docxtpl)
$PY -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
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

# --- plangen -----------------------------------------------------------------------------------
JIT="$OUT/plangen/plangen"
if [ -z "${BENCH_NO_PUBLISH:-}" ] || [ ! -x "$JIT" ]; then
    echo "== publish plangen (JIT, ReadyToRun)"
    # ReadyToRun precompiles the assemblies, so a single run does not pay for JIT compiling the
    # Open XML SDK; that is how plangen ships when Native AOT is not an option.
    dotnet publish src/PlanGen -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/plangen" -v quiet -nologo
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
rm -rf "$OUT/docs" "$OUT/md" "$OUT/batch" "$OUT/batch-md"
mkdir -p "$OUT/docs" "$OUT/md" "$OUT/batch" "$OUT/batch-md"
for f in "$FOLDER"/*.yaml; do
    name="$(basename "$f" .yaml)"
    [ "$name" = units ] && continue
    $PY bench/plan_to_md.py "$f" "$OUT/md/$name.md"
done
$PY bench/docxtpl_render.py --make-template "$OUT/template.docx"
FOLDER_COUNT=$(ls "$OUT"/md/*.md | wc -l)

# The large batch: COPIES copies of the folder (each copy keeps its units and parent files).
for i in $(seq 1 "$COPIES"); do
    mkdir -p "$OUT/batch/$i"
    cp "$FOLDER"/*.yaml "$OUT/batch/$i/"
    for m in "$OUT"/md/*.md; do cp "$m" "$OUT/batch-md/$i-$(basename "$m")"; done
done
BATCH_COUNT=$((COPIES * FOLDER_COUNT))
BATCH_DIRS="$(for i in $(seq 1 "$COPIES"); do printf '%s ' "$OUT/batch/$i"; done)"

# Every command must work before it is timed.
"$JIT" build "$PLAN" -o "$OUT/docs/jit.docx" >/dev/null
[ -z "$AOT" ] || "$AOT" build "$PLAN" -o "$OUT/docs/aot.docx" >/dev/null
pandoc "$OUT/md/ubnd-tinh-atgt-2024.md" -o "$OUT/docs/pandoc.docx"
$PY bench/docxtpl_render.py "$OUT/template.docx" "$PLAN" "$OUT/docs/docxtpl.docx"

# --- timings -----------------------------------------------------------------------------------
HF=(hyperfine --style basic)
single=(-n "plangen build (JIT)" "$JIT build $PLAN -o $OUT/docs/jit.docx")
[ -z "$AOT" ] || single+=(-n "plangen build (AOT)" "$AOT build $PLAN -o $OUT/docs/aot.docx")
single+=(-n "pandoc md→docx" "pandoc $OUT/md/ubnd-tinh-atgt-2024.md -o $OUT/docs/pandoc.docx")
single+=(-n "docxtpl render" "$PY bench/docxtpl_render.py $OUT/template.docx $PLAN $OUT/docs/docxtpl.docx")
echo "== one document"
"${HF[@]}" --warmup 3 --runs "$RUNS" --export-markdown "$OUT/single.md" --export-json "$OUT/single.json" "${single[@]}"

BEST="${AOT:-$JIT}"
PAR="$(nproc)"
folder=(-n "plangen build folder (JIT)" "$JIT build $FOLDER -o $OUT/docs/folder")
[ -z "$AOT" ] || folder+=(-n "plangen build folder (AOT)" "$AOT build $FOLDER -o $OUT/docs/folder")
folder+=(-n "pandoc ×$FOLDER_COUNT, sequential" "for m in $OUT/md/*.md; do pandoc \$m -o \$m.docx; done")
folder+=(-n "pandoc ×$FOLDER_COUNT, $PAR at a time" "ls $OUT/md/*.md | xargs -P $PAR -I{} pandoc {} -o {}.docx")
mkdir -p "$OUT/docs/folder"
echo "== batch: the folder ($FOLDER_COUNT plans)"
"${HF[@]}" --warmup 3 --runs 10 --export-markdown "$OUT/folder.md" --export-json "$OUT/folder.json" "${folder[@]}"

batch=(-n "plangen build $BATCH_COUNT plans (JIT)" "$JIT build $BATCH_DIRS")
[ -z "$AOT" ] || batch+=(-n "plangen build $BATCH_COUNT plans (AOT)" "$AOT build $BATCH_DIRS")
batch+=(-n "pandoc ×$BATCH_COUNT, $PAR at a time" "ls $OUT/batch-md/*.md | xargs -P $PAR -I{} pandoc {} -o {}.docx")
echo "== batch: $BATCH_COUNT plans"
"${HF[@]}" --warmup 1 --runs 5 --export-markdown "$OUT/batch.md" --export-json "$OUT/batch.json" "${batch[@]}"

# --- peak memory -------------------------------------------------------------------------------
echo "== peak memory"
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
{
    echo "| command | peak RSS (MB) |"
    echo "|:---|---:|"
    kb=$(rss "$JIT" build "$PLAN" -o "$OUT/docs/jit.docx"); echo "| plangen build (JIT) | $((kb / 1024)) |"
    if [ -n "$AOT" ]; then kb=$(rss "$AOT" build "$PLAN" -o "$OUT/docs/aot.docx"); echo "| plangen build (AOT) | $((kb / 1024)) |"; fi
    kb=$(rss pandoc "$OUT/md/ubnd-tinh-atgt-2024.md" -o "$OUT/docs/pandoc.docx"); echo "| pandoc md→docx | $((kb / 1024)) |"
    kb=$(rss $PY bench/docxtpl_render.py "$OUT/template.docx" "$PLAN" "$OUT/docs/docxtpl.docx"); echo "| docxtpl render | $((kb / 1024)) |"
    kb=$(rss "$BEST" build $BATCH_DIRS); echo "| plangen build $BATCH_COUNT plans ($([ -n "$AOT" ] && echo AOT || echo JIT)) | $((kb / 1024)) |"
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
