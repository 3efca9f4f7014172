global using PeaceBot.Import.Tests.Support;
