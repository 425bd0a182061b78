using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>One line of a read document as the recognizer sees it: a paragraph (or one of its broken lines), or a task table.</summary>
/// <param name="Text">Plain text, NFC, trimmed, with the list label in front when Word numbered it.</param>
/// <param name="Marked">The same text with bold and italic written as <c>**…**</c> and <c>*…*</c>.</param>
/// <param name="Location">Where it stands in the source.</param>
/// <param name="Table">The table, when this element is a task table rather than a line.</param>
/// <param name="Paragraph">The paragraph of the document it was read from, where the outline finds it; null for a table.</param>
/// <param name="Line">Which line of its paragraph it is, from 0, as the outline's <see cref="PlanGen.Core.Recognition.BodyLine"/> counts them.</param>
internal sealed record ImportLine(string Text, string Marked, SourcePlace Location, TableBlock? Table = null, Paragraph? Paragraph = null, int Line = 0);
