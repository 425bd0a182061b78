"""Flatten a plangen plan YAML into plain data for the peer tools (pandoc, docxtpl).

The same text and parts as plangen prints: header, title, basis, numbered parts with clauses and
points, closing, recipients, signature and the appendix task table (one row per group and task).
Layout rules of the decree are not reproduced: the peers only get the words and the table.
"""
import datetime
import os

import yaml

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
POINTS = "abcdđeghiklmnopqrstuvxy"
SECTIONS = [
    ("purpose", "MỤC ĐÍCH, YÊU CẦU"),
    ("targets", "MỤC TIÊU"),
    ("requirements", "YÊU CẦU"),
    ("content", "NỘI DUNG"),
    ("extra", None),
    ("budget", "KINH PHÍ THỰC HIỆN"),
    ("organization", "TỔ CHỨC THỰC HIỆN"),
]


def _date(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"
    return str(value or "")


def _citation(c):
    if isinstance(c, str):
        return c
    d = c.get("date")
    when = f" ngày {d.day}/{d.month}/{d.year}" if isinstance(d, datetime.date) else ""
    return f"{c.get('kind', '')} số {c.get('number', '')}{when} của {c.get('issuer', '')}".strip()


def _texts(value):
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _items(items, depth):
    """Clauses (1.), points (a)) and dashes, each as (label, text, children)."""
    out = []
    for i, item in enumerate(items or []):
        label = f"{i + 1}." if depth == 0 else (f"{POINTS[i]})" if depth == 1 else "-")
        if isinstance(item, str):
            out.append((label, item, []))
            continue
        head = item.get("title") or ""
        body = _texts(item.get("text"))
        extra = [f"{k.capitalize()}: {item[k]}" for k in ("assignment", "timeline") if item.get(k)]
        text = head if head else (body.pop(0) if body else "")
        children = [("", t, []) for t in body + extra] + _items(item.get("items"), depth + 1)
        out.append((label, text, children))
    return out


def _sections(plan):
    parts = []
    for key, default in SECTIONS:
        value = plan.get(key)
        if value is None:
            continue
        for section in value if isinstance(value, list) else [value]:
            parts.append({
                "title": (section.get("title") or default or "").upper(),
                "text": _texts(section.get("text")),
                "items": _items(section.get("items"), 0),
                "after": _texts(section.get("after")),
            })
    for i, part in enumerate(parts):
        part["number"] = ROMAN[i]
    return parts


def _rows(tasks, prefix):
    rows = []
    for i, task in enumerate(tasks or []):
        stt = f"{prefix}{i + 1}"
        rows.append({"stt": stt, "content": task.get("content", ""), "timeline": task.get("timeline", ""),
                     "lead": task.get("lead", ""), "support": task.get("support", ""),
                     "note": task.get("note", ""), "group": False})
        rows.extend(_rows(task.get("tasks"), stt + "."))
    return rows


def load(path):
    with open(path, encoding="utf-8") as f:
        plan = yaml.safe_load(f)
    issuer = plan.get("issuer") or {}
    parent = plan.get("parent")
    basis = [_citation(b) for b in plan.get("basis") or []]
    if isinstance(parent, dict):
        basis.append(_citation(parent))
    elif isinstance(parent, str):
        with open(os.path.join(os.path.dirname(path), parent), encoding="utf-8") as f:
            p = yaml.safe_load(f)
        basis.append(_citation({"kind": "Kế hoạch", "number": f"{p['number']}/{p.get('type', 'KH')}-{p['issuer']['code']}",
                                "date": p.get("date"), "issuer": p["issuer"]["name"]}))
    intro = ("Thực hiện " + "; ".join(basis) + ", " if basis else "") + (plan.get("introduction") or "")
    sig = plan.get("signature") or {}
    rows = []
    appendix = plan.get("appendix")
    for g, group in enumerate((appendix or {}).get("groups") or []):
        rows.append({"stt": ROMAN[g], "content": group.get("title", ""), "timeline": "", "lead": "",
                     "support": "", "note": "", "group": True})
        rows.extend(_rows(group.get("tasks"), ""))
    number = f"{plan.get('number', '')}/{plan.get('type', 'KH')}-{issuer.get('code', '')}"
    recipients = [r if isinstance(r, str) else r.get("text", "") for r in plan.get("recipients") or []]
    authority = sig.get("authority") or []
    authority = [authority] if isinstance(authority, str) else authority
    return {
        "governing_body": (issuer.get("governing_body") or "").upper(),
        "issuer": (issuer.get("name") or "").upper(),
        "number": number,
        "place_date": f"{issuer.get('place', '')}, {_date(plan.get('date'))}",
        "kind": "KẾ HOẠCH",
        "title": plan.get("title", ""),
        "introduction": intro,
        "parts": _sections(plan),
        "closing": (plan.get("closing") or "").rstrip(".") + ".",
        "recipients": recipients,
        "archive": ", ".join(plan.get("archive") or []),
        "signature": [f"{a}. {((sig.get('body') if i == 0 and len(authority) > 1 else None) or sig.get('head') or '').upper()}"
                      for i, a in enumerate(authority)]
                     + [(sig.get("office") or sig.get("head") or "").upper(), sig.get("name", "")],
        "appendix_title": (appendix or {}).get("title", ""),
        "appendix_caption": f"(Kèm theo Kế hoạch số {number} {_date(plan.get('date'))})",
        "rows": rows,
    }
