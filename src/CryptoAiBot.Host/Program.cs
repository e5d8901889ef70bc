return await CryptoAiBot.Host.BotHost.RunAsync(args).ConfigureAwait(false);
