using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Reads body blocks and numbers them as it goes: every container keeps its own counters, so the
/// whole tree is numbered in the single pass that reads it.
/// </summary>
internal sealed class BlockParser(ParseContext context)
{
    /// <summary>Counters of one container: clauses and points restart in each.</summary>
    internal sealed class Counters
    {
        public int Parts;
        public int Clauses;
        public int Points;
        public int Articles;
    }

    private static readonly string[] InDocument = ["p", "basis", "addressee", "heading", "article", "part", "clause", "point", "dash", "table", "closing"];
    private static readonly string[] InArticle = ["p", "clause", "point", "dash", "table"];
    private static readonly string[] InPartOrClause = ["p", "basis", "clause", "point", "dash", "table"];
    private static readonly string[] InPoint = ["p", "dash", "plus"];
    private static readonly string[] InDash = ["p", "plus"];
    private static readonly string[] InOther = ["p"];

    /// <summary>Elements each container may hold (besides inline text, which becomes a paragraph); made once, looked up per element.</summary>
    private static string[] Allowed(string container) => container switch
    {
        "document" => InDocument,
        "part" or "clause" => InPartOrClause,
        "article" => InArticle,
        "point" => InPoint,
        "dash" => InDash,
        _ => InOther,
    };

    /// <summary>Reads all children of a container element.</summary>
    public List<Block> ReadChildren(MarkupElement container, IReadOnlyList<int>? clausePath)
    {
        var blocks = new List<Block>();
        var pending = new List<InlineRun>();
        var counters = new Counters();
        foreach (var node in container.Children)
        {
            if (InlineParser.IsInline(node))
            {
                InlineParser.Append(node, container, pending, bold: false, italic: false, context);
                continue;
            }

            if (node is MarkupElement element)
            {
                Flush(pending, blocks);
                var block = Read(element, container, counters, clausePath);
                if (block is not null)
                {
                    blocks.Add(block);
                }
            }
        }

        Flush(pending, blocks);
        return blocks;
    }

    /// <summary>Reads one block element; null (with an error) when it does not belong in <paramref name="parent"/>.</summary>
    public Block? Read(MarkupElement element, MarkupElement parent, Counters counters, IReadOnlyList<int>? clausePath)
    {
        var name = element.LocalName;
        if (element.Namespace.Length != 0 || Array.IndexOf(Allowed(parent.LocalName), name) < 0)
        {
            context.UnknownElement(element, parent);
            return null;
        }

        switch (name)
        {
            case "p":
                context.CheckAttributes(element);
                return new Paragraph(ParagraphKind.Body, InlineParser.Read(element, context));
            case "basis":
                context.CheckAttributes(element);
                return new Paragraph(ParagraphKind.Basis, InlineParser.Read(element, context));
            case "addressee":
                context.CheckAttributes(element);
                return new Paragraph(ParagraphKind.Addressee, InlineParser.Read(element, context));
            case "heading":
                context.CheckAttributes(element);
                return new Paragraph(ParagraphKind.Heading, InlineParser.Read(element, context));
            case "article":
                context.CheckAttributes(element);
                var article = ArticleLabel.Format(++counters.Articles);
                return new Article(article, WithLabel(ReadChildren(element, null), article + " ", bold: true));
            case "table":
                return new TableParser(context).Read(element);
            case "closing":
                context.CheckAttributes(element);
                return new Closing(ClosingMark(InlineParser.Read(element, context)));
            case "part":
                context.CheckAttributes(element, "title", "numbering");
                // A plan keeps the document's own numbering of its parts ("A.", "Phần I."); the decree's I. otherwise.
                var numbering = ParseContext.Attribute(element, "numbering");
                var partNumber = DivisionHeading.Format(numbering, ++counters.Parts) ?? NumberingLabel.Part(counters.Parts).Format();
                // Under a part numbered "1." its clauses go on from its number, "1.1", "1.2", so no two labels read alike.
                return new Part(partNumber, ParseContext.Attribute(element, "title"), ReadChildren(element, numbering == DivisionHeading.ArabicStyle ? [counters.Parts] : null));
            case "clause":
                return ReadClause(element, counters, clausePath);
            case "point":
                context.CheckAttributes(element, "title");
                var label = NumberingLabel.Point(++counters.Points).Format();
                var pointTitle = ParseContext.Attribute(element, "title");
                var pointChildren = ReadChildren(element, null);
                return new Point(label, pointTitle, pointTitle is null ? WithLabel(pointChildren, label + " ") : pointChildren);
            case "dash":
                context.CheckAttributes(element);
                return new DashItem(WithLabel(ReadChildren(element, null), "- "));
            default: // "plus"
                context.CheckAttributes(element);
                return new PlusItem(WithLabel(ReadChildren(element, null), "+ "));
        }
    }

    private Clause ReadClause(MarkupElement element, Counters counters, IReadOnlyList<int>? clausePath)
    {
        context.CheckAttributes(element, "title");
        int[] path = [.. clausePath ?? [], ++counters.Clauses];

        // Top-level clauses print "1." (with the stop); nested ones print "1.1" as administrative documents do.
        var number = NumberingLabel.Clause(path).Format();
        var title = ParseContext.Attribute(element, "title");
        var children = ReadChildren(element, path);
        return new Clause(number, title, title is null ? WithLabel(children, number + " ") : children);
    }

    private static void Flush(List<InlineRun> pending, List<Block> blocks)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var runs = InlineParser.Normalize(pending);
        pending.Clear();
        if (runs.Count > 0)
        {
            blocks.Add(new Paragraph(ParagraphKind.Body, runs));
        }
    }

    /// <summary>Puts a number or list mark in front of the first paragraph (or alone, when there is none).</summary>
    private static List<Block> WithLabel(List<Block> children, string label, bool bold = false)
    {
        if (children.Count > 0 && children[0] is Paragraph first)
        {
            children[0] = first with { Runs = [new InlineRun(label, bold), .. first.Runs] };
        }
        else
        {
            children.Insert(0, new Paragraph(ParagraphKind.Body, [new InlineRun(label.TrimEnd(), bold)]));
        }

        return children;
    }

    /// <summary>The body ends with "./."; a sentence that ends with a stop only gets "/.".</summary>
    internal static List<InlineRun> ClosingMark(IReadOnlyList<InlineRun> runs)
    {
        var marked = runs.ToList();
        var text = InlineRun.PlainText(marked);
        if (!text.EndsWith("./.", StringComparison.Ordinal))
        {
            marked.Add(new InlineRun(text.EndsWith('.') ? "/." : "./."));
        }

        return marked;
    }
}
