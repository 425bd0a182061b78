using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// "Kính gửi:" and the bodies it names: on its own line ("Kính gửi: Thủ tướng Chính phủ"), or
/// alone with a "- …;" line for each body, a body a page wrapped going on in the next line
/// ("- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;").
/// </summary>
internal static class AddresseeLines
{
    // More bodies than this are a list in the body, not the addressees.
    private const int MostBodies = 40;

    /// <summary>
    /// The bodies named at the cursor, which passes them; empty when the cursor is not at the Kính gửi
    /// the document's outline finds (as check reads it) or the document has none.
    /// </summary>
    public static IReadOnlyList<string> Read(Recognition r)
    {
        if (r.AtEnd || r.Current.Table is not null || r.Outline.Addressee is not { } addressee
            || !HeaderRecognizer.LinesOf(r, [addressee]).Contains(r.Index) || Addressees.Parse(r.Current.Text) is not { } first) return [];
        var lines = new List<string> { r.Current.Text };
        r.Index++;
        var dashed = first.Names.Count == 0;
        while (!r.AtEnd && r.Current.Table is null && lines.Count < MostBodies)
        {
            var text = r.Current.Text;
            var dash = NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Dash;
            // A body wrapped by the page: the line before it ends neither with ";" nor with ".".
            var wrapped = dashed && !dash && lines.Count > 1 && !lines[^1].TrimEnd().EndsWith(';') && !lines[^1].TrimEnd().EndsWith('.')
                && NumberingLabel.Parse(text) is null && !BodyRecognizer.EndsBody(r.Current);
            if (dash && (dashed || lines.Count == 1))
            {
                dashed = true;
                lines.Add(text);
            }
            else if (wrapped)
            {
                lines[^1] += " " + text;
            }
            else
            {
                break;
            }
            r.Index++;
        }
        return [.. Addressees.Parse(string.Join('\n', lines))!.Names];
    }
}
