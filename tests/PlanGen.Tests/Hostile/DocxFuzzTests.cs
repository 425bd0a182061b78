using System.IO.Compression;
using System.Text.RegularExpressions;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Structure-aware mutations of a real DOCX (the Lào Cai example as plangen builds it) through
/// import, check and check --fix: elements repeated, wrapped many levels deep, cut and unbalanced;
/// attribute values at their extremes; parts removed, doubled or pointed elsewhere; DTDs and
/// entities; the package's own bytes. Seeded, so a failure reproduces.
/// </summary>
public sealed partial class DocxFuzzTests : IDisposable
{
    private const int Cases = 90;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"<w:p[ >].*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<w:r>.*?</w:r>", RegexOptions.Singleline)]
    private static partial Regex Run();

    [GeneratedRegex(@"w:(val|w|ilvl|numId|left|firstLine|line|sz)=""[^""]*""")]
    private static partial Regex Value();

    private static readonly string[] Wrappers = ["w:hyperlink", "w:ins", "w:smartTag", "w:customXml", "w:moveTo", "w:bdo", "x:u xmlns:x=\"urn:x\""];

    private static readonly string[] Extremes = ["-1", "0", "2147483647", "2147483648", "-2147483649", "1e309", "NaN", "", "٣", "9", "255", "99999999999999999999"];

    private static string Wrap(string element, int depth, Random random)
    {
        var name = Wrappers[random.Next(Wrappers.Length)];
        var close = "</" + name.Split(' ')[0] + ">";
        return DocxLimitTests.Nested("<" + name + ">", close, element, depth);
    }

    private static string MutateXml(string xml, Random random)
    {
        var paragraphs = Paragraph().Matches(xml).ToList();
        var pick = paragraphs[random.Next(paragraphs.Count)];
        switch (random.Next(8))
        {
            case 0:
                return xml.Insert(pick.Index, string.Concat(Enumerable.Repeat(pick.Value, random.Next(2, 2000))));
            case 1:
                var depth = ReaderFuzz.Sweep[random.Next(ReaderFuzz.Sweep.Length)];
                if (Run().Match(pick.Value) is { Success: true } run)
                {
                    return xml.Remove(pick.Index + run.Index, run.Length).Insert(pick.Index + run.Index, Wrap(run.Value, depth, random));
                }
                return xml.Remove(pick.Index, pick.Length).Insert(pick.Index, "<w:sdt><w:sdtContent>" + Wrap(pick.Value, depth, random) + "</w:sdtContent></w:sdt>");
            case 2:
                return xml.Remove(pick.Index + pick.Length - 6, 6);
            case 3:
                var values = Value().Matches(xml).ToList();
                var value = values[random.Next(values.Count)];
                return xml.Remove(value.Index, value.Length).Insert(value.Index, $"w:{value.Groups[1].Value}=\"{Extremes[random.Next(Extremes.Length)]}\"");
            case 4:
                return xml.Replace("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>",
                    "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal)
                    .Insert(pick.Index, "<w:p><w:r><w:t>&c;&x;</w:t></w:r></w:p>");
            case 5:
                return xml.Insert(pick.Index, "<w:p><w:r><w:t>\u0001&#1;&#xFFFE;</w:t></w:r></w:p>");
            case 6:
                return xml.Remove(pick.Index, pick.Length);
            default:
                var numbered = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + Extremes[random.Next(Extremes.Length)] + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>mục</w:t></w:r></w:p>";
                return xml.Insert(pick.Index, numbered);
        }
    }

    private static byte[] MutatePackage(byte[] docx, Random random)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            var name = entries[random.Next(entries.Count)];
            switch (random.Next(5))
            {
                case 0:
                    zip.GetEntry(name)!.Delete();
                    break;
                case 1:
                    RawDocx.Rewrite(zip, "word/_rels/document.xml.rels", t => t.Replace("Target=\"styles.xml\"", random.Next(2) == 0 ? "Target=\"../../../../etc/passwd\"" : "Target=\"https://example.invalid/x\" TargetMode=\"External\"", StringComparison.Ordinal));
                    break;
                case 2:
                    RawDocx.Rewrite(zip, "word/_rels/document.xml.rels", t => t.Replace("Target=\"header1.xml\"", "Target=\"document.xml\"", StringComparison.Ordinal));
                    break;
                case 3:
                    RawDocx.Rewrite(zip, "[Content_Types].xml", t => t.Replace("document.main+xml", random.Next(2) == 0 ? "header+xml" : "ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal));
                    break;
                default:
                    RawDocx.Rewrite(zip, "word/numbering.xml", _ => "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"" + RawDocx.W + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"" + Extremes[random.Next(Extremes.Length)]
                        + "\"><w:start w:val=\"" + Extremes[random.Next(Extremes.Length)] + "\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1%2%3%4%5%6%7%8%9%0%\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\""
                        + Extremes[random.Next(Extremes.Length)] + "\"><w:startOverride w:val=\"" + Extremes[random.Next(Extremes.Length)] + "\"/></w:lvlOverride></w:num></w:numbering>");
                    RawDocx.Rewrite(zip, "word/_rels/document.xml.rels", t => t.Replace("</Relationships>", "<Relationship Id=\"rN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>", StringComparison.Ordinal));
                    RawDocx.Rewrite(zip, "word/document.xml", t => t.Replace("<w:body>", "<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>mục</w:t></w:r></w:p>", StringComparison.Ordinal));
                    break;
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void Mutated_docx_files_are_read_or_refused_with_their_code()
    {
        var original = CheckRun.LaoCai;
        ReaderFuzz.Cases(_temp, ".docx", Cases, 20_240_131, (n, random) => (n % 3) switch
        {
            0 => MutatePackage(original, random),
            1 => ReaderFuzz.Bytes(original, random),
            _ => RawDocx.Changed(original, "word/document.xml", t => MutateXml(t, random)),
        }, (n, input) => (n % 3) switch
        {
            0 => (["import", input, "--lang", "en"], [Path.ChangeExtension(input, ".yaml")]),
            1 => (["check", input, "--lang", "vi"], []),
            _ => (["check", input, "--fix", "--lang", "en"], [Path.ChangeExtension(input, ".fixed.docx")]),
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(30_000)]
    public void Nesting_depth_sweep_through_import(int depth)
    {
        var body = RawDocx.P("KẾ HOẠCH") + "<w:p>" + DocxLimitTests.Nested("<w:hyperlink>", "</w:hyperlink>", "<w:r><w:t>I. MỤC ĐÍCH</w:t></w:r>", depth) + "</w:p>";
        var input = _temp.File($"sau-{depth}.docx");
        File.WriteAllBytes(input, RawDocx.Make(body));

        var run = ReaderFuzz.Check($"depth {depth}", input, [Path.ChangeExtension(input, ".yaml")], "import", input, "--lang", "en");

        Assert.Equal(depth > 240, run.Error.Contains("PG5008", StringComparison.Ordinal));
    }
}
