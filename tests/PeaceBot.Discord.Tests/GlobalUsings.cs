global using System.Text.Json.Nodes;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.Extensions.Configuration;
