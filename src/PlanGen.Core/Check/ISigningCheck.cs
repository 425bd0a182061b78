using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>
/// <c>check FILE.pdf</c>: whether a PDF is ready to be signed and handed to the e-office. The PDF
/// is read in an assembly of its own.
/// </summary>
public interface ISigningCheck
{
    /// <summary>Reads and checks one PDF; false when it could not be read.</summary>
    bool Check(string path, DiagnosticBag diagnostics);
}
