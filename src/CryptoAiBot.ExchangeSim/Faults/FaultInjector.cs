namespace CryptoAiBot.ExchangeSim.Faults;

/// <summary>
/// The active fault rules and their remaining counts. Draws come from one generator seeded with the plan's seed
/// and happen in request order, so a seeded run with the same requests injects the same faults.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(SimFaultRule Rule, int? Left)> _rules = [];
    private Random _random;

    public FaultInjector(IEnumerable<SimFaultRule> rules, int seed)
    {
        _random = new Random(seed);
        _rules.AddRange(rules.Select(r => (r, r.Count)));
    }

    /// <summary>The rules still active, <see cref="SimFaultRule.Count"/> showing what is left of each.</summary>
    public IReadOnlyList<SimFaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules.Select(r => r.Rule with { Count = r.Left })];
            }
        }
    }

    /// <summary>How long finished orders stay findable by text under a ForgetText rule; null without one.</summary>
    public TimeSpan? ForgetTextAfter
    {
        get
        {
            lock (_gate)
            {
                var delays = _rules.Where(r => r.Rule.Kind == SimFaultKind.ForgetText).Select(r => r.Rule.DelayMs).ToList();
                return delays.Count == 0 ? null : TimeSpan.FromMilliseconds(delays.Min());
            }
        }
    }

    /// <summary>
    /// How long new trades stay out of <c>/spot/my_trades</c> under a LateTrades rule (the longest one's delay, on the
    /// exchange clock); null without one. Like ForgetText it holds until cleared: count, method and path do not apply.
    /// </summary>
    public TimeSpan? LateTradesBy
    {
        get
        {
            lock (_gate)
            {
                var delays = _rules.Where(r => r.Rule.Kind == SimFaultKind.LateTrades).Select(r => r.Rule.DelayMs).ToList();
                return delays.Count == 0 ? null : TimeSpan.FromMilliseconds(delays.Max());
            }
        }
    }

    public void Replace(IEnumerable<SimFaultRule> rules, int? seed)
    {
        lock (_gate)
        {
            _rules.Clear();
            _rules.AddRange(rules.Select(r => (r, r.Count)));
            if (seed is { } value)
            {
                _random = new Random(value);
            }
        }
    }

    public void Add(SimFaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
        }
    }

    /// <summary>The first rule of <paramref name="kind"/> that hits this request (counting it), or null.</summary>
    public SimFaultRule? Draw(SimFaultKind kind, string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if (rule.Kind != kind
                    || (rule.Method is { } m && !string.Equals(m, method, StringComparison.OrdinalIgnoreCase))
                    || (rule.Path is { } p && !path.StartsWith(p, StringComparison.Ordinal))
                    || (rule.Probability is { } chance && _random.NextDouble() >= chance))
                {
                    continue;
                }

                if (left is { } count)
                {
                    if (count <= 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = (rule, count - 1);
                    }
                }

                return rule;
            }

            return null;
        }
    }
}
