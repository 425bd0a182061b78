namespace PlanGen.Core.Yaml;

/// <summary>
/// The parser reports an unclosed <c>[</c> or <c>{</c> where it gave up looking for the closing one,
/// often the end of the file; the clerk needs the place where the bracket was opened.
/// </summary>
internal static class UnclosedBracket
{
    /// <summary>The 0-based line and column of the innermost bracket still open at (line, column), or null.</summary>
    public static (int Line, int Column)? Find(string text, int stopLine, int stopColumn)
    {
        var open = new Stack<(int Line, int Column)>();
        int line = 0, column = 0;
        char quote = '\0';
        var comment = false;
        var previous = '\n';
        foreach (var c in text)
        {
            if (line > stopLine || (line == stopLine && column >= stopColumn))
            {
                break;
            }
            if (c == '\n')
            {
                line++;
                column = 0;
                comment = false;
                previous = c;
                continue;
            }
            if (!comment)
            {
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if (c is '"' or '\'' && open.Count > 0) quote = c;
                else if (c == '#' && char.IsWhiteSpace(previous)) comment = true;
                else if (c is '[' or '{') open.Push((line, column));
                else if (c is ']' or '}' && open.Count > 0) open.Pop();
            }
            column++;
            previous = c;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
