using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Regime;

/// <summary>No macro source at all (backtests, and a bot whose regime filter is off): every read says so.</summary>
public sealed class NoMacroSource : IMacroSource
{
    public static NoMacroSource Instance { get; } = new();

    private NoMacroSource()
    {
    }

    public Task<Result<IReadOnlyList<MacroObservation>>> GetSeriesAsync(MacroIndicator indicator, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<MacroObservation>>.Failure(ErrorCode.NotFound, "no macro source is configured"));

    public Task<Result<IReadOnlyList<DateTimeOffset>>> GetFomcDecisionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<DateTimeOffset>>.Failure(ErrorCode.NotFound, "no macro source is configured"));
}
