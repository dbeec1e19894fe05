using System.Reflection;
using Bpom.Platform.BuildingBlocks.Application.Behaviors;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.BuildingBlocks.Application.Messaging;

/// <summary>
/// Wires MediatR 5.1 by hand (its DI package is not used): the mediator, a <see cref="ServiceFactory"/>, every
/// handler and validator in the given assemblies, and the pipeline behaviours in order (first = outermost).
/// Moving to MediatR 12 means replacing this one method with <c>AddMediatR(cfg =&gt; …)</c>.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddBpomMediator(
        this IServiceCollection services,
        IEnumerable<Assembly> assemblies,
        params Type[] additionalBehaviors)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var list = assemblies.Distinct().ToArray();

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        services.Scan(scan => scan
            .FromAssemblies(list)
            .AddClasses(c => c.AssignableToAny(
                typeof(IRequestHandler<,>),
                typeof(INotificationHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        services.AddValidatorsFromAssemblies(list, ServiceLifetime.Scoped, includeInternalTypes: true);

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        foreach (var behavior in additionalBehaviors)
        {
            services.AddScoped(typeof(IPipelineBehavior<,>), behavior);
        }

        return services;
    }
}
