namespace CryptoAiBot.Application.Orchestration;

/// <summary>How much quote an entry spends, by which sizer; <see cref="Quote"/> 0 means skip the entry, and <see cref="Reason"/> says why.</summary>
public sealed record EntrySize(decimal Quote, string Sizer, string Reason)
{
    public bool Enters => Quote > 0m;
}
