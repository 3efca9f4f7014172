using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PeaceBot.Slack.Handlers;
using PeaceBot.Slack.Protocol;

namespace PeaceBot.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c> (alias
    /// <c>/slack/interactivity</c>) when Slack is configured; maps nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapSlackAdapter(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackMarker>() is null) return endpoints;

        endpoints.MapPost("/slack/commands", async (HttpContext http, SignedRequestReader reader, SlashCommandHandler handler) =>
        {
            var signed = await reader.ReadAsync(http.Request, SlackBodyLimits.Commands, http.RequestAborted, answerSslCheck: true);
            if (signed.IsSslCheck) return Results.Ok();
            if (!signed.IsAccepted) return Results.Text(signed.RefusalReason, statusCode: signed.RefusalStatus);
            var form = FormBody.TryParse(signed.Body);
            if (form is null) return Results.BadRequest("body is not form-encoded UTF-8");
            return await handler.HandleAsync(form);
        }).DisableAntiforgery();

        endpoints.MapPost("/slack/events", async (HttpContext http, SignedRequestReader reader, EventsHandler handler) =>
        {
            var signed = await reader.ReadAsync(http.Request, SlackBodyLimits.Events, http.RequestAborted);
            if (!signed.IsAccepted) return Results.Text(signed.RefusalReason, statusCode: signed.RefusalStatus);
            return handler.Handle(signed.Body);
        });

        RequestDelegate interactions = async http =>
        {
            var reader = http.RequestServices.GetRequiredService<SignedRequestReader>();
            var signed = await reader.ReadAsync(http.Request, SlackBodyLimits.Interactions, http.RequestAborted);
            IResult result;
            if (!signed.IsAccepted) result = Results.Text(signed.RefusalReason, statusCode: signed.RefusalStatus);
            else if (FormBody.TryParse(signed.Body) is not { } form) result = Results.BadRequest("body is not form-encoded UTF-8");
            else result = http.RequestServices.GetRequiredService<InteractionsHandler>().Handle(form);
            await result.ExecuteAsync(http);
        };
        endpoints.MapPost("/slack/interactions", interactions);
        endpoints.MapPost("/slack/interactivity", interactions);
        return endpoints;
    }
}
