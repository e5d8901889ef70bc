using CryptoAiBot.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CryptoAiBot.Infrastructure.Logging;

/// <summary>Wires the bot's log output: JSON lines on the console, secrets redacted.</summary>
public static class LoggingBuilderExtensions
{
    public static ILoggingBuilder AddBotConsole(this ILoggingBuilder logging, SecretRedactor redactor, LogLevel minimum, TimeProvider time)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(minimum);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        logging.AddConsole(options => options.FormatterName = RedactingJsonConsoleFormatter.FormatterName);
        logging.Services.AddSingleton<ConsoleFormatter>(new RedactingJsonConsoleFormatter(redactor, time));
        return logging;
    }
}
