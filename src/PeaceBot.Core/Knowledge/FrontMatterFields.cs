namespace PeaceBot.Core.Knowledge;

/// <summary>The front matter keys a knowledge file may use.</summary>
public static class FrontMatterFields
{
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Published = "published";
    public const string Url = "url";
    public const string Author = "author";
    public const string Note = "note";
    public const string Kind = "kind";
    public const string Plan = "plan";
    public const string PlanName = "plan_name";
    /// <summary>Other names articles use for the plan, comma-separated ("European plan, EU proposal").</summary>
    public const string PlanAliases = "plan_aliases";
    public const string Default = "default";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Title, Publisher, Published, Url, Author, Note, Kind, Plan, PlanName, PlanAliases, Default,
    };
}
