using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>Hands out events read beforehand (by <see cref="CommonYamlParser"/>) as a parser would.</summary>
internal sealed class EventListParser(List<ParsingEvent> events) : IParser
{
    private int _index = -1;

    public ParsingEvent? Current => _index >= 0 && _index < events.Count ? events[_index] : null;

    public bool MoveNext() => ++_index < events.Count;
}
