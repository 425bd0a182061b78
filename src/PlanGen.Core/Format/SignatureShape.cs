using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>The signing block (box 7): authorities, the body and the head signed for, the signer's office, name and note.</summary>
internal static class SignatureShape
{
    public static Shape<Signature> Shape { get; } = new()
    {
        Name = "signature",
        Text = new("Phần ký.", "The signing block."),
        Create = () => new Signature([], null, null, null, null, null),
        Fields =
        [
            Rows<Signature>.Of("authority", AuthorityKind.Instance, s => s.Authorities, (s, v) => s with { Authorities = v },
                "Thẩm quyền ký: TM, KT, TL, TUQ, Q (một hoặc danh sách theo thứ tự); bỏ khi người đứng đầu ký.",
                "Signing authority: TM, KT, TL, TUQ, Q (one, or a list in order); leave out when the head signs.").Typed("tham_quyen", "tham_quyen_ky").Shown("authorities"),
            Rows<Signature>.Of("body", TextKind.Instance, s => s.Body, (s, v) => s with { Body = v },
                "Tập thể sau TM.", "The collective body after TM.").Typed("tap_the"),
            Rows<Signature>.Of("head", TextKind.Instance, s => s.Head, (s, v) => s with { Head = v },
                "Chức vụ người đứng đầu sau KT./TL./TUQ.", "The head's office after KT./TL./TUQ.").Typed("thu_truong", "nguoi_dung_dau"),
            Rows<Signature>.Of("office", TextKind.Instance, s => s.Office, (s, v) => s with { Office = v },
                "Chức vụ của người ký.", "The signer's own office.").Typed("chuc_vu"),
            Rows<Signature>.Of("name", TextKind.Instance, s => s.Name, (s, v) => s with { Name = v },
                "Họ tên người ký; bỏ trống khi còn là dự thảo.", "The signer's name; leave out in a draft.").Typed("ho_ten", "ho_va_ten", "ten"),
            Rows<Signature>.Of("note", TextKind.Instance, s => s.Note, (s, v) => s with { Note = v },
                "Dòng ghi dưới tên người ký, ví dụ Chủ tịch UBND xã.", "A line under the signer's name, e.g. Chủ tịch UBND xã.").Typed("ghi_chu"),
        ],
        Computed = [("authority_lines", s => Models.List(s.AuthorityBlock.Format(), l => l))],
    };
}
