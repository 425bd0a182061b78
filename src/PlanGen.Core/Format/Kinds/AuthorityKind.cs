using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// The signing authorities of Decree 30, one or a list in order: TM, KT, TL, TUQ, Q — or their
/// words, "thay mặt", "ký thay", "thừa lệnh", "thừa ủy quyền", "quyền".
/// </summary>
internal sealed class AuthorityKind : ValueKind<IReadOnlyList<SigningAuthority>>
{
    public static AuthorityKind Instance { get; } = new();

    private static readonly ChoiceKind<SigningAuthority> Words = new(
        new(SigningAuthority.TM, "TM", "thay mặt"),
        new(SigningAuthority.KT, "KT", "ký thay", "kí thay"),
        new(SigningAuthority.TL, "TL", "thừa lệnh"),
        new(SigningAuthority.TUQ, "TUQ", "thừa ủy quyền", "thừa uỷ quyền"),
        new(SigningAuthority.Q, "Q", "quyền"));

    public override string Word => "TM, KT, TL, TUQ or Q, or a list of them";

    public override IReadOnlyList<SigningAuthority>? Read(MapLoader map, string key)
    {
        var authorities = new List<SigningAuthority>();
        foreach (var (text, node) in map.Texts(key))
        {
            if (Words.Parse(text.Trim().TrimEnd('.')) is { } authority)
            {
                authorities.Add(authority);
            }
            else
            {
                map.Context.Diagnostics.Add(DiagnosticCode.UnknownAuthority, node.Span, text);
            }
        }
        return authorities;
    }

    public override bool IsAbsent(IReadOnlyList<SigningAuthority>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<SigningAuthority> value, string path) =>
        yaml.Pair(indent, key, value.Count == 1 ? Words.WordOf(value[0]) : "[" + string.Join(", ", value.Select(Words.WordOf)) + "]", path);

    public override object? Model(IReadOnlyList<SigningAuthority>? value) => Models.List(value ?? [], a => a.ToString());

    public override void Schema(SchemaOut schema) => schema.Ref("authority", s => s.OneOf(Words.Schema, one => one.ListOf(Words.Schema)));
}
