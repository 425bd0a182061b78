using System.Globalization;
using System.Text;

namespace PlanGen.Tests.Support;

/// <summary>
/// A PDF written object by object, with a correct cross-reference table, for what PdfPig's builder
/// cannot make: an encryption dictionary, a form with signature fields.
/// </summary>
internal static class RawPdf
{
    /// <summary>Objects numbered 1, 2 … in order; object 1 is the catalog; <paramref name="trailer"/> is added to the trailer dictionary.</summary>
    public static byte[] Build(IReadOnlyList<string> objects, string trailer = "")
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
