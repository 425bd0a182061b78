namespace PlanGen.Core.Diagnostics;

/// <summary>
/// A word or phrase of the message resources (<c>@part.number</c> in <c>Messages.resx</c>) that a
/// check or import message names, printed in the reader's language. Words exist only as the
/// members listed here, so a rule names a word by its member and never by a key in a string: a
/// string argument is always data and is printed as written.
/// </summary>
public readonly record struct MessageWord
{
    private MessageWord(string key) => Key = key;

    /// <summary>The word's key in the message resources, without its <c>@</c>.</summary>
    public string Key { get; }

    /// <summary>The argument that prints the word in the language of the message.</summary>
    public string ToArgument() => MessageArgument.Word(Key);

    /// <summary>The argument that prints the phrase with its <c>{0}</c>, <c>{1}</c> … filled with <paramref name="values"/>.</summary>
    public string With(params string[] values) => MessageArgument.Phrase(Key, values);

    /// <summary>The word as a message argument (<see cref="ToArgument"/>).</summary>
    public static implicit operator string(MessageWord word) => word.ToArgument();

    /// <summary>The parts of the first page and of the closing block a check names.</summary>
    public static class Part
    {
        public static readonly MessageWord NationalTitle = new("part.nationaltitle");
        public static readonly MessageWord Motto = new("part.motto");
        public static readonly MessageWord Governing = new("part.governing");
        public static readonly MessageWord Issuer = new("part.issuer");
        public static readonly MessageWord Number = new("part.number");
        public static readonly MessageWord PlaceDate = new("part.placedate");
        public static readonly MessageWord DocumentType = new("part.doctype");
        public static readonly MessageWord Subject = new("part.subject");
        public static readonly MessageWord LetterSubject = new("part.lettersubject");
        public static readonly MessageWord DecidesLine = new("part.decidesline");
        public static readonly MessageWord RecipientsHeading = new("part.recipientsheading");
        public static readonly MessageWord Recipient = new("part.recipients");
        public static readonly MessageWord Signing = new("part.signing");
        public static readonly MessageWord Signer = new("part.signer");
    }

    /// <summary>How text looks: case and emphasis.</summary>
    public static class Look
    {
        public static readonly MessageWord Upper = new("look.upper");
        public static readonly MessageWord NotUpper = new("look.notupper");
        public static readonly MessageWord Bold = new("look.bold");
        public static readonly MessageWord NotBold = new("look.notbold");
        public static readonly MessageWord Italic = new("look.italic");
        public static readonly MessageWord Upright = new("look.upright");
    }

    /// <summary>A paragraph's alignment.</summary>
    public static class Align
    {
        public static readonly MessageWord Left = new("align.left");
        public static readonly MessageWord Center = new("align.center");
        public static readonly MessageWord Right = new("align.right");
        public static readonly MessageWord Justify = new("align.justify");
    }

    /// <summary>The sides of a page's margins.</summary>
    public static class Side
    {
        public static readonly MessageWord Top = new("side.top");
        public static readonly MessageWord Bottom = new("side.bottom");
        public static readonly MessageWord Left = new("side.left");
        public static readonly MessageWord Right = new("side.right");
    }

    /// <summary>What the number line should be (PG5018).</summary>
    public static class NumberLine
    {
        public static readonly MessageWord Form = new("num.form");
        public static readonly MessageWord Word = new("num.word");
        public static readonly MessageWord Colon = new("num.colon");
        public static readonly MessageWord Prefix = new("num.prefix");
        public static readonly MessageWord Spaces = new("num.spaces");
        public static readonly MessageWord Dash = new("num.dash");
        public static readonly MessageWord Zero = new("num.zero");
    }

    /// <summary>What the place-and-date line should be (PG5019).</summary>
    public static class DateLine
    {
        public static readonly MessageWord Form = new("date.form");
        public static readonly MessageWord Comma = new("date.comma");
        public static readonly MessageWord Spaces = new("date.spaces");
        public static readonly MessageWord Zero = new("date.zero");
        public static readonly MessageWord NoSuchDate = new("date.nosuchdate");
    }

    /// <summary>What the recipients' lines should be (PG5026).</summary>
    public static class Recipients
    {
        public static readonly MessageWord Dash = new("rec.dash");
        public static readonly MessageWord Semicolon = new("rec.semicolon");
        public static readonly MessageWord Archive = new("rec.archive");
    }

    /// <summary>What the page numbers should be (PG5027); <see cref="Size"/> takes the range.</summary>
    public static class PageNumbers
    {
        public static readonly MessageWord Missing = new("pg.missing");
        public static readonly MessageWord First = new("pg.first");
        public static readonly MessageWord Center = new("pg.center");
        public static readonly MessageWord Size = new("pg.size");
    }

    /// <summary>What an appendix's caption should be (PG5028).</summary>
    public static class Appendix
    {
        public static readonly MessageWord Caption = new("app.caption");
        public static readonly MessageWord Reference = new("app.reference");
    }

    /// <summary>Other words of check messages.</summary>
    public static class Layout
    {
        /// <summary>"Section {0}" of a document.</summary>
        public static readonly MessageWord Section = new("place.section");

        /// <summary>A run with no font of its own.</summary>
        public static readonly MessageWord NoFont = new("font.unset");
    }

    /// <summary>Places in a source document (PG6003): a paragraph of a DOCX, a page and line of a PDF, a line of a text.</summary>
    public static class At
    {
        public static readonly MessageWord Paragraph = new("at.paragraph");
        public static readonly MessageWord PageLine = new("at.page");
        public static readonly MessageWord Line = new("at.line");
    }

    /// <summary>What a document that holds no plan is (PG6002); each but <see cref="Unknown"/> takes what the document prints.</summary>
    public static class NotAPlan
    {
        public static readonly MessageWord Kind = new("notplan.kind");
        public static readonly MessageWord Letter = new("notplan.letter");
        public static readonly MessageWord Addressed = new("notplan.addressed");
        public static readonly MessageWord Posted = new("notplan.posted");
        public static readonly MessageWord Unknown = new("notplan.unknown");
    }

    /// <summary>What an import did to the document's text to place it (PG6006).</summary>
    public static class How
    {
        public static readonly MessageWord TypeSuffix = new("how.typesuffix");
        public static readonly MessageWord JoinedHeading = new("how.joinedheading");
        public static readonly MessageWord LabelSplit = new("how.labelsplit");
        public static readonly MessageWord Division = new("how.division");
        public static readonly MessageWord JoinedLine = new("how.joinedline");
        public static readonly MessageWord RunOn = new("how.runon");
        public static readonly MessageWord EscapedBreaks = new("how.escapedbreaks");
        public static readonly MessageWord JoinedParagraph = new("how.joinedparagraph");
        public static readonly MessageWord PostTitle = new("how.posttitle");
        public static readonly MessageWord PostTitleRead = new("how.posttitleread");
        public static readonly MessageWord UntitledPart = new("how.untitledpart");
        public static readonly MessageWord RepeatedHeader = new("how.repeatedheader");
        public static readonly MessageWord SubjectWithoutType = new("how.subjectwithouttype");
        public static readonly MessageWord LostOpening = new("how.lostopening");
    }

    /// <summary>Why an import wrote a value the document does not state (PG6004).</summary>
    public static class Why
    {
        public static readonly MessageWord NoHeader = new("why.noheader");
        public static readonly MessageWord NoIssuer = new("why.noissuer");
        public static readonly MessageWord NoDateLine = new("why.nodateline");
        public static readonly MessageWord NoNumberLine = new("why.nonumberline");
        public static readonly MessageWord NoIssuerNorCode = new("why.noissuernorcode");
        public static readonly MessageWord NoTitle = new("why.notitle");
        public static readonly MessageWord NoGroup = new("why.nogroup");
        public static readonly MessageWord NoAuthority = new("why.noauthority");
        public static readonly MessageWord NoArticles = new("why.noarticles");
        public static readonly MessageWord PortalLead = new("why.portallead");
    }

    /// <summary>Why a file could not be read or written (PG1011, PG4002, PG5007), in place of the system's own English text.</summary>
    public static class FileProblem
    {
        public static readonly MessageWord NotFound = new("io.notfound");
        public static readonly MessageWord Folder = new("io.folder");
        public static readonly MessageWord Denied = new("io.denied");
        public static readonly MessageWord InUse = new("io.inuse");
        public static readonly MessageWord PathTooLong = new("io.toolong");
        public static readonly MessageWord DiskFull = new("io.diskfull");
    }

    /// <summary>What a unit-name hint says when the plan names no unit to suggest.</summary>
    public static class Units
    {
        public static readonly MessageWord NoneNamed = new("units.nonenamed");

        /// <summary>The closest names joined for a hint, or <see cref="NoneNamed"/> when there are none.</summary>
        public static string Closest(IEnumerable<string> names) =>
            string.Join("; ", names) is { Length: > 0 } joined ? joined : NoneNamed;
    }
}
