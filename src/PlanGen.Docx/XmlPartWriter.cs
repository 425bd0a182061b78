using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace PlanGen.Docx;

/// <summary>
/// Writes one XML part of the package as UTF-8 into its stream: the XML declaration with
/// <c>standalone="yes"</c>, no indentation, empty elements as <c>&lt;w:b /&gt;</c>, line breaks
/// kept as they are. The bytes, and the pieces they reach the stream in, are those
/// <see cref="System.Xml.XmlWriter"/> wrote before (UTF-8 without a byte-order mark,
/// <c>NewLineHandling.None</c>); without its namespace bookkeeping and layers of virtual calls a
/// DOCX is written about 15% faster. Namespaces are declared by the caller, in the order they appear.
/// </summary>
internal sealed class XmlPartWriter : IDisposable
{
    /// <summary>
    /// The zip entry's deflater compresses the same input to other bytes when it comes in other
    /// pieces, so the pieces must follow from the part alone. They are those XmlWriter handed on,
    /// which kept every DOCX byte-identical when this writer replaced it: its buffer holds 6,143
    /// bytes, and it passes them on when it is full and a name or a text has one more character
    /// to write. Markup it writes between names and texts (<c>&lt;</c>, <c>="</c>, <c> /&gt;</c>…) and a character's
    /// several bytes or entity go past that mark without a check, hence pieces of 6,143 bytes or a few more.
    /// </summary>
    private const int PieceSize = 6143;

    /// <summary>The most bytes one character of text becomes: <c>&amp;quot;</c>.</summary>
    private const int MaxBytesPerChar = 6;

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"u8;

