namespace PlanGen.Core.Templating;

/// <summary>
/// The limits of one render, grown from the size of the plan (<see cref="ModelSize"/>) so a large
/// plan is built in full, while a template that does far more work than its input calls for is
/// stopped with PG3005. Every limit is an error, never a silent cut.
/// </summary>
internal readonly record struct RenderLimits(int Output, int Loop, long Work)
{
    /// <summary>Markup characters a template may write per character of plan text.</summary>
    public const int OutputPerInput = 16;

    /// <summary>Loop iterations per value of the plan (rows, units, items).</summary>
    public const int LoopPerValue = 8;

    /// <summary>Work (nodes evaluated plus characters of the text values they produce) per unit of plan size.</summary>
    public const int WorkPerInput = 400;

    /// <summary>The limits for a plan of <paramref name="modelSize"/>, never below the renderer's own.</summary>
    public static RenderLimits For(long modelSize, TemplateRenderer renderer) => new(
        Clamp(Math.Max(renderer.OutputLimit, modelSize * OutputPerInput)),
        Clamp(Math.Max(renderer.LoopLimit, modelSize * LoopPerValue)),
        Math.Max(renderer.WorkLimit, modelSize * WorkPerInput));

    private static int Clamp(long value) => (int)Math.Min(value, Array.MaxLength / 2);
}
