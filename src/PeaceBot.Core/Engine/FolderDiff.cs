using System.Collections.Concurrent;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Engine;

/// <summary>
/// What a scan of the folder changes against what the index holds: files to (re)index, read and parsed; how many are
/// unchanged (same size and time, or same content); and which indexed files are gone. A file the scan could not see
/// (its folder, or the whole knowledge folder, could not be read) is not gone: it keeps its last good version. A file
/// that turned invalid is not changed either: its problems are recorded and its last good version keeps serving.
/// </summary>
internal sealed record FolderDiff(IReadOnlyList<KnowledgeFile> Changed, int Unchanged, IReadOnlyList<string> Removed, IReadOnlySet<string> Present)
{
    public static FolderDiff Compute(KnowledgeFolderScanner.Listing listing, IndexStore store, ProblemList problems, ParallelOptions parallel)
    {
        var present = listing.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var changed = new ConcurrentBag<KnowledgeFile>();
        var unchanged = 0;
        Parallel.ForEach(listing.Files, parallel, entry =>
        {
            var known = store.Committed(entry.RelativePath);
            if (known is not null && SameSizeAndTime(entry.FullPath, known)) { Interlocked.Increment(ref unchanged); return; }
            var read = KnowledgeFileReader.Read(entry.FullPath, entry.RelativePath);
            problems.Set(entry.RelativePath, read.Problems);
            if (read.File is null) return;
            if (known is not null && known.Hash == read.File.ContentHash)
            {
                store.Touch(entry.RelativePath, Stat(entry.FullPath, read.File));
                Interlocked.Increment(ref unchanged);
                return;
            }
            changed.Add(read.File);
        });

        var removed = store.AllCommitted().Keys
            .Where(k => !present.Contains(k) && !listing.IsHidden(k))
            .Order(StringComparer.Ordinal).ToList();
        var sorted = changed.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return new FolderDiff(sorted, unchanged, removed, present);
    }

    public static IndexedFile Stat(string fullPath, KnowledgeFile file)
    {
        var info = new FileInfo(fullPath);
        return new IndexedFile(file.ContentHash, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default, file.FrontMatter.PlanId)
            { DefaultPlan = file.FrontMatter.IsDefaultPlan };
    }

    private static bool SameSizeAndTime(string path, IndexedFile known)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == known.Size && info.LastWriteTimeUtc == known.LastWriteUtc;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
