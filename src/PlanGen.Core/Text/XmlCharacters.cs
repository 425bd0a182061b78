namespace PlanGen.Core.Text;

/// <summary>Characters XML 1.0 does not allow in a document, so neither in a DOCX nor in a plan.</summary>
public static class XmlCharacters
{
    /// <summary>
    /// The C0 control characters but tab, line feed and carriage return. Written out rather than
    /// computed, so a start-up does not compile a query to make them.
    /// </summary>
    public const string ForbiddenControls = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";
}
