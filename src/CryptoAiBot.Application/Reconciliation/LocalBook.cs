using CryptoAiBot.Domain.Markets;
using CryptoAiBot.Domain.Orders;

namespace CryptoAiBot.Application.Reconciliation;

/// <summary>Our side of a reconciliation of one symbol.</summary>
/// <param name="Symbol">The market.</param>
/// <param name="Orders">Every active order, and every order recent enough that the exchange's trades since the checkpoint may belong to it, each with its fills.</param>
/// <param name="Position">The base position folded from every fill (net of a base fee on buys), as <c>Position</c> computes it.</param>
public sealed record LocalBook(Symbol Symbol, IReadOnlyList<Order> Orders, decimal Position);
