using System.Text;
using CryptoAiBot.Domain.Candles;
using CryptoAiBot.Infrastructure.MarketData;

namespace CryptoAiBot.Infrastructure.Tests.MarketData;

/// <summary>Every row is validated; a bad file yields every problem by line number and no candle.</summary>
public sealed class CandleCsvReaderTests
{
    private const string Header = "timestamp_ms,open,high,low,close,volume\n";
    private const string FirstRow = "0,10,11,9,10.5,1.25\n";

    private static CandleCsvReadResult Read(string text, Timeframe? timeframe = null) =>
        CandleCsvReader.Read(new StringReader(text), timeframe);

    [Fact]
    public void Reads_every_row_of_a_valid_file()
    {
        var result = Read(Header + FirstRow + "60000,10.5,12,10,11.50,0\n");

        Assert.True(result.IsValid);
        Assert.Equal(2, result.RowCount);
        Assert.Equal(
            [
                new Candle(DateTimeOffset.UnixEpoch, 10m, 11m, 9m, 10.5m, 1.25m),
                new Candle(DateTimeOffset.UnixEpoch.AddMinutes(1), 10.5m, 12m, 10m, 11.5m, 0m),
            ],
            result.Candles);
        Assert.Equal("11.50", result.Candles[1].Close.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { "60000,10,11,9", "expected 6 columns (timestamp_ms,open,high,low,close,volume), found 4" },
        { "60000,10,11,9,10,1,7", "found 7" },
        { "abc,10,11,9,10,1", "timestamp_ms 'abc' is not a whole, non-negative number" },
        { "-60000,10,11,9,10,1", "timestamp_ms '-60000'" },
        { "60000,x,11,9,10,1", "open 'x' is not a number" },
        { "60000,10,11,9,,1", "close '' is not a number" },
        { "60000,0,11,9,10,1", "open must be positive, found 0" },
        { "60000,10,11,-9,10,1", "low must be positive, found -9" },
        { "60000,10,10.5,9,11,1", "high 10.5 is below max(open, close) 11" },
        { "60000,10,12,10.5,11,1", "low 10.5 is above min(open, close) 10" },
        { "60000,10,9,11,10,1", "high 9 is below low 11" },
        { "60000,10,11,9,10,-0.5", "volume must not be negative, found -0.5" },
        { "0,10,11,9,10,1", "duplicate timestamp 0 (1970-01-01T00:00:00Z), already on line 2" },
        { "-0,10,11,9,10,1", "timestamp_ms '-0'" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Refuses_a_bad_row_naming_its_line_and_the_reason(string row, string reason)
    {
        var result = Read(Header + FirstRow + row + "\n" + "120000,10,11,9,10,1\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Candles);
    }

    [Fact]
    public void Refuses_a_timestamp_before_the_previous_row_naming_both()
    {
        var result = Read(Header + FirstRow + "120000,10,11,9,10,1\n60000,10,11,9,10,1\n180000,10,11,9,10,1\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("timestamp 60000 (1970-01-01T00:01:00Z) is not after 120000 (1970-01-01T00:02:00Z) on line 3", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_timestamps_that_do_not_start_a_period_of_the_given_timeframe()
    {
        var text = Header + FirstRow + "90000,10,11,9,10,1\n";

        Assert.True(Read(text).IsValid);
        var problem = Assert.Single(Read(text, Timeframe.M1).Problems);
        Assert.Equal((3, "timestamp 90000 (1970-01-01T00:01:30Z) does not start a 1m period"), (problem.Line, problem.Reason));
    }

    [Fact]
    public void Reports_every_bad_line_and_imports_nothing()
    {
        var rows = Enumerable.Range(0, 10).Select(i => $"{i * 60_000},10,11,9,10,1").ToArray();
        rows[2] = "120000,10,11,9,10";
        rows[5] = "300000,10,11,9,12,1";
        rows[9] = "540000,10,11,9,10,-1";

        var result = Read(Header + string.Join("\n", rows) + "\n");

        Assert.Equal([4, 7, 11], result.Problems.Select(p => p.Line));
        Assert.Equal(10, result.RowCount);
        Assert.Empty(result.Candles);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Gives_every_reason_of_a_line_in_one_problem()
    {
        var result = Read(Header + FirstRow + "0,10,9,11,x,-1\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            "line 3: duplicate timestamp 0 (1970-01-01T00:00:00Z), already on line 2; close 'x' is not a number; volume must not be negative, found -1",
            problem.ToString());
    }

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("time,o,h,l,c,v\n0,10,11,9,10,1\n", 1, "expected the header 'timestamp_ms,open,high,low,close,volume', found 'time,o,h,l,c,v'")]
    [InlineData("0,10,11,9,10,1\n", 1, "expected the header")]
    [InlineData("timestamp_ms,open,high,low,close,volume\n0,10,11,9,10,1\n\n60000,10,11,9,10,1\n", 3, "blank line between rows")]
    public void Refuses_a_missing_header_and_blank_lines_between_rows(string text, int line, string reason)
    {
        var problem = Assert.Single(Read(text).Problems);

        Assert.Equal(line, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFFtimestamp_ms,open,high,low,close,volume\r\n0,10,11,9,10,1\r\n60000,10,11,9,10,1\r\n")]
    [InlineData("timestamp_ms,open,high,low,close,volume\n0,10,11,9,10,1\n60000,10,11,9,10,1")]
    [InlineData("timestamp_ms,open,high,low,close,volume\n0,10,11,9,10,1\n60000,10,11,9,10,1\n\n\n")]
    public void Accepts_a_bom_crlf_a_missing_final_newline_and_trailing_blank_lines(string text)
    {
        var result = Read(text);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Candles.Count);
    }

    [Fact]
    public void A_header_alone_is_a_valid_file_without_candles()
    {
        var result = Read(Header);

        Assert.True(result.IsValid);
        Assert.Empty(result.Candles);
    }

    [Fact]
    public void Line_numbers_stay_right_across_buffer_boundaries()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i * 60_000).Append(i == 17_321 ? ",10,11,9,12,1\n" : ",10.123456,11.5,9.25,10.5,123.456789\n");
        }

        var result = Read(text.ToString());

        Assert.True(text.Length > 3 * CandleCsvBuffer.InitialSize);
        Assert.Equal(17_323, Assert.Single(result.Problems).Line);
        Assert.Equal(20_000, result.RowCount);
    }

    [Fact]
    public void Refuses_a_line_longer_than_the_largest_buffer()
    {
        var result = Read(Header + FirstRow + new string('9', CandleCsvBuffer.MaxSize + 10));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("longer than", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_yields_the_rows_before_the_first_bad_line_then_throws_naming_it()
    {
        var text = Header + FirstRow + "60000,10,11,9,10,1\n60000,10,11,9,10,1\n120000,10,11,9,10,1\n";
        var seen = new List<Candle>();

        var error = Assert.Throws<CandleCsvException>(() =>
        {
            foreach (var candle in CandleCsvReader.Enumerate(new StringReader(text)))
            {
                seen.Add(candle);
            }
        });

        Assert.Equal(4, error.Problem.Line);
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, seen.Count);
    }
}
