namespace Bpom.Platform.BuildingBlocks.Domain;

/// <summary>
/// A business rule was violated by an otherwise well-formed request (the request conflicts with the current state).
/// Surfaces as 409 ProblemDetails; nothing is changed.
/// </summary>
public class DomainException(string message) : Exception(message);
