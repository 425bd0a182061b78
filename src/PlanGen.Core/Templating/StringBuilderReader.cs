using System.Text;

namespace PlanGen.Core.Templating;

/// <summary>
/// Reads a <see cref="StringBuilder"/> chunk by chunk, so rendered markup is parsed without first
/// being copied into one string (a few hundred kilobytes for each plan of a batch).
/// </summary>
internal sealed class StringBuilderReader(StringBuilder builder) : TextReader
{
    private StringBuilder.ChunkEnumerator _chunks = builder.GetChunks();
    private ReadOnlyMemory<char> _current;

    /// <inheritdoc />
    public override int Peek() => NextChunk() ? _current.Span[0] : -1;

    /// <inheritdoc />
    public override int Read()
    {
        if (!NextChunk())
        {
            return -1;
        }
        var c = _current.Span[0];
        _current = _current[1..];
        return c;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !NextChunk())
        {
            return 0;
        }
        var count = Math.Min(buffer.Length, _current.Length);
        _current.Span[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    // Moves past exhausted chunks; false at the end of the text.
    private bool NextChunk()
    {
        while (_current.IsEmpty)
        {
            if (!_chunks.MoveNext())
            {
                return false;
            }
            _current = _chunks.Current;
        }
        return true;
    }
}
