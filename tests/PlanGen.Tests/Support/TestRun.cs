using PlanGen.Core;
using PlanGen.Docx.Reading;
using PlanGen.Pdf;

namespace PlanGen.Tests.Support;

/// <summary>Runs for tests: each its own, reading every kind of document plangen reads, so no test sees what another read or remembered.</summary>
internal static class TestRun
{
    /// <summary>A fresh run with the DOCX and PDF readers, as the program makes.</summary>
    public static PlanGenRun New() => new(new DocxReader(), PdfDocumentReader.Instance);
}
