using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Validation;

/// <summary>
/// The parts every plan has (content, "Tổ chức thực hiện", signature, "Nơi nhận:") are found wherever the plan
/// writes them: under the fixed keys, or as parts of a kind under <c>parts:</c>, a clause of a kind
/// inside a part counting too.
/// </summary>
public sealed class CompletenessTests : IDisposable
{
    private static readonly string PartsPlan = File.ReadAllText(Path.Combine(TestPaths.Cases("Reading"), "valid-parts-in-the-documents-order", "plan.yaml"));

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IEnumerable<string> Completeness(string yaml) =>
        Diagnose.Plan(_temp.File("plan.yaml", yaml)).Items
            .Where(d => d.Code is DiagnosticCode.NoContent or DiagnosticCode.NoOrganization or DiagnosticCode.NoSignature or DiagnosticCode.NoRecipients)
            .Select(d => d.Id);

    [Fact]
    public void A_plan_written_as_parts_of_a_kind_is_complete() =>
        Assert.Empty(Completeness(PartsPlan));

    [Fact]
    public void A_plan_written_as_parts_without_an_organization_part_warns_for_that_part_alone()
    {
        var start = PartsPlan.IndexOf("  - kind: tổ chức thực hiện", StringComparison.Ordinal);
        var end = PartsPlan.IndexOf("closing:", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);

        Assert.Equal(["PG2032"], Completeness(PartsPlan[..start] + PartsPlan[end..]));
    }

    [Fact]
    public void A_plan_written_as_parts_without_a_content_part_warns_for_the_content()
    {
        var yaml = PartsPlan.Replace("  - kind: content\n", "  - title: Các hoạt động\n", StringComparison.Ordinal);
        Assert.NotEqual(PartsPlan, yaml);

        Assert.Equal(["PG2031"], Completeness(yaml));
    }

    [Fact]
    public void A_part_under_a_key_plangen_does_not_know_gets_the_keys_error_not_a_completeness_warning()
    {
        var yaml = PartsPlan.Replace("parts:\n", "cac_phan_x:\n", StringComparison.Ordinal);
        Assert.NotEqual(PartsPlan, yaml);

        Assert.Empty(Completeness(yaml));
    }

    [Fact]
    public void A_plan_with_neither_recipients_nor_an_archive_line_warns_that_its_noi_nhan_is_missing()
    {
        var yaml = Without(Without(PartsPlan, "recipients:"), "archive:");

        Assert.Equal(["PG2035"], Completeness(yaml));
    }

    [Fact]
    public void A_plan_with_an_archive_line_alone_has_its_noi_nhan() =>
        Assert.Empty(Completeness(Without(PartsPlan, "recipients:")));

    // The plan without one top-level key and the lines indented under it.
    private static string Without(string yaml, string key)
    {
        var lines = yaml.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(key, StringComparison.Ordinal));
        Assert.True(start >= 0, key);
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith('-')))
        {
            end++;
        }
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
