namespace PlanGen.Tests.Support;

/// <summary>Small plan texts that several command tests start from.</summary>
internal static class TestPlans
{
    /// <summary>The fewest fields a plan needs to be read: an issuer and a title (no template).</summary>
    public const string IssuerAndTitle = """
        issuer:
          name: Sở Y tế tỉnh Lào Cai
          code: SYT
          place: Lào Cai
          level: department
        title: Bảo đảm an toàn giao thông năm 2024
        """;

    /// <summary><see cref="IssuerAndTitle"/> with the template that validate renders it through.</summary>
    public const string Minimal = "template: ke-hoach-atgt\n" + IssuerAndTitle;
}
