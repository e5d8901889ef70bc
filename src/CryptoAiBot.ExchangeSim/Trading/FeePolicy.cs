using CryptoAiBot.ExchangeSim.Market;

namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>
/// Gate's fee order (2019 GT announcement): GT when the account enabled GT deduction and its GT covers the
/// discounted fee; otherwise POINT (1 POINT per quote unit) when the account holds enough; otherwise the
/// received currency (buy → base, sell → quote). Deductions are debited here; a coin fee is withheld by the caller.
/// </summary>
internal sealed class FeePolicy(GateSimulatorOptions options)
{
    private const int DeductionPlaces = 8;

    public decimal Rate(bool maker) => maker ? options.MakerFeeRate : options.TakerFeeRate;

    public FillFee Charge(SpotOrder order, decimal amount, decimal price, bool maker)
    {
        var rate = Rate(maker);
        var inQuote = amount * price * rate;
        if (inQuote == 0)
        {
            return default;
        }

        var account = order.Account;
        if (account.GtDeduction)
        {
            // GT amounts are divisions; rounding them up to 8 places keeps the ledger exact and never undercharges.
            var gt = Precision.Ceiling(inQuote * (1 - options.GtDiscount) / options.GtPrice, DeductionPlaces);
            if (account.Available("GT") >= gt)
            {
                account.Debit("GT", gt);
                return new FillFee(0m, 0m, gt);
            }
        }

        if (account.Available("POINT") >= inQuote)
        {
            account.Debit("POINT", inQuote);
            return new FillFee(0m, inQuote, 0m);
        }

        return new FillFee(order.IsBuy ? amount * rate : inQuote, 0m, 0m);
    }
}
