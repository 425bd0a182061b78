namespace PlanGen.Core.Format;

/// <summary>A mapping of the format as the docs show it, whatever record it fills.</summary>
internal interface IShape
{
    /// <summary>Its name: "issuer", "section".</summary>
    string Name { get; }

    /// <summary>What it is.</summary>
    FieldText Text { get; }

    /// <summary>What a plain text written in its place stands for; null when a text may not stand there.</summary>
    FieldText? TextForm { get; }

    /// <summary>Its rows, in the writer's order.</summary>
    IEnumerable<IFieldRow> Rows { get; }
}
