using System.Text.Json;
using CryptoAiBot.Domain.Results;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using CryptoAiBot.Application.Telemetry;

namespace CryptoAiBot.Infrastructure.Gate;

/// <summary>
/// Gate.io REST transport: rate limit, sign, send, read, map. Requests safe to repeat run through the retry and
/// circuit-breaker pipeline; order placement is sent exactly once and any doubt about its fate is returned as
/// outcome unknown (<see cref="GateOutcome"/>). Every failure is an error value; only the caller's own cancellation
/// surfaces as an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class GateRestClient : IDisposable
{
    private readonly IHttpClientFactory _clients;
    private readonly GateClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly GateRateLimiter _limiter;
    private readonly ResiliencePipeline<GateAttempt> _pipeline;
    private readonly GateWire _wire;
    private readonly BotMetrics? _metrics;

    public GateRestClient(
        IHttpClientFactory clients, GateClientOptions options, GateCredentials? credentials, TimeProvider time, ILogger logger, BotMetrics? metrics = null)
    {
        _metrics = metrics;
        _clients = clients;
        _options = options;
        _time = time;
        _logger = logger;
        Clock = new GateServerClock(time);
        _limiter = new GateRateLimiter(options, time, Clock, logger, metrics);
        _pipeline = GateResilience.Build(options, time, logger);
        _wire = new GateWire(options.BaseUrl, credentials, Clock);
    }

    public GateServerClock Clock { get; }

    public async Task<Result<T>> SendAsync<T>(GateRequest request, Func<JsonElement, T> parse, string what, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            return sent.Error;
        }

        var parsed = Read(sent.Value, parse, what);
        if (parsed.IsSuccess)
        {
            return parsed;
        }

        var unreadable = Unreadable(request, parsed.Error.Message);
        _metrics?.BrokerError(EndpointLabel(request), ErrorCodeLabels.Of(unreadable.Code));
        return unreadable;
    }

    /// <summary>Measures the server-time offset now (<c>GET /spot/time</c>) and returns Gate's time.</summary>
    public async Task<Result<DateTimeOffset>> MeasureClockAsync(CancellationToken cancellationToken)
    {
        var request = GatePublicRequests.ServerTime();
        var sent = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            return sent.Error;
        }

        var serverTime = Read(sent.Value, GateServerClock.ParseServerTime, "server time");
        if (serverTime.IsSuccess)
        {
            GateLog.ClockMeasured(_logger, Clock.Record(sent.Value.SentAt, sent.Value.ReceivedAt, serverTime.Value).TotalMilliseconds);
        }

        return serverTime;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        Clock.Dispose();
    }

    private async Task<Result<GateResponse>> SendAsync(GateRequest request, CancellationToken cancellationToken)
    {
        if (request.IsPrivate && !_wire.HasCredentials)
        {
            return new Error(ErrorCode.Unauthorized, $"Gate.io {request.Path} needs an API key and secret; none are configured.");
        }

        GateAttempt attempt;
        if (request.IsSafeToRepeat)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(GateResilience.PathKey, request.Path);
            try
            {
                attempt = await _pipeline.ExecuteAsync(
                    static (ctx, state) => state.Client.AttemptAsync(state.Request, ctx.CancellationToken),
                    context,
                    (Client: this, Request: request)).ConfigureAwait(false);
            }
            catch (BrokenCircuitException)
            {
                return new Error(ErrorCode.ExchangeUnavailable, $"Gate.io {request.Method} {request.Path} not sent: requests are paused after repeated exchange failures.");
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
        else
        {
            attempt = await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var interpreted = Interpret(request, attempt);
        if (!interpreted.IsSuccess)
        {
            _metrics?.BrokerError(EndpointLabel(request), ErrorCodeLabels.Of(interpreted.Error.Code));
        }

        return interpreted;
    }

    /// <summary>
    /// The request's endpoint as a label: method and path template, never an id or a pair, so that the label has a
    /// handful of values (a placement's bucket is its pair and a cancel's path holds the order id, hence the fixed names).
    /// </summary>
    internal static string EndpointLabel(GateRequest request) => request.Class switch
    {
        GateEndpointClass.OrderPlacement => request.Path == "/spot/price_orders" ? "POST /spot/price_orders" : "POST /spot/orders",
        GateEndpointClass.Cancellation => request.Path.StartsWith("/spot/price_orders", StringComparison.Ordinal)
            ? "DELETE /spot/price_orders" : "DELETE /spot/orders",
        _ => request.Method == HttpMethod.Get ? "GET " + request.Endpoint : $"{request.Method.Method} {request.Endpoint}",
    };

    private Result<GateResponse> Interpret(GateRequest request, GateAttempt attempt)
    {
        if (attempt.Refused is { } refused)
        {
            return refused;
        }

        if (attempt.TransportFailure is { } failure)
        {
            if (request.IsPlacement)
            {
                GateLog.OutcomeUnknown(_logger, request.Method.Method, request.Path, failure);
                return GateErrorMapper.OutcomeUnknown(request, failure);
            }

            GateLog.TransportFailed(_logger, request.Method.Method, request.Path, failure);
            return new Error(ErrorCode.ExchangeUnavailable, $"Gate.io {request.Method} {request.Path}: exchange unreachable ({failure}).");
        }

        var response = attempt.Response!;
        if (response.IsSuccess)
        {
            GateLog.Answered(_logger, request.Method.Method, request.Path, response.Status, (response.ReceivedAt - response.SentAt).TotalMilliseconds);
            return response;
        }

        GateLog.Refused(_logger, request.Method.Method, request.Path, response.Status, response.Label ?? "-");
        return GateErrorMapper.Map(request, response);
    }

    private static Result<T> Read<T>(GateResponse response, Func<JsonElement, T> parse, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return GateFields.Parse(document.RootElement, parse, what);
        }
        catch (JsonException)
        {
            return new Error(ErrorCode.MalformedResponse, $"Gate.io {what} answer is not JSON");
        }
    }

    private Error Unreadable(GateRequest request, string problem)
    {
        GateLog.Malformed(_logger, request.Path, problem);

        // The order was accepted (2xx) but we cannot tell what it is: as unknown as a timeout for the caller.
        return request.IsPlacement
            ? GateErrorMapper.OutcomeUnknown(request, $"the answer could not be read ({problem})")
            : new Error(ErrorCode.MalformedResponse, problem);
    }

    private async ValueTask<GateAttempt> AttemptAsync(GateRequest request, CancellationToken cancellationToken)
    {
        if (request.IsPrivate
            && await Clock.EnsureMeasuredAsync(MeasureClockAsync, _options.ClockResyncInterval, cancellationToken).ConfigureAwait(false) is { } clockError)
        {
            return GateAttempt.NotSent(clockError);
        }

        if (await _limiter.AcquireAsync(request, cancellationToken).ConfigureAwait(false) is { } limited)
        {
            return GateAttempt.NotSent(limited);
        }

        using var message = _wire.Build(request);
        using var timeout = new CancellationTokenSource(_options.HttpTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var sentAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        try
        {
            using var response = await _clients.CreateClient(GateClientOptions.HttpClientName)
                .SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var answer = new GateResponse((int)response.StatusCode, body, GateRateLimitHeaders.Read(response.Headers), sentAt, _time.GetUtcNow());
            _metrics?.BrokerRequest(EndpointLabel(request), _time.GetElapsedTime(started));
            _limiter.Observe(request, answer);
            if (answer.Label == "REQUEST_EXPIRED")
            {
                Clock.MarkStale();
            }

            return GateAttempt.Answered(answer);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return GateAttempt.Failed($"no answer within {_options.HttpTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return GateAttempt.Failed($"connection failed ({e.HttpRequestError})");
        }
        catch (IOException e)
        {
            return GateAttempt.Failed($"connection broken ({e.GetType().Name})");
        }
    }
}
