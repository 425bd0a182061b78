using PlanGen.Core.Text;

namespace PlanGen.Core.Format;

/// <summary>
/// A figure against the same period a year before, as reports state it: <c>tăng 08 vụ (+0,92%)</c>,
/// <c>giảm 33 người (-6,31%)</c>, <c>không thay đổi</c>; with no percentage when last year's count is 0.
/// </summary>
/// <param name="Difference">This period's count less last year's.</param>
/// <param name="Percent">The difference as a share of last year's count, unrounded; null when last year's is 0.</param>
/// <param name="Text">The change in words.</param>
public sealed record FigureChange(long Difference, decimal? Percent, string Text)
{
    /// <summary>The change from <paramref name="lastYear"/> to <paramref name="thisPeriod"/>, counted in <paramref name="measure"/> (vụ, người), if given.</summary>
    public static FigureChange Of(long thisPeriod, long lastYear, string? measure)
    {
        var difference = thisPeriod - lastYear;
        decimal? percent = lastYear == 0 ? null : difference * 100m / lastYear;
        if (difference == 0)
        {
            return new FigureChange(0, percent, "không thay đổi");
        }
        var words = (difference > 0 ? "tăng " : "giảm ") + VietnameseNumber.Stated(Math.Abs(difference));
        if (!string.IsNullOrWhiteSpace(measure))
        {
            words += " " + measure.Trim();
        }
        if (percent is { } share)
        {
            words += " (" + VietnameseNumber.Percent(share) + ")";
        }
        return new FigureChange(difference, percent, words);
    }
}
