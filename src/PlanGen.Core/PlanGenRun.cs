using PlanGen.Core.Build;
using PlanGen.Core.Check;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy.ParentRules;
using PlanGen.Core.Import;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;
using PlanGen.Core.Units;

namespace PlanGen.Core;

/// <summary>
/// One run of plangen: the readers it imports documents with, the file formats it writes, checks and
/// prints through, and what it remembers while it runs — the parent plans and unit registries it has
/// read, the folders it has swept of stale temporary files, the time its stages took. The program
/// makes one and hands it to every stage; two runs in one process (two tests side by side) share nothing.
/// The formats (DOCX, PDF) live in assemblies of their own: Core lays out, checks and orchestrates
/// through the small interfaces below, and never references Open XML or PDF code.
/// </summary>
public sealed class PlanGenRun
{
    /// <summary>A run that reads plain text and the documents of <paramref name="readers"/> (DOCX and PDF live in their own assemblies).</summary>
    public PlanGenRun(params IEnumerable<IDocumentReader> readers)
    {
        Readers = new DocumentReaders(readers);
    }

    /// <summary>The readers documents are imported with.</summary>
    public DocumentReaders Readers { get; }

    /// <summary>Writes a laid-out document as the DOCX build hands out.</summary>
    public required IDocumentWriter Writer { get; init; }

    /// <summary>Reads a DOCX for <c>check</c>, and tells plangen's own DOCX from one a build must not replace.</summary>
    public required IOutputReader OutputReader { get; init; }

    /// <summary>Repairs a DOCX for <c>check --fix</c>.</summary>
    public required IDocumentFixer Fixer { get; init; }

    /// <summary>Prints a DOCX to PDF for <c>build --pdf</c>.</summary>
    public required IDocumentPrinter Printer { get; init; }

    /// <summary>Checks a PDF for signing (<c>check FILE.pdf</c>).</summary>
    public required ISigningCheck SigningCheck { get; init; }

    /// <summary>Reads the plans and reports the stages below import are given, a document imported in memory.</summary>
    public IDocumentImport Importer { get; init; } = InMemoryImport.Instance;

    /// <summary>Where the stages' times are noted when <c>PLANGEN_STAGES=1</c>.</summary>
    public StageClock Clock { get; } = new();

    /// <summary>Each parent plan read and checked once per run.</summary>
    internal ParentCache Parents { get; } = new();

    /// <summary>Each units.yaml read once per run.</summary>
    internal UnitRegistryCache UnitRegistries { get; } = new();

    /// <summary>
    /// True when this run read the file at the full path <paramref name="fullPath"/> on its own — a
    /// parent plan or a units.yaml the inputs named — so that no output replaces it.
    /// </summary>
    internal bool HasRead(string fullPath) =>
        Parents.Read.Concat(UnitRegistries.Read).Any(read => ParentResolver.PathComparer.Equals(Path.GetFullPath(read), fullPath));

    /// <summary>Each template folder (<c>--template DIR</c>) read and parsed once per run while its files are unchanged.</summary>
    internal TemplateFolderCache TemplateFolders { get; } = new();

    /// <summary>The temporary files this run is writing, deleted if it is interrupted.</summary>
    public InFlightFiles InFlight { get; } = new();

    /// <summary>The folders written into, each swept once of the temporary files of killed runs.</summary>
    internal StaleTemporaryFiles StaleFiles { get; } = new();
}
