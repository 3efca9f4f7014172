using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Support;

/// <summary>A knowledge folder from the test output, loaded once per folder and shared by the tests that read it.</summary>
public sealed class LoadedKnowledge : IDisposable
{
    private static readonly Dictionary<string, Lazy<LoadedKnowledge>> Loaded = new(StringComparer.Ordinal);

    private LoadedKnowledge(string folder)
    {
        Folder = folder;
        Service = new KnowledgeService(folder);
        Report = Service.ReloadAsync().GetAwaiter().GetResult();
        Engine = new PeaceBotEngine(Service);
    }

    public string Folder { get; }
    public KnowledgeService Service { get; }
    public PeaceBotEngine Engine { get; }
    public Core.Knowledge.ReloadReport Report { get; }

    /// <summary>The repo's own knowledge/ folder, copied to the test output.</summary>
    public static LoadedKnowledge Bundled => Get("bundled-knowledge");

    /// <summary>A small hand-made folder whose every answer the tests can predict.</summary>
    public static LoadedKnowledge Fixture => Get(Path.Combine("Fixtures", "knowledge"));

    /// <summary>A small hand-made folder of quotes in the ways news prints them, for the who-said answers.</summary>
    public static LoadedKnowledge Quotes => Get(Path.Combine("Fixtures", "quotes"));

    /// <summary>Two small plans and an article that mentions their points in the ways news does, for plan mentions and /plan compare.</summary>
    public static LoadedKnowledge Plans => Get(Path.Combine("Fixtures", "plans"));

    public static LoadedKnowledge Get(string relative)
    {
        Lazy<LoadedKnowledge> lazy;
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(relative, out lazy!))
                Loaded[relative] = lazy = new Lazy<LoadedKnowledge>(() => new LoadedKnowledge(Path.Combine(AppContext.BaseDirectory, relative)));
        }
        return lazy.Value;
    }

    public Answer Ask(string text, int page = 1, int pageSize = 5, bool moderator = false) =>
        Engine.AnswerAsync(new AnswerRequest(text, "test", page, pageSize) { IsModerator = moderator }).GetAwaiter().GetResult();

    public void Dispose() => Service.Dispose();
}
