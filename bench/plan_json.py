"""Write a plan's data as JSON for the docxtemplater peer (bench/docxtemplater/render.js).

usage: plan_json.py PLAN.yaml OUT.json

The same data the docxtpl peer renders (plan_data.load), with its (label, text, children)
tuples as objects, since docxtemplater loops over objects by name.
"""
import json
import sys

import plan_data


def _item(t):
    label, text, children = t
    return {"label": label, "text": text, "children": [_item(c) for c in children]}


def main(plan, out):
    data = plan_data.load(plan)
    for part in data["parts"]:
        part["items"] = [_item(i) for i in part["items"]]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
