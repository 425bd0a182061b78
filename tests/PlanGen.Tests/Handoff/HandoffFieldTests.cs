using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Handoff;

/// <summary>
/// Độ khẩn, số lượng bản and hạn trả lời (Decree 30, Appendix VI): optional keys of every document
/// of the family, the urgency stamped under the number, all three carried into NAME.meta.json and
/// the outgoing register.
/// </summary>
public sealed class HandoffFieldTests
{
    // The Tờ trình of the Khánh Hòa chain, dated 25/02/2021, with the three keys added.
    private static string Submission(TempFolder temp, string urgency = "Hỏa tốc", string deadline = "05/3/2021", string copies = "12")
    {
        var text = File.ReadAllText(ExampleBuilds.PathOf("khanh-hoa-2021/tt-39-batgt.yaml"))
            .Replace("date: 25/02/2021\n", $"date: 25/02/2021\nurgency: {urgency}\nreply_deadline: {deadline}\n", StringComparison.Ordinal)
            .Replace("archive: [VT, VP]\n", $"archive: [VT, VP]\ncopies: {copies}\n", StringComparison.Ordinal);
        return temp.File("tt-39.yaml", text);
    }

    [Fact]
    public void The_metadata_carries_the_urgency_copies_and_reply_deadline_and_the_schema_takes_it()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "tt-39.docx");

        var run = CliRun.Of("build", Submission(temp), "-o", docx, "--metadata");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(Path.Combine(temp.Path, "tt-39.meta.json"));
        MetadataTests.AssertValid(text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Hỏa tốc", json.RootElement.GetProperty("urgency").GetString());
        Assert.Equal(12, json.RootElement.GetProperty("copies").GetInt32());
        Assert.Equal("2021-03-05", json.RootElement.GetProperty("reply_deadline").GetString());
    }

    [Fact]
    public void The_schema_refuses_an_urgency_the_decree_does_not_name()
    {
        var json = "{\"urgency\": \"Gấp\"}";

        var result = MetadataTests.Schema.Evaluate(JsonDocument.Parse(json).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        Assert.Contains(result.Details ?? [], d => d.InstanceLocation.ToString() == "/urgency" && d.Errors is { Count: > 0 });
    }

    [Fact]
    public void The_register_lists_the_urgency_and_the_reply_deadline()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("build", Submission(temp), "-o", Path.Combine(temp.Path, "tt-39.docx"), "--metadata").ExitCode);
        var csvPath = Path.Combine(temp.Path, "so-di.csv");

        var csv = CliRun.Of("register", temp.Path, "--format", "csv", "-o", csvPath, "--lang", "vi");

        Assert.True(csv.ExitCode == 0, csv.Error);
        var lines = Encoding.UTF8.GetString(File.ReadAllBytes(csvPath)[3..]).Split("\r\n");
        Assert.StartsWith("STT,\"Số, ký hiệu\",Ngày tháng,Tên loại và trích yếu nội dung,Độ khẩn,Người ký,Nơi nhận,Hạn trả lời,Số lượng bản,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",Hỏa tốc,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",05/03/2021,12,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_urgency_is_stamped_under_the_number_in_capitals_bold_in_a_box()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "tt-39.docx");
        Assert.Equal(0, CliRun.Of("build", Submission(temp), "-o", docx).ExitCode);
        var bytes = File.ReadAllBytes(docx);

        using var written = new WrittenDocx(bytes);
        var mark = written.Paragraph("HỎA TỐC");
        var cell = mark.Ancestors<TableCell>().Single();
        var texts = cell.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(texts.IndexOf("Số: 39/TTr-BATGT") + 1, texts.IndexOf("HỎA TỐC"));
        Assert.True(written.Look("HỎA TỐC").Bold);
        var borders = mark.ParagraphProperties?.ParagraphBorders;
        Assert.NotNull(borders?.TopBorder);
        Assert.NotNull(borders?.LeftBorder);
        Assert.NotNull(borders?.BottomBorder);
        Assert.NotNull(borders?.RightBorder);
        Assert.Empty(CheckRun.Bytes(bytes));
    }

    [Theory]
    [InlineData("Khẩn", Urgency.Urgent)]
    [InlineData("KHẨN", Urgency.Urgent)]
    [InlineData("thuong khan", Urgency.TopUrgent)]
    [InlineData("Thượng khẩn", Urgency.TopUrgent)]
    [InlineData("hoả tốc", Urgency.Express)]
    [InlineData("express", Urgency.Express)]
    public void The_urgency_is_read_as_the_decree_names_it_without_marks_or_in_english(string written, Urgency expected)
    {
        using var temp = new TempFolder();
        var path = Submission(temp, urgency: written);

        var document = FamilyLoader.Read(Core.Yaml.ReadContext.RootMapping(File.ReadAllText(path), path, new DiagnosticBag())!, path, new DiagnosticBag());

        Assert.Equal(expected, document!.Urgency);
        Assert.Equal(12, document.Copies);
    }

    [Fact]
    public void An_urgency_the_decree_does_not_name_is_an_error_at_its_place_naming_the_three()
    {
        using var temp = new TempFolder();
        var path = Submission(temp, urgency: "gấp");
        var docx = Path.Combine(temp.Path, "tt-39.docx");

        var run = CliRun.Of("build", path, "-o", docx, "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tt-39.yaml(16,10): lỗi PG1014", run.Error, StringComparison.Ordinal);
        Assert.Contains("Khẩn (urgent), Thượng khẩn (top_urgent), Hỏa tốc (express)", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(docx));
    }

    [Fact]
    public void A_document_without_the_keys_gives_null_in_the_metadata_and_prints_no_mark()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "tt-39.docx");

        Assert.Equal(0, CliRun.Of("build", ExampleBuilds.PathOf("khanh-hoa-2021/tt-39-batgt.yaml"), "-o", docx, "--metadata").ExitCode);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "tt-39.meta.json")));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("urgency").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("copies").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reply_deadline").ValueKind);
        using var written = new WrittenDocx(File.ReadAllBytes(docx));
        Assert.DoesNotContain(written.Body.Descendants<Paragraph>(), p => p.InnerText is "KHẨN" or "THƯỢNG KHẨN" or "HỎA TỐC");
    }
}
