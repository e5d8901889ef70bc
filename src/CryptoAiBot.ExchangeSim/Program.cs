using CryptoAiBot.ExchangeSim;

// dotnet run --project src/CryptoAiBot.ExchangeSim -- [--port 8089] [--candles file.csv] [--candles-pair BTC_USDT] [--seed N] [--key K --secret S]
return await SimulatorCommandLine.RunAsync(args, CancellationToken.None).ConfigureAwait(false);
