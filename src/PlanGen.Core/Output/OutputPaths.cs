namespace PlanGen.Core.Output;

/// <summary>Where the commands write when the user does not say, and what <c>-o</c> means for several plans.</summary>
public static class OutputPaths
{
    /// <summary>
    /// The DOCX each of <paramref name="plans"/> is built into. Without <paramref name="output"/>,
    /// beside its YAML. With it: the file itself for one plan named as a file; a folder, holding
    /// <c>&lt;plan&gt;.docx</c> for each, when there are several plans, a folder among
    /// <paramref name="arguments"/>, or <paramref name="output"/> is an existing folder or ends in a separator.
    /// </summary>
    /// <param name="arguments">The plan arguments as given (files or folders).</param>
    /// <param name="plans">The plan files they expand to, in order.</param>
    /// <param name="output">The <c>-o</c> value, if any.</param>
    public static IReadOnlyList<string> ForBuild(IReadOnlyList<string> arguments, IReadOnlyList<string> plans, string? output) =>
        Beside(arguments, plans, output, ".docx");

    /// <summary>
    /// The plan YAML each of <paramref name="documents"/> is imported into, by the same rules as
    /// <see cref="ForBuild"/>: beside the document, the file <paramref name="output"/> names, or
    /// <c>&lt;document&gt;.yaml</c> in the folder it names.
    /// </summary>
    /// <param name="arguments">The document arguments as given (files or folders).</param>
    /// <param name="documents">The documents they expand to, in order.</param>
    /// <param name="output">The <c>-o</c> value, if any.</param>
    public static IReadOnlyList<string> ForImport(IReadOnlyList<string> arguments, IReadOnlyList<string> documents, string? output) =>
        Beside(arguments, documents, output, ".yaml");

    private static IReadOnlyList<string> Beside(IReadOnlyList<string> arguments, IReadOnlyList<string> inputs, string? output, string extension)
    {
        if (output is null)
        {
            return [.. inputs.Select(p => Path.ChangeExtension(p, extension))];
        }
        // "-o out/" names a folder even before it exists.
        var toFolder = inputs.Count > 1 || arguments.Any(Directory.Exists) || Directory.Exists(output) || Path.EndsInDirectorySeparator(output);
        return [.. inputs.Select(p => toFolder ? Path.Combine(output, Path.ChangeExtension(InFolder(arguments, p), extension)) : output)];
    }

    // A file found in a sub-folder of a folder argument keeps its sub-folder under the output
    // folder, so two bodies' "ke-hoach.yaml" do not both become out/ke-hoach.docx.
    private static string InFolder(IReadOnlyList<string> arguments, string input)
    {
        foreach (var folder in arguments.Where(Directory.Exists))
        {
            var relative = Path.GetRelativePath(folder, input);
            if (relative != input && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative;
            }
        }
        return Path.GetFileName(input);
    }

    /// <summary>
    /// The DOCX of the plan a decision issues, written apart (<c>build --separate</c>): beside the
    /// decision's, named after it, <c>qd-665.docx</c> → <c>qd-665-ke-hoach.docx</c>, so it never takes the
    /// name of the plan's own build.
    /// </summary>
    public static string ForIssuedPlan(string decisionDocx) =>
        Path.Combine(Path.GetDirectoryName(decisionDocx) ?? "", Path.GetFileNameWithoutExtension(decisionDocx) + "-ke-hoach.docx");

    /// <summary>The PDF <c>build --pdf</c> prints a DOCX to: <c>NAME.pdf</c> beside <c>NAME.docx</c>.</summary>
    public static string ForPdf(string docx) => Path.ChangeExtension(docx, ".pdf");

    /// <summary>The coverage report's default file: <c>ubnd-tinh-atgt-2024.yaml</c> → <c>ubnd-tinh-atgt-2024.coverage.docx</c> in the same folder.</summary>
    public static string ForCoverageDocx(string parentPath) =>
        Path.Combine(Path.GetDirectoryName(parentPath) ?? "", Path.GetFileNameWithoutExtension(parentPath) + ".coverage.docx");
}
