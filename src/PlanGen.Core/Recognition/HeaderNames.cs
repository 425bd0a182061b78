namespace PlanGen.Core.Recognition;

/// <summary>
/// The bodies' names in the header's left box, over as many lines as the box wraps them: where a
/// line goes on the name above it and where a new name (the issuer under its governing body) starts.
/// </summary>
public static class HeaderNames
{
    private static readonly string[] PlaceStarts = ["TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ", "THỊ TRẤN "];

    private static readonly string[] UnfinishedEnds = ["TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN", "VÀ", "CỦA", "-"];

    /// <summary>
    /// True when <paramref name="line"/> goes on <paramref name="name"/> above it: "TỈNH LÀO CAI" under
    /// "ỦY BAN NHÂN DÂN" finishes it; so does the rest of a name a narrow box wrapped ("ỦY BAN NHÂN
    /// DÂN TỈNH" / "BÌNH PHƯỚC"). A clerk breaks a name within one paragraph, before "VÀ …" ("SỞ THÔNG
    /// TIN" / "VÀ TRUYỀN THÔNG"), after a comma or a dash; a line that does not start as a body's
    /// name does ("TRƯỜNG THPT CHUYÊN" / "LÊ QUÝ ĐÔN") finishes the name too.
    /// </summary>
    public static bool GoesOn(string name, string line, bool sameParagraph) =>
        PlaceStarts.Any(p => line.StartsWith(p, StringComparison.Ordinal)) || Unfinished(name)
        || !line.Contains(' ', StringComparison.Ordinal) || !name.Contains(' ', StringComparison.Ordinal)
        || !HeaderLines.StartsBody(line) || sameParagraph
        || line.StartsWith("VÀ ", StringComparison.Ordinal) || name.EndsWith(',') || name.EndsWith('-') || name.EndsWith('–');

    /// <summary>
    /// True when a name on a line of its own is the place of the date line: "TRƯỜNG THCS" then "XUÂN
    /// QUANG" (a PDF's header box) is one name, as a school or commune is named for its place.
    /// </summary>
    public static bool IsPlace(string name, string? place) =>
        place is not null && Text.VietnameseCasing.Upper(name) == Text.VietnameseCasing.Upper(place);

    // "BAN CHẤP HÀNH TRUNG ƯƠNG" (a Đoàn's or a union's executive committee) names its organisation on the next line: "ĐOÀN TNCS HỒ CHÍ MINH".
    private static readonly string[] Organisations = ["ĐOÀN", "ĐẢNG", "HỘI", "LIÊN ĐOÀN", "CÔNG ĐOÀN", "MẶT TRẬN"];

    private static bool Unfinished(string name) =>
        UnfinishedEnds.Any(e => name.EndsWith(" " + e, StringComparison.Ordinal))
        || (name.StartsWith("BAN CHẤP HÀNH", StringComparison.Ordinal) && !Organisations.Any(o => name.Contains(" " + o + " ", StringComparison.Ordinal)));
}
