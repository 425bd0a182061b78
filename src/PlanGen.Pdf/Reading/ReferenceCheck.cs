using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// The references the PDF library would follow into one another by recursion: an object whose
/// whole value is a reference (<c>6 0 obj 7 0 R endobj</c>) or an array of one reference. They are
/// found in the file's bytes before the library opens it — in plain objects and inside object
/// streams — and followed here with a visited set, so a loop (a media box that names itself, a
/// resources dictionary reached through itself) or a chain of more than <see cref="MaxChain"/>
/// references refuses the document before the library could exhaust the stack.
/// </summary>
internal static partial class ReferenceCheck
{
    /// <summary>References followed one into another; real files need one or two.</summary>
    public const int MaxChain = 32;

    [GeneratedRegex(@"^\s*(?:\[\s*(?<n>\d+)\s+\d+\s+R\s*\]|(?<n>\d+)\s+\d+\s+R)\s*$")]
    private static partial Regex OnlyAReference();

    [GeneratedRegex(@"/Type\s*/ObjStm\b")]
    private static partial Regex ObjectStream();

    [GeneratedRegex(@"/First\s+(\d+)")]
    private static partial Regex First();

    [GeneratedRegex(@"/Filter\s*(\[\s*)?/(?<filter>\w+)\s*(\])?")]
    private static partial Regex Filter();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Integer();

    /// <summary>The object from which references loop or chain too far; null when there is none.</summary>
    /// <param name="pdf">The file's bytes.</param>
    /// <param name="maxUnpacked">How much one object stream may inflate to while it is looked into.</param>
    public static int? Offending(byte[] pdf, long maxUnpacked)
    {
        var edges = new Dictionary<int, List<int>>();
        var at = 0;
        while (NextObject(pdf, ref at) is { } found)
        {
            var body = Text(pdf, found.Body);
            if (OnlyAReference().Match(body) is { Success: true } reference)
            {
                Add(edges, found.Number, reference.Groups["n"].Value);
            }
            else if (found.Stream is { } data && ObjectStream().IsMatch(body))
            {
                AddObjectStream(edges, body, pdf.AsSpan(data.Start, data.Length), maxUnpacked);
            }
        }
        return Walk(edges);
    }

    private readonly record struct Found(int Number, (int Start, int Length) Body, (int Start, int Length)? Stream);

    // The next "N G obj … endobj" at or after at; the body stops before "stream" when there is one.
    private static Found? NextObject(byte[] pdf, ref int at)
    {
        var span = pdf.AsSpan();
        while (at < pdf.Length)
        {
            var obj = span[at..].IndexOf("obj"u8);
            if (obj < 0) return null;
            obj += at;
            at = obj + 3;
            if (Number(span, obj) is not { } number || (at < pdf.Length && !IsDelimiter(pdf[at]))) continue;
            var end = span[at..].IndexOf("endobj"u8);
            if (end < 0) return null;
            // Looked for inside this object only: a search to the end of the file for every object
            // would be quadratic in a file of many small objects.
            var stream = span[at..(at + end)].IndexOf("stream"u8);
            if (stream >= 0 && (stream == 0 || pdf[at + stream - 1] != (byte)'d'))
            {
                var dataStart = at + stream + "stream".Length;
                if (dataStart < pdf.Length && pdf[dataStart] == (byte)'\r') dataStart++;
                if (dataStart < pdf.Length && pdf[dataStart] == (byte)'\n') dataStart++;
                var dataEnd = span[dataStart..].IndexOf("endstream"u8);
                if (dataEnd < 0) return null;
                var found = new Found(number, (at, stream), (dataStart, dataEnd));
                at = dataStart + dataEnd;
                return found;
            }
            var plain = new Found(number, (at, end), null);
            at += end + "endobj".Length;
            return plain;
        }
        return null;
    }

