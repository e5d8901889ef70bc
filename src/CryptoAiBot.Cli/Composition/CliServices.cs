using CryptoAiBot.Application;
using CryptoAiBot.Infrastructure;
using CryptoAiBot.Infrastructure.Composition;
using CryptoAiBot.Infrastructure.Logging;
using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Cli.Composition;

/// <summary>The bot's own services over an opened runtime, for commands that run a piece of the bot (smoke, reconcile).</summary>
internal static class CliServices
{
    /// <summary>Logs warnings and worse to the console, secrets redacted, so a command's own output stays readable.</summary>
    public static ServiceProvider Build(BotSettings settings, BotRuntime runtime, TimeProvider time) =>
        new ServiceCollection()
            .AddLogging(logging => logging.AddBotConsole(SecretRedactor.For(settings), LogLevel.Warning, time))
            .AddInfrastructure(settings, runtime, time)
            .AddApplication(settings.ToApplicationOptions())
            .BuildServiceProvider();
}
