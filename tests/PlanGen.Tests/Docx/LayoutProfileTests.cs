using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Layout;
using PlanGen.Docx;

namespace PlanGen.Tests.Docx;

public class LayoutProfileTests
{
    [Fact]
    public void The_decree_defaults_are_valid() => Assert.Empty(LayoutProfile.Nd30.Validate());

    [Fact]
    public void A_value_outside_the_range_names_the_rule_it_breaks()
    {
        var profile = LayoutProfile.Nd30 with { MarginTopMm = 15, BodySizePt = 12, LineSpacing = 0.9 };
        var violations = profile.Validate();
        Assert.Equal(["MarginTopMm", "BodySizePt", "LineSpacing"], violations.Select(v => v.Setting));
        Assert.Contains("margin top 20–25 mm", violations[0].Rule, StringComparison.Ordinal);
        Assert.Equal(15, violations[0].Value);
    }

    [Fact]
    public void Another_font_is_refused() =>
        Assert.Equal("FontName", Assert.Single((LayoutProfile.Nd30 with { FontName = "Arial" }).Validate()).Setting);

    [Fact]
    public void The_writer_refuses_an_invalid_profile()
    {
        using var output = new MemoryStream();
        var error = Assert.Throws<ArgumentException>(() =>
            DocxWriter.Write(SampleMarkup.Tree(), output, LayoutProfile.Nd30 with { MarginLeftMm = 25 }));
        Assert.Contains("margin left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_override_reaches_the_document()
    {
        var profile = LayoutProfile.Nd30 with { BodySizePt = 13, MarginTopMm = 25, FirstLineIndentCm = 1 };
        using var output = new MemoryStream();
        DocxWriter.Write(SampleMarkup.Tree(), output, profile);
        using var docx = new WrittenDocx(output.ToArray());
        Assert.Equal("26", docx.Style("Body").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("567", docx.Style("Body").StyleParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.All(docx.Sections, s => Assert.Equal(1417, s.GetFirstChild<PageMargin>()!.Top!.Value));
    }
}
