using PlanGen.Core.Text;

namespace PlanGen.Core.Import;

/// <summary>
/// Turns the upper-case lines of a header or signature back into the way the text writes them:
/// "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai".
/// Place names after an administrative word are capitalised word by word; a body's own name
/// (after Sở, Ban, Bộ, …, and after "và" in it) takes a capital on its first word; the words after
/// an abbreviation inside a name are a proper name ("PHÒNG GD&amp;ĐT BẢO LÂM" → "Phòng GD&amp;ĐT Bảo Lâm",
/// "TRƯỜNG THCS MÔNG ÂN" → "Trường THCS Mông Ân").
/// </summary>
internal static class VietnameseCase
{
    private static readonly string[] PlaceWords = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];
    private static readonly string[] NamedBodies = ["sở", "ban", "bộ", "cục", "chi cục", "phòng", "trung tâm", "văn phòng", "ủy ban", "uỷ ban"];
    private static readonly string[] RankWords = ["phó"];
    private static readonly string[] ProperNames = ["hồ chí minh"];

    /// <summary>True when the letters of <paramref name="text"/> are upper case (at least two letters).</summary>
    public static bool IsUpper(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);
    }

    /// <summary>The text in sentence case with the capitals Vietnamese usage keeps; text not in upper case is returned as it is.</summary>
    public static string Sentence(string text)
    {
        if (!IsUpper(text)) return text;
        var words = Text.VietnameseCasing.Lower(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var original = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capital = new bool[words.Length];
        if (words.Length > 0) capital[0] = true;
        var inPlace = false;
        var named = false;
        var kindLength = StartsWith(words, 0, NamedBodies, out var kind) ? kind : 1;
        for (var i = 0; i < words.Length; i++)
        {
            if (inPlace || named && words[i] != "và") capital[i] = true;
            // A body's kind then its abbreviation ("TRƯỜNG THCS", "PHÒNG GD&ĐT"): what follows is its proper name.
            if (i == kindLength && VietnameseCasing.IsAbbreviation(original[i]) && original[i].Any(char.IsLetter)) named = true;
            if (words[i] == "và" || words[i].EndsWith(',')) named = false;
            if (StartsWith(words, i, PlaceWords, out var placeLength) && !(i > 0 && words[i - 1] == "nhân"))
            {
                inPlace = true;
                named = false;
                for (var k = 0; k < placeLength; k++) capital[i + k] = false;
                i += placeLength - 1;
                continue;
            }
            if (i == 0 && StartsWith(words, i, NamedBodies, out var bodyLength) && words[0] is not ("ủy" or "uỷ") && i + bodyLength < words.Length)
            {
                capital[i + bodyLength] = true;
            }
            if (RankWords.Contains(words[i]) && i + 1 < words.Length) capital[i + 1] = true;
            // The Youth Union's name and its central committee: "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
            // → "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh".
            if (StartsWith(words, i, ProperNames, out var properLength))
            {
                for (var k = 0; k < properLength; k++) capital[i + k] = true;
            }
            if (words[i] == "trung" && i >= 2 && words[i - 2] == "chấp" && words[i - 1] == "hành") capital[i] = true;
            if (words[i] == "đoàn" && i + 1 < words.Length && original[i + 1] == "TNCS") capital[i] = true;
            if (words[i] == "và" && i > 0 && capital[0] && words[0] is "sở" or "bộ" or "ban" or "phòng" or "cục" && i + 1 < words.Length) capital[i + 1] = true;
        }
        return string.Join(' ', words.Select((w, i) => VietnameseCasing.IsAbbreviation(original[i]) ? original[i] : capital[i] ? Capitalize(w) : w));
    }

    /// <summary>The first letter in upper case.</summary>
    public static string Capitalize(string word) =>
        word.Length == 0 ? word : Text.VietnameseCasing.Upper(word[0]) + word[1..];

    private static bool StartsWith(string[] words, int at, string[] phrases, out int length)
    {
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            var parts = phrase.Split(' ');
            if (at + parts.Length <= words.Length && parts.Select((p, k) => words[at + k] == p).All(b => b))
            {
                length = parts.Length;
                return true;
            }
        }
        length = 0;
        return false;
    }
}
