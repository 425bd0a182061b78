#!/usr/bin/env bash
# Feeds plangen's readers the hostile documents of bench/hostile_inputs.py — nested 30,000 (and
# 100,000) levels, inflated (200 MB unpacked, 4 GB decoded), quadratic (200,000 words on a page,
# 200,000 lines to join) and looping — and its PDF step stand-ins for LibreOffice that misbehave,
# each under a 4 GB heap cap (DOTNET_GCHeapHardLimit) and /usr/bin/time -v, and writes a table of
# exit code, first diagnostic code, wall time and peak memory. Documents just under the limits
# show what a legitimate worst case costs.
#
# Usage, from anywhere: bash bench/hostile.sh [RESULT.md]
#   PLANGEN=path/to/plangen   the binary to run (default: publish this checkout to bench/out/hostile)
#   HOSTILE_TIMEOUT=N         seconds before a run is killed (default 150)
#   HOSTILE_ONLY=REGEX        run only the inputs whose label matches
# The table goes to stdout and, when given, into RESULT.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT=bench/out/hostile
INPUTS="$OUT/inputs"
LIMIT="${HOSTILE_TIMEOUT:-150}"
PLAN="$ROOT/examples/lao-cai-2024/ubnd-tinh-atgt-2024.yaml"
mkdir -p "$OUT"

if [ -z "${PLANGEN:-}" ]; then
    dotnet publish src/PlanGen -c Release -o "$OUT/plangen" -v quiet -nologo >/dev/null
    PLANGEN="$ROOT/$OUT/plangen/plangen"
fi
[ -f "$INPUTS/docx-95k-paragraphs.docx" ] || python3 bench/hostile_inputs.py "$INPUTS"
[ -p "$INPUTS/fifo.docx" ] || mkfifo "$INPUTS/fifo.docx"

# Stand-ins for LibreOffice's soffice: $out is the --outdir it is given, $pdf the PDF it should write.
converter() {
    local name="$1" body="$2" path="$ROOT/$INPUTS/soffice-$1"
    printf '#!/bin/sh\nfor a; do [ "$prev" = --outdir ] && out=$a; prev=$a; last=$a; done\npdf="$out/$(basename "$last" .docx).pdf"\n%s\n' "$body" > "$path"
    chmod +x "$path"
    echo "$path"
}
FLOOD=$(converter flood "head -c 629145600 /dev/zero | tr '\\000' x >&2; echo >&2; echo 'Error: source file could not be loaded' >&2; exit 3")
HUGE=$(converter huge 'printf "%%PDF-1.7\\n" > "$pdf"; truncate -s 1536M "$pdf"')
GARBAGE=$(converter garbage 'echo "hello, I am no PDF" > "$pdf"')
cp tests/PlanGen.Tests/Pdf/Fixtures/ubnd-tinh-atgt-2024.pdf "$INPUTS/good.pdf"
CHILD=$(converter child "cp '$ROOT/$INPUTS/good.pdf' \"\$pdf\"; sleep 300 & exit 0")
FAILING_CHILD=$(converter failing-child "sleep 300 & echo 'Error: source file could not be loaded' >&2; exit 1")

# One run: the command's exit code, the first PGnnnn code it printed, wall seconds, peak MB.
run() {
    local label="$1"; shift
    if [ -n "${HOSTILE_ONLY:-}" ] && ! [[ "$label" =~ $HOSTILE_ONLY ]]; then return; fi
    local work="$OUT/work/$label"
    rm -rf "$work"; mkdir -p "$work"
    local status=0
    (cd "$work" && DOTNET_GCHeapHardLimit=0x100000000 /usr/bin/time -v -o time.txt \
        timeout -s KILL "$LIMIT" "$PLANGEN" "$@" --lang en >out.txt 2>err.txt) || status=$?
    local seconds rss code
    seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
        | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%d", $1 / 1024 }')
    code=$(grep -o 'PG[0-9]\{4\}' "$work/err.txt" | head -1 || true)
    [ "$status" = 137 ] && seconds="> $LIMIT (killed)" && rss="—"
    grep -q 'Stack overflow' "$work/err.txt" && code="stack overflow"
    grep -q 'OutOfMemoryException' "$work/err.txt" && code="out of memory"
    printf '| %s | `%s` | %s | %s | %s | %s |\n' "$label" "${1:-}" "$status" "${code:-—}" "${seconds:-?}" "${rss:-?}"
}

IN="$ROOT/$INPUTS"
{
    echo "| input | command | exit | code | seconds | peak MB |"
    echo "|:---|:---|---:|:---|---:|---:|"
    for name in docx-nested-hyperlinks docx-nested-sdt docx-nested-unknown docx-empty-paragraphs docx-list-letters docx-list-level9 docx-95k-paragraphs; do
        run "$name (import)" import "$IN/$name.docx" -o "$name.yaml"
        run "$name (check)" check "$IN/$name.docx"
    done
    for name in pdf-mediabox-self pdf-resources-loop pdf-form-loop pdf-flate-bomb pdf-flate-4gb-stream pdf-200k-words pdf-19k-words pdf-deep-array; do
        run "$name" import "$IN/$name.pdf" -o "$name.yaml"
    done
    run "text-200k-lines" import "$IN/text-200k-lines.txt" -o text.yaml
    run "fifo.docx" import "$IN/fifo.docx" -o fifo.yaml
    for stand_in in FLOOD HUGE GARBAGE CHILD FAILING_CHILD; do
        label="converter: $(echo "$stand_in" | tr 'A-Z_' 'a-z ')"
        PLANGEN_SOFFICE="${!stand_in}" run "$label" build "$PLAN" -o plan.docx --pdf
    done
} | tee "$OUT/table.md"

if [ $# -ge 1 ]; then
    cp "$OUT/table.md" "$1"
fi
