using System.Diagnostics;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Bpom.Platform.BuildingBlocks.Application.Behaviors;

/// <summary>Logs every request's name, duration and outcome (never its payload: it may hold passwords): at Debug
/// normally, so a busy server writes nothing per request at the default level; at Warning when slower than
/// <see cref="BatasLambatMs"/> or when it fails unexpectedly; at Information for a refused request (validation,
/// not found, forbidden, a business rule).</summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (ms > BatasLambatMs)
            {
                LogLambat(logger, name, ms);
            }
            else
            {
                LogHandled(logger, name, ms);
            }

            return response;
        }
        catch (Exception ex)
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (ex is FluentValidation.ValidationException or NotFoundException or ForbiddenException or Bpom.Platform.BuildingBlocks.Domain.DomainException)
            {
                LogDitolak(logger, name, ms, ex.GetType().Name);
            }
            else
            {
                LogFailed(logger, name, ms, ex.GetType().Name);
            }

            throw;
        }
    }

    /// <summary>A request slower than this is logged at Warning.</summary>
    public const double BatasLambatMs = 500;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {RequestName} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow: {RequestName} took {ElapsedMs:0.0} ms")]
    private static partial void LogLambat(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequestName} refused after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogDitolak(ILogger logger, string requestName, double elapsedMs, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{RequestName} failed after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string requestName, double elapsedMs, string exceptionType);
}
