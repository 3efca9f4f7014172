using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Hosting;
using PeaceBot.Storage;

namespace PeaceBot.Terminal;

/// <summary>
/// What <c>chat</c> records, the same way <c>serve</c> does: each first page goes through
/// <see cref="RecordingAnswerService"/> and "good"/"bad" is a vote through <see cref="FeedbackRecorder"/>, as the
/// Discord 👍/👎 buttons are, into the store the operator console reads (SQLite at <c>--storage</c>, or memory).
/// </summary>
public sealed class ChatFeedback : IAsyncDisposable
{
    public const string FrontEnd = "console";
    public const string NothingToVoteOn = "There is no answer to vote on yet; ask something first.";

    private readonly StoreWriter _writer;
    private readonly FeedbackRecorder _recorder;
    private Answer? _last;

    private ChatFeedback(IBotStore store, IAnswerService engine)
    {
        Store = store;
        var options = Options.Create(new StorageOptions { Path = (store as SqliteBotStore)?.Path });
        _writer = new StoreWriter(store, options, new StorageMetrics(new BotMetrics()), NullLogger<StoreWriter>.Instance);
        var recent = new RecentAnswers();
        var askers = new AskerHash();
        Answers = new RecordingAnswerService(engine, _writer, recent, askers, options);
        _recorder = new FeedbackRecorder(recent, store, _writer, askers);
    }

    public IBotStore Store { get; }

    /// <summary>The engine, recording each first page so it can be voted on.</summary>
    public IAnswerService Answers { get; }

    /// <param name="path">The SQLite file (the one <c>Storage:Path</c> names for <c>serve</c>); null keeps votes in memory.</param>
    public static async Task<ChatFeedback> OpenAsync(string? path, IAnswerService engine, CancellationToken cancellationToken)
    {
        IBotStore store = string.IsNullOrWhiteSpace(path) ? new MemoryBotStore() : new SqliteBotStore(path);
        var feedback = new ChatFeedback(store, engine);
        await feedback._writer.StartAsync(cancellationToken);
        return feedback;
    }

    /// <summary>Remembers the answer a later "good" or "bad" is about (a first page; "more" keeps the one it pages).</summary>
    public void Answered(Answer answer)
    {
        if (answer.Page == 1) _last = answer;
    }

    public async Task<string> VoteAsync(bool helpful, CancellationToken cancellationToken)
    {
        if (_last is null || _recorder.TokenOf(_last) is not { } token) return NothingToVoteOn;
        return await _recorder.VoteAsync(token, helpful, FrontEnd, Environment.UserName, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.StopAsync(CancellationToken.None);
        _writer.Dispose();
        (Store as IDisposable)?.Dispose();
    }
}
