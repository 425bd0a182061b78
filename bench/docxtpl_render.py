"""Render a plan with docxtpl, the python peer of plangen in bench/run.sh.

usage: docxtpl_render.py --make-template TEMPLATE.docx
       docxtpl_render.py TEMPLATE.docx PLAN.yaml OUT.docx

The template is made once with python-docx: the header, the numbered parts (Jinja loops over
clauses and points), the closing and signature, and the appendix table whose task rows come from
a {%tr for %} loop. Rendering reads the plan YAML, as plangen does, and writes the DOCX.
"""
import sys


def make_template(path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(14)
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "{{ governing_body }}\n{{ issuer }}\nSố: {{ number }}"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{{ place_date }}"
    d.add_paragraph("{{ kind }}").runs[0].bold = True
    d.add_paragraph("{{ title }}").runs[0].bold = True
    d.add_paragraph("{{ introduction }}")
    d.add_paragraph("{%p for part in parts %}")
    d.add_paragraph("{{ part.number }}. {{ part.title }}").runs[0].bold = True
    d.add_paragraph("{%p for t in part.text %}")
    d.add_paragraph("{{ t }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p for label, text, children in part['items'] %}")
    d.add_paragraph("{{ label }} {{ text }}")
    d.add_paragraph("{%p for child_label, child_text, grandchildren in children %}")
    d.add_paragraph("{{ child_label }} {{ child_text }}")
    d.add_paragraph("{%p for g in grandchildren %}")
    d.add_paragraph("- {{ g[1] }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p for t in part.after %}")
    d.add_paragraph("{{ t }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{{ closing }}")
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n{% for r in recipients %}- {{ r }};\n{% endfor %}- Lưu: {{ archive }}."
    sign.cell(0, 1).text = "{% for line in signature %}{{ line }}\n{% endfor %}"
    d.add_page_break()
    d.add_paragraph("Phụ lục").runs[0].bold = True
    d.add_paragraph("{{ appendix_title }}").runs[0].bold = True
    d.add_paragraph("{{ appendix_caption }}")
    table = d.add_table(rows=3, cols=6)
    table.style = "Table Grid"
    for i, name in enumerate(["STT", "Nội dung công tác", "Thời gian thực hiện", "Đơn vị chủ trì",
                              "Đơn vị phối hợp", "Ghi chú"]):
        table.cell(0, i).text = name
    table.cell(1, 0).text = "{%tr for r in rows %}"
    for i, key in enumerate(["stt", "content", "timeline", "lead", "support", "note"]):
        table.cell(2, i).text = "{{ r.%s }}" % key
    table.add_row().cells[0].text = "{%tr endfor %}"
    d.save(path)


def render(template, plan, out):
    from docxtpl import DocxTemplate

    import plan_data

    doc = DocxTemplate(template)
    doc.render(plan_data.load(plan))
    doc.save(out)


if __name__ == "__main__":
    if sys.argv[1] == "--make-template":
        make_template(sys.argv[2])
    else:
        render(sys.argv[1], sys.argv[2], sys.argv[3])
