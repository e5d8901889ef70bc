using System.Text.Json;
using CryptoAiBot.ExchangeSim.Faults;
using CryptoAiBot.ExchangeSim.Trading;

namespace CryptoAiBot.ExchangeSim.Http;

/// <summary>
/// <c>/_sim/</c>: control of the simulator for tests and operators. No Gate signature; the whole server listens on
/// loopback only and these endpoints also refuse any non-loopback peer. Bodies are JSON in snake_case.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_sim");
        control.MapGet("/price", (string currency_pair, SimControl sim) => sim.LastPrice(currency_pair).Answer(last => new PriceView(currency_pair, last)));
        control.MapPost("/price", async (HttpContext context, SimControl sim) =>
            await ReadAsync<PriceRequest>(context).ConfigureAwait(false) is { } request
                ? sim.SetPrice(request.CurrencyPair, request.Price).Answer(last => new PriceView(request.CurrencyPair, last))
                : BadBody());
        control.MapPost("/advance", async (HttpContext context, SimControl sim) =>
            await ReadAsync<AdvanceRequest>(context).ConfigureAwait(false) is { } request
                ? sim.Advance(request.CurrencyPair, request.Steps).Answer(last => new PriceView(request.CurrencyPair, last))
                : BadBody());
        control.MapPost("/fund", async (HttpContext context, SimControl sim) =>
            await ReadAsync<FundRequest>(context).ConfigureAwait(false) is { } request
                ? sim.Fund(request.Key, request.Currency, request.Amount).Answer(balance => balance)
                : BadBody());
        control.MapPost("/gt_deduction", async (HttpContext context, SimControl sim) =>
            await ReadAsync<GtDeductionRequest>(context).ConfigureAwait(false) is { } request
                ? sim.SetGtDeduction(request.Key, request.Enabled).Answer(enabled => new { request.Key, Enabled = enabled })
                : BadBody());
        control.MapGet("/ledger", (string key, SimControl sim) => sim.Ledger(key).Answer(ledger => ledger));
        control.MapGet("/faults", (SimControl sim) => GateJson.Ok(new FaultsView(sim.Faults.Rules)));
        control.MapDelete("/faults", (SimControl sim) =>
        {
            sim.Faults.Replace([], seed: null);
            return GateJson.Ok(new FaultsView([]));
        });
        control.MapPost("/faults", async (HttpContext context, SimControl sim) =>
        {
            if (await ReadAsync<FaultsRequest>(context).ConfigureAwait(false) is not { } request)
            {
                return BadBody();
            }

            var problems = request.Rules.SelectMany((rule, index) => rule.Problems(index)).ToList();
            if (problems.Count > 0)
            {
                return GateJson.Error(new GateError(400, "INVALID_PARAM_VALUE", string.Join(" ", problems)));
            }

            sim.Faults.Replace(request.Append ? [.. sim.Faults.Rules, .. request.Rules] : request.Rules, request.Seed);
            return GateJson.Ok(new FaultsView(sim.Faults.Rules));
        });
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, GateJson.StrictRead, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadBody() => GateJson.Error(new GateError(400, "INVALID_REQUEST_BODY", "Invalid request body"));

    private sealed record PriceView(string CurrencyPair, decimal Last);

    private sealed record PriceRequest(string CurrencyPair, decimal Price);

    private sealed record AdvanceRequest(string CurrencyPair, int Steps = 1);

    private sealed record FundRequest(string Key, string Currency, decimal Amount);

    private sealed record GtDeductionRequest(string Key, bool Enabled);

    private sealed record FaultsRequest(IReadOnlyList<SimFaultRule> Rules, int? Seed = null, bool Append = false);

    private sealed record FaultsView(IReadOnlyList<SimFaultRule> Rules);
}
