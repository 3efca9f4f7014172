# syntax=docker/dockerfile:1
# Build: the SDK image restores, tests nothing, publishes the one executable.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props PeaceBot.sln ./
# Project files alone first: the restore layer is reused until a dependency changes, not on every code edit.
COPY src/PeaceBot/PeaceBot.csproj src/PeaceBot/
COPY src/PeaceBot.Core/PeaceBot.Core.csproj src/PeaceBot.Core/
COPY src/PeaceBot.Adapters/PeaceBot.Adapters.csproj src/PeaceBot.Adapters/
COPY src/PeaceBot.Import/PeaceBot.Import.csproj src/PeaceBot.Import/
COPY src/PeaceBot.Discord/PeaceBot.Discord.csproj src/PeaceBot.Discord/
COPY src/PeaceBot.Slack/PeaceBot.Slack.csproj src/PeaceBot.Slack/
RUN dotnet restore src/PeaceBot/PeaceBot.csproj
COPY src/ src/
RUN dotnet publish src/PeaceBot/PeaceBot.csproj -c Release --no-restore -o /app

# Run: the ASP.NET runtime only, as a non-root user, with the bundled knowledge as the default.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY knowledge/ /knowledge/
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Knowledge__Folder=/knowledge \
    Knowledge__IndexPath=/var/lib/peacebot/index \
    Knowledge__ImportFolder=/knowledge/imported \
    Storage__Path=/var/lib/peacebot/peacebot.db \
    DOTNET_NOLOGO=1
RUN mkdir -p /var/lib/peacebot/index /knowledge/imported && chown -R app:app /var/lib/peacebot /knowledge
USER app
EXPOSE 8080
VOLUME ["/var/lib/peacebot"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/PeaceBot.dll", "probe", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "/app/PeaceBot.dll"]
CMD ["serve"]
