using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Reading;

/// <summary>
/// A read-only stream that fails once more than a set number of bytes has come through: a ZIP
/// entry's declared size can lie, so the unpacked bytes themselves are counted.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        return _read > limit ? throw new DocxReadException(DiagnosticCode.DocxTooLarge, $"> {limit / (1024 * 1024)} MB unpacked") : n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
