namespace CryptoAiBot.Infrastructure.Paper;

/// <summary>Starting account and fee of the paper broker.</summary>
/// <param name="StartQuote">Free balance of <paramref name="QuoteAsset"/> a fresh account starts with.</param>
/// <param name="FeePct">Taker fee in percent of each fill (0.2 = 0.2%), charged like Gate.io: in the
/// base coin on buys, in the quote on sells.</param>
/// <param name="QuoteAsset">The asset the account is funded in.</param>
public sealed record PaperBrokerOptions(decimal StartQuote = 10000m, decimal FeePct = 0.2m, string QuoteAsset = "USDT");
