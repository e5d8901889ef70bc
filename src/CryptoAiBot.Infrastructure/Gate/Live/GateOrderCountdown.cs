using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Infrastructure.Gate.Live;

/// <summary>
/// Gate.io's countdown cancel-all (<c>POST /spot/countdown_cancel_all</c>) as the dead man's switch's second line:
/// unless re-armed in time, Gate cancels the symbol's open spot orders. Price-triggered orders — our exchange-side
/// stops — are not spot orders and are left alone, so a position stays guarded after the bot is gone.
/// </summary>
public sealed class GateOrderCountdown(GateExchange exchange) : IOrderCountdown
{
    public async Task<Result<bool>> ArmAsync(Symbol symbol, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var armed = await exchange.CountdownCancelAllAsync(symbol, timeout, cancellationToken).ConfigureAwait(false);
        return armed.IsSuccess ? timeout > TimeSpan.Zero : armed.Error!;
    }
}
