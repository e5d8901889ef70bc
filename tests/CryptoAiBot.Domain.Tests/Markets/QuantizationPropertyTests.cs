using CryptoAiBot.Domain.Markets;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoAiBot.Domain.Tests.Markets;

/// <summary>Invariants of flooring for any amount and any precision the exchange may publish.</summary>
public sealed class QuantizationPropertyTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    /// <summary>Positive amounts with up to 12 integer digits and up to 14 decimals, and a precision 0–10.</summary>
    private static readonly Arbitrary<(decimal Amount, int Precision)> AmountsAndPrecisions =
        (from high in Gen.Choose(0, 1_000_000)
         from low in Gen.Choose(1, 999_999)
         from scale in Gen.Choose(0, 14)
         from precision in Gen.Choose(0, 10)
         select ((high * 1_000_000m + low) / Pow10(scale), precision)).ToArbitrary();

    [Fact]
    public void Floored_amount_never_exceeds_the_input_and_is_within_one_step_of_it()
    {
        Prop.ForAll(AmountsAndPrecisions, sample =>
        {
            var floored = RulesWith(sample.Precision).FloorAmount(sample.Amount);
            return floored <= sample.Amount && sample.Amount - floored < 1m / Pow10(sample.Precision);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Floored_amount_has_at_most_precision_decimals()
    {
        Prop.ForAll(AmountsAndPrecisions, sample =>
        {
            var scaled = RulesWith(sample.Precision).FloorAmount(sample.Amount) * Pow10(sample.Precision);
            return scaled == decimal.Truncate(scaled);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quantizing_twice_gives_the_same_amount_as_quantizing_once()
    {
        Prop.ForAll(AmountsAndPrecisions, sample =>
        {
            var rules = RulesWith(sample.Precision);
            var once = rules.QuantizeSellBase(sample.Amount, 0m);
            if (!once.IsSuccess)
            {
                // Only an amount that floors to zero is refused when there are no minimums.
                return rules.FloorAmount(sample.Amount) == 0m;
            }

            var twice = rules.QuantizeSellBase(once.Value, 0m);
            return once.Value <= sample.Amount && twice.IsSuccess && twice.Value == once.Value;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quantized_buy_quote_never_exceeds_the_input_and_is_idempotent()
    {
        Prop.ForAll(AmountsAndPrecisions, sample =>
        {
            var rules = RulesWith(sample.Precision) with { PricePrecision = sample.Precision };
            var once = rules.QuantizeBuyQuote(sample.Amount);
            return !once.IsSuccess
                ? rules.FloorQuote(sample.Amount) == 0m
                : once.Value <= sample.Amount && rules.QuantizeBuyQuote(once.Value).Value == once.Value;
        }).QuickCheckThrowOnFailure();
    }

    private static InstrumentRules RulesWith(int amountPrecision) => new(Btc, 2, amountPrecision, 0m, 0m);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
