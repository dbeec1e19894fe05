using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Bpom.Platform.ArchitectureTests;

/// <summary>
/// Issue 19.4: the container image and the Kubernetes manifests, checked without a cluster — the fields that matter
/// agree with each other and with the app (ports, probes on endpoints the app maps, one image, every environment
/// variable a setting the app reads).
/// </summary>
public class ManifesDeployTests
{
    private static readonly string Akar = RepoRoot();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bpom.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Bpom.Platform.sln not found above the test folder");
    }

    private static YamlMappingNode Muat(string nama)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Akar, "deploy", "k8s", nama))));
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    private static YamlNode Di(YamlNode node, params string[] jalur)
    {
        foreach (var k in jalur)
        {
            node = int.TryParse(k, out var i) ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode(k)];
        }

        return node;
    }

    private static string Teks(YamlNode node, params string[] jalur) => ((YamlScalarNode)Di(node, jalur)).Value!;

    private static YamlMappingNode Kontainer(YamlMappingNode workload, params string[] sampaiSpec) =>
        (YamlMappingNode)((YamlSequenceNode)Di(workload, [.. sampaiSpec, "containers"])).Children[0];

    /// <summary>Configuration keys the app reads: appsettings.json, and the "Section:Key" literals of its code.</summary>
    private static bool DibacaAplikasi(string kunci)
    {
        var appsettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Akar, "src", "Bpom.Platform.Api", "appsettings.json"))).RootElement;
        var e = appsettings;
        if (kunci.Split(':').All(b => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(b, out e)))
        {
            return true;
        }

        if (kunci.StartsWith("ConnectionStrings:", StringComparison.Ordinal))
        {
            var nama = kunci["ConnectionStrings:".Length..];
            var kode = File.ReadAllText(Path.Combine(Akar, "src", "BuildingBlocks", "Bpom.Platform.BuildingBlocks.Infrastructure", "Persistence", "ModuleDbContexts.cs"));
            return nama == "Bpom" ? kode.Contains("ConnectionStringName = \"Bpom\"", StringComparison.Ordinal)
                : nama == "BpomBaca" && kode.Contains("ConnectionStringName + \"Baca\"", StringComparison.Ordinal);
        }

        return Directory.EnumerateFiles(Path.Combine(Akar, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => File.ReadAllText(f).Contains($"\"{kunci}\"", StringComparison.Ordinal));
    }

    private static IEnumerable<string> NamaEnv(YamlMappingNode kontainer) =>
        ((YamlSequenceNode)Di(kontainer, "env")).Children.Select(e => Teks(e, "name"));

    [Fact]
    public void Every_environment_variable_of_the_manifests_is_a_setting_the_app_reads()
    {
        var configMap = (YamlMappingNode)Di(Muat("configmap.yaml"), "data");
        var secret = (YamlMappingNode)Di(Muat("secret.yaml"), "stringData");
        var deployment = Kontainer(Muat("deployment.yaml"), "spec", "template", "spec");
        var job = Kontainer(Muat("migration-job.yaml"), "spec", "template", "spec");
        var nama = configMap.Children.Keys.Concat(secret.Children.Keys).Select(k => ((YamlScalarNode)k).Value!)
            .Concat(NamaEnv(deployment)).Concat(NamaEnv(job)).Distinct().ToList();
        var nilai = string.Join("\n", ((YamlSequenceNode)Di(deployment, "env")).Children.Concat(((YamlSequenceNode)Di(job, "env")).Children)
            .Select(e => ((YamlMappingNode)e).Children.TryGetValue(new YamlScalarNode("value"), out var v) ? ((YamlScalarNode)v).Value : ""));

        var asing = nama.Where(n => !(n.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || n.StartsWith("DOTNET_", StringComparison.Ordinal) || n.StartsWith("OTEL_", StringComparison.Ordinal)
                || (n.Contains("__", StringComparison.Ordinal) && DibacaAplikasi(n.Replace("__", ":", StringComparison.Ordinal)))
                || nilai.Contains($"$({n})", StringComparison.Ordinal))) // a helper variable used by another's value
            .ToList();
        Assert.Empty(asing);
        Assert.Contains("ConnectionStrings__Bpom", nama);
        Assert.Contains("Auth__SigningKey", nama);
        Assert.False(DibacaAplikasi("Tidak:Ada"));
    }

    [Fact]
    public void The_deployment_the_service_the_ingress_and_the_image_agree_on_ports_probes_and_image()
    {
        var deployment = Muat("deployment.yaml");
        var api = Kontainer(deployment, "spec", "template", "spec");
        var port = Di(api, "ports", "0");
        Assert.Equal(("http", "8080"), (Teks(port, "name"), Teks(port, "containerPort")));
        Assert.Equal(("/health/ready", "http"), (Teks(api, "readinessProbe", "httpGet", "path"), Teks(api, "readinessProbe", "httpGet", "port")));
        Assert.Equal(("/health/live", "http"), (Teks(api, "livenessProbe", "httpGet", "path"), Teks(api, "livenessProbe", "httpGet", "port")));
        Assert.Equal("true", Teks(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"));

        // The probes' paths are endpoints the app maps.
        var kode = string.Join("\n", Directory.EnumerateFiles(Path.Combine(Akar, "src", "Bpom.Platform.Api"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("\"/health/ready\"", kode, StringComparison.Ordinal);
        Assert.Contains("\"/health/live\"", kode, StringComparison.Ordinal);

        var service = Muat("service.yaml");
        Assert.Equal("http", Teks(service, "spec", "ports", "0", "targetPort"));
        Assert.Equal(Teks(deployment, "spec", "selector", "matchLabels", "app.kubernetes.io/name"), Teks(service, "spec", "selector", "app.kubernetes.io/name"));
        var ingress = Muat("ingress.yaml");
        Assert.Equal((Teks(service, "metadata", "name"), Teks(service, "spec", "ports", "0", "name")),
            (Teks(ingress, "spec", "rules", "0", "http", "paths", "0", "backend", "service", "name"), Teks(ingress, "spec", "rules", "0", "http", "paths", "0", "backend", "service", "port", "name")));
        Assert.Equal(Teks(deployment, "metadata", "name"), Teks(Muat("hpa.yaml"), "spec", "scaleTargetRef", "name"));
        Assert.True(int.Parse(Teks(Muat("hpa.yaml"), "spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("1", Teks(Muat("pdb.yaml"), "spec", "minAvailable"));

        // One image everywhere, the one kustomize tags; the migration Job runs the app's "migrate" command.
        var image = Teks(api, "image");
        var job = Kontainer(Muat("migration-job.yaml"), "spec", "template", "spec");
        Assert.Equal(image, Teks(job, "image"));
        Assert.Equal("migrate", Teks(job, "args", "0"));
        Assert.Contains("\"migrate\"", File.ReadAllText(Path.Combine(Akar, "src", "Bpom.Platform.Api", "Program.cs")), StringComparison.OrdinalIgnoreCase);
        var kustomization = Muat("kustomization.yaml");
        Assert.Equal(image.Split(':')[0], Teks(kustomization, "images", "0", "name"));
        var sumber = ((YamlSequenceNode)Di(kustomization, "resources")).Children.Select(r => ((YamlScalarNode)r).Value!).ToHashSet();
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(Akar, "deploy", "k8s"), "*.yaml").Select(f => Path.GetFileName(f)).Where(f => f != "kustomization.yaml").ToHashSet(), sumber);

        // The database: CloudNativePG with synchronous replication, and the services the connection strings name.
        var cluster = Muat("postgres-cluster.yaml");
        Assert.Equal(("postgresql.cnpg.io/v1", "Cluster"), (Teks(cluster, "apiVersion"), Teks(cluster, "kind")));
        Assert.True(int.Parse(Teks(cluster, "spec", "instances"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("1", Teks(cluster, "spec", "minSyncReplicas"));
        var env = ((YamlSequenceNode)Di(api, "env")).Children.ToDictionary(e => Teks(e, "name"), e => e);
        Assert.StartsWith($"Host={Teks(cluster, "metadata", "name")}-rw;", Teks(env["ConnectionStrings__Bpom"], "value"), StringComparison.Ordinal);
        Assert.StartsWith($"Host={Teks(cluster, "metadata", "name")}-ro;", Teks(env["ConnectionStrings__BpomBaca"], "value"), StringComparison.Ordinal);
        Assert.Equal($"{Teks(cluster, "metadata", "name")}-app", Teks(env["DB_PASSWORD"], "valueFrom", "secretKeyRef", "name"));

        // The Dockerfile: multi-stage, SPA included, non-root, the port the manifests use, a health check.
        var docker = File.ReadAllText(Path.Combine(Akar, "Dockerfile"));
        Assert.True(Regex.Matches(docker, "^FROM ", RegexOptions.Multiline).Count >= 3);
        Assert.Contains("COPY --from=spa /src/client/dist ./wwwroot", docker, StringComparison.Ordinal);
        Assert.Matches(new Regex("^USER (?!root)\\S+", RegexOptions.Multiline), docker);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", docker, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", docker, StringComparison.Ordinal);
        Assert.Matches(new Regex("^HEALTHCHECK .*/health/live", RegexOptions.Multiline), docker);
    }
}
