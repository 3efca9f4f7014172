namespace PeaceBot.Import.Writing;

/// <summary>A header value written so YAML reads it back as the same string: plain when that is safe, else double-quoted.</summary>
public static class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "null", "~" };

    public static string Write(string value)
    {
        value = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return NeedsQuotes(value) ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value;
    }

    private static bool NeedsQuotes(string v) =>
        v.Length == 0
        || "-?:,[]{}#&*!|>'\"%@`".Contains(v[0])
        || v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal)
        || v.EndsWith(':')
        || Reserved.Contains(v)
        || double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
