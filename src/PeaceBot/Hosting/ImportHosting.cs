using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PeaceBot.Core.Knowledge;
using PeaceBot.Import;
using PeaceBot.Import.Writing;

namespace PeaceBot.Hosting;

/// <summary>
/// The importer behind /knowledge, from <c>Import:*</c> (AllowPrivateNetworks, MaxBytes, TimeoutSeconds) and
/// <c>Knowledge:ImportFolder</c>. Without a writable folder the bot still runs and /knowledge says why it cannot import.
/// </summary>
public sealed class ImportHosting : IDisposable
{
    private readonly KnowledgeImporter? _importer;

    private ImportHosting(KnowledgeImporter? importer)
    {
        _importer = importer;
        Imports = importer is null ? null : new KnowledgeImports(importer);
    }

    public IKnowledgeImports? Imports { get; }

    public static ImportHosting Create(IConfiguration configuration, string knowledgeFolder, ILogger log)
    {
        var folder = ImportFolderLocator.Find(configuration["Knowledge:ImportFolder"], knowledgeFolder, out var why);
        if (folder is null)
        {
            log.LogWarning("Imports from chat are off: {Reason}", why);
            return new ImportHosting(null);
        }
        var full = Path.GetFullPath(knowledgeFolder) + Path.DirectorySeparatorChar;
        if (!Path.GetFullPath(folder).StartsWith(full, StringComparison.Ordinal))
            log.LogWarning("Knowledge:ImportFolder {Folder} is outside the knowledge folder {Knowledge}: imported files will not be served until it is inside it", folder, knowledgeFolder);
        var options = new ImportOptions
        {
            AllowPrivateNetworks = configuration.GetValue("Import:AllowPrivateNetworks", false),
            MaxBytes = configuration.GetValue("Import:MaxBytes", ImportOptions.DefaultMaxBytes),
            Timeout = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Import:TimeoutSeconds", 15), 1, 120)),
        };
        log.LogInformation("Imports from chat write to {Folder}", folder);
        return new ImportHosting(new KnowledgeImporter(options, folder, knowledgeFolder));
    }

    public void Dispose() => _importer?.Dispose();
}
