namespace CryptoAiBot.Application.Alerts;

/// <summary>
/// A message for the operator's chat. <see cref="Key"/> identifies "the same alert again" for de-duplication: two
/// alerts with one key inside the window are one message.
/// </summary>
public sealed record Alert(string Key, string Html);
