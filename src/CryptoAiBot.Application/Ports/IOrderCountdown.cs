using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// The exchange's own dead man's switch (Gate.io: <c>POST /spot/countdown_cancel_all</c>): unless armed again within
/// the timeout, the exchange cancels our open spot orders of the symbol. It does not touch price-triggered orders, so
/// the protective stops resting there survive it. Only live adapters implement it.
/// </summary>
public interface IOrderCountdown
{
    /// <summary>Arms (or re-arms) the countdown; <see cref="TimeSpan.Zero"/> disarms it.</summary>
    Task<Result<bool>> ArmAsync(Symbol symbol, TimeSpan timeout, CancellationToken cancellationToken);
}
