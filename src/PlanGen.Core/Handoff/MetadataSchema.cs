namespace PlanGen.Core.Handoff;

/// <summary>
/// The JSON Schema of <c>NAME.meta.json</c> (<c>plangen schema --metadata</c>): each field of Decree
/// 30's Appendix VI that plangen writes, described in Vietnamese and English; a field plangen does
/// not know is null, and the schema says so.
/// </summary>
public static class MetadataSchema
{
    /// <summary>The schema's id, which each metadata file names as its <c>$schema</c>.</summary>
    public const string Id = "https://plangen.local/schema/meta-1.json";

    /// <summary>The schema's text.</summary>
    public static string Json { get; } = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://plangen.local/schema/meta-1.json",
          "title": "plangen: thông tin đầu vào văn bản đi (Phụ lục VI, Nghị định 30/2020/NĐ-CP) / outgoing document metadata (Decree 30, Appendix VI)",
          "type": "object",
          "additionalProperties": false,
          "required": ["$schema", "type", "type_name", "number", "code", "date", "issuer", "issuer_code", "issuer_unit", "subject", "language", "pages",
                       "signer_office", "signer_name", "recipients", "urgency", "copies", "reply_deadline", "docx", "pdf"],
          "properties": {
            "$schema": { "const": "https://plangen.local/schema/meta-1.json" },
            "type": { "type": "string", "minLength": 1, "description": "Ký hiệu loại văn bản (KH, BC) / the type's code" },
            "type_name": { "type": "string", "minLength": 1, "description": "Tên loại văn bản (Kế hoạch) / the type's name" },
            "number": { "type": ["integer", "null"], "minimum": 1, "description": "Số văn bản; null khi là dự thảo / the number; null in a draft" },
            "code": { "type": ["string", "null"], "pattern": "^[0-9]+/", "description": "Số, ký hiệu (68/KH-UBND); null khi là dự thảo / number and code; null in a draft" },
            "date": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "description": "Ngày ban hành (ISO 8601; dự thảo: chỉ tháng) / date of issue (a draft: the month)" },
            "issuer": { "type": "string", "minLength": 1, "description": "Cơ quan ban hành / the issuing body" },
            "issuer_code": { "type": "string", "description": "Chữ viết tắt tên cơ quan trong ký hiệu (UBND) / the issuer's code in the number" },
            "issuer_unit": { "type": ["string", "null"], "description": "Mã cơ quan ban hành trong units.yaml / the issuer's id in units.yaml" },
            "subject": { "type": "string", "description": "Trích yếu nội dung / the subject line" },
            "language": { "const": "vi", "description": "Ngôn ngữ / language" },
            "pages": { "type": ["integer", "null"], "minimum": 1, "description": "Số trang, đếm trong bản PDF; null khi không ghi PDF (không đoán) / page count, from the PDF; null without one (never guessed)" },
            "signer_office": { "type": ["string", "null"], "description": "Chức vụ người ký / the signer's office" },
            "signer_name": { "type": ["string", "null"], "description": "Họ tên người ký; null khi chưa có / the signer's name; null while not given" },
            "recipients": {
              "type": "array",
              "description": "Nơi nhận / recipients",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["name", "unit"],
                "properties": {
                  "name": { "type": "string", "minLength": 1, "description": "Dòng nơi nhận như in / the line as printed" },
                  "unit": { "type": ["string", "null"], "description": "Mã đơn vị trong units.yaml / the unit's id in units.yaml" }
                }
              }
            },
            "urgency": { "enum": ["Khẩn", "Thượng khẩn", "Hỏa tốc", null], "description": "Độ khẩn (urgency:); null khi văn bản không khẩn / urgency; null when the document is not urgent" },
            "copies": { "type": ["integer", "null"], "minimum": 1, "description": "Số lượng bản (copies:); null khi văn bản không ghi / copies; null when the document does not state them" },
            "reply_deadline": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Hạn trả lời (reply_deadline:, YYYY-MM-DD); null khi văn bản không đặt / reply deadline; null when the document sets none" },
            "docx": { "type": "string", "pattern": "\\.docx$", "description": "Tệp DOCX bên cạnh / the DOCX beside it" },
            "pdf": { "type": ["string", "null"], "pattern": "\\.pdf$", "description": "Tệp PDF bên cạnh, nếu có / the PDF beside it, if any" }
          }
        }

        """;
}
