namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>Numeric ids in Gate's ranges, increasing, so a run with the same inputs gives the same ids.</summary>
internal sealed class IdSequence
{
    private long _order = 300_000_000_000;
    private long _trade = 7_000_000_000;
    private long _priceOrder = 900_000_000;
    private long _sequence = 1_000_000;

    public long NextOrder() => ++_order;

    public long NextTrade() => ++_trade;

    public long NextPriceOrder() => ++_priceOrder;

    public long NextSequence() => ++_sequence;
}
