namespace CryptoAiBot.ExchangeSim.Trading;

/// <summary>Gate's <c>page</c> (from 1) and <c>limit</c> paging, with each endpoint's maximum.</summary>
internal readonly record struct Paging(int Page, int Limit)
{
    public static GateResult<Paging> From(int? page, int? limit, int defaultLimit, int maxLimit)
    {
        if (page is < 1)
        {
            return GateError.InvalidParam("page", page.ToString());
        }

        if (limit is < 1 || limit > maxLimit)
        {
            return GateError.InvalidParam("limit", limit.ToString());
        }

        return new Paging(page ?? 1, limit ?? defaultLimit);
    }

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip((Page - 1) * Limit).Take(Limit);
}
