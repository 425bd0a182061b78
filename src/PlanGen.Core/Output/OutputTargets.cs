using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Output;

/// <summary>
/// Checks where a run is about to write before anything is written: an output that is one of the
/// run's inputs (<c>build s.yaml -o s.yaml</c>) is refused (PG4006), and so is every output that
/// two inputs would share (PG4008), so no plan silently replaces another's result.
/// </summary>
public static class OutputTargets
{
    /// <summary>
    /// For each (input, output) pair, whether it may be written; refusals are reported to
    /// <paramref name="diagnostics"/>. <paramref name="otherInputs"/> are read-only files of the
    /// run (a profile) that must not be overwritten either.
    /// </summary>
    public static bool[] Check(IReadOnlyList<(string Input, string Output)> targets, IEnumerable<string> otherInputs, DiagnosticBag diagnostics)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var inputs = new HashSet<string>(targets.Select(t => Path.GetFullPath(t.Input)).Concat(otherInputs.Select(Path.GetFullPath)), comparer);
        var sharing = targets
            .Select((t, i) => (Output: Path.GetFullPath(t.Output), Index: i))
            .GroupBy(t => t.Output, comparer)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(t => targets[t.Index].Input).ToList(), comparer);
        var allowed = new bool[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var (input, output) = targets[i];
            var full = Path.GetFullPath(output);
            if (inputs.Contains(full))
            {
                diagnostics.Add(DiagnosticCode.OutputIsInput, SourceSpan.WholeFile(input), output);
            }
            else if (sharing.TryGetValue(full, out var plans))
            {
                diagnostics.Add(DiagnosticCode.OutputCollision, SourceSpan.WholeFile(input), output, string.Join(", ", plans));
            }
            else
            {
                allowed[i] = true;
            }
        }
        return allowed;
    }
}
