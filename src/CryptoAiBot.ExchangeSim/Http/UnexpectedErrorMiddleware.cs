using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>A bug in the simulator answers as a Gate server error would (500 INTERNAL) and is logged, instead of an empty 500.</summary>
internal sealed partial class UnexpectedErrorMiddleware(RequestDelegate next, ILogger<UnexpectedErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogUnexpected(logger, context.Request.Method, context.Request.Path, exception);
            await GateJson.Error(new GateError(500, "INTERNAL", "Internal server error")).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Simulator failed on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, string path, Exception exception);
}
