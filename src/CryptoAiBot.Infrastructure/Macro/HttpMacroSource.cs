using System.Net;
using System.Text.Json;
using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;

namespace CryptoAiBot.Infrastructure.Macro;

/// <summary>
/// The regime filter's sources over HTTP: a GET of each configured URL, parsed by <see cref="MacroJson"/>. Every
/// failure — no URL, unreachable, timeout, a non-2xx status, a body that is not the documented JSON — is an error
/// value naming the source and the cause; the URL itself is never echoed, as it may carry an API key.
/// </summary>
public sealed partial class HttpMacroSource(
    IHttpClientFactory clients, string dxyUrl, string btcDominanceUrl, string fomcUrl, ILogger<HttpMacroSource> logger) : IMacroSource
{
    /// <summary>The name of the <see cref="HttpClient"/> configuration (timeout, response size cap).</summary>
    public const string ClientName = "macro";

    public Task<Result<IReadOnlyList<MacroObservation>>> GetSeriesAsync(MacroIndicator indicator, CancellationToken cancellationToken) =>
        indicator == MacroIndicator.Dxy
            ? GetAsync("REGIME_DXY_URL", dxyUrl, MacroJson.ParseSeries, cancellationToken)
            : GetAsync("REGIME_BTC_DOM_URL", btcDominanceUrl, MacroJson.ParseSeries, cancellationToken);

    public Task<Result<IReadOnlyList<DateTimeOffset>>> GetFomcDecisionsAsync(CancellationToken cancellationToken) =>
        GetAsync("REGIME_FOMC_URL", fomcUrl, MacroJson.ParseDecisions, cancellationToken);

    private async Task<Result<T>> GetAsync<T>(string source, string url, Func<JsonElement, T> parse, CancellationToken cancellationToken)
    {
        if (url.Length == 0)
        {
            return new Error(ErrorCode.NotFound, $"{source} is not set");
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = response.StatusCode == HttpStatusCode.TooManyRequests ? ErrorCode.RateLimited : ErrorCode.ExchangeUnavailable;
                return new Error(code, $"{source} answered HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
                return parse(document.RootElement);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            LogUnreachable(logger, source, e.GetType().Name);
            return new Error(ErrorCode.ExchangeUnavailable, $"{source} unreachable ({(e is TaskCanceledException ? "timed out" : e.GetType().Name)})");
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            var what = e is JsonException ? "is not JSON" : $"is not the documented shape: {e.Message}";
            return new Error(ErrorCode.MalformedResponse, $"{source} answer {what}");
        }
    }

    [LoggerMessage(EventId = 3403, Level = LogLevel.Debug, Message = "Macro source {Source} unreachable: {Failure}")]
    private static partial void LogUnreachable(ILogger logger, string source, string failure);
}