    // The object number of "N G obj": two integers before the keyword, each after white space.
    private static int? Number(ReadOnlySpan<byte> pdf, int keyword)
    {
        var i = keyword - 1;
        if (i < 0 || !IsSpace(pdf[i])) return null;
        while (i >= 0 && IsSpace(pdf[i])) i--;
        var generationEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)pdf[i])) i--;
        if (i == generationEnd || i < 0 || !IsSpace(pdf[i])) return null;
        while (i >= 0 && IsSpace(pdf[i])) i--;
        var numberEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)pdf[i])) i--;
        return i == numberEnd || numberEnd - i > 9 ? null : int.Parse(pdf[(i + 1)..(numberEnd + 1)], CultureInfo.InvariantCulture);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => IsSpace(b) || b is (byte)'<' or (byte)'[' or (byte)'(' or (byte)'/' or (byte)'%';

    private static string Text(byte[] pdf, (int Start, int Length) range) =>
        Encoding.Latin1.GetString(pdf, range.Start, Math.Min(range.Length, 4096));

    // An object stream: "N1 offset1 N2 offset2 …" up to /First, then the objects one after another.
    private static void AddObjectStream(Dictionary<int, List<int>> edges, string dictionary, ReadOnlySpan<byte> data, long maxUnpacked)
    {
        var filter = Filter().Match(dictionary);
        var unpacked = !filter.Success ? data.ToArray()
            : filter.Groups["filter"].Value is "FlateDecode" or "Fl" ? Inflate(data, maxUnpacked)
            : null; // another filter: the library's own limits and the decode budget hold for it
        if (unpacked is null || First().Match(dictionary) is not { Success: true } firstMatch
            || !int.TryParse(firstMatch.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var first) || first > unpacked.Length)
        {
            return;
        }
        var header = Integer().Matches(Encoding.Latin1.GetString(unpacked, 0, first)).Select(m => m.Value).ToList();
        for (var i = 0; i + 1 < header.Count; i += 2)
        {
            if (!int.TryParse(header[i + 1], CultureInfo.InvariantCulture, out var offset) || first + offset > unpacked.Length) continue;
            var next = i + 3 < header.Count && int.TryParse(header[i + 3], CultureInfo.InvariantCulture, out var following) ? Math.Min(first + following, unpacked.Length) : unpacked.Length;
            if (next <= first + offset) continue;
            if (OnlyAReference().Match(Text(unpacked, (first + offset, next - first - offset))) is { Success: true } reference)
            {
                Add(edges, header[i], reference.Groups["n"].Value);
            }
        }
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> data, long maxUnpacked)
    {
        using var packed = new MemoryStream(data.Length > 2 ? data[2..].ToArray() : []);
        using var inflate = new DeflateStream(packed, CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (unpacked.Length + read > maxUnpacked) return null;
                unpacked.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // What inflated before the damage is what the library will see too.
        }
        return unpacked.ToArray();
    }

    private static void Add(Dictionary<int, List<int>> edges, string from, string to) =>
        Add(edges, int.TryParse(from, CultureInfo.InvariantCulture, out var f) ? f : -1, to);

    private static void Add(Dictionary<int, List<int>> edges, int from, string to)
    {
        if (from < 0 || !int.TryParse(to, CultureInfo.InvariantCulture, out var target)) return;
        if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = [];
        targets.Add(target);
    }

    // Depth-first with a stack of our own: a node seen again while on the path is a loop; the
    // longest chain from each node is kept, so each is walked once.
    private static int? Walk(Dictionary<int, List<int>> edges)
    {
        var chain = new Dictionary<int, int>();
        var onPath = new HashSet<int>();
        foreach (var start in edges.Keys)
        {
            if (chain.ContainsKey(start)) continue;
            var path = new Stack<(int Node, int Next)>();
            path.Push((start, 0));
            onPath.Add(start);
            while (path.TryPop(out var top))
            {
                var targets = edges.TryGetValue(top.Node, out var list) ? list : [];
                if (top.Next < targets.Count)
                {
                    path.Push((top.Node, top.Next + 1));
                    var next = targets[top.Next];
                    if (onPath.Contains(next)) return top.Node;
                    if (!chain.ContainsKey(next))
                    {
                        path.Push((next, 0));
                        onPath.Add(next);
                    }
                    continue;
                }
                var length = targets.Count == 0 ? 0 : targets.Max(t => chain.GetValueOrDefault(t) + 1);
                chain[top.Node] = length;
                onPath.Remove(top.Node);
                if (length > MaxChain) return top.Node;
            }
        }
        return null;
    }
}
