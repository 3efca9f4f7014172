namespace PeaceBot.Core.Answers;

/// <summary>
/// The one entry point front ends use. Never throws for bad input: every request gets an <see cref="Answer"/>,
/// an error answer if need be.
/// </summary>
public interface IAnswerService
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}
