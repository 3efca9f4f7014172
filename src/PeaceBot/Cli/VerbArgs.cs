namespace PeaceBot.Cli;

/// <summary>Options (<c>--name value</c>, <c>--flag</c>) and positional words of one verb's arguments.</summary>
public sealed class VerbArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private VerbArgs(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public string? Error { get; private init; }

    /// <param name="valued">Options that take a value; any other <c>--x</c> must be in <paramref name="flags"/>.</param>
    public static VerbArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--") { positional.AddRange(args.Skip(i + 1)); break; }
            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2) { positional.Add(a); continue; }
            var name = a[2..];
            string? inline = null;
            if (name.IndexOf('=') is var eq and > 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
            if (valued.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null) return Failed($"option --{name} needs a value");
                options[name] = value;
            }
            else if (flags.Contains(name) && inline is null) options[name] = null;
            else return Failed($"unknown option --{name}");
        }
        var result = new VerbArgs(positional);
        foreach (var (k, v) in options) result._options[k] = v;
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    private static VerbArgs Failed(string error) => new([]) { Error = error };
}
