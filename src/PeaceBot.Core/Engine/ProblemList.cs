using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Engine;

/// <summary>
/// The one owner of the problems a reload reports: those of the folder (found anew by every scan) and those of each
/// file (kept until the file is read again or goes). Thread-safe, since files are read and indexed in parallel.
/// </summary>
internal sealed class ProblemList
{
    private readonly Dictionary<string, IReadOnlyList<KnowledgeProblem>> _files = new(StringComparer.Ordinal);
    private List<KnowledgeProblem> _folder = [];
    private List<KnowledgeProblem> _plans = [];

    /// <summary>Replaces the folder-level problems (scan, aliases, index) with this reload's.</summary>
    public void SetFolder(IEnumerable<KnowledgeProblem> problems)
    {
        lock (_files) _folder = problems.ToList();
    }

    /// <summary>Replaces the problems between plan files (a shared id, two defaults), decided anew by every reload.</summary>
    public void SetPlans(IEnumerable<KnowledgeProblem> problems)
    {
        lock (_files) _plans = problems.ToList();
    }

    /// <summary>Replaces what is known of one file (it was read again).</summary>
    public void Set(string file, IReadOnlyList<KnowledgeProblem> problems)
    {
        lock (_files) _files[file] = problems;
    }

    /// <summary>Adds to what is known of one file (indexing found more, or it was refused).</summary>
    public void Add(string file, IEnumerable<KnowledgeProblem> problems)
    {
        lock (_files) _files[file] = [.. _files.GetValueOrDefault(file, []), .. problems];
    }

    /// <summary>Forgets the files that are no longer there, except those <paramref name="keep"/> says may still be.</summary>
    public void Prune(IReadOnlySet<string> present, Func<string, bool> keep)
    {
        lock (_files)
            foreach (var gone in _files.Keys.Where(k => !present.Contains(k) && !keep(k)).ToList())
                _files.Remove(gone);
    }

    public void Clear()
    {
        lock (_files)
        {
            _files.Clear();
            _folder = [];
            _plans = [];
        }
    }

    /// <summary>The folder's problems first, then each file's, by path (its own, then those it has with other plans).</summary>
    public IReadOnlyList<KnowledgeProblem> All()
    {
        lock (_files)
        {
            var byFile = _files.Keys.Concat(_plans.Select(p => p.File)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return [.. _folder, .. byFile.SelectMany(f => _files.GetValueOrDefault(f, []).Concat(_plans.Where(p => p.File == f)))];
        }
    }
}
