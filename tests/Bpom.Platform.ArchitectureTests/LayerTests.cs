using NetArchTest.Rules;

namespace Bpom.Platform.ArchitectureTests;

public class LayerTests
{
    [Theory]
    [InlineData("Bpom.Platform.BuildingBlocks.Domain")]
    [InlineData("Bpom.Platform.BuildingBlocks.Application")]
    public void Domain_and_application_building_blocks_have_no_web_or_EF_dependency(string assembly)
    {
        var result = Types.InAssembly(Platform.Load(assembly)).Should()
            .NotHaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_pure_domain_building_block_does_not_even_know_MediatR()
    {
        var result = Types.InAssembly(Platform.Load("Bpom.Platform.BuildingBlocks.Domain")).Should()
            .NotHaveDependencyOnAny("MediatR", "FluentValidation", "Microsoft.Extensions")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
