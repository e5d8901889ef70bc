using CryptoAiBot.Domain.Regime;
using CryptoAiBot.Domain.Results;

namespace CryptoAiBot.Application.Ports;

/// <summary>
/// The macro data of the regime filter (<c>REGIME_DXY_URL</c>, <c>REGIME_BTC_DOM_URL</c>, <c>REGIME_FOMC_URL</c>).
/// A failure — unreachable, an error status, a body that is not the documented shape — is an error value naming
/// the source, never an exception and never a made-up number.
/// </summary>
public interface IMacroSource
{
    /// <summary>The observations of <paramref name="indicator"/>, oldest first.</summary>
    Task<Result<IReadOnlyList<MacroObservation>>> GetSeriesAsync(MacroIndicator indicator, CancellationToken cancellationToken);

    /// <summary>The FOMC rate decision times the calendar lists.</summary>
    Task<Result<IReadOnlyList<DateTimeOffset>>> GetFomcDecisionsAsync(CancellationToken cancellationToken);
}
