using System.Xml.Linq;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// Paragraph properties being resolved: each layer (defaults, table style, style chain, numbering,
/// direct) overwrites what it states and leaves the rest.
/// </summary>
internal sealed class ParagraphBag
{
    public string? Alignment { get; set; }
    public double? FirstLineTwips { get; set; }
    public double? LeftTwips { get; set; }
    public double? BeforeTwips { get; set; }
    public double? AfterTwips { get; set; }
    public double? Line { get; set; }
    public string? LineRule { get; set; }
    public bool? BorderBelow { get; set; }
    public string? NumId { get; set; }
    public int? Level { get; set; }

    public ParagraphBag Copy() => (ParagraphBag)MemberwiseClone();

    public void Apply(XElement? pPr)
    {
        if (pPr is null) return;
        Alignment = Val(pPr, "jc") ?? Alignment;
        if (pPr.Element(W + "ind") is { } ind)
        {
            LeftTwips = Number(Attr(ind, "left") ?? Attr(ind, "start")) ?? LeftTwips;
            if (Number(Attr(ind, "hanging")) is { } hanging) FirstLineTwips = -hanging;
            else if (Number(Attr(ind, "firstLine")) is { } first) FirstLineTwips = first;
        }

        if (pPr.Element(W + "spacing") is { } spacing)
        {
            BeforeTwips = Number(Attr(spacing, "before")) ?? BeforeTwips;
            AfterTwips = Number(Attr(spacing, "after")) ?? AfterTwips;
            if (Number(Attr(spacing, "line")) is { } line)
            {
                Line = line;
                LineRule = Attr(spacing, "lineRule") ?? "auto";
            }
        }

        if (pPr.Element(W + "pBdr")?.Element(W + "bottom") is { } bottom)
        {
            BorderBelow = Attr(bottom, "val") is not (null or "none" or "nil");
        }

        if (pPr.Element(W + "numPr") is { } numPr)
        {
            NumId = Val(numPr, "numId") ?? NumId;
            Level = Integer(Val(numPr, "ilvl")) ?? Level;
        }
    }
}

/// <summary>Run properties being resolved, layer over layer like <see cref="ParagraphBag"/>.</summary>
internal sealed class RunBag
{
    public string? Font { get; set; }
    public string? FontTheme { get; set; }
    public double? HalfPoints { get; set; }
    public bool? Bold { get; set; }
    public bool? Italic { get; set; }
    public bool? Underline { get; set; }
    public bool? Caps { get; set; }

    public RunBag Copy() => (RunBag)MemberwiseClone();

    public void Apply(XElement? rPr)
    {
        if (rPr is null) return;
        if (rPr.Element(W + "rFonts") is { } fonts)
        {
            var font = Attr(fonts, "ascii") ?? Attr(fonts, "hAnsi");
            var theme = Attr(fonts, "asciiTheme") ?? Attr(fonts, "hAnsiTheme");
            if (theme is not null) { FontTheme = theme; Font = null; }
            else if (font is not null) { Font = font; FontTheme = null; }
        }

        HalfPoints = Number(Val(rPr, "sz")) ?? HalfPoints;
        Bold = OnOff(rPr, "b") ?? Bold;
        Italic = OnOff(rPr, "i") ?? Italic;
        Caps = OnOff(rPr, "caps") ?? Caps;
        if (rPr.Element(W + "u") is { } u)
        {
            Underline = Attr(u, "val") is not ("none" or null) || u.Attribute(W + "val") is null;
        }
    }
}
