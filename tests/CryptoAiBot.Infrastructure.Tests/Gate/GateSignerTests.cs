using System.Text;
using CryptoAiBot.Infrastructure.Gate;
using CryptoAiBot.Infrastructure.Settings;

namespace CryptoAiBot.Infrastructure.Tests.Gate;

/// <summary>Signing against Gate's official test vectors (facts.md §2), recorded in the shared doc examples.</summary>
public sealed class GateSignerTests
{
    [Fact]
    public void The_official_get_vector_signs_to_the_documented_sign()
    {
        var vector = GateFixtures.Doc.GetProperty("signature_test_vectors").GetProperty("get_example");

        var sign = GateSigner.Sign("secret", "GET", "/api/v4/futures/orders", "contract=BTC_USD&status=finished&limit=50", [], "1541993715");

        Assert.Equal(vector.GetProperty("signature_string").GetString(),
            GateSigner.SignatureString("GET", "/api/v4/futures/orders", "contract=BTC_USD&status=finished&limit=50", [], "1541993715"));
        Assert.Equal(vector.GetProperty("SIGN").GetString(), sign);
    }

    [Fact]
    public void The_official_post_vector_hashes_the_exact_body_and_signs_to_the_documented_sign()
    {
        var vector = GateFixtures.Doc.GetProperty("signature_test_vectors").GetProperty("post_example");
        var body = Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!);

        var sign = GateSigner.Sign("secret", "post", "/api/v4/futures/orders", "", body, "1541993715");

        Assert.Equal(vector.GetProperty("body_sha512_hex").GetString(), GateSigner.HashBody(body));
        Assert.Equal(vector.GetProperty("SIGN").GetString(), sign);
    }

    [Fact]
    public void An_empty_body_hashes_to_the_sha512_of_nothing()
    {
        Assert.Equal(GateFixtures.Doc.GetProperty("signature_test_vectors").GetProperty("empty_body_sha512_hex").GetString(), GateSigner.HashBody([]));
    }

    [Fact]
    public void Credentials_never_print_the_secret()
    {
        var credentials = new GateCredentials("abcdef123456", new Secret("very-secret-value"));

        var text = credentials.ToString();

        Assert.DoesNotContain("very-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef123456", text, StringComparison.Ordinal);
        Assert.Contains(Secret.Mask, text, StringComparison.Ordinal);
    }
}
