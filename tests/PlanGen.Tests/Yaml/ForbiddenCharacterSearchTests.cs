using PlanGen.Core.Input;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// The quick search for characters a document may not carry must find exactly the characters the
/// one-by-one test refuses, wherever they stand in a long Vietnamese text (past the vector width).
/// </summary>
public sealed class ForbiddenCharacterSearchTests
{
    private const string Text = "Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024 của tỉnh Lào Cai.\n\t";

    [Fact]
    public void Quick_search_finds_every_character_the_one_by_one_test_refuses_and_no_other()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            Assert.True(PlanSource.HasForbidden(Text + c + Text) == PlanSource.IsForbidden(c), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u001B')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Forbidden_character_is_found_at_the_end_of_a_long_text(char forbidden)
    {
        var text = string.Concat(Enumerable.Repeat(Text, 40)) + forbidden;

        Assert.True(PlanSource.HasForbidden(text));
        Assert.False(PlanSource.HasForbidden(text.AsSpan()[..^1]));
    }
}
