using System.ComponentModel.DataAnnotations;

namespace PeaceBot.Hosting;

/// <summary><c>Knowledge:*</c> — where the knowledge lives and how changes to it are picked up.</summary>
public sealed class KnowledgeHostOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder; empty means the bundled <c>knowledge/</c> found next to the app or above it.</summary>
    public string? Folder { get; set; }

    /// <summary>A folder for the on-disk index, so a restart re-reads only changed files; empty keeps it in memory.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Quiet time after the last file change before re-indexing, in milliseconds.</summary>
    [Range(50, 60_000)]
    public int DebounceMilliseconds { get; set; } = 500;

    /// <summary>A full rescan every this many seconds catches changes file watchers miss (network mounts); 0 turns it off.</summary>
    [Range(0, 86_400)]
    public int RescanSeconds { get; set; } = 30;
}
