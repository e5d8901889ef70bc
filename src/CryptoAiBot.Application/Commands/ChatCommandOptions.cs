namespace CryptoAiBot.Application.Commands;

/// <summary>
/// The users allowed to command the bot with their roles (nobody else is answered), and how old a command may be:
/// an older one, e.g. a <c>/stop</c> left waiting while the bot was down, is ignored rather than executed late.
/// </summary>
public sealed record ChatCommandOptions(IReadOnlyDictionary<long, ChatRole> Users, TimeSpan MaxAge);
