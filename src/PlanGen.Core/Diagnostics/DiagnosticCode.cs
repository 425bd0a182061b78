namespace PlanGen.Core.Diagnostics;

/// <summary>Every diagnostic plangen reports; the number is the printed code (<c>PG1001</c>). Codes never change meaning.</summary>
public enum DiagnosticCode
{
    /// <summary>The YAML is not well formed: {0}</summary>
    YamlSyntax = 1001,
    /// <summary>The file is empty.</summary>
    EmptyFile = 1002,
    /// <summary>A plan must be a list of fields (key: value), but this file holds {0}.</summary>
    RootNotMapping = 1003,
    /// <summary>'{0}' must be {1}, but here it is {2}.</summary>
    WrongType = 1004,
    /// <summary>Required field '{0}' is missing.</summary>
    MissingField = 1005,
    /// <summary>Unknown field '{0}'.</summary>
    UnknownField = 1006,
    /// <summary>Field '{0}' is written twice; the first one is on line {1}.</summary>
    DuplicateKey = 1007,
    /// <summary>YAML tags such as '{0}' are not allowed in a plan.</summary>
    TypeTagRefused = 1008,
    /// <summary>Through its aliases the file expands to more than {0} values; it is refused (alias bomb protection).</summary>
    TooManyAliases = 1009,
    /// <summary>The file is {0} MB; plans over {1} MB are refused.</summary>
    FileTooLarge = 1010,
    /// <summary>Cannot read the file: {0}</summary>
    FileUnreadable = 1011,
    /// <summary>The file is not UTF-8 text (invalid byte at offset {0}).</summary>
    NotText = 1012,
    /// <summary>Values are nested deeper than {0} levels.</summary>
    NestingTooDeep = 1013,
    /// <summary>'{0}' is not a valid value for '{1}'.</summary>
    InvalidChoice = 1014,
    /// <summary>The text of '{0}' ends at its comma, because the mapping is written on one line between braces: '{1}' is read as a key of its own.</summary>
    FlowTextSplit = 1020,
    /// <summary>The body is written both as 'parts:' and under the key '{0}'.</summary>
    BodyWrittenTwice = 1040,
    /// <summary>The part '{0}' has neither a kind nor a title.</summary>
    PartWithoutHeading = 1041,
    /// <summary>The text is not in Unicode NFC form; it has been normalised.</summary>
    NotNfc = 1101,
    /// <summary>The control character U+{0} is not allowed in a document.</summary>
    ForbiddenCharacter = 1102,
    /// <summary>'{0}' looks like text typed in a legacy TCVN3 or VNI encoding.</summary>
    LegacyEncoding = 1103,
    /// <summary>'{0}' is not a valid date.</summary>
    InvalidDate = 2001,
    /// <summary>'{0}' is not a valid document number.</summary>
    InvalidNumber = 2002,
    /// <summary>'{0}' is not a valid code.</summary>
    InvalidCode = 2003,
    /// <summary>'{0}' is not a signing authority.</summary>
    UnknownAuthority = 2004,
    /// <summary>The period ends ({1}) before it starts ({0}).</summary>
    InvalidPeriod = 2005,
    /// <summary>The plan period {0} – {1} is not inside the year {2} named in the title.</summary>
    PeriodOutsideTitleYear = 2006,
    /// <summary>The plan is dated {0}, after its period ends ({1}).</summary>
    DateAfterPeriod = 2007,
    /// <summary>The timeline '{0}' ({1}) falls outside the plan period {2} – {3}.</summary>
    TimelineOutsidePeriod = 2008,
    /// <summary>The timeline '{0}' could not be read as dates; it is printed as written but not checked.{1}</summary>
    TimelineNotUnderstood = 2009,
    /// <summary>The unit '{0}' is not in {1}.</summary>
    UnitNotFound = 2010,
    /// <summary>A 'TM.' signature needs the collective body it signs for ('body').</summary>
    SignatureNeedsBody = 2011,
    /// <summary>A '{0}.' signature needs the office of the head it signs for ('head').</summary>
    SignatureNeedsHead = 2012,
    /// <summary>A '{0}.' signature needs the signer's own office ('office').</summary>
    SignatureNeedsOffice = 2013,
    /// <summary>The units file '{0}' was not found.</summary>
    UnitsFileMissing = 2014,
    /// <summary>The unit id or name '{0}' is used twice in the units file.</summary>
    DuplicateUnit = 2015,
    /// <summary>The title (subject) must not be empty.</summary>
    EmptyTitle = 2016,
    /// <summary>The parent plan '{0}' was not found.</summary>
    ParentNotFound = 2101,
    /// <summary>The chain of parent plans forms a cycle: {0}.</summary>
    ParentCycle = 2102,
    /// <summary>The parent plan '{0}' has errors; first: {1}</summary>
    ParentHasErrors = 2103,
    /// <summary>The deadline '{0}' is later than '{1}' of task {2} in the parent plan.</summary>
    DeadlineAfterParent = 2104,
    /// <summary>The plan is dated {0}, before its parent plan ({1}).</summary>
    DatedBeforeParent = 2105,
    /// <summary>The period {0} – {1} is not inside the parent plan's period {2} – {3}.</summary>
    PeriodOutsideParent = 2106,
    /// <summary>The plan is for {0}, but its parent plan is for {1}.</summary>
    YearMismatch = 2107,
    /// <summary>The theme differs from the parent plan's theme "{0}".</summary>
    ThemeMismatch = 2108,
    /// <summary>The issuer '{0}' is not below the parent's issuer '{1}' and has no task in the parent plan.</summary>
    IssuerNotBelowParent = 2109,
    /// <summary>The parent plan has no task '{0}'.</summary>
    ParentTaskUnknown = 2110,
    /// <summary>The deadline '{0}' could not be compared with '{1}' of parent task {2}.</summary>
    DeadlineNotComparable = 2111,
    /// <summary>Task {0} of the parent plan is led by this unit but no content item takes it up: {1}</summary>
    LedTaskNotTakenUp = 2112,
    /// <summary>The parent plan's issuer '{0}' is not among the recipients.</summary>
    ParentIssuerNotRecipient = 2113,
    /// <summary>The target '{0}' is weaker than the parent plan's '{1}'.</summary>
    TargetWeaker = 2114,
    /// <summary>{0} written here '{1}' disagrees with the parent plan's '{2}'.</summary>
    CitationMismatch = 2115,
    /// <summary>No unit named '{0}'.</summary>
    UnknownUnit = 2116,
    /// <summary>'{0}' is not a sub-plan of '{1}': its 'parent' names another plan; it is left out.</summary>
    ChildOfAnotherParent = 2117,
    /// <summary>Template '{0}' was not found.</summary>
    TemplateNotFound = 3001,
    /// <summary>Template error: {0}</summary>
    TemplateSyntax = 3002,
    /// <summary>The template failed: {0}</summary>
    TemplateRuntime = 3003,
    /// <summary>The template produced invalid layout markup: {0}</summary>
    TemplateMarkup = 3004,
    /// <summary>The template went over its limit: {0}</summary>
    TemplateLimit = 3005,
    /// <summary>'{0}' is outside the template's folder; includes must come from the template's own folder or the shared _common folder beside it.</summary>
    TemplateIncludeOutside = 3006,
    /// <summary>The template manifest is invalid: {0}</summary>
    TemplateManifest = 3007,
    /// <summary>'{0}' is the template of reports; a report starts from the plan it reports on.</summary>
    ReportStartsFromPlan = 3008,
    /// <summary>The template '{0}' has no starter plan for '{1}'; it has: {2}.</summary>
    StarterNotFound = 3009,
    /// <summary>'{0}' already exists.</summary>
    OutputExists = 4001,
    /// <summary>Could not write '{0}': {1}</summary>
    WriteFailed = 4002,
    /// <summary>Unexpected failure while processing this file: {0}</summary>
    UnexpectedFailure = 4003,
    /// <summary>No plan files (*.yaml) found in '{0}'.</summary>
    NoInputs = 4004,
    /// <summary>The layout value '{0}' = {1} is outside the decree's range {2}.</summary>
    ProfileOutOfRange = 4005,
    /// <summary>'{0}' is not a period.</summary>
    PeriodNotUnderstood = 2018,
    /// <summary>{0} '{1}' written beside the citation text is not in it.</summary>
    CitationTextDisagrees = 2019,
    /// <summary>The text still holds TODO: {0}</summary>
    LeftoverTodo = 2020,
    /// <summary>The timeline '{0}' ({1}) extends beyond the plan period {2} – {3}.</summary>
    TimelineBeyondPeriod = 2030,
    /// <summary>The plan has no content ('content'): the tasks it sets out to carry out.</summary>
    NoContent = 2031,
    /// <summary>The plan has no 'Tổ chức thực hiện' part ('organization'): which unit does what.</summary>
    NoOrganization = 2032,
    /// <summary>The plan has no signature ('signature'): who signs it and in what capacity.</summary>
    NoSignature = 2033,
    /// <summary>The issuer's code '{0}' starts with the document's type '{1}', so the number would read '…/{2}'.</summary>
    IssuerCodeHasType = 2034,
    /// <summary>The plan has no 'Nơi nhận:' ('recipients', 'archive'): who receives it and where the office keeps it.</summary>
    NoRecipients = 2035,
    /// <summary>Cannot replace '{0}': it is open in another program or read-only.</summary>
    OutputLocked = 4030,
    /// <summary>'{0}' cannot be read as a PDF: {1}</summary>
    PdfUnreadable = 6050,
    /// <summary>The PDF is protected by a password or encrypted.</summary>
    PdfEncrypted = 6051,
    /// <summary>The PDF has no text layer: a scan; plangen does no OCR.</summary>
    PdfNoTextLayer = 6052,
    /// <summary>The PDF is {0}; plangen reads PDFs up to {1}.</summary>
    PdfTooLarge = 6053,
    /// <summary>'{0}' unpacks to more than {1} of content; plangen reads PDFs that unpack to at most {1}.</summary>
    PdfDecodedTooLarge = 6054,
    /// <summary>Page {1} of '{0}' holds more text than plangen reads on one page ({2} words or {3} characters).</summary>
    PdfPageTooDense = 6055,
    /// <summary>'{0}' refers from object {1} in a loop or through more than {2} references; it is refused.</summary>
    PdfReferenceLoop = 6056,
    /// <summary>LibreOffice (soffice) was not found, so no PDF was written for '{0}'; the DOCX was.</summary>
    PdfConverterMissing = 4040,
    /// <summary>LibreOffice could not convert '{0}' to PDF: {1}</summary>
    PdfConversionFailed = 4041,
    /// <summary>LibreOffice did not convert '{0}' within {1} seconds and was stopped; no PDF was written.</summary>
    PdfConversionTimedOut = 4042,
    /// <summary>Times New Roman is not installed: the PDF uses '{0}' in its place.</summary>
    PdfFontSubstituted = 4043,
    /// <summary>What LibreOffice wrote for '{0}' is not a PDF ({1}); no PDF was written.</summary>
    PdfOutputNotPdf = 4044,
    /// <summary>What LibreOffice wrote for '{0}' is {1}, more than the {2} a plan's PDF may be; no PDF was written.</summary>
    PdfOutputTooLarge = 4045,
    /// <summary>'{0}' is not a DOCX file: it is not a ZIP package.</summary>
    DocxNotZip = 5001,
    /// <summary>'{0}' is a ZIP package but not a Word document (no main document part).</summary>
    DocxNotWordDocument = 5002,
    /// <summary>'{0}' is damaged: {1}</summary>
    DocxCorrupt = 5003,
    /// <summary>'{0}' is protected with a password (encrypted).</summary>
    DocxEncrypted = 5004,
    /// <summary>'{0}' is an old Word 97–2003 document (.doc), not a DOCX.</summary>
    DocxLegacyWord = 5005,
    /// <summary>'{0}' is too large to read safely: {1}</summary>
    DocxTooLarge = 5006,
    /// <summary>'{0}' could not be read: {1}</summary>
    DocxUnreadable = 5007,
    /// <summary>'{0}' nests its elements more than {2} levels deep in {1}; it is refused.</summary>
    DocxNestingTooDeep = 5008,
    /// <summary>'{0}' holds more than {2} XML elements in {1}; it is refused.</summary>
    DocxTooManyElements = 5009,
    /// <summary>'{0}' has more than {1} paragraphs; plangen reads documents of up to {1}.</summary>
    DocxTooManyParagraphs = 5100,
    /// <summary>'{0}': the list number of paragraph {1} would be longer than {2} characters; plangen reads list numbers of up to {2}.</summary>
    DocxListLabelTooLong = 5101,
    /// <summary>'{0}' is written as a DOCX, which cannot hold macros: the macros of '{1}' are not in it.</summary>
    DocmMacrosDropped = 5102,
    /// <summary>{0}: the paper is {1} mm; the decree asks for A4, {2} mm.</summary>
    CheckPaper = 5010,
    /// <summary>{0}: the {1} margin is {2} mm; the decree asks for {3} mm.</summary>
    CheckMargin = 5011,
    /// <summary>{0}: the body is laid out on landscape pages; the decree asks for portrait.</summary>
    CheckOrientation = 5012,
    /// <summary>The font '{0}' is used in {1} paragraph(s), first here: "{2}"; the decree asks for {3}.</summary>
    CheckFont = 5013,
    /// <summary>The {0} was not found.</summary>
    CheckPartMissing = 5014,
    /// <summary>"{0}" ({1}): size {2} pt; the decree asks for {3} pt.</summary>
    CheckPartSize = 5015,
    /// <summary>"{0}" ({1}) is {2}; the decree asks for {3}.</summary>
    CheckPartStyle = 5016,
    /// <summary>"{0}" ({1}) has no line under it; the decree asks for a solid line under it.</summary>
    CheckPartLine = 5017,
    /// <summary>The number line "{0}" is not in the decree's form: {1}.</summary>
    CheckNumberLine = 5018,
    /// <summary>The place and date line "{0}" is not in the decree's form: {1}.</summary>
    CheckDateLine = 5019,
    /// <summary>Body paragraph "{0}": size {1} pt; the decree asks for {2} pt.</summary>
    CheckBodySize = 5020,
    /// <summary>Body paragraph "{0}" is aligned {1}; the decree asks for justified text.</summary>
    CheckBodyAlignment = 5021,
    /// <summary>Body paragraph "{0}": first-line indent {1} cm; the decree asks for {2} cm.</summary>
    CheckBodyIndent = 5022,
    /// <summary>Body paragraph "{0}": {1} pt between paragraphs; the decree asks for {2} pt.</summary>
    CheckBodySpacing = 5023,
    /// <summary>Body paragraph "{0}": line spacing {1}; the decree asks for {2} lines.</summary>
    CheckLineSpacing = 5024,
    /// <summary>"{0}" is numbered {1} where {2} is expected next.</summary>
    CheckNumbering = 5025,
    /// <summary>The recipients "{0}" are not laid out as the decree asks: {1}.</summary>
    CheckRecipients = 5026,
    /// <summary>The page numbers are not as the decree asks: {0}.</summary>
    CheckPageNumbers = 5027,
    /// <summary>The appendix "{0}" is not laid out as the decree asks: {1}.</summary>
    CheckAppendix = 5028,
    /// <summary>The appendix table "{0}" does not repeat its header row on each page.</summary>
    CheckTableHeaderRow = 5029,
    /// <summary>The appendix table "{0}" has {1} columns but is on portrait pages.</summary>
    CheckAppendixPortrait = 5030,
    /// <summary>The signing block has no {0}; the signed copy needs it.</summary>
    CheckSigningIncomplete = 5031,
    /// <summary>The file is not a regular file (a device, pipe or socket); it is refused.</summary>
    NotRegularFile = 1015,
    /// <summary>The path is empty or holds a control character.</summary>
    UnusablePath = 1016,
    /// <summary>The file holds a second YAML document after '---'; a plan is one document.</summary>
    ExtraYamlDocument = 1017,
    /// <summary>The output '{0}' is one of the inputs; it is not overwritten.</summary>
    OutputIsInput = 4006,
    /// <summary>The output '{0}' exists and is not a regular file; it is not replaced.</summary>
    OutputNotRegular = 4007,
    /// <summary>'{0}' would be written from more than one input ({1}); none of them is written there.</summary>
    OutputCollision = 4008,
    /// <summary>'{0}' was not written by plangen; it is not replaced.</summary>
    OutputNotOurs = 4009,
    /// <summary>'{0}' is not an option of this command.</summary>
    UnknownOption = 1018,
    /// <summary>{0} more unknown fields are not listed.</summary>
    MoreUnknownFields = 1019,
    /// <summary>'{0}' is not a document plangen can import.</summary>
    ImportUnsupported = 6001,
    /// <summary>plangen does not import this document: {0} (another kind, named, or no plan found).</summary>
    ImportNotAPlan = 6002,
    /// <summary>Text at {0} was not recognised; it is kept as text in '{1}': {2}</summary>
    ImportUnplaced = 6003,
    /// <summary>'{0}' is not stated in the document ({2}); '{1}' was written.</summary>
    ImportGuessed = 6004,
    /// <summary>What was imported from '{0}' does not validate: {1}</summary>
    ImportedPlanInvalid = 6005,
    /// <summary>At {0} the import {1}: {2}. Check it in the plan.</summary>
    ImportReshaped = 6006,
    /// <summary>'{0}' was skipped: {1}.</summary>
    ImportSkipped = 6007,
    /// <summary>The report '{0}' does not say which plan it reports on.</summary>
    ImportReportNamesNoPlan = 6008,
    /// <summary>The report '{0}' does not say which period it reports on.</summary>
    ImportReportNamesNoPeriod = 6009,
    /// <summary>The {1} imported from '{0}' does not validate: {2}</summary>
    ImportedDocumentInvalid = 6060,
    /// <summary>The decision says a plan is attached to it, but '{0}' holds no plan after its signature; the decision was imported alone.</summary>
    ImportDecisionPlanMissing = 6061,
    /// <summary>'{0}' is a decision, not a plan; it is read as the plan it carries after its signature ("{1}").</summary>
    DecisionReadAsItsPlan = 6062,
    /// <summary>'{0}' is a {1} (type: {2}), not a plan, and carries none; a plan is needed here.</summary>
    FamilyDocumentWherePlanExpected = 6063,
    /// <summary>Nothing was written, so {0} more warnings on how the document was read are not shown.</summary>
    ImportFindingsWithheld = 6064,
    /// <summary>The report '{0}' cites no plan; it is taken as a report on '{1}', the plan put together.</summary>
    ReportTakenAsOnPlan = 6065,
    /// <summary>'{0}' is not the schema of this plangen; it was left as it is.</summary>
    SchemaFileDiffers = 4035,
    /// <summary>The plan has no task '{0}'.</summary>
    ReportTaskUnknown = 2201,
    /// <summary>Task {0} is led by {1}, but the report gives it no status: {2}</summary>
    LedTaskWithoutStatus = 2202,
    /// <summary>Task {0} is reported done, but its timeline '{1}' starts on {2}, after the report's figures end on {3}.</summary>
    DoneBeforeTimeline = 2203,
    /// <summary>The dates {0} do not fit the period {1}: by the cut-off rule its figures run {2}.</summary>
    WindowNotThePeriod = 2204,
    /// <summary>The dates {0} differ from {1}, which the cut-off rule gives for the period {2}.</summary>
    WindowDiffersFromRule = 2205,
    /// <summary>'{0}' is not a count for '{1}': write a whole number, 0 or more.</summary>
    FigureNotACount = 2206,
    /// <summary>'{0}' is not a reporting period.</summary>
    ReportPeriodNotUnderstood = 2207,
    /// <summary>The plan reported on, '{0}', was not found.</summary>
    ReportedPlanNotFound = 2208,
    /// <summary>The plan reported on, '{0}', has errors; first: {1}</summary>
    ReportedPlanHasErrors = 2209,
    /// <summary>Task {0} is reported twice; the first is on line {1}.</summary>
    TaskReportedTwice = 2210,
    /// <summary>Task {0} is not one the plan gives {1}, to lead or to support.</summary>
    TaskNotAssigned = 2211,
    /// <summary>'{0}' has no count for this period yet.</summary>
    FigureWithoutValue = 2212,
    /// <summary>'{0}' is not a cut-off day.</summary>
    CutOffNotUnderstood = 2213,
    /// <summary>'{0}' is not a due rule.</summary>
    DueRuleNotUnderstood = 2214,
    /// <summary>'{0}' is a report (type: BC), not a plan.</summary>
    ReportWherePlanExpected = 2215,
    /// <summary>'{0}' is reported by {1}; only the count of {2} is taken, so it is not counted twice.</summary>
    FigureCountedOnce = 2220,
    /// <summary>'{0}' is the figure of {1}, which has not reported it; it is left out.</summary>
    FigureOwnerNotReported = 2221,
    /// <summary>{0} has not reported; it leads {1} task(s) of the plan: {2}.</summary>
    UnitNotReported = 2222,
    /// <summary>'{0}' reports on another plan, not on '{1}'; it is left out.</summary>
    ReportOnAnotherPlan = 2223,
    /// <summary>'{0}' is not a report (type: BC); it is left out.</summary>
    NotAReport = 2224,
    /// <summary>'{0}' reports on {1}, the others on {2}; it is left out.</summary>
    ReportOfAnotherPeriod = 2225,
    /// <summary>'{0}' is not a document type plangen knows.</summary>
    UnknownDocumentType = 2301,
    /// <summary>The plan the decision issues, '{0}', was not found.</summary>
    IssuedPlanNotFound = 2302,
    /// <summary>The plan the decision issues, '{0}', has errors; first: {1}</summary>
    IssuedPlanHasErrors = 2303,
    /// <summary>'{0}' is a {1} (type: {2}), not a plan.</summary>
    NotAPlanType = 2304,
    /// <summary>The decision has no "QUYẾT ĐỊNH:" line before its articles.</summary>
    CheckDecidesLineMissing = 5040,
    /// <summary>The decision has no articles (Điều 1., Điều 2. …) after "QUYẾT ĐỊNH:".</summary>
    CheckArticlesMissing = 5041,
    /// <summary>The letter has no "Kính gửi:" line under its header.</summary>
    CheckLetterAddresseeMissing = 5042,
    /// <summary>'init --type {0}' writes the document for a plan; the plan is not given.</summary>
    InitTypeNeedsPlan = 2305,
    /// <summary>plangen does not write a starting {0} yet; init --type writes the decision that issues a plan (quyet-dinh) or the letter that forwards it (cong-van).</summary>
    InitTypeNotWritten = 2306,
    /// <summary>The reply deadline {0} is before the document's own date, {1}.</summary>
    ReplyDeadlineBeforeDate = 2310,
    /// <summary>The number of copies '{0}' ({1}) is not a whole number of 1 or more.</summary>
    CopiesNotACount = 2311,
    /// <summary>The line under the title of the plan printed after the decision, "{0}", is not centred in italics.</summary>
    CheckIssuedCaption = 5043,
    /// <summary>The plan printed after the decision ("{0}") does not start on a new page with its pages numbered from 1.</summary>
    CheckIssuedPages = 5044,
    /// <summary>The text refers to footnote [^{0}], but 'footnotes' holds {1} note(s).</summary>
    FootnoteWithoutNote = 2350,
    /// <summary>Footnote {0} ("{1}") is referred to by no text, so it would not be printed.</summary>
    FootnoteNotReferred = 2351,
    /// <summary>A footnote refers to footnote [^{0}]; a note cannot hold another note.</summary>
    FootnoteInFootnote = 2352,
    /// <summary>Footnote {0} ("{1}") is printed at {2} pt; a footnote is smaller than the body's {3} pt.</summary>
    CheckFootnoteSize = 5060,
    /// <summary>The text refers to footnote {0}, which the file does not hold.</summary>
    CheckFootnoteMissing = 5061,
    /// <summary>The PDF is encrypted; the copy to be signed must be open to every reader.</summary>
    PdfCheckEncrypted = 5062,
    /// <summary>The font '{0}' is not embedded in the PDF.</summary>
    PdfCheckFontNotEmbedded = 5063,
    /// <summary>The text of page {0} is not in Unicode NFC: "{1}".</summary>
    PdfCheckTextNotNfc = 5064,
    /// <summary>The PDF already holds a signature field '{0}'.</summary>
    PdfCheckSignatureField = 5065,
    /// <summary>The PDF is already signed (signature field '{0}').</summary>
    PdfCheckAlreadySigned = 5066,
    /// <summary>The signing block stands alone at the top of page {0}.</summary>
    PdfCheckSigningBlockAlone = 5067,
    /// <summary>The type line "{1}" and the subject run together on one line: "{0}".</summary>
    CheckTypeRunTogether = 5070,
    /// <summary>'{0}' is not a metadata file plangen can read ({1}).</summary>
    MetadataUnreadable = 4050,
    /// <summary>'{0}' has no '{1}', which the register prints.</summary>
    MetadataFieldMissing = 4051,
    /// <summary>'{0}' holds no NAME.meta.json file, so the register has no row.</summary>
    RegisterEmpty = 4052,
    /// <summary>'{0}' and '{1}' both carry the number {2}; the register lists both.</summary>
    RegisterNumberTwice = 4053,
}
