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
    /// For each input and the output it would write (<paramref name="outputs"/>[i] for
    /// <paramref name="inputs"/>[i]), whether it may be written; refusals are reported to
    /// <paramref name="diagnostics"/>. <paramref name="otherInputs"/> are read-only files of the
    /// run (a profile) that must not be overwritten either.
    /// </summary>
    public static bool[] Check(IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IEnumerable<string> otherInputs, DiagnosticBag diagnostics)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var readOnly = new HashSet<string>(comparer);
        foreach (var input in inputs.Concat(otherInputs))
        {
            readOnly.Add(Path.GetFullPath(input));
        }
        // Each output, and the inputs that would write it.
        var full = new string[outputs.Count];
        var writers = new Dictionary<string, List<string>>(comparer);
        for (var i = 0; i < outputs.Count; i++)
        {
            full[i] = Path.GetFullPath(outputs[i]);
            if (!writers.TryGetValue(full[i], out var plans))
            {
                writers[full[i]] = plans = [];
            }
            plans.Add(inputs[i]);
        }
        var allowed = new bool[outputs.Count];
        for (var i = 0; i < outputs.Count; i++)
        {
            if (readOnly.Contains(full[i]))
            {
                diagnostics.Add(DiagnosticCode.OutputIsInput, SourceSpan.WholeFile(inputs[i]), outputs[i]);
            }
            else if (writers[full[i]] is { Count: > 1 } plans)
            {
                diagnostics.Add(DiagnosticCode.OutputCollision, SourceSpan.WholeFile(inputs[i]), outputs[i], string.Join(", ", plans));
            }
            else
            {
                allowed[i] = true;
            }
        }
        return allowed;
    }
}
