using System.Net;
using System.Text.Json.Nodes;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

/// <summary>The SPA's typed client is generated from client/src/api/openapi.json; it must match the API.</summary>
public class OpenApiSnapshotTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bpom.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Bpom.Platform.sln not found above the test folder");
    }

    [Fact]
    public async Task The_client_snapshot_of_the_OpenAPI_document_is_current()
    {
        var response = await api.CreateClient().GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var live = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "client", "src", "api", "openapi.json")));
        Assert.True(JsonNode.DeepEquals(live, committed),
            "client/src/api/openapi.json is stale: run `npm run api:generate` in client/ and commit the result.");
    }
}
