using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Import;

/// <summary>An import message names the place in the clerk's words first and the YAML key after it as the hint.</summary>
public sealed class KeyPlacesTests
{
    [Theory]
    [InlineData("parts[2]", "phần II (parts[2])", "Part II (parts[2])")]
    [InlineData("articles[1]", "Điều 1 (articles[1])", "Article 1 (articles[1])")]
    // In English the word is the key itself: said once.
    [InlineData("appendix", "phụ lục (appendix)", "the appendix")]
    public void Text_kept_unplaced_names_the_part_of_the_document(string key, string vietnamese, string english)
    {
        var argument = KeyPlaces.Argument(key);

        Assert.Contains("trong " + vietnamese + ":", DiagnosticMessages.Format(DiagnosticCode.ImportUnplaced, "vi", ["dòng 3", argument, "Căn cứ"]), StringComparison.Ordinal);
        Assert.Contains("in " + english + ":", DiagnosticMessages.Format(DiagnosticCode.ImportUnplaced, "en", ["line 3", argument, "Căn cứ"]), StringComparison.Ordinal);
        Assert.Equal(key, KeyPlaces.KeyOf(argument));
    }

    [Theory]
    [InlineData("issuer.place", "địa danh (issuer.place)", "the place name (issuer.place)")]
    [InlineData("issuer.code", "chữ viết tắt tên cơ quan (issuer.code)", "the issuing body's abbreviation (issuer.code)")]
    [InlineData("title", "trích yếu (title)", "the subject line (title)")]
    public void A_guessed_value_names_the_header_part_in_the_clerks_words(string key, string vietnamese, string english)
    {
        var argument = KeyPlaces.Argument(key);

        Assert.StartsWith("Văn bản không ghi trực tiếp " + vietnamese + ": ", DiagnosticMessages.Format(DiagnosticCode.ImportGuessed, "vi", [argument, "TODO", MessageWord.Why.NoNumberLine]), StringComparison.Ordinal);
        Assert.StartsWith("The document does not state " + english + ": ", DiagnosticMessages.Format(DiagnosticCode.ImportGuessed, "en", [argument, "TODO", MessageWord.Why.NoNumberLine]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_guessed_value_is_told_in_one_sentence_naming_why_then_what_was_written()
    {
        var argument = KeyPlaces.Argument("issuer.code");

        Assert.Equal(
            "Văn bản không ghi trực tiếp chữ viết tắt tên cơ quan (issuer.code): thiếu dòng số, ký hiệu; lấy theo tên cơ quan. Đã ghi 'SNV'.",
            DiagnosticMessages.Format(DiagnosticCode.ImportGuessed, "vi", [argument, "SNV", MessageWord.Why.NoNumberLine]));
        Assert.Equal(
            "The document does not state the issuing body's abbreviation (issuer.code): the number line is missing; taken from the issuer's name. 'SNV' was written.",
            DiagnosticMessages.Format(DiagnosticCode.ImportGuessed, "en", [argument, "SNV", MessageWord.Why.NoNumberLine]));
    }

    [Fact]
    public void Text_kept_where_it_was_met_is_quoted_and_the_sentence_ended()
    {
        var argument = KeyPlaces.Argument("text");

        Assert.EndsWith(": \"Căn cứ tình hình thực tế của địa phương\".", DiagnosticMessages.Format(DiagnosticCode.ImportUnplaced, "vi", ["dòng 3", argument, "Căn cứ tình hình thực tế của địa phương"]), StringComparison.Ordinal);
        Assert.EndsWith(": \"Căn cứ tình hình thực tế của địa phương\".", DiagnosticMessages.Format(DiagnosticCode.ImportUnplaced, "en", ["line 3", argument, "Căn cứ tình hình thực tế của địa phương"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_with_no_clerks_word_is_printed_as_written()
    {
        Assert.Equal("'organization'", KeyPlaces.Argument("organization"));
    }
}
