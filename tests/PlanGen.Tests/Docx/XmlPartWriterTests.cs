using System.Text;
using System.Xml;
using PlanGen.Docx;

namespace PlanGen.Tests.Docx;

/// <summary>
/// The part writer against <see cref="XmlWriter"/> with the settings the package was written with
/// before: the same calls must give the same bytes, handed to the stream in the same pieces
/// (the zip entry's deflater compresses other pieces to other bytes), then a flush.
/// </summary>
public class XmlPartWriterTests
{
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    private static readonly XmlWriterSettings FormerSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    public static TheoryData<string> Texts() =>
    [
        "",
        "Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024",
        "Ủy ban nhân dân tỉnh Lào Cai — Số: 68/KH-UBND",
        "Điều 5 & Điều 6 < Điều 7 > Điều 4",
        "chủ đề \"Thượng tôn pháp luật\" và 'văn hóa giao thông'",
        "  hai dấu cách ở đầu, ở giữa  và ở cuối  ",
        "tab\there, line feed\nhere, carriage return\r\nhere",
        "NFD: Vie\u0302\u0323t Nam, NFC: Việt Nam",
        "ngoài BMP: 𠀀 𝔸 😀 ở giữa chữ",
        "\u007F và \u00A0 và \uFDD0",
        "]]> không phải CDATA",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Wml_text_and_attributes_are_the_bytes_XmlWriter_wrote(string text)
    {
        AssertSameAsXmlWriter(
            part =>
            {
                var w = new WmlWriter(part);
                w.StartRoot("document", withRelationships: true);
                w.Start("p");
                w.Attribute("rsidR", text);
                w.RelationshipId(text);
                w.Attribute("w", -1440);
                w.Value("pStyle", text);
                w.Empty("b");
                w.Text("t", text, preserveSpace: true);
                w.Text("t", text, preserveSpace: false);
                w.End();
                w.End();
            },
            xml =>
            {
                xml.WriteStartElement("w", "document", WmlWriter.WordNs);
                xml.WriteAttributeString("xmlns", "w", null, WmlWriter.WordNs);
                xml.WriteAttributeString("xmlns", "r", null, WmlWriter.RelNs);
                xml.WriteStartElement("w", "p", WmlWriter.WordNs);
                xml.WriteAttributeString("w", "rsidR", WmlWriter.WordNs, text);
                xml.WriteAttributeString("r", "id", WmlWriter.RelNs, text);
                xml.WriteAttributeString("w", "w", WmlWriter.WordNs, "-1440");
                xml.WriteStartElement("w", "pStyle", WmlWriter.WordNs);
                xml.WriteAttributeString("w", "val", WmlWriter.WordNs, text);
                xml.WriteEndElement();
                xml.WriteStartElement("w", "b", WmlWriter.WordNs);
                xml.WriteEndElement();
                xml.WriteStartElement("w", "t", WmlWriter.WordNs);
                xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
                xml.WriteString(text);
                xml.WriteEndElement();
                xml.WriteStartElement("w", "t", WmlWriter.WordNs);
                xml.WriteString(text);
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            });
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Package_parts_with_default_and_own_namespaces_are_the_bytes_XmlWriter_wrote(string text)
    {
        const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        AssertSameAsXmlWriter(
            part =>
            {
                part.StartElement("", "Types");
                part.NamespaceDeclaration("", Types);
                part.StartElement("", "Default");
                part.Attribute("", "Extension", text);
                part.EndElement();
                part.StartElement("cp", "coreProperties");
                part.NamespaceDeclaration("dc", Dc);
                part.NamespaceDeclaration("cp", Core);
                part.StartElement("dc", "title");
                if (text.Length > 0)
                {
                    part.Text(text);
                }

                part.EndElement();
                part.EndElement();
                part.EndElement();
            },
            xml =>
            {
                xml.WriteStartElement("Types", Types);
                xml.WriteStartElement("Default", Types);
                xml.WriteAttributeString("Extension", text);
                xml.WriteEndElement();
                xml.WriteStartElement("cp", "coreProperties", Core);
                xml.WriteAttributeString("xmlns", "dc", null, Dc);
                xml.WriteElementString("dc", "title", Dc, text);
                xml.WriteEndElement();
                xml.WriteEndElement();
            });
    }

    /// <summary>
    /// A long part mixing what plans have (Vietnamese, escapes, characters outside the BMP, numbers,
    /// names of every length), so that the 6 KB boundaries of the pieces fall on every kind of spot:
    /// inside names, texts, entities, several-byte characters and between markup.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_long_part_reaches_the_stream_in_the_pieces_XmlWriter_made(int seed)
    {
        string[] words = ["Kế", "hoạch", "an", "toàn", "giao", "thông", "Ủy", "ban", "&", "<", ">", "\"", "'", "😀", "𠀀", " ", "  ", "\t", "\n", "x", "Đường", "tỉnh", "ĐT.152"];
        string[] names = ["p", "r", "t", "rPr", "pPr", "spacing", "ind", "b", "sz", "jc", "tblGrid", "gridCol", "tcW"];
        var random = new Random(seed);
        var steps = new List<(int Kind, string Name, string Value)>();
        for (var i = 0; i < 4000; i++)
        {
            var name = names[random.Next(names.Length)];
            var value = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => words[random.Next(words.Length)]));
            steps.Add((random.Next(4), name, value));
        }

        AssertSameAsXmlWriter(
            part =>
            {
                var w = new WmlWriter(part);
                w.StartRoot("document", withRelationships: true);
                foreach (var (kind, name, value) in steps)
                {
                    switch (kind)
                    {
                        case 0: w.Text("t", value, preserveSpace: true); break;
                        case 1: w.Value(name, value); break;
                        case 2: w.Empty(name); break;
                        default: w.Text(name, value, preserveSpace: false); break;
                    }
                }

                w.End();
            },
            xml =>
            {
                xml.WriteStartElement("w", "document", WmlWriter.WordNs);
                xml.WriteAttributeString("xmlns", "w", null, WmlWriter.WordNs);
                xml.WriteAttributeString("xmlns", "r", null, WmlWriter.RelNs);
                foreach (var (kind, name, value) in steps)
                {
                    xml.WriteStartElement("w", kind == 0 ? "t" : name, WmlWriter.WordNs);
                    if (kind == 0)
                    {
                        xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
                    }

                    if (kind == 1)
                    {
                        xml.WriteAttributeString("w", "val", WmlWriter.WordNs, value);
                    }
                    else if (kind != 2)
                    {
                        xml.WriteString(value);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            });
    }

    /// <summary>Texts and values of several pieces each: the cuts fall inside them, between a surrogate pair's neighbours, on entities.</summary>
    [Theory]
    [InlineData("Việt Nam & 😀 <")]
    [InlineData("a")]
    [InlineData("ắ\"")]
    public void Texts_longer_than_a_piece_are_cut_where_XmlWriter_cut_them(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 20_000 / unit.Length));
        AssertSameAsXmlWriter(
            part =>
            {
                var w = new WmlWriter(part);
                w.StartRoot("document");
                w.Value("x", text);
                w.Text("t", text, preserveSpace: true);
                w.End();
            },
            xml =>
            {
                xml.WriteStartElement("w", "document", WmlWriter.WordNs);
                xml.WriteAttributeString("xmlns", "w", null, WmlWriter.WordNs);
                xml.WriteStartElement("w", "x", WmlWriter.WordNs);
                xml.WriteAttributeString("w", "val", WmlWriter.WordNs, text);
                xml.WriteEndElement();
                xml.WriteStartElement("w", "t", WmlWriter.WordNs);
                xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
                xml.WriteString(text);
                xml.WriteEndElement();
                xml.WriteEndElement();
            });
    }

