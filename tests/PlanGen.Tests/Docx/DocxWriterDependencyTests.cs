using System.Reflection;
using System.Runtime.Loader;

namespace PlanGen.Tests.Docx;

/// <summary>
/// Writing a DOCX must not need the Open XML SDK: its element tree and start-up were the largest
/// cost of a build. The test process has loaded the SDK already (other tests read DOCX files with
/// it), so the writer runs in a fresh load context that records every assembly it asks for.
/// </summary>
public class DocxWriterDependencyTests
{
    [Fact]
    public void Writing_a_document_never_loads_the_Open_XML_SDK()
    {
        var directory = Path.GetDirectoryName(typeof(PlanGen.Docx.DocxWriter).Assembly.Location)!;
        var context = new RecordingLoadContext(directory);
        try
        {
            var docx = context.LoadFromAssemblyPath(Path.Combine(directory, "PlanGen.Docx.dll"));
            var core = context.LoadFromAssemblyName(new AssemblyName("PlanGen.Core"));
            var parse = core.GetType("PlanGen.Core.Document.Markup.LayoutMarkupParser", throwOnError: true)!.GetMethod("Parse", [typeof(string), typeof(string)])!;
            var parsed = parse.Invoke(null, [SampleMarkup.Text, "sample.xml"])!;
            var tree = parsed.GetType().GetProperty("Document")!.GetValue(parsed)!;
            using var output = new MemoryStream();
            var profile = core.GetType("PlanGen.Core.Layout.LayoutProfile", throwOnError: true)!;
            docx.GetType("PlanGen.Docx.DocxWriter", throwOnError: true)!.GetMethod("Write", [tree.GetType(), typeof(Stream), profile])!.Invoke(null, [tree, output, null]);

            // The same bytes as the writer in the default context: the isolated run really wrote the document.
            Assert.Equal(SampleMarkup.Docx(), output.ToArray());
            Assert.DoesNotContain(context.Requested, name => name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class RecordingLoadContext(string directory) : AssemblyLoadContext(isCollectible: true)
    {
        public List<string> Requested { get; } = [];

        // The project's own assemblies come from the test's output folder; the framework from the default context.
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            Requested.Add(assemblyName.Name!);
            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
