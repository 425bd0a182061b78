using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// The fonts a page uses that the PDF does not carry: another computer (the signer's, the e-office's
/// viewer) would print their text in a font of its own, with other widths and maybe without the
/// Vietnamese letters. Fonts are looked for in the page's resources (inherited from the page tree)
/// and in the forms it draws.
/// </summary>
internal static class PdfFonts
{
    /// <summary>Forms inside forms are followed this deep; a printed page nests one or two.</summary>
    private const int MaxDepth = 8;

    private static readonly NameToken[] FontFiles = [NameToken.Create("FontFile"), NameToken.Create("FontFile2"), NameToken.Create("FontFile3")];

    /// <summary>The names of the fonts <paramref name="page"/> uses without embedding them (subset prefix left out).</summary>
    public static IEnumerable<string> NotEmbedded(DictionaryToken page, IPdfTokenScanner scanner)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Visit(InheritedResources(page, scanner), scanner, found, [], 0);
        return found;
    }

    private static DictionaryToken? InheritedResources(DictionaryToken page, IPdfTokenScanner scanner)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            if (Get<DictionaryToken>(node, "Resources", scanner) is { } resources) return resources;
            node = Get<DictionaryToken>(node, "Parent", scanner);
        }
        return null;
    }

    private static void Visit(DictionaryToken? resources, IPdfTokenScanner scanner, SortedSet<string> found, HashSet<DictionaryToken> seen, int depth)
    {
        if (resources is null || depth > MaxDepth || !seen.Add(resources)) return;
        if (Get<DictionaryToken>(resources, "Font", scanner) is { } fonts)
        {
            foreach (var token in fonts.Data.Values)
            {
                if (Resolve<DictionaryToken>(token, scanner) is { } font && !IsEmbedded(font, scanner))
                {
                    found.Add(NameOf(font, scanner));
                }
            }
        }
        if (Get<DictionaryToken>(resources, "XObject", scanner) is { } objects)
        {
            foreach (var token in objects.Data.Values)
            {
                if (Resolve<StreamToken>(token, scanner) is { } form)
                {
                    Visit(Get<DictionaryToken>(form.StreamDictionary, "Resources", scanner), scanner, found, seen, depth + 1);
                }
            }
        }
    }

    /// <summary>A Type 3 font is drawn by the PDF itself; any other is embedded when its descriptor holds a font file.</summary>
    private static bool IsEmbedded(DictionaryToken font, IPdfTokenScanner scanner)
    {
        if (Get<NameToken>(font, "Subtype", scanner)?.Data == "Type3") return true;
        var described = font;
        if (Get<ArrayToken>(font, "DescendantFonts", scanner) is { Length: > 0 } descendants)
        {
            described = Resolve<DictionaryToken>(descendants[0], scanner) ?? font;
        }
        var descriptor = Get<DictionaryToken>(described, "FontDescriptor", scanner);
        return descriptor is not null && FontFiles.Any(file => descriptor.ContainsKey(file));
    }

    private static string NameOf(DictionaryToken font, IPdfTokenScanner scanner)
    {
        var name = Get<NameToken>(font, "BaseFont", scanner)?.Data ?? "?";
        // A subset is named ABCDEF+Family; the family is what a clerk knows.
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[(plus + 1)..] : name;
    }

    private static T? Get<T>(DictionaryToken dictionary, string key, IPdfTokenScanner scanner)
        where T : class, IToken =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve<T>(token, scanner) : null;

    /// <summary>The object a token stands for, following a reference (or a short chain of them).</summary>
    private static T? Resolve<T>(IToken? token, IPdfTokenScanner scanner)
        where T : class, IToken
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 8; hops++)
        {
            token = scanner.Get(reference.Data)?.Data;
        }
        return token as T;
    }
}
