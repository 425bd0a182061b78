using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Output;

/// <summary>
/// Checks where a run is about to write before anything is written: an output that is one of the
/// run's inputs (<c>build s.yaml -o s.yaml</c>, <c>import d.docx -o d.docx</c>, <c>check d.docx
/// --fix -o d.docx</c>) is refused (PG4006), and so is every output that two inputs would share
/// (PG4008: <c>a.docx</c> and <c>a.txt</c> both imported into <c>a.yaml</c>), so no input is lost
/// and no result silently replaces another.
/// </summary>
public static class OutputTargets
{
    // Paths compared as the file system compares them.
    private static readonly StringComparer Paths = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// For each input and the output it would write (<paramref name="outputs"/>[i] for
    /// <paramref name="inputs"/>[i]), whether it may be written; refusals are reported to
    /// <paramref name="diagnostics"/>. <paramref name="otherInputs"/> are read-only files of the
    /// run (a profile) that must not be overwritten either.
    /// </summary>
    public static bool[] Check(IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IEnumerable<string> otherInputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var refusals = Refusals(inputs, outputs, otherInputs);
        foreach (var refusal in refusals.OfType<Diagnostic>())
        {
            diagnostics.Add(refusal);
        }
        return [.. refusals.Select(r => r is null)];
    }

    /// <summary>
    /// As <see cref="Check"/>, each refusal kept with its input: element <c>i</c> is null when
    /// <paramref name="outputs"/>[i] may be written, else why not (PG4006 or PG4008).
    /// </summary>
    public static Diagnostic?[] Refusals(IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IEnumerable<string> otherInputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var readOnly = new HashSet<string>(Paths);
        foreach (var input in inputs.Concat(otherInputs))
        {
            readOnly.Add(Path.GetFullPath(input));
        }
        // Each output, and the inputs that would write it.
        var full = new string[outputs.Count];
        var writers = new Dictionary<string, List<string>>(Paths);
        for (var i = 0; i < outputs.Count; i++)
        {
            full[i] = Path.GetFullPath(outputs[i]);
            if (!writers.TryGetValue(full[i], out var plans))
            {
                writers[full[i]] = plans = [];
            }
            plans.Add(inputs[i]);
        }
        var refusals = new Diagnostic?[outputs.Count];
        for (var i = 0; i < outputs.Count; i++)
        {
            if (readOnly.Contains(full[i]))
            {
                refusals[i] = Refusal(DiagnosticCode.OutputIsInput, inputs[i], outputs[i]);
            }
            else if (writers[full[i]] is { Count: > 1 } plans)
            {
                refusals[i] = Refusal(DiagnosticCode.OutputCollision, inputs[i], outputs[i], string.Join(", ", plans));
            }
        }
        return refusals;
    }

    /// <summary>True when <paramref name="output"/> is none of <paramref name="inputs"/>; else false after reporting PG4006.</summary>
    public static bool MayWrite(string output, IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!inputs.Any(input => Paths.Equals(Path.GetFullPath(input), Path.GetFullPath(output))))
        {
            return true;
        }
        diagnostics.Add(Refusal(DiagnosticCode.OutputIsInput, output, output));
        return false;
    }

    private static Diagnostic Refusal(DiagnosticCode code, string input, params string[] arguments) =>
        new(code, DiagnosticMessages.DefaultSeverity(code), SourceSpan.WholeFile(input), arguments);
}
