namespace PeaceBot.Adapters.Answering;

/// <summary>
/// "Answer within the platform's window or defer": waits for an answer at most the budget. The answer itself is
/// never cancelled by the wait; if it is late the caller acknowledges and delivers it later.
/// </summary>
public static class AnswerBudget
{
    /// <summary>True when <paramref name="answering"/> finished (well or not) within <paramref name="budget"/>.</summary>
    public static async Task<bool> FinishedWithinAsync(Task answering, TimeSpan budget, CancellationToken ct = default)
    {
        if (answering.IsCompleted) return true;
        if (budget <= TimeSpan.Zero) return false;
        try
        {
            await answering.WaitAsync(budget, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && !answering.IsCompleted)
        {
            return false;
        }
        catch (Exception) when (answering.IsCompleted)
        {
            // A failed answer is finished too: the caller turns it into the failure message.
        }
        return true;
    }
}
