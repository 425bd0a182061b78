using PlanGen.Core.Yaml;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>Writes a text as a YAML scalar: plain when YAML reads it back unchanged as text, else double-quoted (<see cref="YamlEmitter"/>).</summary>
internal static class YamlScalar
{
    public static string Of(string text) => YamlEmitter.Scalar(text);
}
