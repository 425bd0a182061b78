using System.Text.RegularExpressions;

namespace PlanGen.Core.Timelines;

/// <summary>
/// The patterns of timeline phrases, written against folded text (see <see cref="TimelineText"/>):
/// <c>quy</c> is Quý, <c>thang</c> Tháng, <c>nam</c> Năm, <c>ngay</c> Ngày.
/// </summary>
internal static partial class TimelinePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A year closes an expression as "/2024" or " năm 2024".
    private const string YearTail = @"(?:\s*/\s*(?<y>\d{4})|\s+nam\s+(?<y>\d{4}))";

    /// <summary><c>ngày 05/02/2024</c>, <c>15/03/2022</c>, <c>ngày 05 tháng 02 năm 2024</c>.</summary>
    [GeneratedRegex(@"(?:\bngay\s+)?\b(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})(?!\d)|\bngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})(?!\d)", Options)]
    public static partial Regex FullDate();

    /// <summary><c>ngày 15/3</c> with the year left to the context; "ngày" is required so that a bare fraction is not a date.</summary>
    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})\s*(?:/|\s+thang\s+)\s*(?<m>\d{1,2})(?![\d/])", Options)]
    public static partial Regex DayMonth();

    /// <summary><c>Tháng 02/2024</c>, <c>tháng 4</c>; not the "1" of <c>6 tháng 1 lần</c>.</summary>
    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})" + YearTail + @"?(?![\d/])(?!\s+lan\b)", Options)]
    public static partial Regex Month();

    /// <summary><c>Quý I/2024</c>, <c>quý III, IV/2024</c>, <c>Quý II</c>, <c>quý 1 - 3 năm 2024</c>, and as often spelt <c>Quí 4 năm 2024</c>.</summary>
    [GeneratedRegex(@"\bqu[yi]\s+(?<list>(?:[ivx]+|\d)\b(?:\s*(?:,|va|-)\s*(?:[ivx]+|\d)\b)*)" + YearTail + @"?(?!\d)", Options)]
    public static partial Regex Quarters();

    /// <summary>One item or a dash within a quarter list.</summary>
    [GeneratedRegex(@"[ivx]+|\d|-", Options)]
    public static partial Regex QuarterToken();

    /// <summary><c>6 tháng đầu năm</c>, <c>6 tháng cuối năm 2024</c>.</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,2})\s+thang\s+(?<half>dau|cuoi)\s+nam(?:\s*/?\s*(?<y>\d{4}))?(?!\d)", Options)]
    public static partial Regex PartOfYear();

    // A school year closes an expression as "năm học 2024 - 2025" or "/2024-2025".
    private const string SchoolYearTail = @"(?<y>\d{4})\s*-\s*(?<y2>\d{4})(?!\d)";

    /// <summary><c>Đầu năm học</c>, <c>cuối năm học 2024 - 2025</c>: the school year's first or last month.</summary>
    [GeneratedRegex(@"\b(?<edge>dau|cuoi)\s+nam\s+hoc(?:\s+" + SchoolYearTail + ")?", Options)]
    public static partial Regex SchoolYearEdge();

    /// <summary><c>Năm học 2024 - 2025</c>, <c>năm học 2024-2025</c>.</summary>
    [GeneratedRegex(@"\bnam\s+hoc\s+" + SchoolYearTail, Options)]
    public static partial Regex SchoolYear();

    /// <summary><c>Học kỳ I</c>, <c>học kì 2</c>, <c>HK II</c>, <c>Học kỳ II năm học 2024 - 2025</c>.</summary>
    [GeneratedRegex(@"\b(?:hoc\s+k[yi]|hk)\s*(?<t>iii|ii|i|[1-3])\b(?:\s*[/,]?\s*(?:nam\s+hoc\s+)?" + SchoolYearTail + ")?", Options)]
    public static partial Regex Term();

    /// <summary>Cả năm học, trong năm học, suốt năm học: the work goes on through the school year.</summary>
    [GeneratedRegex(@"\b(?:ca|trong|suot)\s+nam\s+hoc\b(?!\s*\d)", Options)]
    public static partial Regex WholeSchoolYear();

    /// <summary><c>Năm 2024</c>, <c>trong năm 2020</c>, <c>giai đoạn 2022 - 2025</c>.</summary>
    [GeneratedRegex(@"\bnam\s+(?<y>\d{4})(?!\d)|\bgiai\s+doan\s+(?<y>\d{4})\s*-\s*(?<y2>\d{4})(?!\d)", Options)]
    public static partial Regex Year();

    /// <summary>What joins the two ends of a range: <c>từ … đến hết …</c>, <c>… - …</c>.</summary>
    [GeneratedRegex(@"^\s*(?:den|toi|-)\s+(?:het\s+)?$|^\s*-\s*$", Options)]
    public static partial Regex RangeJoin();

    /// <summary>What opens an end with no start: <c>đến hết ngày 31/12/2023</c>.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:den|toi)\s+(?:het\s+)?$", Options)]
    public static partial Regex Until();

    /// <summary>What opens a strict end: <c>trước ngày 15/3/2024</c> means by the 14th.</summary>
    [GeneratedRegex(@"(?:^|\s)truoc\s+$", Options)]
    public static partial Regex Before();

    /// <summary>The label of a review milestone: <c>Sơ kết 6 tháng - </c>, <c>Tổng kết - </c>.</summary>
    [GeneratedRegex(@"^\s*(?:so|tong)\s+ket\b[^-]*-\s*", Options)]
    public static partial Regex ReviewLabel();

    /// <summary>Thường xuyên, duy trì, liên tục, trong năm (not "trong năm 2024", a year, nor "trong năm học", a school year).</summary>
    [GeneratedRegex(@"\b(?:thuong\s+xuyen|duy\s+tri|lien\s+tuc|quanh\s+nam|ca\s+nam(?!\s+hoc)|trong\s+nam(?!\s*\d|\s+hoc))\b", Options)]
    public static partial Regex Continuous();

    /// <summary>Khi có chỉ đạo, đột xuất, khi được yêu cầu, theo chỉ đạo, theo kế hoạch.</summary>
    [GeneratedRegex(@"\b(?:dot\s+xuat|(?:khi\s+(?:co|duoc)|theo)\s+(?:su\s+)?(?:chi\s+dao|yeu\s+cau)|theo\s+ke\s+hoach)\b", Options)]
    public static partial Regex OnDemand();

    /// <summary>Định kỳ, hàng/hằng năm, các đợt cao điểm, 6 tháng 1 lần, 6 tháng/lần.</summary>
    [GeneratedRegex(@"\b(?:dinh\s+ky|(?:hang|moi)\s+(?:nam|quy|thang|tuan)|(?:dot|dip)\s+cao\s+diem|\d+\s+(?:nam|quy|thang|tuan)(?:\s+(?:1|mot)\s+|\s*/\s*)lan)\b", Options)]
    public static partial Regex Recurring();
}
