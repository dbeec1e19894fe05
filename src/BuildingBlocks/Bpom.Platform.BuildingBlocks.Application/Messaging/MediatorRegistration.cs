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

        // Validators are built once (singletons): FluentValidation compiles the accessor of every rule that is not a
        // plain property chain when a validator is constructed, so a validator per request compiled code per request.
        // Only a validator that needs a scoped service (a DbContext) stays scoped.
        foreach (var v in AssemblyScanner.FindValidatorsInAssemblies(list, includeInternalTypes: true))
        {
            services.Add(new ServiceDescriptor(v.InterfaceType, v.ValidatorType, Lifetime(v.ValidatorType)));
        }

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        foreach (var behavior in additionalBehaviors)
        {
            services.AddScoped(typeof(IPipelineBehavior<,>), behavior);
        }

        return services;
    }

    /// <summary>Singleton unless a constructor parameter is something other than validators.</summary>
    public static ServiceLifetime Lifetime(Type validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var butuhScope = validator.GetConstructors().SelectMany(c => c.GetParameters()).Any(p =>
            !(p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
              && p.ParameterType.GetGenericArguments()[0] is { IsGenericType: true } a && a.GetGenericTypeDefinition() == typeof(IValidator<>)));
        return butuhScope ? ServiceLifetime.Scoped : ServiceLifetime.Singleton;
    }
}
