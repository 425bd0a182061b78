using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>Places in the text, and the steps over blanks, comments and line ends.</summary>
internal sealed partial class CommonYamlParser
{
    private bool AtEnd => _pos >= _text.Length;

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    /// <summary>The column of the current place, from 0: its indentation when it opens a line.</summary>
    private int Indent => _pos - _lineStart;

    private Mark Here() => new(_pos, _line, _pos - _lineStart + 1);

    private Mark At(int index) => new(index, _line, index - _lineStart + 1);

    // YamlDotNet puts the end of the text on the line after the last, at its first column.
    private Mark EndOfText() => new(_text.Length, _text[^1] == '\n' ? _line : _line + 1, 1);

    /// <summary>
    /// Where a block ends: at the next thing in the text, or at its end. There YamlDotNet first
    /// closes the blocks indented deeper than the end's own column, at the end itself, and then
    /// the rest, on the line after.
    /// </summary>
    private Mark BlockEnd(int indent) => !AtEnd || indent > _text.Length - _lineStart ? Here() : EndOfText();

    private static bool IsBreak(char c) => c is '\n' or '\r';

    private bool IsBlankOrEnd(int index) => index >= _text.Length || _text[index] is ' ' or '\n' or '\r';

    private bool IsDashEntry() => Current == '-' && IsBlankOrEnd(_pos + 1);

    /// <summary>
    /// Whether the current line, from here, is "key: …": a plain or one-line quoted text followed
    /// by a colon and a space or the line's end, before any comment.
    /// </summary>
    private bool IsKeyAhead()
    {
        var i = _pos;
        if (Current is '\'' or '"')
        {
            var quote = Current;
            for (i++; ; i++)
            {
                if (i >= _text.Length || IsBreak(_text[i]))
                {
                    return false;
                }
                if (quote == '"' && _text[i] == '\\')
                {
                    i++;
                }
                else if (_text[i] == quote)
                {
                    if (quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            for (i++; i < _text.Length && _text[i] == ' '; i++)
            {
            }
            return i < _text.Length && _text[i] == ':' && IsBlankOrEnd(i + 1);
        }
        return PlainKeyColon() >= 0;
    }

    /// <summary>
    /// The colon that ends a plain key starting here (followed by a space or the line's end, before
    /// any comment), or -1 when the line has none.
    /// </summary>
    private int PlainKeyColon()
    {
        for (var i = _pos; (i = NextPlainStop(i)) < _text.Length; i++)
        {
            var c = _text[i];
            if (IsBreak(c) || (c == '#' && i > _pos && _text[i - 1] == ' '))
            {
                return -1;
            }
            if (c == ':' && IsBlankOrEnd(i + 1))
            {
                return i;
            }
            GiveUpAtAliasLike(i);
        }
        return -1;
    }

    // What can end or change the meaning of a plain text on its line.
    private static readonly System.Buffers.SearchValues<char> PlainStops = System.Buffers.SearchValues.Create(":#*\r\n");

    /// <summary>The index of the next character at or after <paramref name="from"/> that may stop a plain text, or the text's length.</summary>
    private int NextPlainStop(int from)
    {
        var found = _text.AsSpan(from).IndexOfAny(PlainStops);
        return found < 0 ? _text.Length : from + found;
    }

    /// <summary>
    /// YamlDotNet reads a plain text that holds " *word" in a way of its own (a colon after it
    /// does not make a key, and the text may run on over lines that start a list item): left to it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void GiveUpAtAliasLike(int i)
    {
        if (_text[i] == '*')
        {
            GiveUpAfterSpace(i);
        }
    }

    private void GiveUpAfterSpace(int i)
    {
        if (i > 0 && _text[i - 1] == ' ' && !IsBlankOrEnd(i + 1))
        {
            GiveUp();
        }
    }

    private bool AtLineEnd() => AtEnd || IsBreak(Current) || Current == '#';

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    /// <summary>Steps over spaces, comments and line breaks to the next thing on a line.</summary>
    private void SkipBlank()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && !IsBreak(_text[_pos]))
                {
                    _pos++;
                }
            }
            else if (IsBreak(c))
            {
                _pos += c == '\r' ? 2 : 1;
                _line++;
                _lineStart = _pos;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>After a value: only spaces and a comment may follow on its line.</summary>
    private void EndLine()
    {
        if (!AtEnd && !IsBreak(Current))
        {
            if (Current != ' ')
            {
                GiveUp();
            }
            SkipSpaces();
            if (!AtLineEnd())
            {
                GiveUp();
            }
        }
        SkipBlank();
    }

    /// <summary>Moves to <paramref name="index"/>, counting the line breaks on the way.</summary>
    private void MoveTo(int index)
    {
        for (var i = _pos; i < index; i++)
        {
            if (_text[i] == '\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }
        _pos = index;
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            GiveUp();
        }
    }

    private void Add(ParsingEvent e) => _events.Add(e);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void GiveUp() => throw new GiveUpException();

    private static T GiveUp<T>() => throw new GiveUpException();

    private sealed class GiveUpException : Exception;
}
