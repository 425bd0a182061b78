using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// A bordered table as its ruling lines draw it: the x of each column border and the y of each row
/// border, with the vertical segments kept so that cells spanning columns can be told apart.
/// Coordinates in points from the page's top-left corner.
/// </summary>
internal sealed class RulingGrid
{
    // Lines thinner than this are rules, not shapes; ends closer than this touch.
    private const double Thin = 2.5;
    private const double Touch = 3;
    private const int MaxSegments = 3000;

    // A page's table has tens or hundreds of cells; a grid of more is a drawing, and reading each
    // of its cells' borders would again take time out of all proportion.
    private const int MaxCells = 10_000;

    private readonly List<Segment> _verticals;

    private RulingGrid(List<double> columns, List<double> rows, List<Segment> verticals)
    {
        Columns = columns;
        Rows = rows;
        _verticals = verticals;
    }

    /// <summary>Column borders, left to right (one more than the columns).</summary>
    public IReadOnlyList<double> Columns { get; }

    /// <summary>Row borders, top to bottom (one more than the rows).</summary>
    public IReadOnlyList<double> Rows { get; }

    public double Left => Columns[0];

    public double Right => Columns[^1];

    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    /// <summary>True when a point lies inside the grid.</summary>
    public bool Contains(double x, double y) => x > Left - 1 && x < Right + 1 && y > Top - 1 && y < Bottom + 1;

    /// <summary>True when a border is drawn at column border <paramref name="column"/> across the middle of row <paramref name="row"/>.</summary>
    public bool HasBorder(int column, int row)
    {
        var x = Columns[column];
        var y = (Rows[row] + Rows[row + 1]) / 2;
        return _verticals.Exists(v => Math.Abs(v.At - x) < Touch && v.From - Touch < y && v.To + Touch > y);
    }

    /// <summary>The bordered tables a page draws: connected sets of rules with at least two rows and two columns.</summary>
    public static List<RulingGrid> Find(IEnumerable<PdfPath> paths, double pageHeight)
    {
        var segments = new List<Segment>();
        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                AddSegments(subpath, pageHeight, path.IsStroked, segments);
            }
        }
        // A page of a plan has a few hundred rules at most; a drawing with thousands is no table,
        // and joining its rules pairwise would take time out of all proportion.
        if (segments.Count > MaxSegments) return [];
        return [.. Components(segments).Select(Build).OfType<RulingGrid>()];
    }

    private static void AddSegments(PdfSubpath subpath, double pageHeight, bool stroked, List<Segment> segments)
    {
        if (subpath.GetBoundingRectangle() is not { } box) return;
        var left = box.Left;
        var right = box.Right;
        var top = pageHeight - box.Top;
        var bottom = pageHeight - box.Bottom;
        if (box.Width < Thin && box.Height >= Thin)
        {
            segments.Add(new Segment(false, (left + right) / 2, top, bottom));
        }
        else if (box.Height < Thin && box.Width >= Thin)
        {
            segments.Add(new Segment(true, (top + bottom) / 2, left, right));
        }
        else if (stroked && box.Width >= Thin && box.Height >= Thin)
        {
            // A stroked rectangle: its four edges are rules (a filled one is shading, not a border).
            segments.Add(new Segment(true, top, left, right));
            segments.Add(new Segment(true, bottom, left, right));
            segments.Add(new Segment(false, left, top, bottom));
            segments.Add(new Segment(false, right, top, bottom));
        }
    }

    private static IEnumerable<List<Segment>> Components(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        // Path halving, in a loop: a chain of segments is as long as the drawing makes it.
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[i].Touches(segments[j])) parent[Root(i)] = Root(j);
            }
        }
        return Enumerable.Range(0, segments.Count).GroupBy(Root).Select(g => g.Select(i => segments[i]).ToList());
    }

    private static RulingGrid? Build(List<Segment> component)
    {
        var verticals = component.Where(s => !s.Horizontal).ToList();
        var columns = Distinct(verticals.Select(s => s.At));
        var rows = Distinct(component.Where(s => s.Horizontal).Select(s => s.At));
        return columns.Count >= 2 && rows.Count >= 2 && (columns.Count - 1) * (rows.Count - 1) <= MaxCells ? new RulingGrid(columns, rows, verticals) : null;
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > Touch) result.Add(value);
        }
        return result;
    }

    /// <summary>A rule: horizontal at y = At from From to To, or vertical at x = At.</summary>
    private sealed record Segment(bool Horizontal, double At, double From, double To)
    {
        public bool Touches(Segment other)
        {
            if (Horizontal == other.Horizontal)
            {
                return Math.Abs(At - other.At) < Touch && From - Touch <= other.To && other.From - Touch <= To;
            }
            return other.At > From - Touch && other.At < To + Touch && At > other.From - Touch && At < other.To + Touch;
        }
    }
}
