using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PlanGen.Tests.Hostile;

/// <summary>A PDF put together object by object, with a correct cross-reference table, as a hand (or an attacker) writes one.</summary>
internal static class RawPdf
{
    public const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>Text a page of the plan would start with.</summary>
    public static readonly byte[] Title = "BT /F1 12 Tf 72 760 Td (KE HOACH) Tj ET"u8.ToArray();

    /// <summary>The file: objects numbered from 1, the trailer's root the first.</summary>
    public static byte[] Make(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write((i + 1).ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Catalog (1), pages (2), one page (3) with font 4 and contents 5, then <paramref name="extra"/> from 6.</summary>
    public static byte[] OnePage(string pageEntries, IEnumerable<string> extra, byte[]? contents = null) =>
        OnePage(pageEntries, extra.Select(Encoding.Latin1.GetBytes), contents);

    /// <param name="pageEntries">The page's own entries (media box, resources).</param>
    /// <param name="extra">Objects 6 and on.</param>
    /// <param name="contents">Object 5, the page's text.</param>
    /// <param name="contentsEntry">The page's /Contents, object 5 unless it says otherwise.</param>
    /// <param name="kids">The page tree's /Kids and /Count.</param>
    public static byte[] OnePage(string pageEntries, IEnumerable<byte[]> extra, byte[]? contents = null, string contentsEntry = "5 0 R", string kids = "[3 0 R] /Count 1") =>
        Make([
            Bytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Bytes("<< /Type /Pages /Kids " + kids + " >>"),
            Bytes("<< /Type /Page /Parent 2 0 R /Contents " + contentsEntry + " " + pageEntries + " >>"),
            Bytes(Font),
            Stream(contents ?? Title),
            .. extra,
        ]);

    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>A stream object, deflated when <paramref name="deflate"/>.</summary>
    public static byte[] Stream(byte[] data, string dictionary = "", bool deflate = false)
    {
        if (deflate)
        {
            data = Zlib(data);
            dictionary += " /Filter /FlateDecode";
        }
        return [.. Bytes($"<< /Length {data.Length}{dictionary} >>\nstream\n"), .. data, .. Bytes("\nendstream")];
    }

    /// <summary>A deflated stream object that inflates to <paramref name="size"/> spaces, made without holding them.</summary>
    public static byte[] InflatingStream(long size)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var left = size; left > 0; left -= block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, left));
            }
        }
        var data = packed.ToArray();
        return [.. Bytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. Bytes("\nendstream")];
    }

    private static byte[] Zlib(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return packed.ToArray();
    }
}
