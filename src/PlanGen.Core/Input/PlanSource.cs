using System.Globalization;
using System.Text;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Input;

/// <summary>
/// Reads a plan's YAML, a units.yaml, a template or a text document to import as text, refusing what
/// is not text before the parser sees it: missing or unreadable files, files too large, bytes that
/// are not UTF-8, and characters that may not appear in a document (XML 1.0 forbids most control
/// characters, and a DOCX is XML).
/// </summary>
public static class PlanSource
{
    /// <summary>Plans are a few hundred kilobytes at most; anything larger is not a plan.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The file's text, or null after reporting why it cannot be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="pageBreaks">True for a text document, where a form feed (as pdftotext writes between pages) is a page break, not a forbidden character.</param>
    public static string? Load(string path, DiagnosticBag diagnostics, bool pageBreaks = false)
    {
        var bytes = BoundedFile.Read(path, MaxBytes, diagnostics);
        if (bytes is null)
        {
            return null;
        }
        return Decode(bytes, path, diagnostics, pageBreaks);
    }

    /// <summary>Decodes bytes as strict UTF-8 and checks the characters; null after reporting a fault.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics, bool pageBreaks = false)
    {
        // A NUL byte is valid UTF-8 but marks binary data: whichever comes first is the fault.
        // The bytes are decoded once; the decoder stops at the first invalid byte.
        var nul = bytes.AsSpan().IndexOf((byte)0);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return NotText(bytes, FirstOf(Math.Max(0, e.Index), nul), path, diagnostics);
        }
        if (nul >= 0)
        {
            return NotText(bytes, nul, path, diagnostics);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        return CheckCharacters(text, path, diagnostics, pageBreaks) ? text : null;
    }

    // Reports each forbidden character (up to ten) at its line and column.
    private static bool CheckCharacters(string text, string path, DiagnosticBag diagnostics, bool pageBreaks)
    {
        if (!HasForbidden(text))
        {
            return true; // the usual case, found without walking the text a character at a time
        }
        int line = 0, column = 0, reported = 0;
        foreach (var c in text)
        {
            if (IsForbidden(c) && !(pageBreaks && c == '\f') && reported++ < 10)
            {
                diagnostics.Add(DiagnosticCode.ForbiddenCharacter, new SourceSpan(path, line, column, line, column + 1),
                    ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            if (c == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }
        return reported == 0;
    }

    // The control characters IsForbidden is true for. Kept apart from U+FFFE and U+FFFF: a set
    // of ASCII characters only is searched with a few vector instructions, while a set mixing in
    // others falls back to a probabilistic search that costs more than all the rest of reading.
    private static readonly System.Buffers.SearchValues<char> ForbiddenControls = System.Buffers.SearchValues.Create(Text.XmlCharacters.ForbiddenControls);

    /// <summary>True when <paramref name="text"/> holds a character <see cref="IsForbidden"/> is true for.</summary>
    internal static bool HasForbidden(ReadOnlySpan<char> text) =>
        text.IndexOfAny(ForbiddenControls) >= 0 || text.IndexOfAnyInRange('\uFFFE', '\uFFFF') >= 0;

    /// <summary>True for characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE, U+FFFF).</summary>
    public static bool IsForbidden(char c) => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF';

    private static int FirstOf(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? NotText(byte[] bytes, int offset, string path, DiagnosticBag diagnostics)
    {
        var (line, column) = Position(bytes, offset);
        diagnostics.Add(DiagnosticCode.NotText, SourceSpan.At(path, line, column), offset.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Counted in characters, as every other column is (the bytes before the fault are valid
        // UTF-8), and after the byte-order mark Notepad writes, which is not part of the text.
        if (lineStart == 0 && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            lineStart = Math.Min(offset, Encoding.UTF8.Preamble.Length);
        }
        return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Min(offset, bytes.Length) - lineStart));
    }
}
