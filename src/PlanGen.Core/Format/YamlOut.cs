using System.Text;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// The lines of a plan as the writer makes them: block YAML indented by two, every text through
/// <see cref="YamlEmitter"/>, comments above the key they belong to (once each), a blank line
/// between groups of keys, and a list item's first key on the item's "- " line.
/// </summary>
internal sealed class YamlOut
{
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, List<string>> _comments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commented = new(StringComparer.Ordinal);
    private bool _blankPending;
    private int _dashAt = -1;

    public YamlOut(IEnumerable<YamlComment> comments)
    {
        foreach (var comment in comments)
        {
            if (!_comments.TryGetValue(comment.Path, out var texts))
            {
                _comments[comment.Path] = texts = [];
            }
            texts.Add(comment.Text);
        }
    }

    /// <summary>A blank line before whatever is written next, unless nothing has been written yet.</summary>
    public void Group() => _blankPending = _text.Length > 0;

    /// <summary>Comment lines at <paramref name="indent"/>.</summary>
    public void Comment(int indent, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Write(_dashAt >= 0 ? _dashAt : indent, "# " + YamlEmitter.Comment(line), isComment: true);
        }
    }

    /// <summary>The comments for <paramref name="path"/>, the first time it is named.</summary>
    public void CommentsFor(int indent, string path)
    {
        if (_comments.TryGetValue(path, out var texts) && _commented.Add(path))
        {
            foreach (var text in texts)
            {
                Comment(indent, text);
            }
        }
    }

    /// <summary><c>key: value</c>, the value already in YAML form.</summary>
    public void Pair(int indent, string key, string value, string path)
    {
        CommentsFor(indent, path);
        Write(indent, key + ": " + value, isComment: false);
    }

    /// <summary><c>key:</c> with its value on the lines that follow.</summary>
    public void Key(int indent, string key, string path)
    {
        CommentsFor(indent, path);
        Write(indent, key + ":", isComment: false);
    }

    /// <summary>A list item holding a value already in YAML form.</summary>
    public void Item(int indent, string value, string path)
    {
        CommentsFor(indent, path);
        Write(indent, "- " + value, isComment: false);
    }

    /// <summary>Starts a list item that is a mapping: its first key, written at indent + 2, goes on the "- " line.</summary>
    public void BeginItem(int indent, string path)
    {
        CommentsFor(indent, path);
        _dashAt = indent;
    }

    /// <summary>Ends a mapping item; one with no key at all is written <c>- {}</c> rather than lost.</summary>
    public void EndItem()
    {
        if (_dashAt >= 0)
        {
            var at = _dashAt;
            _dashAt = -1;
            Write(at, "- {}", isComment: false);
        }
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();

    private void Write(int indent, string line, bool isComment)
    {
        if (_blankPending)
        {
            _text.Append('\n');
            _blankPending = false;
        }
        if (!isComment && _dashAt >= 0 && indent == _dashAt + 2)
        {
            _text.Append(' ', _dashAt).Append("- ").Append(line).Append('\n');
            _dashAt = -1;
            return;
        }
        _text.Append(' ', indent).Append(line).Append('\n');
    }
}
