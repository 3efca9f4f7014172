using PeaceBot.Adapters.Paging;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Answering;
using PeaceBot.Adapters.Replies;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Suggestions;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Rendering;
using PeaceBot.Discord.Rest;

namespace PeaceBot.Discord.Endpoint;

/// <summary>
/// Answers one verified interaction, whichever way it arrived (HTTP endpoint or gateway). An answer ready within
/// the budget goes back at once; a slower one is deferred and delivered by editing the original message, so the
/// user never sees "the application did not respond".
/// </summary>
public sealed class InteractionHandler
{
    public const int PageSize = 4;
    private const int MaxChoices = 25;
    private const int MaxChoiceText = 100;
    private readonly IAnswerService _answers;
    private readonly ISuggestionService _suggestions;
    private readonly DiscordMessageRenderer _renderer;
    private readonly PageTokens _pages;
    private readonly ReplyTracker _deferred;
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly ILogger<InteractionHandler> _logger;
    private readonly IAnswerFeedback? _feedback;

    public InteractionHandler(IAnswerService answers, ISuggestionService suggestions, DiscordMessageRenderer renderer, PageTokens pages,
        ReplyTracker deferred, DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<InteractionHandler> logger, IAnswerFeedback? feedback = null)
    {
        _feedback = feedback;
        (_answers, _suggestions, _renderer, _pages, _deferred, _rest, _options, _logger) =
            (answers, suggestions, renderer, pages, deferred, rest, options.Value, logger);
    }

    public Task<JsonObject> HandleAsync(Interaction interaction, CancellationToken ct) => interaction.Type switch
    {
        InteractionType.Ping => Task.FromResult(new JsonObject { ["type"] = 1 }),
        InteractionType.ApplicationCommand => CommandAsync(interaction, ct),
        InteractionType.MessageComponent => ComponentAsync(interaction, ct),
        InteractionType.Autocomplete => Task.FromResult(Autocomplete(interaction)),
        _ => Task.FromResult(Reply(DiscordMessageRenderer.Text("PeaceBot does not handle this kind of interaction."))),
    };

    private Task<JsonObject> CommandAsync(Interaction interaction, CancellationToken ct)
    {
        var built = ChatTextBuilder.Build(interaction);
        if (built.Text is null) return Task.FromResult(Reply(DiscordMessageRenderer.Text(built.Error ?? "Unknown command.")));
        var isPrivate = built.Module?.Visibility == CommandVisibility.AlwaysPrivate || (built.Private ?? _options.DefaultPrivate);
        return AnswerWithinBudget(interaction, Request(interaction, built.Text, 1) with { Attachments = built.Attachments }, isPrivate, immediate: 4, deferred: 5, ct);
    }

    private async Task<JsonObject> ComponentAsync(Interaction interaction, CancellationToken ct)
    {
        if (interaction.CustomId?.StartsWith(DiscordMessageRenderer.FeedbackPrefix, StringComparison.Ordinal) == true)
            return await VoteAsync(interaction, interaction.CustomId[DiscordMessageRenderer.FeedbackPrefix.Length..], ct).ConfigureAwait(false);
        if (_pages.ReadPost(interaction.CustomId) is { } post)
            return await AnswerWithinBudget(interaction, Request(interaction, post.Text, post.Page), isPrivate: false, immediate: 4, deferred: 5, ct)
                .ConfigureAwait(false);
        return await PageAsync(interaction, ct).ConfigureAwait(false);
    }

    /// <summary>A 👍/👎 click ("up:token"): recorded, then the vote buttons give way to the thanks, in place (type 7);
    /// the message's other buttons ("More") stay.</summary>
    private async Task<JsonObject> VoteAsync(Interaction interaction, string vote, CancellationToken ct)
    {
        var parts = vote.Split(':', 2);
        if (_feedback is null || parts.Length != 2 || parts[0] is not ("up" or "down"))
            return Reply(DiscordMessageRenderer.Text("That button is not one I know."));
        var thanks = await _feedback.VoteAsync(parts[1], parts[0] == "up", "discord", interaction.UserId, ct).ConfigureAwait(false);
        return new JsonObject { ["type"] = 7, ["data"] = DiscordMessageRenderer.Acknowledged(thanks, interaction.MessageComponents) };
    }

