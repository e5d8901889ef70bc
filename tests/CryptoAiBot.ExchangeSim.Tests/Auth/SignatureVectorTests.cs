using System.Text;
using System.Text.Json;
using CryptoAiBot.ExchangeSim.Auth;
using CryptoAiBot.ExchangeSim.Tests.Support;

namespace CryptoAiBot.ExchangeSim.Tests.Auth;

/// <summary>Both official vectors of Gate's signature doc (secret "secret"), for the simulator's verifier and the tests' signer.</summary>
public sealed class SignatureVectorTests
{
    private static readonly JsonElement Vectors = GateFixtures.Official.GetProperty("signature_test_vectors");

    [Fact]
    public void Get_vector_matches_the_official_signature()
    {
        var get = Vectors.GetProperty("get_example");
        var expected = get.Str("SIGN");
        const string Query = "contract=BTC_USD&status=finished&limit=50";

        Assert.Equal(get.Str("signature_string"), GateSignature.SignatureString("GET", "/api/v4/futures/orders", Query, [], "1541993715"));
        Assert.Equal(expected, GateSignature.Sign("secret", "GET", "/api/v4/futures/orders", Query, [], "1541993715"));
        Assert.Equal(expected, TestSigner.Sign("secret", "GET", "/api/v4/futures/orders", Query, "", "1541993715"));
    }

    [Fact]
    public void Post_vector_matches_the_official_signature()
    {
        var post = Vectors.GetProperty("post_example");
        var body = post.Str("body");
        var expected = post.Str("SIGN");

        Assert.Equal(post.Str("signature_string"), GateSignature.SignatureString("POST", "/api/v4/futures/orders", "", Encoding.UTF8.GetBytes(body), "1541993715"));
        Assert.Equal(expected, GateSignature.Sign("secret", "POST", "/api/v4/futures/orders", "", Encoding.UTF8.GetBytes(body), "1541993715"));
        Assert.Equal(expected, TestSigner.Sign("secret", "POST", "/api/v4/futures/orders", "", body, "1541993715"));
    }

    [Fact]
    public void Verifier_compares_hex_case_insensitively_and_refuses_other_signatures()
    {
        var sign = GateSignature.Sign("secret", "GET", "/api/v4/spot/accounts", "", [], "1541993715");

        Assert.True(GateSignature.Matches(sign, sign.ToUpperInvariant()));
        Assert.False(GateSignature.Matches(sign, sign[..^1] + (sign[^1] == '0' ? '1' : '0')));
        Assert.False(GateSignature.Matches(sign, null));
        Assert.False(GateSignature.Matches(sign, "short"));
    }
}
