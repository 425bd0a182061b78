namespace PlanGen.Core.Model;

/// <summary>The words a basis opens with: a plan carries out a document ("Thực hiện …") or rests on it ("Căn cứ …").</summary>
public enum BasisLead
{
    /// <summary>"Thực hiện …": the document the plan carries out (the default).</summary>
    Implementing,
    /// <summary>"Căn cứ …": a law, decree or decision the plan rests on.</summary>
    Pursuant,
}
