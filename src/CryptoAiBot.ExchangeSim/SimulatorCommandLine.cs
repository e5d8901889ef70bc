namespace CryptoAiBot.ExchangeSim;

/// <summary>
/// Runs the simulator from command-line arguments until Ctrl+C or cancellation:
/// <c>dotnet run --project src/CryptoAiBot.ExchangeSim -- …</c> and <c>cab sim …</c> share it.
/// Exit codes: 0 stopped, 2 invalid arguments or options, 3 could not listen (e.g. the port is taken).
/// </summary>
public static class SimulatorCommandLine
{
    public static string Usage => SimulatorArguments.Usage;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = SimulatorArguments.Parse(args);
        if (parsed.Problems.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, parsed.Problems)).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(SimulatorArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            await using var simulator = await GateSimulator.StartAsync(
                parsed.Options, TimeProvider.System, logging => logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning), cancellationToken).ConfigureAwait(false);
            var account = parsed.Options.Accounts[0];
            await Console.Out.WriteLineAsync(
                $"Gate.io simulator: {simulator.BaseUrl}  key={account.Key} secret={account.Secret}  control: {simulator.RootUrl}_sim/  (Ctrl+C stops)").ConfigureAwait(false);
            await simulator.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (GateSimulatorOptionsException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }
        catch (IOException exception)
        {
            // Kestrel could not bind, e.g. the port is taken.
            await Console.Error.WriteLineAsync($"Cannot start: {exception.Message}").ConfigureAwait(false);
            return 3;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }
}
