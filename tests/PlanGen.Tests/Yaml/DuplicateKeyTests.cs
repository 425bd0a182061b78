using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Yaml;

public sealed class DuplicateKeyTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(20, 2)]
    [InlineData(20, 15)]
    [InlineData(200, 150)]
    public void A_key_written_twice_is_reported_at_the_second_with_the_line_of_the_first(int keys, int repeated)
    {
        var lines = Enumerable.Range(1, keys).Select(i => $"khóa_{i}: giá trị {i}").ToList();
        lines.Add($"khóa_{repeated}: lần hai");
        lines.Add("cuối: còn đọc");
        var diagnostics = new DiagnosticBag();

        var map = Assert.IsType<YamlMap>(YamlTreeLoader.Load(string.Join('\n', lines) + "\n", "plan.yaml", diagnostics));

        var duplicate = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCode.DuplicateKey, duplicate.Code);
        Assert.Equal(keys, duplicate.Span.StartLine);
        Assert.Equal([$"khóa_{repeated}", repeated.ToString(System.Globalization.CultureInfo.InvariantCulture)], duplicate.Arguments);
        // The first value is kept; the keys after the duplicate are still read.
        Assert.Equal(keys + 1, map.Entries.Count);
        Assert.Equal($"giá trị {repeated}", Assert.IsType<YamlText>(map.Entries[repeated - 1].Value).Value);
        Assert.Equal("cuối", map.Entries[^1].Key.Value);
    }
}
