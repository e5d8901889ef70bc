namespace CryptoAiBot.Application.Outbox;

/// <summary>Wakes the outbox publisher after a commit so events leave promptly rather than on its next poll.</summary>
public interface IOutboxSignal
{
    void Notify();
}
