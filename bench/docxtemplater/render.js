// The docxtemplater peer of plangen in bench/run.sh.
//
//   node render.js --make-template TEMPLATE.docx
//   node render.js TEMPLATE.docx DATA.json OUT.docx
//   node render.js TEMPLATE.docx DATA.json OUTDIR N    (N documents in one process)
//
// The template is an equivalent of the Lào Cai plan in WordprocessingML with docxtemplater tags:
// the header table, title, basis, numbered parts (loops over clauses, points and dashes), closing
// and signature, and the appendix table whose task rows come from a row loop. DATA.json is the
// plan flattened by bench/plan_json.py (the same data the docxtpl peer gets).
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (text, bold) =>
  `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const cell = (...paras) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paras.join("")}</w:tc>`;
const row = (...cells) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (rows, grid) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${grid ? '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>' : ""}</w:tblPr>${rows.join("")}</w:tbl>`;

function documentXml() {
  const body = [
    table([row(cell(p("{governing_body}"), p("{issuer}"), p("Số: {number}")),
               cell(p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), p("Độc lập - Tự do - Hạnh phúc", true), p("{place_date}")))]),
    p("{kind}", true), p("{title}", true), p("{introduction}"),
    p("{#parts}"), p("{number}. {title}", true),
    p("{#text}"), p("{.}"), p("{/text}"),
    p("{#items}"), p("{label} {text}"),
    p("{#children}"), p("{label} {text}"),
    p("{#children}"), p("- {text}"), p("{/children}"),
    p("{/children}"),
    p("{/items}"),
    p("{#after}"), p("{.}"), p("{/after}"),
    p("{/parts}"),
    p("{closing}"),
    table([row(cell(p("Nơi nhận:"), p("{#recipients}"), p("- {.};"), p("{/recipients}"), p("- Lưu: {archive}.")),
               cell(p("{#signature}"), p("{.}", true), p("{/signature}")))]),
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
    p("Phụ lục", true), p("{appendix_title}", true), p("{appendix_caption}"),
    table([
      row(...["STT", "Nội dung công tác", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"].map((h) => cell(p(h, true)))),
      row(cell(p("{#rows}{stt}")), cell(p("{content}")), cell(p("{timeline}")), cell(p("{lead}")), cell(p("{support}")), cell(p("{note}{/rows}")))
    ], true),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
  ];
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    body.join("") + "</w:body></w:document>";
}

function makeTemplate(out) {
  const zip = new PizZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    "</Types>");
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    "</Relationships>");
  zip.file("word/document.xml", documentXml());
  fs.writeFileSync(out, zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));
}

function render(template, data) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}

const args = process.argv.slice(2);
if (args[0] === "--make-template") {
  makeTemplate(args[1]);
} else if (args.length === 3) {
  fs.writeFileSync(args[2], render(fs.readFileSync(args[0]), JSON.parse(fs.readFileSync(args[1], "utf8"))));
} else if (args.length === 4) {
  // A batch reads its template and data once, as plangen reads a template once per process.
  const template = fs.readFileSync(args[0]);
  const data = JSON.parse(fs.readFileSync(args[1], "utf8"));
  fs.mkdirSync(args[2], { recursive: true });
  for (let i = 0; i < Number(args[3]); i++) {
    fs.writeFileSync(path.join(args[2], `${i}.docx`), render(template, data));
  }
} else {
  console.error("usage: see the comment at the top of render.js");
  process.exit(2);
}