    // Characters a text or an attribute value cannot hold as they are: escaped, or refused (other control characters).
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(Specials("&<>"));
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials("&<>\""));

    // The same sets as tables of the ASCII characters written as they are: most values and names
    // are a few ASCII characters, copied faster one by one than with a vectorised search.
    private static readonly bool[] PlainInText = PlainAscii(TextSpecials);
    private static readonly bool[] PlainInAttribute = PlainAscii(AttributeSpecials);

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(2 * PieceSize);
    private int _length;
    private OpenElement[] _open = new OpenElement[16];
    private int _depth;

    // The start tag of the innermost element still lacks its '>': the element is empty so far.
    private bool _startTagOpen;

    public XmlPartWriter(Stream output)
    {
        _output = output;
        Append(Declaration);
    }

    /// <summary>Opens <c>&lt;prefix:localName</c>; an empty <paramref name="prefix"/> writes the name alone.</summary>
    public void StartElement(string prefix, string localName)
    {
        CloseStartTag();
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _depth * 2);
        }

        _open[_depth++] = new OpenElement(prefix, localName);
        Append((byte)'<');
        QualifiedName(prefix, localName);
        _startTagOpen = true;
    }

    /// <summary>Declares a namespace on the element just started: <c>xmlns:prefix</c>, or <c>xmlns</c> for an empty prefix.</summary>
    public void NamespaceDeclaration(string prefix, string uri)
    {
        if (prefix.Length == 0)
        {
            Name(" xmlns=\"");
        }
        else
        {
            Name(" xmlns:");
            Name(prefix);
            Append("=\""u8);
        }

        Escaped(uri, AttributeSpecials, PlainInAttribute);
        Append((byte)'"');
    }

    /// <summary>An attribute of the element just started, its value escaped.</summary>
    public void Attribute(string prefix, string localName, ReadOnlySpan<char> value)
    {
        Append((byte)' ');
        QualifiedName(prefix, localName);
        Append("=\""u8);
        Escaped(value, AttributeSpecials, PlainInAttribute);
        Append((byte)'"');
    }

    /// <summary>An attribute with a whole number, in invariant digits.</summary>
    public void Attribute(string prefix, string localName, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        Attribute(prefix, localName, digits[..written]);
    }

    /// <summary>Text content, escaped. Even an empty text makes the element non-empty (<c>&lt;w:t&gt;&lt;/w:t&gt;</c>), as with XmlWriter.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        Escaped(text, TextSpecials, PlainInText);
    }

    /// <summary>Closes the innermost open element: <c> /&gt;</c> when it has no content.</summary>
    public void EndElement()
    {
        var element = _open[--_depth];
        if (_startTagOpen)
        {
            Append(" />"u8);
            _startTagOpen = false;
            return;
        }

        Append("</"u8);
        QualifiedName(element.Prefix, element.LocalName);
        Append((byte)'>');
    }

    /// <summary>Closes what is still open and hands the rest of the part to the stream, then flushes the stream.</summary>
    public void Finish()
    {
        while (_depth > 0)
        {
            EndElement();
        }

        HandOn();

        // XmlWriter flushed its stream at the end: for a zip entry this ends the deflate data with an empty stored block.
        _output.Flush();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void CloseStartTag()
    {
        if (_startTagOpen)
        {
            Append((byte)'>');
            _startTagOpen = false;
        }
    }

    private void QualifiedName(string prefix, string localName)
    {
        if (prefix.Length != 0)
        {
            Name(prefix);
            Append((byte)':');
        }

        Name(localName);
    }

    /// <summary>A name or fixed markup, which is ASCII: no escaping, one byte a character.</summary>
    private void Name(string name)
    {
        if (_length + name.Length <= PieceSize)
        {
            // No boundary check can fall inside the name.
            EnsureRoom(name.Length);
            var buffer = _buffer;
            var start = _length;
            foreach (var c in name)
            {
                if (c > 0x7F)
                {
                    throw new ArgumentException($"Names in a part are ASCII: '{name}'.", nameof(name));
                }

                buffer[start++] = (byte)c;
            }

            _length = start;
            return;
        }

        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            HandOnIfFull();
            var count = Math.Min(rest.Length, PieceSize - _length);
            EnsureRoom(count);
            var target = _buffer.AsSpan(_length, count);
            for (var i = 0; i < count; i++)
            {
                var c = rest[i];
                if (c > 0x7F)
                {
                    throw new ArgumentException($"Names in a part are ASCII: '{name}'.", nameof(name));
                }

                target[i] = (byte)c;
            }

            _length += count;
            rest = rest[count..];
        }
    }

    /// <summary>
    /// Text or an attribute value, escaped, in as few runs as the piece boundary allows: the
    /// boundary is checked before each character, as XmlWriter does, so a run stops short of where
    /// it could be reached and the characters near it go one at a time.
    /// </summary>
    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> specials, bool[] plainAscii)
    {
        if (_length + (text.Length * MaxBytesPerChar) < PieceSize)
        {
            // No boundary check can fall inside the text: copy its plain ASCII start, escape the rest.
            EnsureRoom(text.Length * MaxBytesPerChar);
            var buffer = _buffer;
            var end = _length;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= plainAscii.Length || !plainAscii[c])
                {
                    break;
                }

                buffer[end++] = (byte)c;
            }

            _length = end;
            if (i < text.Length)
            {
                EscapedRun(text[i..], specials);
            }

            return;
        }

        while (!text.IsEmpty)
        {
            HandOnIfFull();
            var count = Math.Max(1, (PieceSize - _length) / MaxBytesPerChar);
            if (count >= text.Length)
            {
                count = text.Length;
            }
            else if (char.IsHighSurrogate(text[count - 1]))
            {
                count++; // a surrogate pair is one character: no check between its halves
            }

            EscapedRun(text[..count], specials);
            text = text[count..];
        }
    }

    private void EscapedRun(ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        if (text.ContainsAnyInRange('\uFFFE', '\uFFFF'))
        {
            throw new ArgumentException("U+FFFE and U+FFFF cannot appear in XML.", nameof(text));
        }

        EnsureRoom(text.Length * MaxBytesPerChar);
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(specials);
            var plain = special < 0 ? text : text[..special];
            if (!plain.IsEmpty)
            {
                var status = Utf8.FromUtf16(plain, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: false);
                if (status != OperationStatus.Done)
                {
                    throw new ArgumentException("A text has a lone surrogate character, which XML cannot hold.", nameof(text));
                }

                _length += written;
            }

            if (special < 0)
            {
                return;
            }

            Append(text[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                var c => throw new ArgumentException(
                    $"The control character U+{(int)c:X4} cannot appear in XML.", nameof(text)),
            });
            text = text[(special + 1)..];
        }
    }

    private void HandOnIfFull()
    {
        if (_length >= PieceSize)
        {
            HandOn();
        }
    }

    private void HandOn()
    {
        if (_length > 0)
        {
            _output.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    private void Append(byte value)
    {
        EnsureRoom(1);
        _buffer[_length++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureRoom(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    // The check is made on every write and inlined there; growing is rare and kept out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureRoom(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Grow(count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <summary>The given characters and the control characters other than tab, line feed and carriage return.</summary>
    private static string Specials(string escaped) => escaped + Core.Text.XmlCharacters.ForbiddenControls;

    private static bool[] PlainAscii(SearchValues<char> specials)
    {
        var plain = new bool[0x80];
        for (var c = 0; c < plain.Length; c++)
        {
            plain[c] = !specials.Contains((char)c);
        }
        return plain;
    }

    private readonly record struct OpenElement(string Prefix, string LocalName);
}
