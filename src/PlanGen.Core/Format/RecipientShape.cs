using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>Nơi nhận — one recipient line, with the unit it names when units.yaml knows it.</summary>
internal static class RecipientShape
{
    public static Shape<Recipient> Shape { get; } = new()
    {
        Name = "recipient",
        Text = new("Một nơi nhận.", "A recipient."),
        TextMeans = new("Nơi nhận như in, ví dụ Ủy ban ATGTQG (b/c).", "The recipient as printed, e.g. Ủy ban ATGTQG (b/c)."),
        Create = () => new Recipient("", null),
        FromText = (text, _) => new Recipient(text, null),
        TextKey = "text",
        TextOf = r => r.Text,
        Fields =
        [
            Rows<Recipient>.Of("text", TextKind.Instance, r => r.Text, (r, v) => r with { Text = v },
                "Nơi nhận như in.", "The recipient as printed.").Needed().Typed("noi_nhan", "ten"),
            Rows<Recipient>.Of("unit", TextKind.Instance, r => r.Unit, (r, v) => r with { Unit = v },
                "Mã đơn vị trong units.yaml.", "Its id in units.yaml.").Typed("ma_don_vi", "don_vi"),
        ],
    };
}
