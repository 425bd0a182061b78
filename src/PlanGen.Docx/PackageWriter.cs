using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PlanGen.Docx;

/// <summary>
/// Zips the parts with a fixed entry order, fixed timestamps and fixed names, so the same tree
/// gives the same bytes on any machine, clock, time zone or culture. The package is built in
/// memory first: zipping straight into a non-seekable stream would add data descriptors and
/// make the bytes depend on the kind of output stream.
/// </summary>
internal static class PackageWriter
{
    // The earliest time a zip (DOS) timestamp can hold; any fixed value would do.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // UTF-8 without a byte-order mark, no indentation, line breaks in texts kept as they are.
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    /// <summary>
    /// Parts smaller than this are stored, not deflated: starting a deflater sets up some 300 KB of
    /// tables, which costs more than the few hundred bytes it would save on each.
    /// </summary>
    internal const int SmallPart = 2048;

    /// <summary>A part of the package: its path, how it writes itself into its zip entry, and whether it is deflated.</summary>
    internal sealed record Entry(string Path, Action<Stream> Write, bool Deflate);

    /// <summary>The document's WordprocessingML part, written straight into its zip entry and deflated.</summary>
    public static Entry Wml(string path, Action<WmlWriter> write) => new(path, stream => WritePart(stream, writer => write(new WmlWriter(writer))), Deflate: true);

    /// <summary>A package part smaller than <see cref="SmallPart"/> (content types, relationships, core properties), stored.</summary>
    public static Entry SmallXml(string path, Action<XmlWriter> write) => new(path, stream => WritePart(stream, write), Deflate: false);

    /// <summary>A part whose bytes were made before, by <see cref="Serialize"/>; deflated unless it is small.</summary>
    public static Entry Bytes(string path, ReadOnlyMemory<byte> bytes) => new(path, stream => stream.Write(bytes.Span), Deflate: bytes.Length >= SmallPart);

    /// <summary>
    /// The bytes a part is written as in the package, XML declaration included: the stream's own
    /// buffer, not a copy of it (a body part is some hundred kilobytes, and a copy that size is made
    /// in the collector's large-object heap, whose filling sets off a full collection).
    /// </summary>
    public static ReadOnlyMemory<byte> Serialize(Action<WmlWriter> write)
    {
        var stream = new MemoryStream();
        WritePart(stream, writer => write(new WmlWriter(writer)));
        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(IEnumerable<Entry> entries, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            foreach (var entry in entries)
            {
                // Deflate's fastest level: the Lào Cai plan's DOCX is 24 KB instead of 16 KB, and is
                // compressed about three times as fast (the default level's search took near a tenth
                // of a batch's time); still the same bytes for the same parts, on any machine.
                var zipEntry = zip.CreateEntry(entry.Path, entry.Deflate ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
                zipEntry.LastWriteTime = FixedTime;
                using var stream = zipEntry.Open();
                entry.Write(stream);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WritePart(Stream stream, Action<XmlWriter> write)
    {
        using var writer = XmlWriter.Create(stream, Settings);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }
}
