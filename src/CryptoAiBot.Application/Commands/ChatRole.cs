namespace CryptoAiBot.Application.Commands;

/// <summary>
/// What a chat user may do, each role including the ones below it: a viewer reads, an operator also pauses and
/// resumes, an admin also stops.
/// </summary>
public enum ChatRole
{
    Viewer = 1,
    Operator = 2,
    Admin = 3,
}
