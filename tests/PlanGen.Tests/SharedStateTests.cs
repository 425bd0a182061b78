using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace PlanGen.Tests;

/// <summary>
/// Two plans built in one process, or two tests run side by side, must not see each other through
/// state the process keeps: what a run remembers belongs to the run. So no type of plangen has a
/// static field that can change after start-up outside the program's entry point — neither a field that is not read-only nor a
/// read-only one holding a collection that can be written to.
/// </summary>
public sealed class SharedStateTests
{
    // Fields whose state belongs to the process by nature, each with the reason.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // An interrupt (Ctrl+C, SIGTERM) reaches the process, not a run: the handler must find
        // every converter the process started, to stop it before the process ends.
        ["PlanGen.Pdf.Output.ConverterProcess.Running"] = "signals reach the process",
        ["PlanGen.Pdf.Output.ConverterProcess._interrupted"] = "signals reach the process",
        // Temporary files the process has open: a signal handler removes them before exit.
        ["PlanGen.Core.Output.TemporaryFiles.InFlight"] = "signals reach the process",
    };

    private static readonly Type[] MutableCollections =
    [
        typeof(Dictionary<,>), typeof(ConcurrentDictionary<,>), typeof(List<>), typeof(HashSet<>),
        typeof(ConditionalWeakTable<,>), typeof(Queue<>), typeof(Stack<>), typeof(ConcurrentBag<>),
        typeof(ConcurrentQueue<>), typeof(SortedDictionary<,>), typeof(SortedSet<>), typeof(LinkedList<>),
    ];

    [Fact]
    public void No_type_of_plangen_keeps_state_that_a_run_can_change_for_the_next()
    {
        var assemblies = new[]
        {
            typeof(PlanGen.Core.Diagnostics.DiagnosticBag).Assembly,
            typeof(PlanGen.Docx.DocxWriter).Assembly,
            typeof(PlanGen.Pdf.PdfDocumentReader).Assembly,
            typeof(PlanGen.Cli.PlanGenCli).Assembly,
        };
        var found = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => !IsGenerated(t) && t.FullName != "Program")
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal) && (!f.IsInitOnly || IsMutableCollection(f.FieldType)))
            .Select(f => f.DeclaringType!.FullName + "." + f.Name)
            .Where(name => !Allowed.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(found.Count == 0, "Static state that can change: " + string.Join(", ", found));
    }

    [Fact]
    public void The_check_sees_a_mutable_static_field()
    {
        var field = typeof(Sample).GetField(nameof(Sample.Seen), BindingFlags.Static | BindingFlags.NonPublic)!;
        Assert.True(IsMutableCollection(field.FieldType));
    }

    private static bool IsMutableCollection(Type type) =>
        type == typeof(StringBuilder)
        || (type.IsGenericType && MutableCollections.Contains(type.GetGenericTypeDefinition()));

    // Types the compiler makes (closures, state machines, lambdas' caches) hold no state of their own.
    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    private static class Sample
    {
        internal static readonly HashSet<string> Seen = [];
    }
}
