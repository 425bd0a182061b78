namespace PlanGen.Core.Document;

/// <summary>The kind of file a document was read from; it decides how places are named.</summary>
public enum SourceFormat
{
    /// <summary>WordprocessingML: places are paragraph numbers.</summary>
    Docx,

    /// <summary>A PDF's text layer: places are page and line.</summary>
    Pdf,

    /// <summary>Plain text (as pdftotext writes it): places are lines.</summary>
    Text,
}
