namespace PlanGen.Docx;

/// <summary>How a section's pages are set up.</summary>
/// <param name="Landscape">Pages wider than tall.</param>
/// <param name="FirstPageEmpty">Its first page shows no page number (the first page of a document).</param>
/// <param name="RestartNumbering">Its pages are numbered from 1 again (a document issued with another).</param>
internal readonly record struct SectionLayout(bool Landscape, bool FirstPageEmpty, bool RestartNumbering);
