using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Format;

/// <summary>
/// The one plan writer says exactly what the plan says: every example written again builds the
/// same DOCX, reads back as what was written, and keeps texts with commas and colons whole.
/// </summary>
public sealed class PlanWriterTests
{
    public static TheoryData<string> Examples() => [.. ExampleBuilds.All];

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_written_again_builds_the_same_docx(string example)
    {
        using var folder = new TempFolder();
        var source = Path.GetDirectoryName(ExampleBuilds.PathOf(example))!;
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }
        var copy = Path.Combine(folder.Path, Path.GetFileName(example));
        File.WriteAllText(copy, PlanWriter.Write(Read(copy)));
        var bag = new DiagnosticBag();

        var plan = PlanPipeline.LoadChecked(TestRun.New(), copy, bag);
        var rendered = plan is null ? null : PlanRenderer.Default.Render(TestRun.New(), plan, null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Equal(ExampleBuilds.Render(example).Docx, rendered!.Docx);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Written_yaml_reads_back_as_what_was_written(string example)
    {
        var written = PlanWriter.Write(Read(ExampleBuilds.PathOf(example)));

        var again = PlanWriter.Write(ReadText(written));

        Assert.Equal(written, again);
    }

    [Fact]
    public void An_assignment_with_a_comma_and_a_colon_is_written_in_block_style_and_reads_back_whole()
    {
        const string Text = "Tuyên truyền tại thôn: Công an xã chủ trì, phối hợp Đoàn Thanh niên xã thực hiện.";
        var plan = ReadText(Plan("""
            content:
              items:
                - title: Công tác tuyên truyền
                  assignment:
                    text: "Tuyên truyền tại thôn: Công an xã chủ trì, phối hợp Đoàn Thanh niên xã thực hiện."
                    lead: [Công an xã]
                    support: [Đoàn Thanh niên xã, "Hội Cựu chiến binh, Hội Nông dân xã"]
            """));

        var written = PlanWriter.Write(plan);

        Assert.DoesNotContain("{", written, StringComparison.Ordinal);
        Assert.Contains("      assignment:\n        text: \"" + Text + "\"\n        lead: [Công an xã]\n        support:\n          - Đoàn Thanh niên xã\n          - Hội Cựu chiến binh, Hội Nông dân xã\n", written, StringComparison.Ordinal);
        var assignment = ReadText(written).Content!.Items[0].Assignment!;
        Assert.Equal(Text, assignment.Text);
        Assert.Equal(["Đoàn Thanh niên xã", "Hội Cựu chiến binh, Hội Nông dân xã"], assignment.Support.Select(u => u.Name));
    }

    [Fact]
    public void Comments_stand_above_their_keys_and_where_a_key_left_out_would_stand()
    {
        var plan = ReadText(Plan("signature:\n  authority: KT\n  head: Giám đốc\n  office: Phó Giám đốc\n"));

        var written = PlanWriter.Write(plan, [new YamlComment("issuer.code", "kiểm tra ký hiệu"), new YamlComment("signature.name", "TODO: họ tên người ký")]);

        Assert.Contains("  # kiểm tra ký hiệu\n  code: UBND\n", written, StringComparison.Ordinal);
        Assert.EndsWith("  office: Phó Giám đốc\n  # TODO: họ tên người ký\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_quotes_is_written_in_single_quotes_and_a_date_as_it_reads()
    {
        var plan = ReadText(Plan("introduction: 'UBND xã ban hành Kế hoạch với chủ đề \"*An toàn*\" như sau:'\n"));

        var written = PlanWriter.Write(plan);

        Assert.Contains("introduction: 'UBND xã ban hành Kế hoạch với chủ đề \"*An toàn*\" như sau:'\n", written, StringComparison.Ordinal);
        Assert.Contains("date: 2024-02-20\n", written, StringComparison.Ordinal);
    }

    // A commune's plan with the keys every plan has, and the lines of a test.
    private static string Plan(string body) => $"""
        template: ke-hoach-atgt
        issuer:
          name: Ủy ban nhân dân xã Tân Lập
          code: UBND
          place: Tân Lập
          level: xã
        date: 2024-02-20
        title: Bảo đảm trật tự an toàn giao thông năm 2024
        {body}
        """;

    private static Plan Read(string path) => ReadText(File.ReadAllText(path), path);

    private static Plan ReadText(string yaml, string path = "plan.yaml")
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.ReadText(yaml, path, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return plan!;
    }
}
