using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;

namespace PeaceBot.Storage;

/// <summary>
/// Composition for <c>serve</c>: the store (SQLite at <c>Storage:Path</c>, or memory), its writer and retention sweep,
/// feedback, and the recording wrapper around whatever <see cref="IAnswerService"/> is registered before this call.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IBotStore>(sp => Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<StorageMetrics>();
        services.AddSingleton<AskerHash>();
        services.AddSingleton<RecentAnswers>();
        services.AddSingleton<StoreWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreWriter>());
        services.AddHostedService<RetentionService>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<IAnswerFeedback>(sp => sp.GetRequiredService<FeedbackRecorder>());

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerService))
            ?? throw new InvalidOperationException("AddBotStorage wraps the answer service: register IAnswerService first");
        services.RemoveAll<IAnswerService>();
        services.AddSingleton<IAnswerService>(sp => new RecordingAnswerService(Resolve(sp, inner), sp.GetRequiredService<StoreWriter>(),
            sp.GetRequiredService<RecentAnswers>(), sp.GetRequiredService<AskerHash>(), sp.GetRequiredService<IOptions<StorageOptions>>()));
        return services;
    }

    private static IBotStore Open(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path)) return new MemoryBotStore();
        try
        {
            return new SqliteBotStore(options.Path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Storage:Path {options.Path}: {e.Message}", e);
        }
    }

    private static IAnswerService Resolve(IServiceProvider sp, ServiceDescriptor d) =>
        (IAnswerService)(d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
}
