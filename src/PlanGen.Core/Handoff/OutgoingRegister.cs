using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Handoff;

/// <summary>
/// Sổ đăng ký văn bản đi — the outgoing register's rows for a batch of built documents, from the
/// <c>NAME.meta.json</c> beside each: number and code, date, type and subject, urgency, signer,
/// recipients, reply deadline, copies and pages, in the order of their dates and numbers.
/// </summary>
public static class OutgoingRegister
{
    /// <summary>The metadata of the files and folders given (folders with their sub-folders), in register order; null when none could be read.</summary>
    public static IReadOnlyList<DocumentMetadata>? Collect(IReadOnlyList<string> inputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var rows = new List<(string Path, DocumentMetadata Meta)>();
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*.meta.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [input];
            if (files.Count == 0)
            {
                diagnostics.Add(DiagnosticCode.RegisterEmpty, SourceSpan.WholeFile(input), input);
            }
            foreach (var file in files)
            {
                if (MetadataLoader.Read(file, diagnostics) is { } meta)
                {
                    rows.Add((file, meta));
                }
            }
        }
        var ordered = rows.OrderBy(r => r.Meta.Date ?? "9999", StringComparer.Ordinal).ThenBy(r => r.Meta.Number ?? int.MaxValue).ThenBy(r => r.Path, StringComparer.Ordinal).ToList();
        foreach (var twice in ordered.Where(r => r.Meta.Code is not null).GroupBy(r => r.Meta.Code!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = twice.First();
            foreach (var other in twice.Skip(1))
            {
                diagnostics.Add(DiagnosticCode.RegisterNumberTwice, SourceSpan.WholeFile(other.Path), first.Path, other.Path, twice.Key);
            }
        }
        return diagnostics.HasErrors ? null : [.. ordered.Select(r => r.Meta)];
    }

    /// <summary>The cells of one row, in the order of <see cref="Headers"/>.</summary>
    public static string[] Cells(DocumentMetadata meta, int index, string language)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return
        [
            (index + 1).ToString(CultureInfo.InvariantCulture),
            meta.Code ?? Word("register.draft", language),
            Day(meta.Date),
            meta.TypeName + " " + meta.Subject,
            meta.Urgency ?? "",
            string.Join(", ", new[] { meta.SignerOffice, meta.SignerName }.Where(s => !string.IsNullOrEmpty(s))),
            string.Join("; ", meta.Recipients.Select(r => r.Name)),
            meta.ReplyDeadline is { } deadline ? Day(deadline) : "",
            meta.Copies?.ToString(CultureInfo.InvariantCulture) ?? "",
            meta.Pages?.ToString(CultureInfo.InvariantCulture) ?? "",
            meta.Docx,
        ];
    }

    /// <summary>The register's columns in the run's language.</summary>
    public static string[] Headers(string language) => [.. Columns.Select(h => Word("register.header." + h, language))];

    private static readonly string[] Columns = ["index", "code", "date", "subject", "urgency", "signer", "recipients", "reply_deadline", "copies", "pages", "file"];

    // dd/MM/yyyy as the register is kept; a draft's month alone as MM/yyyy.
    private static string Day(string? iso) => iso is null ? "" : string.Join('/', iso.Split('-').Reverse());

    private static string Word(string word, string language) => DiagnosticMessages.Word(word, language);
}
