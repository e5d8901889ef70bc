using CryptoAiBot.Domain.Markets;

namespace CryptoAiBot.Infrastructure.Settings;

/// <summary>What is traded, where, and how much per buy: MODE, SANDBOX, EXCHANGE, SYMBOLS, FIXED_AMOUNT, PRICE_FEED, ...</summary>
public sealed class TradingOptions
{
    internal static readonly (string Name, TradingMode Value)[] Modes =
        [("paper", TradingMode.Paper), ("live", TradingMode.Live)];

    internal static readonly (string Name, PriceFeedKind Value)[] PriceFeeds =
        [("sim", PriceFeedKind.Sim), ("fixed", PriceFeedKind.Fixed), ("live", PriceFeedKind.Live)];

    internal static readonly (string Name, PositionSizerKind Value)[] Sizers =
        [("fixed", PositionSizerKind.Fixed), ("kelly", PositionSizerKind.Kelly), ("target_vol", PositionSizerKind.TargetVol)];

    internal static readonly (string Name, string Value)[] Exchanges = [("gateio", "gateio")];

    /// <summary>The candle timeframes TRADING_TIMEFRAME accepts.</summary>
    public static IReadOnlyList<string> Timeframes { get; } = ["1m", "5m", "15m", "30m", "1h", "4h", "1d"];

    public TradingMode Mode { get; init; } = TradingMode.Paper;

    public bool IsLive => Mode == TradingMode.Live;

    /// <summary>Use the exchange's test network (SANDBOX).</summary>
    public bool Sandbox { get; init; }

    public string Exchange { get; init; } = "gateio";

    /// <summary>Pairs traded, canonical and distinct (SYMBOLS, or SYMBOL when SYMBOLS is unset).</summary>
    public IReadOnlyList<Symbol> Symbols { get; init; } = [Symbol.Parse("BTC/USDT")];

    /// <summary>Quote amount spent per buy (FIXED_AMOUNT).</summary>
    public decimal FixedAmount { get; init; } = 10m;

    public PriceFeedKind PriceFeed { get; init; } = PriceFeedKind.Sim;

    /// <summary>The constant price used when <see cref="PriceFeed"/> is <see cref="PriceFeedKind.Fixed"/>.</summary>
    public decimal FixedPrice { get; init; }

    /// <summary>Candle timeframe strategies trade on, one of <see cref="Timeframes"/> (TRADING_TIMEFRAME).</summary>
    public string Timeframe { get; init; } = "15m";

    public PositionSizerKind PositionSizer { get; init; } = PositionSizerKind.Fixed;

    /// <summary>Overrides the exchange's REST base URL (EXCHANGE_URL), e.g. a local simulator; empty for the default.</summary>
    public string ExchangeUrl { get; init; } = "";

    internal static TradingOptions Read(VariableReader r)
    {
        var d = new TradingOptions();
        var options = new TradingOptions
        {
            Mode = r.Choice("MODE", d.Mode, Modes),
            Sandbox = r.Bool("SANDBOX", d.Sandbox),
            Exchange = r.Choice("EXCHANGE", d.Exchange, Exchanges),
            Symbols = ReadSymbols(r, d.Symbols),
            FixedAmount = r.Decimal("FIXED_AMOUNT", d.FixedAmount),
            PriceFeed = r.Choice("PRICE_FEED", d.PriceFeed, PriceFeeds),
            FixedPrice = r.Decimal("FIXED_PRICE", d.FixedPrice),
            Timeframe = r.Choice("TRADING_TIMEFRAME", d.Timeframe, Timeframes.Select(t => (t, t)).ToList()),
            PositionSizer = r.Choice("POSITION_SIZER", d.PositionSizer, Sizers),
            ExchangeUrl = r.Url("EXCHANGE_URL"),
        };

        r.Positive("FIXED_AMOUNT", options.FixedAmount);
        r.NotNegative("FIXED_PRICE", options.FixedPrice);
        if (options.Sandbox && options.ExchangeUrl.Length == 0)
        {
            // Gate.io's TestNet serves futures only: a spot bot would silently trade live if this fell back.
            r.Problem("SANDBOX=1 needs EXCHANGE_URL: Gate.io has no spot testnet (its TestNet serves futures only), so point " +
                "EXCHANGE_URL at a Gate-compatible simulator, e.g. `cab sim` on http://127.0.0.1:8089/api/v4");
        }

        if (options.PriceFeed == PriceFeedKind.Fixed && options.FixedPrice <= 0)
        {
            r.Problem($"FIXED_PRICE must be > 0 when PRICE_FEED=fixed; got {SettingText.Number(options.FixedPrice)}");
        }

        return options;
    }

    internal void Describe(IDictionary<string, string> into)
    {
        into["MODE"] = SettingText.Name(Modes, Mode);
        into["SANDBOX"] = SettingText.Flag(Sandbox);
        into["EXCHANGE"] = Exchange;
        into["SYMBOLS"] = string.Join(",", Symbols);
        into["FIXED_AMOUNT"] = SettingText.Number(FixedAmount);
        into["PRICE_FEED"] = SettingText.Name(PriceFeeds, PriceFeed);
        into["FIXED_PRICE"] = SettingText.Number(FixedPrice);
        into["TRADING_TIMEFRAME"] = Timeframe;
        into["POSITION_SIZER"] = SettingText.Name(Sizers, PositionSizer);
        into["EXCHANGE_URL"] = ExchangeUrl;
    }

    private static IReadOnlyList<Symbol> ReadSymbols(VariableReader r, IReadOnlyList<Symbol> fallback)
    {
        // Both are read every time so both are recorded as known variables.
        var list = r.List("SYMBOLS");
        var single = r.Raw("SYMBOL");
        var (name, texts) = list is not null ? ("SYMBOLS", list) : single is not null ? ("SYMBOL", [single]) : ("", (IReadOnlyList<string>)[]);
        if (name.Length == 0)
        {
            return fallback;
        }

        if (list is not null && single is not null)
        {
            r.Warning("SYMBOL is ignored because SYMBOLS is set");
        }

        if (texts.Count == 0)
        {
            r.Problem($"{name} must name at least one pair, e.g. BTC/USDT");
            return fallback;
        }

        var symbols = new List<Symbol>();
        foreach (var text in texts)
        {
            if (!Symbol.TryParse(text, out var symbol))
            {
                r.Problem($"{name}: {VariableReader.Echo(text)} is not a trading pair; expected BASE/QUOTE such as BTC/USDT");
            }
            else if (symbols.Contains(symbol))
            {
                r.Problem($"{name}: {symbol} is listed more than once");
            }
            else
            {
                symbols.Add(symbol);
            }
        }

        return symbols.Count > 0 ? symbols : fallback;
    }
}
