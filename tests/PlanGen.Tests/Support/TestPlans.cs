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

    /// <summary>
    /// <see cref="Minimal"/> with the parts every plan has (content, organization, signature): a
    /// plan that validates with no warning at all.
    /// </summary>
    public const string Complete = Minimal + """

        content:
          items:
            - title: Công tác tuyên truyền
              text: Tuyên truyền pháp luật về trật tự an toàn giao thông trong ngành y tế.
        organization:
          items:
            - title: Văn phòng Sở
              text: Chủ trì theo dõi, tổng hợp kết quả thực hiện.
        signature:
          authority: KT
          head: Giám đốc
          office: Phó Giám đốc
        recipients:
          - UBND tỉnh (b/c)
        archive: [VT]
        """;
}
