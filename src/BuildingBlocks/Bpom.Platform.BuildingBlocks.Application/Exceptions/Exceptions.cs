namespace Bpom.Platform.BuildingBlocks.Application.Exceptions;

/// <summary>The named resource does not exist (or the caller may not know it exists). → 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller is authenticated but may not do this to this resource (role or unit). → 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Credentials were rejected. → 401 with a message that does not say which part was wrong.</summary>
public sealed class AuthenticationFailedException(string message) : Exception(message);

/// <summary>The caller sent too many requests of this kind. → 429 with <c>Retry-After</c>.</summary>
public sealed class TerlaluBanyakPermintaanException(string message, int detikCobaLagi) : Exception(message)
{
    public int DetikCobaLagi { get; } = detikCobaLagi;
}

/// <summary>The request's <c>If-Match</c> names an older version of the resource. → 412.</summary>
public sealed class PrasyaratGagalException(string message) : Exception(message);
