using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Reads the YAML that plans, unit lists and manifests are written in (block mappings and lists,
/// plain and quoted text over one or more lines, one-line flow lists, comments) straight from the
/// string into the events YamlDotNet's parser gives for it, at the same places. Anything else
/// (anchors, aliases, tags, block scalars, flow mappings, tabs, several documents) and anything
/// that is not valid YAML makes it give up, and YamlDotNet reads the text instead; so a file's
/// tree and every message about it are YamlDotNet's either way, and a typical plan is read
/// without YamlDotNet's token objects and its character-by-character reader.
/// </summary>
internal sealed partial class CommonYamlParser
{
    // A step deeper than the loader's own limit, so the loader still reports the nesting itself.
    private const int MaxDepth = YamlTreeLoader.MaxDepth + 2;

    // The same value as AnchorName.Empty, without touching AnchorName's statics, which build the
    // regular expression it checks anchor names with: the events this parser makes never carry an anchor.
    private static AnchorName NoAnchor => default;

    // YamlDotNet takes no longer implicit key (YAML allows 1024 characters).
    private const int MaxKeyLength = 1000;

    private readonly string _text;
    private readonly List<ParsingEvent> _events = [];
    private readonly StringBuilder _folded = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private CommonYamlParser(string text) => _text = text;

    /// <summary>The events of <paramref name="text"/>, or null when YamlDotNet must read it.</summary>
    public static List<ParsingEvent>? TryParse(string text)
    {
        if (!IsCommonText(text))
        {
            return null;
        }
        var parser = new CommonYamlParser(text);
        try
        {
            parser.ParseStream();
            return parser._events;
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when every character is one the parser reads as YAML would: no tab, no control
    /// character, no line break but LF and CR LF, no byte-order mark or surrogate, and no line
    /// that starts a directive or marks a document's start or end.
    /// </summary>
    private static bool IsCommonText(string text)
    {
        if (text.Length == 0 || HasUncommonCharacter(text))
        {
            return false;
        }
        for (var cr = text.IndexOf('\r', StringComparison.Ordinal); cr >= 0; cr = text.IndexOf('\r', cr + 1))
        {
            if (cr + 1 == text.Length || text[cr + 1] != '\n')
            {
                return false;
            }
        }
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var line = text.AsSpan(lineStart);
            if (line[0] == '%' || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal))
            {
                return false;
            }
            var newline = line.IndexOf('\n');
            if (newline < 0)
            {
                break;
            }
            lineStart += newline + 1;
        }
        return true;
    }

    /// <summary>
    /// Looks for the characters YAML treats specially or refuses (controls but LF and CR, C1
    /// controls, surrogates, the Unicode line and paragraph separators, U+FEFF, U+FFFE, U+FFFF).
    /// </summary>
    private static bool HasUncommonCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not '\n' and not '\r') || c is (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }
        return false;
    }

    private void ParseStream()
    {
        var start = Here();
        Add(new StreamStart(start, start));
        SkipBlank();
        if (AtEnd)
        {
            GiveUp();
        }
        var documentStart = Here();
        Add(new DocumentStart(null, null, true, documentStart, documentStart));
        if (IsDashEntry())
        {
            ParseBlockSequence(Indent, indentless: false, 1);
        }
        else if (IsKeyAhead())
        {
            ParseBlockMapping(Indent, 1);
        }
        else
        {
            GiveUp(); // a document that is one text: rare, left to YamlDotNet
        }
        if (!AtEnd)
        {
            GiveUp();
        }
        var end = EndOfText();
        Add(new DocumentEnd(true, end, end));
        Add(new StreamEnd(end, end));
    }

    private void ParseBlockMapping(int indent, int depth)
    {
        CheckDepth(depth);
        var start = Here();
        Add(new MappingStart(NoAnchor, TagName.Empty, true, MappingStyle.Block, start, start));
        while (true)
        {
            var colonEnd = ParseKey();
            SkipSpaces();
            if (AtLineEnd())
            {
                ParseValueOnNextLines(indent, colonEnd, allowIndentless: true, depth);
            }
            else
            {
                ParseInlineValue(indent, depth);
            }
            if (AtEnd || Indent < indent)
            {
                break;
            }
            if (Indent > indent || IsDashEntry())
            {
                GiveUp();
            }
        }
        var end = BlockEnd(indent);
        Add(new MappingEnd(end, end));
    }

    private void ParseBlockSequence(int indent, bool indentless, int depth)
    {
        CheckDepth(depth);
        var start = Here();
        var startEnd = indentless ? At(_pos + 1) : start;
        Add(new SequenceStart(NoAnchor, TagName.Empty, true, SequenceStyle.Block, start, startEnd));
        while (true)
        {
            _pos++; // the dash
            var dashEnd = Here();
            SkipSpaces();
            if (AtLineEnd())
            {
                ParseValueOnNextLines(indent, dashEnd, allowIndentless: false, depth);
            }
            else if (IsDashEntry())
            {
                GiveUp(); // "- - x": a list in a list on one line
            }
            else if (IsKeyAhead())
            {
                ParseBlockMapping(Indent, depth + 1);
            }
            else
            {
                ParseInlineValue(indent, depth);
            }
            if (AtEnd || Indent < indent)
            {
                break;
            }
            if (Indent > indent)
            {
                GiveUp();
            }
            if (!IsDashEntry())
            {
                if (indentless)
                {
                    break; // the mapping that holds the list goes on with its next key
                }
                GiveUp();
            }
        }
        var end = BlockEnd(indent);
        Add(new SequenceEnd(end, end));
    }

    /// <summary>
    /// The value after "key:" or "-" with nothing more on its line: a node on the lines below,
    /// indented deeper, or a list at the key's own indentation, or else an empty value.
    /// </summary>
    private void ParseValueOnNextLines(int indent, Mark emptyAt, bool allowIndentless, int depth)
    {
        SkipBlank();
        if (!AtEnd && Indent > indent)
        {
            if (IsDashEntry())
            {
                ParseBlockSequence(Indent, indentless: false, depth + 1);
            }
            else if (IsKeyAhead())
            {
                ParseBlockMapping(Indent, depth + 1);
            }
            else
            {
                ParseScalar(indent);
            }
        }
        else if (allowIndentless && !AtEnd && Indent == indent && IsDashEntry())
        {
            ParseBlockSequence(indent, indentless: true, depth + 1);
        }
        else
        {
            Add(new Scalar(NoAnchor, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false, emptyAt, emptyAt));
        }
    }

    /// <summary>A value that starts on the line of its key or dash.</summary>
    private void ParseInlineValue(int indent, int depth)
    {
        if (Current == '[')
        {
            CheckDepth(depth + 1);
            ParseFlowSequence();
            EndLine();
        }
        else
        {
            ParseScalar(indent);
        }
    }

    /// <summary>Reads a key and its colon; returns the place just after the colon.</summary>
    private Mark ParseKey()
    {
        var start = Here();
        if (Current is '\'' or '"')
        {
            var (value, style) = ReadQuoted(-1, singleLine: true);
            Add(new Scalar(NoAnchor, TagName.Empty, value, style, false, true, start, Here()));
            SkipSpaces();
        }
        else
        {
            RequirePlainStart(inFlow: false);
            var i = PlainKeyColon();
            if (i < 0)
            {
                GiveUp(); // no colon on the line: not a key
            }
            var contentEnd = i;
            while (_text[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }
            if (contentEnd - _pos > MaxKeyLength)
            {
                GiveUp();
            }
            Add(new Scalar(NoAnchor, TagName.Empty, _text[_pos..contentEnd], ScalarStyle.Plain, true, false, start, At(contentEnd)));
            _pos = i;
        }
        if (AtEnd || Current != ':' || !IsBlankOrEnd(_pos + 1))
        {
            GiveUp();
        }
        _pos++;
        return Here();
    }
}