    private Task<JsonObject> PageAsync(Interaction interaction, CancellationToken ct)
    {
        if (_pages.Read(interaction.CustomId) is not { } next)
            return Task.FromResult(Reply(DiscordMessageRenderer.Text("That list has expired; please ask again.")));
        return AnswerWithinBudget(interaction, Request(interaction, next.Text, next.Page), next.Private, immediate: 7, deferred: 6, ct);
    }

    private AnswerRequest Request(Interaction interaction, string text, int page) =>
        new(text, "discord", page, PageSize)
        {
            UserId = interaction.UserId,
            IsModerator = ModeratorCheck.IsModerator(interaction, _options.ModeratorRoleIds),
        };

    private async Task<JsonObject> AnswerWithinBudget(Interaction interaction, AnswerRequest request, bool isPrivate, int immediate, int deferred, CancellationToken ct)
    {
        // The answer is not tied to the HTTP request: if it is late it is still delivered, by a follow-up.
        var answering = _answers.AnswerAsync(request, CancellationToken.None);
        var finished = await AnswerBudget.FinishedWithinAsync(answering, TimeSpan.FromMilliseconds(_options.AnswerBudgetMilliseconds), ct).ConfigureAwait(false);
        if (finished)
        {
            var data = Render(await Safe(answering).ConfigureAwait(false), isPrivate);
            if (immediate == 7) data.Remove("flags");
            return new JsonObject { ["type"] = immediate, ["data"] = data };
        }

        _logger.LogInformation("Answer to {Command} not ready within {Budget} ms; deferring", request.Text.Split(' ')[0], _options.AnswerBudgetMilliseconds);
        _ = _deferred.Run("deferred Discord answer", async stop =>
        {
            var data = Render(await Safe(answering).ConfigureAwait(false), isPrivate);
            data.Remove("flags");
            using var response = await _rest.EditOriginalAsync(interaction.Token, data, stop).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                _logger.LogWarning("Editing the deferred Discord answer failed: {Status}", (int)response.StatusCode);
        });
        var ack = new JsonObject { ["type"] = deferred };
        if (deferred == 5 && isPrivate) ack["data"] = new JsonObject { ["flags"] = 64 };
        return ack;
    }

    private Task<Answer> Safe(Task<Answer> answering) => AdapterFailure.GuardAsync(answering, _logger);

    private JsonObject Render(Answer answer, bool isPrivate) =>
        answer.Kind == AnswerKind.Error || answer.Outcome is AnswerOutcome.Refused
            ? DiscordMessageRenderer.Text(answer.Message, isPrivate: true)
            : _renderer.Render(answer, isPrivate);

    private JsonObject Autocomplete(Interaction interaction)
    {
        var focused = Focused(interaction.Options);
        var typed = focused?.Text ?? "";
        var source = focused is null ? AutocompleteSource.None : AutocompleteKind(interaction.CommandName, focused.Name);
        var suggestions = _suggestions.Suggest(source, typed, MaxChoices);
        var choices = new JsonArray();
        foreach (var s in suggestions.Take(MaxChoices))
        {
            var name = DiscordMarkdown.Cut(s.Label, MaxChoiceText);
            var value = DiscordMarkdown.Cut(s.Value, MaxChoiceText).TrimEnd('…');
            if (name.Length == 0 || value.Length == 0) continue;
            choices.Add(new JsonObject { ["name"] = name, ["value"] = value });
        }
        return new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = choices } };
    }

    private static CommandOption? Focused(IReadOnlyList<CommandOption> options)
    {
        foreach (var o in options)
        {
            if (o.Focused) return o;
            if (Focused(o.Options) is { } inner) return inner;
        }
        return null;
    }

    private static AutocompleteSource AutocompleteKind(string? command, string option)
    {
        static AutocompleteSource Find(IEnumerable<OptionDefinition> options, string name) =>
            options.Select(o => o.Name == name && o.Autocomplete != AutocompleteSource.None ? o.Autocomplete : Find(o.Options, name))
                .FirstOrDefault(k => k != AutocompleteSource.None);
        return DiscordCommandSet.Find(command) is { } c ? Find(c.Options, option) : AutocompleteSource.None;
    }

    private static JsonObject Reply(JsonObject data) => new() { ["type"] = 4, ["data"] = data };
}
