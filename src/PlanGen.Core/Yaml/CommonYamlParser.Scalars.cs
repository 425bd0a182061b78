using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>The texts: plain, quoted, and one-line flow lists of them.</summary>
internal sealed partial class CommonYamlParser
{
    /// <summary>
    /// A plain or quoted text at the current place, whose further lines are indented deeper than
    /// <paramref name="indent"/>; leaves the place at the next line that holds something.
    /// </summary>
    private void ParseScalar(int indent)
    {
        var start = Here();
        if (Current is '\'' or '"')
        {
            var (value, style) = ReadQuoted(indent, singleLine: false);
            Add(new Scalar(NoAnchor, TagName.Empty, value, style, false, true, start, Here()));
            EndLine();
            return;
        }
        RequirePlainStart(inFlow: false);
        var value0 = ReadPlainLine(out var ended);
        var end = Here();
        if (!ended)
        {
            // Further lines fold into the text: one line break becomes a space, each blank line
            // between two lines a line break.
            StringBuilder? folded = null;
            while (NextContinuationLine(indent) is var (blankLines, lineStart))
            {
                if (folded is null)
                {
                    folded = _folded.Clear().Append(value0);
                }
                if (blankLines == 0)
                {
                    folded.Append(' ');
                }
                else
                {
                    folded.Append('\n', blankLines);
                }
                _pos = lineStart;
                if (Current is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
                {
                    GiveUp(); // an indicator at a line's start: leave its meaning to YamlDotNet
                }
                folded.Append(ReadPlainLine(out ended));
                end = Here();
                if (ended)
                {
                    break;
                }
            }
            if (folded is not null)
            {
                value0 = folded.ToString();
            }
        }
        Add(new Scalar(NoAnchor, TagName.Empty, value0, ScalarStyle.Plain, true, false, start, end));
        EndLine();
    }

    /// <summary>
    /// Reads plain text to the end of its line or to a comment, and stops just after its last
    /// character that is not a space; <paramref name="endedByComment"/> tells whether a comment
    /// closed it (then no further line belongs to it).
    /// </summary>
    private string ReadPlainLine(out bool endedByComment)
    {
        var first = _pos;
        var i = _pos;
        endedByComment = false;
        while ((i = NextPlainStop(i)) < _text.Length)
        {
            var c = _text[i];
            if (IsBreak(c))
            {
                break;
            }
            if (c == '#' && i > first && _text[i - 1] == ' ')
            {
                endedByComment = true;
                break;
            }
            if (c == ':' && IsBlankOrEnd(i + 1))
            {
                GiveUp(); // "a: b: c" is not valid YAML; YamlDotNet says why
            }
            GiveUpAtAliasLike(i);
            i++;
        }
        var contentEnd = i;
        while (contentEnd > first && _text[contentEnd - 1] == ' ')
        {
            contentEnd--;
        }
        _pos = contentEnd;
        return _text[first..contentEnd];
    }

    /// <summary>
    /// Where the next line of a plain text starts, and how many blank lines come before it; null
    /// when the text ends (at a comment line, a line indented no deeper than
    /// <paramref name="indent"/>, or the end of the file).
    /// </summary>
    private (int BlankLines, int LineStart)? NextContinuationLine(int indent)
    {
        var i = _pos;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }
        if (i >= _text.Length || !IsBreak(_text[i]))
        {
            return null;
        }
        var blank = -1;
        while (true)
        {
            // i is at a line break: step over it and the next line's indentation.
            i += _text[i] == '\r' ? 2 : 1;
            blank++;
            var lineStart = i;
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }
            if (i >= _text.Length)
            {
                return null;
            }
            if (IsBreak(_text[i]))
            {
                continue;
            }
            if (i - lineStart <= indent || _text[i] == '#')
            {
                return null;
            }
            MoveTo(i);
            return (blank, i);
        }
    }

    /// <summary>
    /// A single- or double-quoted text; a line break inside folds as in plain text. Escapes other
    /// than \\ \" \/ \n \t \r, and further lines not indented deeper than
    /// <paramref name="indent"/>, are left to YamlDotNet.
    /// </summary>
    private (string Value, ScalarStyle Style) ReadQuoted(int indent, bool singleLine)
    {
        var quote = Current;
        var style = quote == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
        var first = ++_pos;
        StringBuilder? built = null;
        var keep = 0; // the length of built up to its last character that is not a folded-away space
        var i = first;
        while (true)
        {
            if (i >= _text.Length)
            {
                GiveUp();
            }
            var c = _text[i];
            if (c == quote && !(quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\''))
            {
                _pos = i + 1;
                return (built is null ? _text[first..i] : built.ToString(), style);
            }
            if ((c == '\'' && quote == '\'') || (c == '\\' && quote == '"') || IsBreak(c))
            {
                built ??= _folded.Clear().Append(_text, first, i - first);
                if (c == '\'')
                {
                    built.Append('\''); // a doubled quote
                    i += 2;
                    keep = built.Length;
                    continue;
                }
                if (c == '\\')
                {
                    var escaped = i + 1 < _text.Length ? _text[i + 1] : '\0';
                    built.Append(escaped switch
                    {
                        '\\' => '\\',
                        '"' => '"',
                        '/' => '/',
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        _ => GiveUp<char>(),
                    });
                    i += 2;
                    keep = built.Length;
                    continue;
                }
                if (singleLine)
                {
                    GiveUp();
                }
                // A line break: spaces before it go, and so does the next line's indentation.
                built.Length = keep;
                var blank = -1;
                var lineStart = i;
                while (i < _text.Length && IsBreak(_text[i]))
                {
                    i += _text[i] == '\r' ? 2 : 1;
                    blank++;
                    lineStart = i;
                    while (i < _text.Length && _text[i] == ' ')
                    {
                        i++;
                    }
                }
                if (i >= _text.Length || i - lineStart <= indent)
                {
                    GiveUp();
                }
                MoveTo(i);
                if (blank == 0)
                {
                    built.Append(' ');
                }
                else
                {
                    built.Append('\n', blank);
                }
                keep = built.Length;
                continue;
            }
            if (built is not null)
            {
                built.Append(c);
                if (c != ' ')
                {
                    keep = built.Length;
                }
            }
            else if (c != ' ')
            {
                keep = i + 1 - first;
            }
            i++;
        }
    }

    /// <summary>A list written "[a, b, 'c']" on one line, of texts only.</summary>
    private void ParseFlowSequence()
    {
        var start = Here();
        Add(new SequenceStart(NoAnchor, TagName.Empty, true, SequenceStyle.Flow, start, start));
        _pos++;
        SkipSpaces();
        while (Current != ']')
        {
            var itemStart = Here();
            if (Current is '\'' or '"')
            {
                var (value, style) = ReadQuoted(-1, singleLine: true);
                Add(new Scalar(NoAnchor, TagName.Empty, value, style, false, true, itemStart, Here()));
            }
            else
            {
                RequirePlainStart(inFlow: true);
                var contentEnd = _pos;
                var i = _pos;
                for (; i < _text.Length && _text[i] is not (',' or ']'); i++)
                {
                    var c = _text[i];
                    if (IsBreak(c) || c is '[' or '{' or '}' or ':' or '#')
                    {
                        GiveUp();
                    }
                    GiveUpAtAliasLike(i);
                    if (c != ' ')
                    {
                        contentEnd = i + 1;
                    }
                }
                Add(new Scalar(NoAnchor, TagName.Empty, _text[_pos..contentEnd], ScalarStyle.Plain, true, false, itemStart, At(contentEnd)));
                _pos = contentEnd;
            }
            SkipSpaces();
            if (Current == ',')
            {
                _pos++;
                SkipSpaces();
            }
            else if (Current != ']')
            {
                GiveUp();
            }
        }
        var end = Here();
        Add(new SequenceEnd(end, end));
        _pos++;
    }

    private void RequirePlainStart(bool inFlow)
    {
        if (AtLineEnd())
        {
            GiveUp();
        }
        switch (Current)
        {
            case '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                GiveUp();
                break;
            case '-' when inFlow || IsBlankOrEnd(_pos + 1):
                GiveUp();
                break;
        }
    }
}
