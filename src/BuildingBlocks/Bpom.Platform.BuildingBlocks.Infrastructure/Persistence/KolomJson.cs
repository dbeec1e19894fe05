using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores a list of value objects as one <c>jsonb</c> column. Change tracking compares the JSON, so a list
/// edited in place is saved.</summary>
public static class KolomJson
{
    public static PropertyBuilder<List<T>> SebagaiJson<T>(this PropertyBuilder<List<T>> property, JsonSerializerOptions opsi)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, opsi),
            v => JsonSerializer.Deserialize<List<T>>(v, opsi) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, c) => JsonSerializer.Serialize(a, opsi) == JsonSerializer.Serialize(c, opsi),
                v => JsonSerializer.Serialize(v, opsi).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, opsi), opsi)!));
    }
}
