namespace PlanGen.Core.Document.Markup;

/// <summary>The children of an element, walked in order without allocating.</summary>
internal readonly struct MarkupChildren(MarkupNode? first)
{
    public Enumerator GetEnumerator() => new(first);

    public struct Enumerator(MarkupNode? first)
    {
        private MarkupNode? _next = first;

        public MarkupNode Current { get; private set; } = null!;

        public bool MoveNext()
        {
            if (_next is null)
            {
                return false;
            }

            Current = _next;
            _next = _next.Next;
            return true;
        }
    }
}
