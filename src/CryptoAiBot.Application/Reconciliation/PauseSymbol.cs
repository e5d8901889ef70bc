namespace CryptoAiBot.Application.Reconciliation;

/// <summary>Trading of the symbol must pause until an operator resumes it; <see cref="Reason"/> is shown in the status.</summary>
public sealed record PauseSymbol(string Reason);
