using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>Paper, margins and orientation of every section.</summary>
internal sealed class PageRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var sections = context.Document.Pages;
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Geometry is not { } page) continue;
            var number = i + 1;
            var (shorter, longer) = (Math.Min(page.WidthMm, page.HeightMm), Math.Max(page.WidthMm, page.HeightMm));
            var width = context.Ranges["PageWidthMm"];
            var height = context.Ranges["PageHeightMm"];
            if (!width.Allows(shorter, 1) || !height.Allows(longer, 1))
            {
                context.AtSection(number, DiagnosticCode.CheckPaper, MessageWord.Layout.Section.With(number.ToString(CultureInfo.InvariantCulture)), MessageArgument.Measure(LayoutRange.Print(page.WidthMm) + " × " + LayoutRange.Print(page.HeightMm)), MessageArgument.Measure(width + " × " + height));
            }

            // A landscape section turns the page: its top margin is the paper's left edge as printed.
            Margin(context, number, MessageWord.Side.Top, page.TopMm, "MarginTopMm");
            Margin(context, number, MessageWord.Side.Bottom, page.BottomMm, "MarginBottomMm");
            Margin(context, number, MessageWord.Side.Left, page.LeftMm, "MarginLeftMm");
            Margin(context, number, MessageWord.Side.Right, page.RightMm, "MarginRightMm");
        }

        if (sections.Count > 0 && sections[0].Landscape)
        {
            context.AtSection(1, DiagnosticCode.CheckOrientation, MessageWord.Layout.Section.With("1"));
        }
    }

    private static void Margin(DocumentCheckContext context, int section, MessageWord side, double value, string setting)
    {
        var range = context.Ranges[setting];
        if (!range.Allows(value, DocumentCheckContext.LengthToleranceMm))
        {
            context.AtSection(section, DiagnosticCode.CheckMargin, MessageWord.Layout.Section.With(section.ToString(CultureInfo.InvariantCulture)), side, LayoutRange.Measure(value), range.Measured());
        }
    }
}
