using Bpom.Platform.BuildingBlocks.Application.Behaviors;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.UnitTests.Behaviors;

public class PipelineBehaviorTests
{
    public sealed record Ping(string Nama, int Jumlah) : IRequest<string>;

    private sealed class PingValidator : AbstractValidator<Ping>
    {
        public PingValidator()
        {
            RuleFor(x => x.Nama).NotEmpty();
            RuleFor(x => x.Jumlah).InclusiveBetween(1, 10);
        }
    }

    [Fact]
    public async Task Invalid_requests_never_reach_the_handler_and_every_failure_is_reported()
    {
        var behavior = new ValidationBehavior<Ping, string>([new PingValidator()]);
        var called = false;
        var ex = await Assert.ThrowsAsync<ValidationException>(() =>
            behavior.Handle(new Ping("", 99), CancellationToken.None, () => { called = true; return Task.FromResult("ok"); }));
        Assert.False(called);
        Assert.Equal(["Nama", "Jumlah"], ex.Errors.Select(e => e.PropertyName).ToArray());
    }

    [Fact]
    public async Task Valid_requests_reach_the_handler()
    {
        var behavior = new ValidationBehavior<Ping, string>([new PingValidator()]);
        Assert.Equal("ok", await behavior.Handle(new Ping("a", 1), CancellationToken.None, () => Task.FromResult("ok")));
    }

    [Theory]
    [InlineData("Nama", "nama")]
    [InlineData("KoordinatorId", "koordinatorId")]
    [InlineData("Items[0].NamaUnit", "items[0].namaUnit")]
    [InlineData("berkas[3]", "berkas[3]")]
    public void Error_keys_use_the_JSON_field_names(string property, string expected) =>
        Assert.Equal(expected, ApiExceptionHandler.ToCamelCasePath(property));
}
