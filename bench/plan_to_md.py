"""Write the Markdown that pandoc converts in bench/run.sh: the same plan as plangen builds.

usage: plan_to_md.py PLAN.yaml OUT.md   (the appendix becomes a pipe table)
"""
import sys

import plan_data


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def main(src, dst):
    d = plan_data.load(src)
    out = []
    if d["governing_body"]:
        out.append(d["governing_body"] + "  ")
    out += [f"**{d['issuer']}**  ", f"Số: {d['number']}", "",
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
            f"*{d['place_date']}*", "", f"# {d['kind']}", "", f"**{d['title']}**", "", d["introduction"], ""]
    for part in d["parts"]:
        out += [f"## {part['number']}. {part['title']}", ""]
        out += [t + "\n" for t in part["text"]]
        for label, text, children in part["items"]:
            out += [f"**{label}** {text}", ""]
            for child_label, child_text, grandchildren in children:
                out += [f"{child_label} {child_text}".strip(), ""]
                out += [f"- {g}" for _, g, _ in grandchildren] + ([""] if grandchildren else [])
        out += [t + "\n" for t in part["after"]]
    out += [d["closing"], "", "**Nơi nhận:**", ""]
    out += [f"- {r};" for r in d["recipients"]] + [f"- Lưu: {d['archive']}.", ""]
    out += [f"**{line}**  " for line in d["signature"][:-1]] + ["", f"**{d['signature'][-1]}**", ""]
    if d["rows"]:
        out += ["# Phụ lục", "", f"**{d['appendix_title']}**", "", f"*{d['appendix_caption']}*", "",
                "| STT | Nội dung công tác | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú |",
                "|---|---|---|---|---|---|"]
        for r in d["rows"]:
            content = f"**{cell(r['content'])}**" if r["group"] else cell(r["content"])
            out.append(f"| {r['stt']} | {content} | {cell(r['timeline'])} | {cell(r['lead'])} | "
                       f"{cell(r['support'])} | {cell(r['note'])} |")
        out.append("")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
