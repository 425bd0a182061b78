namespace PlanGen.Tests.Hostile;

/// <summary>
/// <c>validate</c> runs every check of <c>build</c> that does not write: an unknown template, a
/// template that fails to render or emits bad markup fail validate as they fail build.
/// </summary>
public sealed class ValidateParityTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("template: khong-co-mau")]
    [InlineData("template: ./no-such-folder")]
    public void An_unknown_template_fails_validate_as_build(string line)
    {
        var plan = _scratch.WithLine("t.yaml", "template", line);
        var validate = HostileScratch.Run("validate", plan, "--lang", "en");
        var build = HostileScratch.Run("build", plan, "--lang", "en");
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("PG3001", validate.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<document>{{ plan.no_such_field }}</document>", "PG3003")]
    [InlineData("<document><p>{{ for i in 1..100000000 }}x{{ end }}</p></document>", "PG3005")]
    [InlineData("<document><frobnicate/></document>", "PG3004")]
    public void A_template_that_fails_fails_validate_too(string main, string code)
    {
        var folder = Path.Combine(_scratch.Folder, "tpl-" + code);
        Assert.Equal(0, HostileScratch.Run("templates", "export", "ke-hoach-atgt", folder).ExitCode);
        File.WriteAllText(Path.Combine(folder, "main.sbn"), main);
        var plan = _scratch.WithLine("t-" + code + ".yaml", "template", "template: " + folder);

        var validate = HostileScratch.Run("validate", plan, "--lang", "en");

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(code, validate.Error, StringComparison.Ordinal);
        HostileScratch.AssertNoCrash(validate);
    }
}
