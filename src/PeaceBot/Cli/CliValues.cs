using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PeaceBot.Cli;

/// <summary>Small validators the verbs share.</summary>
public static class CliValues
{
    /// <summary>The option's whole-number value, or null when absent or not a number (System.CommandLine reports that itself).</summary>
    public static int? Int(OptionResult result) =>
        result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Refuses a word that looks like an option ("--bogus") in free text, so a typo is not asked as a question.</summary>
    public static Action<CommandResult> NoUnknownOptions(Argument<string[]> words) => result =>
    {
        if (result.GetValue(words)?.FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal) && w.Length > 2) is { } unknown)
            result.AddError($"unknown option {unknown}");
    };
}
