namespace CryptoAiBot.Application.Reconciliation;

/// <summary>One reconciliation pass carried out.</summary>
/// <param name="Found">What the pass found before correcting anything.</param>
/// <param name="After">The books reconciled again once corrected: its drift and pause decide; no actions left when all took.</param>
/// <param name="FillsApplied">Fills recorded by the corrections.</param>
/// <param name="OrdersClosed">Orders the corrections moved to a final status.</param>
public sealed record ReconciliationOutcome(ReconciliationResult Found, ReconciliationResult After, int FillsApplied, int OrdersClosed)
{
    /// <summary>Every correction took: nothing is left to do (the drift may still call for a pause).</summary>
    public bool Completed => After.Actions.Count == 0;
}
