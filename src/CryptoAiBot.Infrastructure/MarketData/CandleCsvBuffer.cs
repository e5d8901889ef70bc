namespace CryptoAiBot.Infrastructure.MarketData;

/// <summary>
/// The character window the candle readers parse from: filled from a <see cref="TextReader"/> in large
/// reads, consumed up to the last complete line, the partial line moved to the front. It grows only for
/// a line longer than the window, up to <see cref="MaxSize"/>.
/// </summary>
internal sealed class CandleCsvBuffer
{
    public const int InitialSize = 1 << 17;
    public const int MaxSize = 1 << 20;

    private char[] _chars = new char[InitialSize];
    private int _filled;

    public ReadOnlySpan<char> Filled => _chars.AsSpan(0, _filled);

    /// <summary>Makes sure the next read has room; false when a single line already fills <see cref="MaxSize"/>.</summary>
    public bool TryMakeRoom()
    {
        if (_filled < _chars.Length)
        {
            return true;
        }

        if (_chars.Length >= MaxSize)
        {
            return false;
        }

        Array.Resize(ref _chars, _chars.Length * 2);
        return true;
    }

    /// <summary>Reads more text; true at the end of the input.</summary>
    public bool Fill(TextReader reader)
    {
        var read = reader.Read(_chars, _filled, _chars.Length - _filled);
        _filled += read;
        return read == 0;
    }

    /// <summary>Reads more text; true at the end of the input.</summary>
    public async ValueTask<bool> FillAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(_chars.AsMemory(_filled), cancellationToken).ConfigureAwait(false);
        _filled += read;
        return read == 0;
    }

    /// <summary>Drops the first <paramref name="count"/> characters (the lines already parsed).</summary>
    public void Consume(int count)
    {
        _filled -= count;
        Array.Copy(_chars, count, _chars, 0, _filled);
    }
}
