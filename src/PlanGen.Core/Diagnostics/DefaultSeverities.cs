namespace PlanGen.Core.Diagnostics;

internal static class DefaultSeverities
{
    internal static Severity Of(DiagnosticCode code) => code switch
    {
        DiagnosticCode.NotNfc or
        DiagnosticCode.LegacyEncoding or
        DiagnosticCode.TimelineOutsidePeriod or
        DiagnosticCode.TimelineBeyondPeriod or
        DiagnosticCode.NoContent or
        DiagnosticCode.NoOrganization or
        DiagnosticCode.NoSignature or
        DiagnosticCode.NoRecipients or
        DiagnosticCode.IssuerCodeHasType or
        DiagnosticCode.UnitNotFound or
        DiagnosticCode.LedTaskNotTakenUp or
        DiagnosticCode.ParentIssuerNotRecipient or
        DiagnosticCode.ChildOfAnotherParent or
        DiagnosticCode.LeftoverTodo or
        DiagnosticCode.SchemaFileDiffers or
        DiagnosticCode.CheckPartLine or
        DiagnosticCode.CheckLetterAddresseeMissing or
        DiagnosticCode.CheckAppendixPortrait or
        DiagnosticCode.CheckSigningIncomplete or
        DiagnosticCode.PdfCheckTextNotNfc or
        DiagnosticCode.PdfCheckSigningBlockAlone or
        DiagnosticCode.ImportUnplaced or
        DiagnosticCode.ImportDecisionPlanMissing or
        DiagnosticCode.DecisionReadAsItsPlan or
        DiagnosticCode.ReportTakenAsOnPlan or
        DiagnosticCode.ImportGuessed or
        DiagnosticCode.ImportReshaped or
        DiagnosticCode.LedTaskWithoutStatus or
        DiagnosticCode.DoneBeforeTimeline or
        DiagnosticCode.WindowDiffersFromRule or
        DiagnosticCode.TaskNotAssigned or
        DiagnosticCode.FigureCountedOnce or
        DiagnosticCode.FigureOwnerNotReported or
        DiagnosticCode.UnitNotReported or
        DiagnosticCode.ReportOnAnotherPlan or
        DiagnosticCode.NotAReport or
        DiagnosticCode.ReportOfAnotherPeriod or
        DiagnosticCode.FigureWithoutValue or
        DiagnosticCode.RegisterNumberTwice or
        DiagnosticCode.DocmMacrosDropped => Severity.Warning,
        DiagnosticCode.TimelineNotUnderstood or
        DiagnosticCode.DeadlineNotComparable or
        DiagnosticCode.ImportSkipped or
        DiagnosticCode.ImportFindingsWithheld => Severity.Info,
        _ => Severity.Error,
    };
}
