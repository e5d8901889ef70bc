using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>How the Gate.io client behaves on the wire. Defaults suit the live exchange; tests shorten the waits.</summary>
public sealed class GateClientOptions
{
    /// <summary>The name of the <see cref="HttpClient"/> configuration the client asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "gateio";

    /// <summary>The live REST base, <c>/api/v4</c> included: that prefix is part of the signed path.</summary>
    public static readonly Uri LiveBaseUrl = new("https://api.gateio.ws/api/v4");

    public Uri BaseUrl { get; init; } = LiveBaseUrl;

    /// <summary>Timeout of one HTTP attempt (HTTP_TIMEOUT).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Our own cap on sustained requests per second per endpoint class (BROKER_RATE_RPS); Gate's limit applies when lower.</summary>
    public decimal RateRps { get; init; } = 8m;

    /// <summary>Our own cap on a burst (BROKER_RATE_BURST); Gate's limit applies when lower.</summary>
    public int RateBurst { get; init; } = 16;

    /// <summary>The longest a request waits for a rate-limit slot or a Gate reset before it is given up as rate limited.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>First pause after a 429 that names no reset time; it doubles on each further 429 (with jitter), up to <see cref="MaxRateLimitWait"/>.</summary>
    public TimeSpan RateLimitBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Classic spot account (<c>spot</c>), or <c>unified</c> for a unified account.</summary>
    public string Account { get; init; } = "spot";

    /// <summary>Retries of a request that is safe to repeat (reads, cancels, server time) after a transient failure.</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed attempts (5xx, timeout, broken connection) within <see cref="CircuitSamplingDuration"/> before the circuit may open.</summary>
    public int CircuitMinimumThroughput { get; init; } = 8;

    public double CircuitFailureRatio { get; init; } = 0.5;

    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long requests that are safe to repeat fail fast once the circuit opened.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the server-time offset is measured again.</summary>
    public TimeSpan ClockResyncInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long loaded markets are trusted before <c>/spot/currency_pairs</c> is read again.</summary>
    public TimeSpan MarketsTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Upper bound on candle pages one <c>FetchOhlcvAsync</c> call requests (1000 candles each).</summary>
    public int MaxCandlePages { get; init; } = 100;

    /// <summary>Options from the bot's settings: EXCHANGE_URL (a bare host gets <c>/api/v4</c>), HTTP_TIMEOUT, BROKER_RATE_*.</summary>
    public static GateClientOptions From(BrokerOptions broker, TradingOptions trading)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(trading);
        return new GateClientOptions
        {
            BaseUrl = trading.ExchangeUrl.Length == 0 ? LiveBaseUrl : NormalizeBaseUrl(new Uri(trading.ExchangeUrl)),
            HttpTimeout = broker.HttpTimeout,
            RateRps = broker.RateRps,
            RateBurst = broker.RateBurst,
        };
    }

    /// <summary>A base URL without a path gets Gate's <c>/api/v4</c>; one with a path is kept, minus a trailing slash.</summary>
    public static Uri NormalizeBaseUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath.TrimEnd('/');
        var builder = new UriBuilder(url) { Path = path.Length == 0 ? "/api/v4" : path, Query = "", Fragment = "" };
        return builder.Uri;
    }
}
