using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>What one step of a <see cref="ParallelRun"/> left: its findings and whether it succeeded.</summary>
/// <param name="Diagnostics">The step's own findings.</param>
/// <param name="Succeeded">True when the step did its work.</param>
public sealed record StepOutcome(DiagnosticBag Diagnostics, bool Succeeded);
