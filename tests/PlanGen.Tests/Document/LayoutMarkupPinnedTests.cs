using System.Globalization;
using PlanGen.Core.Document.Markup;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Document;

/// <summary>
/// Pins what the markup parser makes of markups good and bad: every error with its place, key,
/// values and order, and every tree line by line; a change of the parser's inside must not show here.
/// </summary>
public class LayoutMarkupPinnedTests
{
    private static string Nested(string element, int depth) =>
        string.Concat(Enumerable.Repeat($"<{element}>", depth)) + string.Concat(Enumerable.Repeat($"</{element}>", depth));

    /// <summary>Markups with errors: names, attributes, values, text, nesting, well-formedness.</summary>
    public static TheoryData<string, string[]> Errors => new()
    {
        {
            "<plan><p>x</p></plan>",
            [
                "1,2 markup.root [plan]",
            ]
        },
        {
            "<document xmlns=\"urn:plan\"><p>x</p></document>",
            [
                "1,2 markup.root [{urn:plan}document]",
            ]
        },
        {
            "<x:document xmlns:x=\"urn:plan\"/>",
            [
                "1,2 markup.root [{urn:plan}document]",
            ]
        },
        {
            "<document>\n  <chapter/>\n  <part>\n    <section/>\n  </part>\n</document>",
            [
                "2,4 markup.unknown-element [chapter|document]",
                "4,6 markup.unknown-element [section|part]",
            ]
        },
        {
            "<document><p>a <u>b</u> c</p></document>",
            [
                "1,17 markup.unknown-element [u|p]",
            ]
        },
        {
            "<document><p>a <b>b <u>c</u></b></p><title>t <i><x/></i></title></document>",
            [
                "1,22 markup.unknown-element [u|b]",
                "1,50 markup.unknown-element [x|i]",
            ]
        },
        {
            "<document><x:p xmlns:x=\"urn:x\">a</x:p><part><x:br xmlns:x=\"urn:x\"/></part></document>",
            [
                "1,12 markup.unknown-element [{urn:x}p|document]",
                "1,46 markup.unknown-element [{urn:x}br|part]",
            ]
        },
        {
            "<document><p>a <x:b xmlns:x=\"urn:x\">b</x:b></p></document>",
            [
                "1,17 markup.unknown-element [{urn:x}b|p]",
            ]
        },
        {
            "<document><header foo=\"1\">text<issuer a=\"b\">X</issuer><seal s=\"1\"/></header></document>",
            [
                "1,19 markup.unknown-attribute [foo|header]",
                "1,27 markup.stray-text [header]",
                "1,39 markup.unknown-attribute [a|issuer]",
                "1,61 markup.unknown-attribute [s|seal]",
                "1,56 markup.unknown-element [seal|header]",
            ]
        },
        {
            "<document><signing x=\"1\">t<recipients>u<recipient>A</recipient><cc/></recipients><signature>v<authority k=\"1\">B</authority><stamp/></signature><witness/></signing></document>",
            [
                "1,20 markup.unknown-attribute [x|signing]",
                "1,26 markup.stray-text [signing]",
                "1,39 markup.stray-text [recipients]",
                "1,65 markup.unknown-element [cc|recipients]",
                "1,93 markup.stray-text [signature]",
                "1,105 markup.unknown-attribute [k|authority]",
                "1,125 markup.unknown-element [stamp|signature]",
                "1,145 markup.unknown-element [witness|signing]",
            ]
        },
        {
            "<document><table border=\"1\">t<column width=\"0\"/><column width=\"101\"/><column width=\"abc\"/><column width=\" 50% \"/><row kind=\"task\" keep-with-next=\"yes\">r<cell span=\"0\">a</cell><cell span=\"64\">b</cell><cell span=\"two\">c</cell><td/></row><footer/></table></document>",
            [
                "1,18 markup.unknown-attribute [border|table]",
                "1,29 markup.stray-text [table]",
                "1,38 markup.width [0]",
                "1,57 markup.width [101]",
                "1,78 markup.width [abc]",
                "1,119 markup.row-kind [task]",
                "1,131 markup.keep [yes]",
                "1,152 markup.stray-text [row]",
                "1,159 markup.span [0]",
                "1,182 markup.span [64]",
                "1,206 markup.span [two]",
                "1,226 markup.unknown-element [td|row]",
                "1,237 markup.unknown-element [footer|table]",
            ]
        },
        {
            "<document><table><column>A</column><column>B</column><header-row x=\"1\"><cell span=\"3\">H</cell></header-row><row number=\"1\"><cell>a</cell><cell>b</cell></row></table></document>",
            [
                "1,66 markup.unknown-attribute [x|header-row]",
                "1,73 markup.cell-past-end [3|2]",
                "1,139 markup.cell-past-end [3|2]",
                "1,19 markup.header-titles []",
                "1,37 markup.header-titles []",
            ]
        },
        {
            "<document><table><column>A</column>\n<column/><column>C</column><header-row>h<th/></header-row></table></document>",
            [
                "2,40 markup.stray-text [header-row]",
                "2,42 markup.unknown-element [th|header-row]",
                "1,19 markup.header-titles []",
                "2,11 markup.header-titles []",
            ]
        },
        {
            "<document><section orientation=\"sideways\" heading=\"H\" lang=\"vi\">t<p x=\"1\">a</p><dash>b</dash><table/></section></document>",
            [
                "1,55 markup.unknown-attribute [lang|section]",
                "1,65 markup.stray-text [section]",
                "1,69 markup.unknown-attribute [x|p]",
                "1,81 markup.unknown-element [dash|section]",
                "1,20 markup.orientation [sideways]",
            ]
        },
        {
            "<document orientation=\"up\" size=\"A4\"><p>a</p><foo/></document>",
            [
                "1,28 markup.unknown-attribute [size|document]",
                "1,47 markup.unknown-element [foo|document]",
                "1,11 markup.orientation [up]",
            ]
        },
        {
            "<document>\n  loose text\n  <p>a</p>tail</document>",
            [
                "1,11 markup.document-text []",
                "3,11 markup.document-text []",
            ]
        },
        {
            "<document><!-- c -->x<![CDATA[y]]>z</document>",
            [
                "1,21 markup.document-text []",
                "1,31 markup.document-text []",
                "1,35 markup.document-text []",
            ]
        },
        {
            "<document><table>a<!--c-->b</table><signing><![CDATA[c]]></signing></document>",
            [
                "1,18 markup.stray-text [table]",
                "1,27 markup.stray-text [table]",
                "1,54 markup.stray-text [signing]",
            ]
        },
        {
            "<document><signing>&#65;</signing><signing>&#32;&#x9;<recipients/></signing></document>",
            [
                "1,20 markup.stray-text [signing]",
            ]
        },
        {
            "<document><properties date=\"2024-13-01\" author=\"me\"/><properties date=\" 2024-01-31 \"/></document>",
            [
                "1,41 markup.unknown-attribute [author|properties]",
                "1,23 markup.date [2024-13-01]",
            ]
        },
        {
            "<document><p>a<br>x</br>b<br> </br><br class=\"c\"/><br><!--c--></br><br><b/></br></p></document>",
            [
                "1,16 markup.br []",
                "1,40 markup.unknown-attribute [class|br]",
                "1,69 markup.br []",
            ]
        },
        {
            "<document><part title=\"a\" xml:lang=\"vi\" xmlns:x=\"urn:x\" x:id=\"1\"/></document>",
            [
                "1,27 markup.unknown-attribute [{http://www.w3.org/XML/1998/namespace}lang|part]",
                "1,57 markup.unknown-attribute [{urn:x}id|part]",
            ]
        },
        {
            "<document><basis id=\"1\">a</basis><closing id=\"2\">b</closing><point id=\"3\"/><clause id=\"4\"><dash id=\"5\"><plus id=\"6\"/></dash></clause><p><b id=\"7\">x</b><i id=\"8\">y</i></p></document>",
            [
                "1,18 markup.unknown-attribute [id|basis]",
                "1,43 markup.unknown-attribute [id|closing]",
                "1,68 markup.unknown-attribute [id|point]",
                "1,84 markup.unknown-attribute [id|clause]",
                "1,97 markup.unknown-attribute [id|dash]",
                "1,110 markup.unknown-attribute [id|plus]",
                "1,140 markup.unknown-attribute [id|b]",
                "1,155 markup.unknown-attribute [id|i]",
            ]
        },
        {
            "<document><point><clause/><part/><basis/></point><dash><dash/><table/></dash><part><part/><closing/></part><clause><closing/><header/></clause></document>",
            [
                "1,19 markup.unknown-element [clause|point]",
                "1,28 markup.unknown-element [part|point]",
                "1,35 markup.unknown-element [basis|point]",
                "1,57 markup.unknown-element [dash|dash]",
                "1,64 markup.unknown-element [table|dash]",
                "1,85 markup.unknown-element [part|part]",
                "1,92 markup.unknown-element [closing|part]",
                "1,117 markup.unknown-element [closing|clause]",
                "1,127 markup.unknown-element [header|clause]",
            ]
        },
        {
            "<document><plus>a</plus><title type=\"x\" y=\"1\">t</title><header><properties/></header></document>",
            [
                "1,12 markup.unknown-element [plus|document]",
                "1,41 markup.unknown-attribute [y|title]",
                "1,65 markup.unknown-element [properties|header]",
            ]
        },
        {
            "<document><table><column width=\"&#49;&#48;1\"/></table></document>",
            [
                "1,26 markup.width [101]",
            ]
        },
        {
            "<document>\r\n<chapter/>\r\n\t<verse/></document>",
            [
                "2,2 markup.unknown-element [chapter|document]",
                "3,3 markup.unknown-element [verse|document]",
            ]
        },
        {
            "<document><p>𝔘 ờ</p><chapter/></document>",
            [
                "1,23 markup.unknown-element [chapter|document]",
            ]
        },
        {
            "<document><section><p><u/></p><table><row><cell><u/></cell></row></table></section><signing><signature><name><u/></name></signature></signing></document>",
            [
                "1,24 markup.unknown-element [u|p]",
                "1,44 markup.cell-past-end [1|0]",
                "1,50 markup.unknown-element [u|cell]",
                "1,111 markup.unknown-element [u|name]",
            ]
        },
        {
            "<document>\n<part>" + Nested("clause", 99) + "</part>\n<part>" + Nested("clause", 99) + "</part>\n<foo/></document>",
            [
                "3,792 markup.too-deep [100]",
            ]
        },
        {
            "<document><p>" + Nested("b", 98) + "</p><p>" + Nested("i", 99) + "</p></document>",
            [
                "1,1002 markup.too-deep [100]",
            ]
        },
        {
            "<plan>" + Nested("b", 120) + "</plan>",
            [
                "1,2 markup.root [plan]",
            ]
        },
        {
            "<document>\n  <p>open\n</document>",
            [
                "2,4 markup.mismatched-end [p|document] → 3,3",
            ]
        },
        {
            "<document>\n  <p>một</p>\n  <part title=\"Mục tiêu\">\n",
            [
                "3,4 markup.unclosed [part]",
            ]
        },
        {
            "<document><p>Sở GD&nbsp;ĐT</p></document>",
            [
                "1,19 markup.entity [&nbsp;]",
            ]
        },
        {
            "<document>\n  <p>tốc độ < 40 km/h</p>\n</document>",
            [
                "2,13 markup.not-well-formed [< 40 km/h</p>]",
            ]
        },
        {
            "<document><p>a & b</p></document>",
            [
                "1,16 markup.not-well-formed [& b</p></document>]",
            ]
        },
        {
            "<document/>\n</p>",
            [
                "2,3 markup.end-without-start [p]",
            ]
        },
        {
            "<document/><document/>",
            [
                "1,12 markup.not-well-formed [<document/>]",
            ]
        },
        {
            "x<document/>",
            [
                "1,1 markup.not-well-formed [x<document/>]",
            ]
        },
        {
            "",
            [
                "1,1 markup.empty []",
            ]
        },
        {
            "  \n ",
            [
                "1,1 markup.empty []",
            ]
        },
        {
            "<!DOCTYPE document [<!ENTITY a \"aaaa\">]><document><p>&a;</p></document>",
            [
                "1,1 markup.not-well-formed [<!DOCTYPE document [<!EN]",
            ]
        },
        {
            "<document><p a=\"1\" a=\"2\">x</p></document>",
            [
                "1,11 markup.not-well-formed [<p a=\"1\" a=\"2\">x</p></do]",
            ]
        },
        {
            "<document><p>\u0001</p></document>",
            [
                "1,14 markup.not-well-formed [\u0001</p></document>]",
            ]
        },
        {
            "<document><y:p>x</y:p></document>",
            [
                "1,11 markup.not-well-formed [<y:p>x</y:p></document>]",
            ]
        },
        {
            "<document><point title=\"t\"><p>a</p></point><point>b</point><point/><clause/><dash/><plus/></document>",
            [
                "1,85 markup.unknown-element [plus|document]",
            ]
        },
        {
            "<document><p></p><p/><basis><i>căn cứ</i></basis><b>x</b> y <br/></document>",
            [
                "1,51 markup.unknown-element [b|document]",
                "1,58 markup.document-text []",
                "1,62 markup.unknown-element [br|document]",
            ]
        },
        {
            "\uFEFF<document><p>x</p></document>",
            [
                "1,1 markup.not-well-formed [\uFEFF<document><p>x</p></doc]",
            ]
        },
        {
            "<document><header><x:issuer xmlns:x=\"urn:x\">I</x:issuer><x:seal xmlns:x=\"urn:x\"/></header></document>",
            [
                "1,58 markup.unknown-element [{urn:x}seal|header]",
            ]
        },
        {
            "<document xmlns:x=\"urn:x\"><signing><x:recipients/><x:signature/></signing><table><x:column/><column/><row><x:cell>a</x:cell></row><x:row/><x:header-row/></table><section><x:p/><x:table/></section><x:section/><x:signing/><x:title/><x:header/><x:properties/></document>",
            [
                "1,37 markup.unknown-element [{urn:x}recipients|signing]",
                "1,52 markup.unknown-element [{urn:x}signature|signing]",
                "1,83 markup.unknown-element [{urn:x}column|table]",
                "1,108 markup.unknown-element [{urn:x}cell|row]",
                "1,132 markup.unknown-element [{urn:x}row|table]",
                "1,140 markup.unknown-element [{urn:x}header-row|table]",
                "1,172 markup.unknown-element [{urn:x}p|section]",
                "1,178 markup.unknown-element [{urn:x}table|section]",
                "1,198 markup.unknown-element [{urn:x}section|document]",
                "1,210 markup.unknown-element [{urn:x}signing|document]",
                "1,222 markup.unknown-element [{urn:x}title|document]",
                "1,232 markup.unknown-element [{urn:x}header|document]",
                "1,243 markup.unknown-element [{urn:x}properties|document]",
            ]
        },
        {
            "<document xmlns:x=\"urn:x\"><part x:title=\"a\" title=\"b\"/><table><column x:width=\"5\"/></table><p><x:i>a</x:i><x:br>b</x:br></p></document>",
            [
                "1,33 markup.unknown-attribute [{urn:x}title|part]",
                "1,71 markup.unknown-attribute [{urn:x}width|column]",
                "1,96 markup.unknown-element [{urn:x}i|p]",
                "1,108 markup.br []",
            ]
        },
    };

