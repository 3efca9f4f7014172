using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceBot.Tests.Terminal;

/// <summary>
/// Runs a command on a pseudo-terminal through util-linux <c>script -qfec "cmd" /dev/null</c> (Debian's bsdutils,
/// an essential package): the program sees a real terminal on stdin and stdout, the test types keys into it and
/// reads what it draws. <see cref="Screen"/> is that output with ANSI escape codes removed.
/// </summary>
public sealed partial class PseudoTerminal : IDisposable
{
    public const string Script = "/usr/bin/script";

    // A guard against a hung child, not a timing assertion: a line that never appears fails the test instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _raw = new();
    private readonly Task _reader;

    private PseudoTerminal(Process process)
    {
        _process = process;
        _reader = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = await process.StandardOutput.ReadAsync(buffer)) > 0)
                lock (_raw) _raw.Append(buffer, 0, n);
        });
    }

    public static bool Available => File.Exists(Script);

    public static PseudoTerminal Start(string command, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "-qfec", command, "/dev/null" }) info.ArgumentList.Add(arg);
        info.Environment["TERM"] = "xterm";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return new PseudoTerminal(Process.Start(info) ?? throw new InvalidOperationException($"cannot start {Script}"));
    }

    /// <summary>Everything drawn so far, escape codes removed and carriage returns dropped.</summary>
    public string Screen
    {
        get
        {
            string raw;
            lock (_raw) raw = _raw.ToString();
            return Ansi().Replace(raw, "").Replace("\r", "");
        }
    }

    public string Raw
    {
        get
        {
            lock (_raw) return _raw.ToString();
        }
    }

    /// <summary>Types keys as a person would (a line ends with "\r", the Enter key; the Up arrow is "\u001b[A").</summary>
    public void Type(string keys)
    {
        _process.StandardInput.Write(keys);
        _process.StandardInput.Flush();
    }

    /// <summary>Waits until <paramref name="text"/> has appeared <paramref name="times"/> times on the screen.</summary>
    public async Task WaitForAsync(string text, int times = 1)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Count(Screen, text) < times)
        {
            if (_process.HasExited && _reader.IsCompleted && Count(Screen, text) < times)
                throw new Xunit.Sdk.XunitException($"the program ended before showing '{text}' {times} time(s); screen:\n{Screen}");
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"'{text}' did not appear {times} time(s); screen:\n{Screen}");
            await Task.Delay(50);
        }
    }

    public async Task<int> ExitCodeAsync()
    {
        using var cancel = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(cancel.Token);
        await _reader;
        return _process.ExitCode;
    }

    public static int Count(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    // CSI sequences (colours, cursor moves, ?25l/?25h), two-byte ESC sequences (ESC =, ESC >) and OSC titles.
    [GeneratedRegex(@"\u001b(\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_=>])")]
    private static partial Regex Ansi();
}
