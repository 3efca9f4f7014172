using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;
using PeaceBot.Discord.Api;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Paging;
using PeaceBot.Discord.Rendering;

namespace PeaceBot.Discord.Interactions;

/// <summary>
/// Answers one verified interaction with the callback Discord expects. Answers the core gives within the budget go
/// inline; slower ones are deferred and delivered later with PATCH @original, errors included.
/// </summary>
public sealed class InteractionHandler(
    IAnswerService answers,
    ISuggestionService suggestions,
    MoreButtonIds moreButtons,
    DiscordWebhookClient webhooks,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> log)
{
    public const string FrontEnd = "discord";
    public const string FailureMessage = "Sorry, something went wrong while answering. Please try again.";
    public const string ExpiredMessage = "This list has expired. Please ask again.";

    public Task<JsonObject> HandleAsync(IncomingInteraction interaction, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionType.Ping => Task.FromResult(new JsonObject { ["type"] = CallbackType.Pong }),
        InteractionType.ApplicationCommand => CommandAsync(interaction),
        InteractionType.MessageComponent => MoreAsync(interaction),
        InteractionType.Autocomplete => Task.FromResult(Autocomplete(interaction)),
        _ => Task.FromResult(Message(CallbackType.ChannelMessage, AnswerRenderer.Notice("This kind of interaction is not supported.", ephemeral: true))),
    };

    private Task<JsonObject> CommandAsync(IncomingInteraction interaction)
    {
        if (!CommandTextBuilder.TryBuild(interaction, out var invocation, out var error))
            return Task.FromResult(Message(CallbackType.ChannelMessage, AnswerRenderer.Notice(error, ephemeral: true)));

        var ephemeral = invocation!.Command.ModeratorOnly || (invocation.Private ?? options.Value.DefaultPrivate);
        var request = NewRequest(interaction, invocation.Text, page: 1);
        return AnswerWithinBudgetAsync(
            interaction, request,
            inlineType: CallbackType.ChannelMessage,
            deferred: new JsonObject
            {
                ["type"] = CallbackType.DeferredChannelMessage,
                ["data"] = ephemeral ? new JsonObject { ["flags"] = DiscordLimits.EphemeralFlag } : new JsonObject(),
            },
            ephemeral);
    }

    private Task<JsonObject> MoreAsync(IncomingInteraction interaction)
    {
        var lookup = moreButtons.Resolve(interaction.CustomId);
        if (lookup.Status != MoreButtonLookupStatus.Found)
        {
            var notice = lookup.Status == MoreButtonLookupStatus.Expired ? ExpiredMessage : "This button is not recognised. Please ask again.";
            return Task.FromResult(Message(CallbackType.ChannelMessage, AnswerRenderer.Notice(notice, ephemeral: true)));
        }
        var request = NewRequest(interaction, lookup.CommandText, lookup.Page);
        return AnswerWithinBudgetAsync(
            interaction, request,
            inlineType: CallbackType.UpdateMessage,
            deferred: new JsonObject { ["type"] = CallbackType.DeferredUpdateMessage },
            ephemeral: false);
    }

    private AnswerRequest NewRequest(IncomingInteraction interaction, string text, int page) =>
        new(text, FrontEnd, page, AnswerRenderer.MaxResults)
        {
            UserId = interaction.UserId,
            IsModerator = ModeratorCheck.IsModerator(interaction, options.Value.ModeratorRoleIds),
        };

    private async Task<JsonObject> AnswerWithinBudgetAsync(
        IncomingInteraction interaction, AnswerRequest request, int inlineType, JsonObject deferred, bool ephemeral)
    {
        // Deliberately not tied to the HTTP request: a deferred answer outlives it.
        var answerTask = SafeAnswerAsync(request);
        var finished = await Task.WhenAny(answerTask, Task.Delay(options.Value.AnswerBudget));
        if (finished == answerTask)
            return Message(inlineType, RenderData(await answerTask, ephemeral, inlineType));

        log.LogInformation("Discord interaction {Id}: answer not ready within {Budget}; deferring", interaction.Id, options.Value.AnswerBudget);
        _ = DeliverLaterAsync(interaction.Token, answerTask, ephemeral);
        return deferred;
    }

    private async Task DeliverLaterAsync(string token, Task<Answer> answerTask, bool ephemeral)
    {
        try
        {
            var answer = await answerTask;
            var data = RenderData(answer, ephemeral, CallbackType.UpdateMessage);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await webhooks.EditOriginalAsync(token, data, timeout.Token);
        }
        catch (Exception e)
        {
            // Nobody awaits this task: whatever went wrong is logged here or lost.
            log.LogWarning(e, "Discord: delivering a deferred answer failed");
        }
    }

    private async Task<Answer> SafeAnswerAsync(AnswerRequest request)
    {
        try
        {
            return await answers.AnswerAsync(request, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Discord: the answer service failed for {Text}", request.Text);
            return Answer.Error(FailureMessage, request.Text) with { Outcome = AnswerOutcome.Failed };
        }
    }

    private JsonObject RenderData(Answer answer, bool ephemeral, int type)
    {
        var more = answer.HasMore && answer.CommandText.Length > 0 ? moreButtons.Create(answer.CommandText, answer.Page + 1) : null;
        // Edits and updates cannot change a message's ephemerality, so they carry no flags.
        return AnswerRenderer.Render(answer, ephemeral && type == CallbackType.ChannelMessage, more);
    }

    private JsonObject Autocomplete(IncomingInteraction interaction)
    {
        var choices = new JsonArray();
        var leaf = CommandCatalog.Find(interaction.CommandName)?.Find(interaction.SubcommandName);
        var parameter = leaf?.Parameters.FirstOrDefault(p => p.Name == interaction.FocusedOption);
        if (parameter is not null && parameter.Suggest != SuggestionSource.None && interaction.Options.TryGetValue(parameter.Name, out var value))
        {
            var typed = CommandTextBuilder.Normalize(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
            if (typed.Length > CommandTextBuilder.MaxValueLength) typed = typed[..CommandTextBuilder.MaxValueLength];
            foreach (var s in Suggest(parameter.Suggest, typed))
            {
                if (choices.Count == DiscordLimits.AutocompleteChoices) break;
                var name = TextClip.To(CommandTextBuilder.Normalize(s.Label), DiscordLimits.ChoiceName);
                // A value Discord would reject cannot be shortened without changing its meaning: skip it.
                if (name.Length == 0 || s.Value.Length is 0 or > DiscordLimits.ChoiceValue) continue;
                choices.Add(new JsonObject { ["name"] = name, ["value"] = s.Value });
            }
        }
        return new JsonObject { ["type"] = CallbackType.AutocompleteResult, ["data"] = new JsonObject { ["choices"] = choices } };
    }

    private IReadOnlyList<PeaceBot.Core.Suggestions.Suggestion> Suggest(SuggestionSource source, string typed)
    {
        try
        {
            return source switch
            {
                SuggestionSource.Plans => suggestions.SuggestPlans(typed, DiscordLimits.AutocompleteChoices),
                SuggestionSource.Months => suggestions.SuggestMonths(typed, DiscordLimits.AutocompleteChoices),
                SuggestionSource.Quotes => suggestions.SuggestQuotes(typed, DiscordLimits.AutocompleteChoices),
                _ => [],
            };
        }
        catch (Exception e)
        {
            log.LogError(e, "Discord: suggestions failed");
            return [];
        }
    }

    private static JsonObject Message(int type, JsonObject data) => new() { ["type"] = type, ["data"] = data };
}
