namespace CryptoAiBot.Architecture.Tests;

/// <summary>
/// What one of our assemblies may reference, as glob patterns over assembly names (<c>*</c> matches any run
/// of characters, case-insensitive). A reference is a violation when it matches a forbidden pattern, or
/// when <see cref="Allowed"/> is set and it matches none of them.
/// </summary>
/// <param name="Assembly">The assembly's name (the Cli project builds <c>cab</c>).</param>
/// <param name="Allowed">Every allowed reference; null when anything not forbidden is allowed.</param>
/// <param name="Forbidden">References refused even when an allowed pattern matches them.</param>
public sealed record LayerRule(string Assembly, IReadOnlyList<string>? Allowed, IReadOnlyList<string> Forbidden);
