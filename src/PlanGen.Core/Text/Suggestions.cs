namespace PlanGen.Core.Text;

/// <summary>"Did you mean" support: the candidates closest to a misspelt word.</summary>
public static class Suggestions
{
    /// <summary>The candidates within a small edit distance of <paramref name="word"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Min(Math.Max(2, word.Length / 3), MaxDistance);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>Only this many leading characters are compared: names and keys are far shorter.</summary>
    public const int MaxCompared = 256;

    /// <summary>Distances above this are reported as <c>MaxDistance + 1</c>: no suggestion is that far.</summary>
    public const int MaxDistance = 64;

    /// <summary>
    /// Optimal string alignment distance (Levenshtein with transpositions: "titel" is one step from
    /// "title"), over the first <see cref="MaxCompared"/> characters and capped at
    /// <see cref="MaxDistance"/> + 1. Only a band of the table around its diagonal is filled, so the
    /// cost is linear in the length and memory is three rows, whatever the input.
    /// </summary>
    public static int Distance(string a, string b)
    {
        a = a.Length > MaxCompared ? a[..MaxCompared] : a;
        b = b.Length > MaxCompared ? b[..MaxCompared] : b;
        const int far = MaxDistance + 1;
        if (Math.Abs(a.Length - b.Length) > MaxDistance)
        {
            return far;
        }
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, far);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - MaxDistance);
            var to = Math.Min(b.Length, i + MaxDistance);
            current[0] = Math.Min(i, far);
            if (from > 1) current[from - 1] = far;
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }
                current[j] = Math.Min(best, far);
            }
            if (to < b.Length) current[to + 1] = far;
            (before, previous, current) = (previous, current, before);
        }
        return Math.Min(previous[b.Length], far);
    }
}
