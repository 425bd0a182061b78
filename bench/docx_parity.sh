#!/usr/bin/env bash
# Every example built with every built-in template, and the comparison of two such sets: the DOCX
# files byte for byte (cmp), and where a zip differs, each of its parts after unzipping.
#   bash bench/docx_parity.sh make DIR [PLANGEN COMMAND...]   (default: dotnet run --project src/PlanGen --)
#   bash bench/docx_parity.sh compare BEFORE AFTER
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

make() {
    local dir="$1"; shift
    local plangen=("$@")
    [ ${#plangen[@]} -gt 0 ] || plangen=(dotnet run --project src/PlanGen --)
    mkdir -p "$dir"
    for template in templates/*/; do
        template="$(basename "$template")"
        [ "$template" = _common ] && continue
        for plan in examples/*/*.yaml; do
            [ "$(basename "$plan")" = units.yaml ] && continue
            out="$dir/$template--$(basename "$(dirname "$plan")")--$(basename "$plan" .yaml).docx"
            "${plangen[@]}" build "$plan" --template "$template" -o "$out" -q
        done
    done
    ls "$dir" | wc -l | xargs echo "DOCX files written:"
}

compare() {
    local before="$1" after="$2" same=0 xml=0 differ=0
    for a in "$before"/*.docx; do
        name="$(basename "$a")"
        b="$after/$name"
        if [ ! -e "$b" ]; then echo "missing: $name"; differ=$((differ + 1)); continue; fi
        if cmp -s "$a" "$b"; then same=$((same + 1)); continue; fi
        scratch="$(mktemp -d)"
        unzip -q "$a" -d "$scratch/a"; unzip -q "$b" -d "$scratch/b"
        if diff -r "$scratch/a" "$scratch/b" >/dev/null \
            && [ "$(unzip -Z1 "$a")" = "$(unzip -Z1 "$b")" ]; then
            echo "same parts, other zip bytes: $name"; xml=$((xml + 1))
        else
            echo "DIFFERENT: $name"; diff -r "$scratch/a" "$scratch/b" | head -5 || true
            differ=$((differ + 1))
        fi
        rm -rf "$scratch"
    done
    echo "byte-identical: $same; same parts in the same order: $xml; different: $differ"
    [ "$differ" -eq 0 ]
}

case "${1:-}" in
    make) shift; make "$@" ;;
    compare) shift; compare "$@" ;;
    *) echo "usage: $0 make DIR [PLANGEN...] | compare BEFORE AFTER" >&2; exit 2 ;;
esac
