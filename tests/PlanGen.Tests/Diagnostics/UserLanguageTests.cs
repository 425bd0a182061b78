using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Diagnostics;

public sealed class UserLanguageTests
{
    [Theory]
    [InlineData("vi_VN.UTF-8", null, null, "vi")]
    [InlineData("vi", null, null, "vi")]
    [InlineData("en_US.UTF-8", null, null, "en")]
    [InlineData("C.UTF-8", null, null, "en")]
    [InlineData(null, null, null, "en")]
    [InlineData("en_US.UTF-8", "vi_VN.UTF-8", null, "vi")]
    [InlineData("vi_VN.UTF-8", "en_US.UTF-8", "C", "en")]
    [InlineData("vietnam", null, null, "en")]
    public void Without_culture_data_the_language_comes_from_the_POSIX_locale_variables(string? lang, string? messages, string? all, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };

        Assert.Equal(expected, DiagnosticMessages.UserLanguage(CultureInfo.InvariantCulture, name => environment[name]));
    }

    [Fact]
    public void A_UI_culture_wins_over_the_locale_variables()
    {
        Assert.Equal("vi", DiagnosticMessages.UserLanguage(CultureInfo.GetCultureInfo("vi-VN"), _ => "en_US.UTF-8"));
        Assert.Equal("en", DiagnosticMessages.UserLanguage(CultureInfo.GetCultureInfo("en-US"), _ => "vi_VN.UTF-8"));
    }
}
