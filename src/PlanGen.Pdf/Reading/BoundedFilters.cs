using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// The PDF library's own filters, each held to a document's <see cref="DecodeBudget"/>: an
/// expanding filter (Flate, LZW, run-length) is measured before it runs, and every filter's output
/// is spent from the budget after.
/// </summary>
internal sealed class BoundedFilters(DecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Bound(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new BoundedFilter(f, budget))];

    private sealed class BoundedFilter(IFilter inner, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            switch (inner)
            {
                case FlateFilter:
                    budget.Expect(budget.Inflated(input));
                    break;
                case LzwFilter:
                    var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
                    budget.Expect(budget.LzwCost(input.Span, parameters.GetIntOrDefault(NameToken.EarlyChange, 1) == 1));
                    break;
                case RunLengthFilter:
                    budget.Expect(budget.RunLength(input.Span));
                    break;
            }
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(output.Length);
            return output;
        }
    }
}
