using System.IO.Compression;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// How many bytes the PDF library may unpack for one document, all streams together (a page may
/// draw one stream a thousand times). An expanding filter's output is counted before the library
/// decodes it — Flate by inflating into nothing, LZW and run-length by walking their codes — so a
/// 7 KB file that decodes to 4 GB is stopped at the budget, never allocated. Once spent, the
/// budget stays spent: a library that swallows the refusal cannot make the reader go on.
/// </summary>
internal sealed class DecodeBudget(long limit)
{
    private long _used;

    /// <summary>The budget of a document.</summary>
    public long Limit { get; } = limit;

    /// <summary>True once a stream was refused for going over the budget.</summary>
    public bool Exceeded { get; private set; }

    private long Remaining => Math.Max(0, Limit - Interlocked.Read(ref _used));

    /// <summary>Refuses a stream whose output (as counted beforehand) would not fit.</summary>
    public void Expect(long bytes)
    {
        if (bytes > Remaining)
        {
            Exceed();
        }
    }

    /// <summary>Spends what a filter produced.</summary>
    public void Spend(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) > Limit)
        {
            Exceed();
        }
    }

    private void Exceed()
    {
        Exceeded = true;
        throw new PdfLimitException(Core.Diagnostics.DiagnosticCode.PdfDecodedTooLarge, Megabytes(Limit));
    }

    /// <summary>What a Flate stream inflates to, counted up to one byte past <see cref="Remaining"/>.</summary>
    public long Inflated(ReadOnlyMemory<byte> input)
    {
        // The two bytes of the zlib header come first, as the library skips them too.
        using var packed = new MemoryStream(input.Length > 2 ? input[2..].ToArray() : []);
        using var inflate = new DeflateStream(packed, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        var cap = Remaining;
        try
        {
            int read;
            while (total <= cap && (read = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data stops where it breaks, in the library as here.
        }
        return total;
    }

    /// <summary>
    /// What an LZW stream costs the library: its output and the code table it keeps (the library
    /// never drops entries past 4,096, so each code costs up to 4 KB more), walked as the library
    /// reads the codes and stopped one byte past <see cref="Remaining"/>.
    /// </summary>
    public long LzwCost(ReadOnlySpan<byte> input, bool earlyChange)
    {
        const int Clear = 256, End = 257;
        var lengths = new int[4096];
        var cap = Remaining;
        long total = 0;
        var count = 258;
        var previous = -1;
        var bits = 9;
        var offset = earlyChange ? 0 : 1;
        long at = 0;
        Reset(lengths);
        while (total <= cap && at + bits <= input.Length * 8L)
        {
            var code = Bits(input, at, bits);
            at += bits;
            if (code == End) break;
            if (code == Clear)
            {
                count = 258;
                previous = -1;
                bits = 9;
                continue;
            }
            int length;
            if (code < count && code < lengths.Length && (code < 256 || code > End))
            {
                length = lengths[code];
                if (previous >= 0) Add(lengths, ref count, lengths[previous] + 1, ref total);
            }
            else
            {
                if (previous < 0) break;
                length = lengths[previous] + 1;
                Add(lengths, ref count, length, ref total);
            }
            total += length;
            previous = code;
            bits = count >= 2047 + offset ? 12 : count >= 1023 + offset ? 11 : count >= 511 + offset ? 10 : 9;
        }
        return total;
    }

    private static void Reset(int[] lengths)
    {
        Array.Fill(lengths, 1, 0, 256);
    }

    private static void Add(int[] lengths, ref int count, int length, ref long total)
    {
        if (count < lengths.Length) lengths[count] = length;
        count++;
        total += length;
    }

    private static int Bits(ReadOnlySpan<byte> data, long at, int bits)
    {
        var value = 0;
        for (var i = 0; i < bits; i++)
        {
            var bit = at + i;
            value = (value << 1) | ((data[(int)(bit / 8)] >> (7 - (int)(bit % 8))) & 1);
        }
        return value;
    }

    /// <summary>What a run-length stream expands to, up to one byte past <see cref="Remaining"/>.</summary>
    public long RunLength(ReadOnlySpan<byte> input)
    {
        var cap = Remaining;
        long total = 0;
        for (var i = 0; i < input.Length && total <= cap;)
        {
            var run = input[i];
            if (run == 128) break;
            if (run <= 127)
            {
                total += run + 1;
                i += run + 2;
            }
            else
            {
                total += 257 - run;
                i += 2;
            }
        }
        return total;
    }

    private static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
