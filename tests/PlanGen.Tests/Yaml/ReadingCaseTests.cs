using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// Each folder under Cases/Reading holds a plan.yaml with one fault and the exact diagnostics it must
/// give (expected.txt): code, severity, line and column. Folder names start with the code they pin.
/// </summary>
public sealed class ReadingCaseTests
{
    public static TheoryData<string> Cases() => DiagnosticCases.Names("Reading");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_exactly_the_expected_diagnostics(string name) =>
        DiagnosticCases.AssertExpectedDiagnostics("Reading", name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_names_the_code_it_pins(string name) =>
        DiagnosticCases.AssertNamedForItsCode("Reading", name);
}
