using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Safety;

/// <summary>No exchange-side countdown (paper): arming it does nothing and says so.</summary>
public sealed class NoOrderCountdown : IOrderCountdown
{
    public static NoOrderCountdown Instance { get; } = new();

    private NoOrderCountdown()
    {
    }

    public Task<Result<bool>> ArmAsync(Symbol symbol, TimeSpan timeout, CancellationToken cancellationToken) => Task.FromResult(Result<bool>.Success(false));
}
