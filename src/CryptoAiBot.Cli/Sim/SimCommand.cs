using System.CommandLine;
using CryptoAiBot.ExchangeSim;

namespace CryptoAiBot.Cli.Sim;

/// <summary>
/// <c>cab sim [--port 8089] [--candles file.csv] [--candles-pair BTC_USDT] [--seed N] [--key K --secret S]</c>: the
/// Gate.io-compatible simulator on 127.0.0.1, for a sandboxed live run (<c>MODE=live SANDBOX=1 EXCHANGE_URL=…</c>).
/// The arguments are the simulator's own, passed through.
/// </summary>
public static class SimCommand
{
    public static Command Create()
    {
        var command = new Command("sim", $"Run the Gate.io-compatible exchange simulator on 127.0.0.1 ({SimulatorCommandLine.Usage})")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, cancellationToken) => SimulatorCommandLine.RunAsync([.. result.UnmatchedTokens], cancellationToken));
        return command;
    }
}
