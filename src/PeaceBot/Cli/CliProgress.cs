using Spectre.Console;

namespace PeaceBot.Cli;

/// <summary>
/// A Spectre.Console progress bar around long work (indexing a knowledge folder), drawn only on a terminal and
/// cleared when done; redirected output and <c>--json</c> get nothing, not even a blank line.
/// </summary>
public static class CliProgress
{
    /// <param name="show">False for machine-read output (<c>--json</c>) even on a terminal.</param>
    public static async Task<T> IndexingAsync<T>(CliConsole console, bool show, string folder, Func<Task<T>> work)
    {
        if (!show || !console.IsTerminal) return await work();
        var label = IndexingLabel(folder);
        var result = default(T)!;
        await console.Ansi().Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                // The index is built in one step with no per-file callback, so the bar pulses until it is done.
                var task = context.AddTask(Markup.Escape(label));
                task.IsIndeterminate = true;
                result = await work();
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return result;
    }

    /// <summary>"Indexing 1,234 files in DIR", counted the way the loader sees them (.md and .txt).</summary>
    public static string IndexingLabel(string folder)
    {
        var files = 0;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Count(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The loader reports unreadable folders itself; the label just goes without a count.
        }
        return files > 0 ? $"Indexing {files:N0} files in {folder}" : $"Indexing {folder}";
    }
}
