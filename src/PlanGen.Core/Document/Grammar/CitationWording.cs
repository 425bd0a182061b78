using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A citation as the decree writes it. The model keeps a citation's parts; the one phrase a basis or
/// a reference prints is the grammar's (<see cref="CitationPhrase"/>).
/// </summary>
public static class CitationWording
{
    extension(Citation citation)
    {
        /// <summary>The citation as one phrase: the text written out by hand, else the grammar's phrase of its parts.</summary>
        public string ToText() =>
            citation.Text ?? new CitationPhrase(citation.Kind, citation.Number, citation.Date, citation.Issuer, citation.Subject).Format();
    }
}
