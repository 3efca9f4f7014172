using PeaceBot.Cli;
using PeaceBot.Core.Engine;

namespace PeaceBot.Terminal;

/// <summary>A knowledge service and engine over a local folder, loaded once, for the console verbs.</summary>
public sealed class LocalBot : IDisposable
{
    private LocalBot(KnowledgeService knowledge)
    {
        Knowledge = knowledge;
        Engine = new PeaceBotEngine(knowledge);
    }

    public KnowledgeService Knowledge { get; }
    public PeaceBotEngine Engine { get; }

    /// <summary>Loads the folder; problems go to standard error, the bot still starts with what loaded.</summary>
    /// <param name="progress">Draw a progress bar while indexing when output is a terminal (chat; not ask, whose output scripts read).</param>
    public static async Task<LocalBot?> OpenAsync(string? folder, CliConsole console, CancellationToken cancellationToken, bool progress = false)
    {
        var path = KnowledgeLocator.Find(folder);
        if (path is null || !Directory.Exists(path))
        {
            console.Error.WriteLine(path is null
                ? "peacebot: no knowledge folder found; pass --knowledge DIR."
                : $"peacebot: knowledge folder '{path}' does not exist.");
            return null;
        }
        var knowledge = new KnowledgeService(path);
        var report = await CliProgress.IndexingAsync(console, progress, path, () => knowledge.ReloadAsync(cancellationToken));
        foreach (var problem in report.Problems) console.Error.WriteLine($"warning: {problem}");
        return new LocalBot(knowledge);
    }

    public void Dispose() => Knowledge.Dispose();
}
