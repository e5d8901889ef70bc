using CryptoAiBot.ExchangeSim;

// dotnet run --project src/CryptoAiBot.ExchangeSim -- [--port 8089] [--candles file.csv] [--candles-pair BTC_USDT] [--seed N] [--key K --secret S]
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
        parsed.Options, TimeProvider.System, logging => logging.AddSimpleConsole(o => o.SingleLine = true), CancellationToken.None).ConfigureAwait(false);
    var account = parsed.Options.Accounts[0];
    await Console.Out.WriteLineAsync($"Gate.io simulator: {simulator.BaseUrl}  key={account.Key} secret={account.Secret}  control: {simulator.RootUrl}_sim/  (Ctrl+C stops)").ConfigureAwait(false);
    await simulator.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
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