    /// <summary>Markups that parse: whitespace, entities, CDATA, comments, every element.</summary>
    public static TheoryData<string, string[]> Trees => new()
    {
        {
            "<document>\n  <p>\n    Một   hai\t\tba\n  </p>\n  <p>  a  <b> b </b>  <i>c</i>d </p>\n</document>",
            [
                "document",
                "  p: Một   hai ba",
                "  p: a  **b ***c*d",
            ]
        },
        {
            "<document><p>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x1EA0;&#7840;</p></document>",
            [
                "document",
                "  p: a & b <c> \"d\" 'e' ẠẠ",
            ]
        },
        {
            "<document><p>x <![CDATA[<b>not bold</b> & ]]> y</p><p><![CDATA[  ]]>z</p></document>",
            [
                "document",
                "  p: x <b>not bold</b> & y",
                "  p: z",
            ]
        },
        {
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c --><document><!-- c --><p>a<!-- c -->b<?pi x?>c</p><?pi?></document>\n",
            [
                "document",
                "  p: abc",
            ]
        },
        {
            "<document><part title=' m  n '>lead <b>bold</b><clause>c1<point>p1</point>after</clause>tail</part><dash>d<plus>p</plus>e</dash></document>",
            [
                "document",
                "  part I. m  n",
                "    p: lead **bold**",
                "    clause 1.",
                "      p: 1. c1",
                "      point a)",
                "        p: a) p1",
                "      p: after",
                "    p: tail",
                "  dash",
                "    p: - d",
                "    plus",
                "      p: + p",
                "    p: e",
            ]
        },
        {
            "<document><part title=\"a\n\tb  c\"/><clause title=\"   \"/><section heading=\" \" title=\"&#10;x&#9;y\" reference=\"r\"/></document>",
            [
                "document",
                "  part I. a  b  c",
                "  clause 1.",
                "    p: 1.",
                "  section \"Phụ lục\" title=\"x y\" reference=\"r\"",
            ]
        },
        {
            "<document><header><governing> </governing><issuer>I</issuer></header><title>T<br/>U</title></document>",
            [
                "document",
                "  header",
                "    issuer: I",
                "    number: ",
                "    place-date: ",
                "  title KẾ HOẠCH: T↵U",
            ]
        },
        {
            "<document><part><clause><p>x</p></clause></part><signing><recipients><recipient>- A;</recipient><recipient> </recipient><archive>Lưu: VT.</archive></recipients><signature><authority>A</authority><authority> </authority><name>N <b>M</b></name><note>n<br/>o</note></signature></signing></document>",
            [
                "document",
                "  part I.",
                "    clause 1.",
                "      p: 1. x./.",
                "  signing",
                "    recipient: - A;",
                "    recipient: - Lưu: VT.",
                "    authority: A",
                "    name: N M",
                "    note: n o",
            ]
        },
        {
            "<document><table><column width=\" 50% \">A</column><column/><column width=\"10\">C<br/>D</column><row kind=\" group \" number=\" 1 \" keep-with-next=\" false \"><cell span=\" 2 \">a</cell></row><row keep-with-next=\"true\"><cell/><cell>b<br/>c</cell></row></table></document>",
            [
                "document",
                "  table 50% *% 10%",
                "    header: A |  | C↵D",
                "    group 1: a (spans 2)",
                "    item (keep with next):  | b↵c",
            ]
        },
        {
            "<document orientation=\"landscape\"><properties title=\" T \" subject=\"S\" creator=\"C\" date=\" 2024-01-31 \"/><section orientation=\"landscape\"><p>a</p></section><section orientation=\"portrait\" heading=\"PL\"/></document>",
            [
                "document landscape",
                "  properties title=\"T\" subject=\"S\" creator=\"C\" date=2024-01-31",
                "  section landscape \"Phụ lục\" title=\"\" reference=\"\"",
                "    p: a",
                "  section portrait \"PL\" title=\"\" reference=\"\"",
            ]
        },
        {
            "<document xmlns:x=\"urn:x\"><p xmlns=\"\">a</p><p><x:br/>b</p></document>",
            [
                "document",
                "  p: a",
                "  p: ↵b",
            ]
        },
        {
            "<document><p>a\r\nb\u00A0 c\u2003d</p><closing>Hết.</closing><signing/></document>",
            [
                "document",
                "  p: a b\u00A0 c d",
                "  closing: Hết./.",
                "  signing",
                "    name: ",
            ]
        },
        {
            "<document><part><clause><clause><clause/></clause></clause><clause><dash>x</dash></clause></part><clause>y</clause><signing><signature><name>N</name></signature></signing></document>",
            [
                "document",
                "  part I.",
                "    clause 1.",
                "      p: 1.",
                "      clause 1.1",
                "        p: 1.1",
                "        clause 1.1.1",
                "          p: 1.1.1",
                "    clause 2.",
                "      p: 2.",
                "      dash",
                "        p: - x",
                "  clause 1.",
                "    p: 1. y./.",
                "  signing",
                "    name: N",
            ]
        },
        {
            "<document><p>" + Nested("b", 98) + "</p></document>",
            [
                "document",
                "  p: ",
            ]
        },
        {
            "<document><signing><recipients><x:recipient xmlns:x=\"urn:x\">A</x:recipient><x:archive xmlns:x=\"urn:x\">VT</x:archive></recipients><signature><x:name xmlns:x=\"urn:x\">N</x:name></signature></signing></document>",
            [
                "document",
                "  signing",
                "    recipient: - A;",
                "    recipient: - Lưu: VT.",
                "    name: N",
            ]
        },
        {
            "<document><table><column> </column><column/><row><cell>a</cell></row></table></document>",
            [
                "document",
                "  table *% *%",
                "    header:  | ",
                "    item: a",
            ]
        },
        {
            "<document><table><column><!--c--></column><column/></table></document>",
            [
                "document",
                "  table *% *%",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Bad_markup_gives_these_errors_in_this_order(string markup, string[] expected) =>
        Assert.Equal(expected, Outcome(markup));

    [Theory]
    [MemberData(nameof(Trees))]
    public void Good_markup_gives_this_tree(string markup, string[] expected) =>
        Assert.Equal(expected, Outcome(markup));

    /// <summary>Errors as "line,column key [values]" (and "→ line,column" of a related place), or the tree's dump lines.</summary>
    private static IEnumerable<string> Outcome(string markup)
    {
        var result = LayoutMarkupParser.Parse(markup, "t.sbn");
        foreach (var e in result.Errors)
        {
            var related = e.Related is { } r ? string.Create(CultureInfo.InvariantCulture, $" → {r.Line},{r.Column}") : string.Empty;
            yield return string.Create(CultureInfo.InvariantCulture, $"{e.Line},{e.Column} {e.Key} [{string.Join("|", e.Arguments)}]{related}");
        }

        if (result.Document is not null)
        {
            foreach (var line in LayoutDump.ToText(result.Document).TrimEnd('\n').Split('\n'))
            {
                yield return line;
            }
        }
    }
}
