namespace CryptoAiBot.Infrastructure.CrashTesting;

/// <summary>
/// In the exchange client's HTTP pipeline, the crash test's <see cref="CrashStep.RequestSent"/> step: the exchange has
/// answered a placement (so it handled it), and the process dies before the client reads the answer.
/// </summary>
internal sealed class CrashingHandler(CrashPlan plan) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/spot/orders", StringComparison.Ordinal) == true)
        {
            plan.Reached(CrashStep.RequestSent);
        }

        return response;
    }
}
