using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>Cited documents: a basis, and the parent plan by path or by citation.</summary>
internal static class CitationShapes
{
    private static readonly Citation Empty = new(null, null, null, null, null, null);

    /// <summary>A cited document, or its citation written out in full.</summary>
    public static Shape<Citation> Citation { get; } = Cited("citation", new("Văn bản được trích dẫn.", "A cited document."),
        new("Trích dẫn viết đầy đủ.", "The citation written out in full."), [.. CitationRows<Citation>(c => c, (_, v) => v, shown: true)]);

    /// <summary>A basis of a plan: a cited document, and whether the plan carries it out ("Thực hiện") or rests on it ("Căn cứ").</summary>
    public static Shape<Citation> Basis { get; } = Cited("basis", new("Một căn cứ của kế hoạch: văn bản được trích dẫn.", "A basis of a plan: a cited document."),
        new("Trích dẫn viết đầy đủ, mở đầu bằng \"Thực hiện\".", "The citation written out in full, opened with \"Thực hiện\"."),
        [.. CitationRows<Citation>(c => c, (_, v) => v, shown: true), LeadRow<Citation>(c => c, (_, v) => v, shown: true)]);

    // A citation's shape: its rows, or a plain text that writes it out in full.
    private static Shape<Citation> Cited(string name, FieldText text, FieldText means, IReadOnlyList<Field<Citation>> fields) => new()
    {
        Name = name,
        Text = text,
        TextMeans = means,
        Create = () => Empty,
        FromText = (written, _) => Empty with { Text = written },
        TextKey = "text",
        TextOf = c => c.Text,
        Fields = fields,
    };

    /// <summary>The parent: a path to its YAML, a citation, or both (the citation then must agree).</summary>
    public static Shape<ParentReference> Parent { get; } = new()
    {
        Name = "parent",
        Text = new(
            "Kế hoạch cấp trên: đường dẫn tới tệp YAML (hoặc DOCX, PDF), hoặc trích dẫn khi chỉ có bản giấy.",
            "The parent plan: a path to its YAML (or DOCX, PDF), or its citation when it exists on paper only."),
        TextMeans = new("Đường dẫn tới tệp của kế hoạch cấp trên.", "The path to the parent plan's file."),
        Create = () => new ParentReference(null, null),
        FromText = (path, span) => new ParentReference(path, null) { FieldSpans = new Dictionary<string, Diagnostics.SourceSpan> { ["path"] = span } },
        TextKey = "path",
        TextOf = p => p.Path,
        Fields =
        [
            Rows<ParentReference>.Of("path", TextKind.Instance, p => p.Path, (p, v) => p with { Path = v },
                "Đường dẫn tới tệp YAML của kế hoạch cấp trên.", "Path to the parent plan's YAML.").Typed("duong_dan", "tep"),
            // Templates see a parent's citation as one object (parent.citation), not its keys one by one.
            .. CitationRows<ParentReference>(p => p.Citation, (p, c) => p with { Citation = c }, shown: false),
            LeadRow<ParentReference>(p => p.Citation, (p, c) => p with { Citation = c }, shown: false),
        ],
        // The citation keeps the places of its keys, written in the parent's own mapping.
        Finish = (p, map) => p.Citation is null ? p : p with { Citation = p.Citation with { Span = map.Span, FieldSpans = map.Spans } },
        Computed = [("citation", p => Basis.Model(p.Citation))],
    };

    // "Căn cứ Luật …" where a plan rests on a document rather than carries it out; the default,
    // "Thực hiện", is not written. Templates see the word (implementing, pursuant) in a basis and in parent.citation.
    private static Field<T> LeadRow<T>(Func<T, Citation?> get, Func<T, Citation, T> set, bool shown) =>
        Rows<T>.Of("lead", Choices.BasisLead, o => get(o)?.Lead is BasisLead.Pursuant ? BasisLead.Pursuant : null,
            (o, v) => set(o, (get(o) ?? Empty) with { Lead = v ?? BasisLead.Implementing }),
            "Từ mở đầu căn cứ: thực hiện (mặc định; văn bản kế hoạch triển khai) hoặc căn cứ (văn bản làm cơ sở: luật, nghị định, quyết định).",
            "The words the basis opens with: implementing (\"Thực hiện\", the default: a document the plan carries out) or pursuant (\"Căn cứ\": a law, decree or decision it rests on).")
            .Typed("tu_mo_dau", "can_cu_hay_thuc_hien").Shown(shown ? "lead" : null);

    // The rows of a citation, for a record that holds one: a citation itself, a parent's, a reported plan's.
    internal static IEnumerable<Field<T>> CitationRows<T>(Func<T, Citation?> get, Func<T, Citation, T> set, bool shown)
    {
        string? Shown(string key) => shown ? key : null;
        T With(T owner, Func<Citation, Citation> change) => set(owner, change(get(owner) ?? Empty));
        return
        [
            Rows<T>.Of("kind", TextKind.Instance, o => get(o)?.Kind, (o, v) => With(o, c => c with { Kind = v }),
                "Loại văn bản: Kế hoạch, Quyết định, …", "Document kind: Kế hoạch, Quyết định, …").Typed("loai", "loai_van_ban").Shown(Shown("kind")),
            Rows<T>.Of("number", TextKind.Instance, o => get(o)?.Number, (o, v) => With(o, c => c with { Number = v }),
                "Số và ký hiệu như đã ghi: 689/KH-UBATGTQG.", "Number and code as written: 689/KH-UBATGTQG.").Typed("so", "so_ky_hieu").Shown(Shown("number")),
            Rows<T>.Of("date", DateKind.Full, o => get(o)?.Date, (o, v) => With(o, c => c with { Date = v }),
                "Ngày ban hành: 19/12/2023 hoặc 2023-12-19.", "Date of issue: 19/12/2023 or 2023-12-19.").Typed("ngay", "ngay_ban_hanh").Shown(Shown("date")),
            Rows<T>.Of("issuer", TextKind.Instance, o => get(o)?.Issuer, (o, v) => With(o, c => c with { Issuer = v }),
                "Cơ quan ban hành.", "The issuing body.").Typed("co_quan", "co_quan_ban_hanh").Shown(Shown("issuer")),
            Rows<T>.Of("subject", TextKind.Instance, o => get(o)?.Subject, (o, v) => With(o, c => c with { Subject = v }),
                "Trích yếu, in sau \"về\".", "The subject, printed after \"về\".").Typed("trich_yeu", "ve").Shown(Shown("subject")),
            Rows<T>.Of("text", TextKind.Instance, o => get(o)?.Text, (o, v) => With(o, c => c with { Text = v }),
                "Trích dẫn viết đầy đủ; phải chứa số và ngày nếu có ghi.",
                "The citation written out in full; must contain the number and date when they are given.").Typed("van_ban", "trich_dan").Shown(Shown("text")),
        ];
    }
}
