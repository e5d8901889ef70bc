using CryptoAiBot.Application.Ports;
using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Tests.Regime;

/// <summary>A macro source whose answers a test sets (null = the read fails), counting the reads.</summary>
internal sealed class ScriptedMacroSource : IMacroSource
{
    public IReadOnlyList<MacroObservation>? Dxy { get; set; }

    public IReadOnlyList<DateTimeOffset>? Fomc { get; set; }

    public int Reads { get; private set; }

    public Task<Result<IReadOnlyList<MacroObservation>>> GetSeriesAsync(MacroIndicator indicator, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(Dxy is { } dxy
            ? Result<IReadOnlyList<MacroObservation>>.Success(dxy)
            : Result<IReadOnlyList<MacroObservation>>.Failure(ErrorCode.ExchangeUnavailable, "REGIME_DXY_URL answered HTTP 503"));
    }

    public Task<Result<IReadOnlyList<DateTimeOffset>>> GetFomcDecisionsAsync(CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(Fomc is { } fomc
            ? Result<IReadOnlyList<DateTimeOffset>>.Success(fomc)
            : Result<IReadOnlyList<DateTimeOffset>>.Failure(ErrorCode.ExchangeUnavailable, "REGIME_FOMC_URL unreachable (timed out)"));
    }
}
