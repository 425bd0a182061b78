namespace PlanGen.Core.Document;

/// <summary>Paper size and margins of a section, in millimetres.</summary>
public sealed record PageGeometry(double WidthMm, double HeightMm, double TopMm, double BottomMm, double LeftMm, double RightMm);
