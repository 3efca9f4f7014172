using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PeaceBot.Core.Tests.Support;

/// <summary>A Lucene directory over a real one whose disk can be "filled": while full, every new file and every sync fails as ENOSPC would.</summary>
public sealed class FullDisk : FilterDirectory
{
    public FullDisk(LuceneDirectory inner) : base(inner) { }

    public volatile bool Full;
    public int Faults;

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        Fail(name);
        return base.CreateOutput(name, context);
    }

    public override void Sync(ICollection<string> names)
    {
        Fail(string.Join(",", names));
        base.Sync(names);
    }

    private void Fail(string name)
    {
        if (!Full || name == "write.lock") return;
        Interlocked.Increment(ref Faults);
        throw new IOException($"No space left on device: {name}");
    }
}