    // Code points rather than strings: a lone surrogate would not survive the test data's round trip.
    [Theory]
    [InlineData(0x0001, "")]
    [InlineData(0x001F, "sau")]
    [InlineData(0xD800, " nửa cặp")]
    [InlineData(0xD800, "")]
    [InlineData(0xDC00, "sau")]
    [InlineData(0xFFFE, "")]
    [InlineData(0xFFFF, "sau")]
    public void Characters_XML_cannot_hold_are_refused_as_XmlWriter_refused_them(int code, string after)
    {
        var text = "trước" + (char)code + after;
        Assert.ThrowsAny<ArgumentException>(() => Reference(xml =>
        {
            xml.WriteStartElement("t");
            xml.WriteString(text);
        }));
        Assert.ThrowsAny<ArgumentException>(() => Written(part =>
        {
            part.StartElement("", "t");
            part.Text(text);
        }));
        Assert.ThrowsAny<ArgumentException>(() => Written(part =>
        {
            part.StartElement("", "t");
            part.Attribute("", "v", text);
        }));
    }

    private static void AssertSameAsXmlWriter(Action<XmlPartWriter> write, Action<XmlWriter> reference)
    {
        var expected = Reference(reference);
        var actual = Written(write);

        Assert.Equal(Encoding.UTF8.GetString(expected.Bytes), Encoding.UTF8.GetString(actual.Bytes));
        Assert.Equal(expected.Bytes, actual.Bytes);
        Assert.Equal(expected.Calls, actual.Calls);
    }

    private static RecordingStream Reference(Action<XmlWriter> write)
    {
        var stream = new RecordingStream();
        using (var xml = XmlWriter.Create(stream, FormerSettings))
        {
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }

        return stream;
    }

    private static RecordingStream Written(Action<XmlPartWriter> write)
    {
        var stream = new RecordingStream();
        using var part = new XmlPartWriter(stream);
        write(part);
        part.Finish();
        return stream;
    }

    /// <summary>Records the size of every write and the flushes (several flushes in a row count as one: the later ones do nothing).</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public List<string> Calls { get; } = [];

        public byte[] Bytes => ToArray();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Calls.Add($"write {count}");
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Calls.Add($"write {buffer.Length}");
            base.Write(buffer);
        }

        public override void Flush()
        {
            if (Calls.Count == 0 || Calls[^1] != "flush")
            {
                Calls.Add("flush");
            }

            base.Flush();
        }
    }
}
