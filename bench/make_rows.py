"""Write generated variants of a plan for the linearity runs of bench/run.sh.

usage: make_rows.py PLAN.yaml ROWS OUT.yaml        the plan with ROWS appendix task rows
       make_rows.py PLAN.yaml --paragraph MB OUT.yaml   the plan with one paragraph of MB megabytes

Rows are the plan's own groups and tasks repeated in order (a group per 10 tasks), so every
row is a real cell text; the paragraph is the plan's first content text repeated.
"""
import sys

import yaml


def tasks_of(plan):
    return [t for g in plan["appendix"]["groups"] for t in g.get("tasks") or []]


def with_rows(plan, rows):
    tasks = tasks_of(plan)
    titles = [g["title"] for g in plan["appendix"]["groups"]]
    groups = []
    for i in range(rows):
        if i % 10 == 0:
            groups.append({"title": titles[len(groups) % len(titles)], "tasks": []})
        task = dict(tasks[i % len(tasks)])
        task.pop("tasks", None)  # sub-rows would make the count other than ROWS
        groups[-1]["tasks"].append(task)
    plan["appendix"]["groups"] = groups
    return plan


def with_paragraph(plan, megabytes):
    items = plan["content"]["items"]
    item = items[0]
    if isinstance(item, str):
        item = items[0] = {"text": item}
    seed = item["text"] if isinstance(item.get("text"), str) else item["title"]
    words = []
    size = 0
    while size < megabytes * 1024 * 1024:
        words.append(seed)
        size += len(seed.encode("utf-8")) + 1
    item["text"] = " ".join(words)
    return plan


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        plan = yaml.safe_load(f)
    plan = with_paragraph(plan, float(argv[3])) if argv[2] == "--paragraph" else with_rows(plan, int(argv[2]))
    with open(argv[-1], "w", encoding="utf-8") as f:
        yaml.safe_dump(plan, f, allow_unicode=True, sort_keys=False, width=10**9)


if __name__ == "__main__":
    main(sys.argv)
