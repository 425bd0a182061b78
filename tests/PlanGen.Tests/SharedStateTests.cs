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
        // The built-in templates are embedded in plangen, the same for every run: each is parsed
        // once per process. Template folders are the run's (PlanGenRun.TemplateFolders).
        ["PlanGen.Core.Templating.TemplateCatalog.<BuiltIn>k__BackingField"] = "embedded, the same for every run",
    };

    private static readonly Type[] MutableCollections =
    [
        typeof(Dictionary<,>), typeof(ConcurrentDictionary<,>), typeof(List<>), typeof(HashSet<>),
        typeof(ConditionalWeakTable<,>), typeof(Queue<>), typeof(Stack<>), typeof(ConcurrentBag<>),
        typeof(ConcurrentQueue<>), typeof(SortedDictionary<,>), typeof(SortedSet<>), typeof(LinkedList<>),
    ];

    private static readonly Type[] Caches =
    [
        typeof(ConcurrentDictionary<,>), typeof(ConditionalWeakTable<,>), typeof(ConcurrentBag<>), typeof(ConcurrentQueue<>),
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
            .Where(f => !f.IsLiteral && (!f.Name.Contains('<', StringComparison.Ordinal) || IsPropertyField(f))
                && (!f.IsInitOnly || IsMutableCollection(f.FieldType) || HoldsCache(f.FieldType)))
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

    // A static property keeps its value in a field the compiler names: it is state as a field is.
    private static bool IsPropertyField(FieldInfo field) => field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal);

    // A read-only field holding an object of plangen with a cache (a collection written while
    // threads read it, as a run's work fills it) keeps state as a mutable field does. A table an
    // object fills once in its constructor is no state.
    private static bool HoldsCache(Type type) =>
        type.Namespace?.StartsWith("PlanGen", StringComparison.Ordinal) == true
        && type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(f => IsCache(f.FieldType));

    private static bool IsCache(Type type) =>
        type.IsGenericType && Caches.Contains(type.GetGenericTypeDefinition());

    private static bool IsMutableCollection(Type type) =>
        type == typeof(StringBuilder)
        || (type.IsGenericType && MutableCollections.Contains(type.GetGenericTypeDefinition()));

    // Types the compiler makes (closures, state machines, lambdas' caches) hold no state of their own.
    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    [Fact]
    public void The_check_sees_a_cache_in_a_shared_instance()
    {
        var property = typeof(Sample).GetField("<Shared>k__BackingField", BindingFlags.Static | BindingFlags.NonPublic)!;
        Assert.True(IsPropertyField(property) && HoldsCache(property.FieldType));
    }

    private static class Sample
    {
        internal static readonly HashSet<string> Seen = [];

        internal static SampleCache Shared { get; } = new();
    }

    private sealed class SampleCache
    {
        private readonly ConcurrentDictionary<string, string> _kept = new(StringComparer.Ordinal);

        public string Get(string key) => _kept.GetOrAdd(key, key);
    }
}
