using System.Collections;

namespace CryptoAiBot.Domain.Positions;

/// <summary>
/// The open lots of a position, oldest first. A FIFO sell consumes from the head and often leaves part of
/// the head lot (the dust precision leaves behind), so besides enqueue and dequeue the head can be replaced
/// in place — which <see cref="Queue{T}"/> cannot do without rebuilding itself. Enumerating allocates nothing.
/// </summary>
internal sealed class LotQueue : IReadOnlyCollection<Lot>
{
    private Lot[] _items = new Lot[4];
    private int _head;
    private int _count;

    public int Count => _count;

    public Lot Head
    {
        get
        {
            EnsureNotEmpty();
            return _items[_head];
        }
    }

    public void Enqueue(Lot lot)
    {
        if (_head + _count == _items.Length)
        {
            // Reuse the room freed at the front when there is enough of it; grow otherwise. Lots hold no
            // references, so the slots left behind need no clearing.
            var target = _count < _items.Length / 2 ? _items : new Lot[_items.Length * 2];
            Array.Copy(_items, _head, target, 0, _count);
            _items = target;
            _head = 0;
        }

        _items[_head + _count++] = lot;
    }

    public void DequeueHead()
    {
        EnsureNotEmpty();
        _count--;
        _head = _count == 0 ? 0 : _head + 1;
    }

    public void ReplaceHead(Lot lot)
    {
        EnsureNotEmpty();
        _items[_head] = lot;
    }

    public Enumerator GetEnumerator() => new(this);

    private void EnsureNotEmpty()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The position has no open lot.");
        }
    }

    IEnumerator<Lot> IEnumerable<Lot>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the lots oldest first.</summary>
    public struct Enumerator(LotQueue lots) : IEnumerator<Lot>
    {
        private int _index = -1;

        public readonly Lot Current => lots._items[lots._head + _index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < lots._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
