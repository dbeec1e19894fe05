using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Writes many entities of a context's model with PostgreSQL <c>COPY … FROM STDIN (FORMAT BINARY)</c>, reading the
/// table, the columns, the value converters and the owned (table-split) parts from the EF model, so a bulk load writes
/// exactly what <c>SaveChanges</c> would. For data generation and backfills; identity columns are left to the database.
/// Runs on the context's connection (and in its transaction, when one is open).
/// </summary>
public static class SalinanMassal
{
    /// <summary>Copies <paramref name="rows"/> into <typeparamref name="T"/>'s table; returns how many were written.
    /// <paramref name="ganti"/> gives the value of properties EF would fill itself (a foreign key set by fix-up), by
    /// property name.</summary>
    public static async Task<ulong> SalinAsync<T>(
        this DbContext db, IEnumerable<T> rows, CancellationToken cancellationToken, IReadOnlyDictionary<string, Func<T, object?>>? ganti = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of {db.GetType().Name}.");
        var kolom = Kolom(entityType);
        if (ganti is not null)
        {
            kolom = kolom.Select(k => ganti.TryGetValue(k.Properti, out var f) ? k with { Baca = o => f((T)o) } : k).ToList();
        }

        var tabel = $"\"{entityType.GetSchema() ?? db.Model.GetDefaultSchema()}\".\"{entityType.GetTableName()}\"";
        var sql = $"COPY {tabel} ({string.Join(", ", kolom.Select(k => $"\"{k.Nama}\""))}) FROM STDIN (FORMAT BINARY)";

        if (db.Database.GetDbConnection() is not NpgsqlConnection conn)
        {
            throw new InvalidOperationException("Bulk copy needs an Npgsql connection.");
        }

        var buka = conn.State != System.Data.ConnectionState.Open;
        if (buka)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var importer = await conn.BeginBinaryImportAsync(sql, cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var k in kolom)
                {
                    var nilai = k.Baca(row);
                    if (nilai is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(nilai, k.Jenis, cancellationToken);
                    }
                }
            }

            return await importer.CompleteAsync(cancellationToken);
        }
        finally
        {
            if (buka)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed record KolomSalin(string Nama, string Properti, string Jenis, Func<object, object?> Baca);

    private static List<KolomSalin> Kolom(IEntityType entityType)
    {
        var tabel = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var hasil = new List<KolomSalin>();
        Tambah(entityType, tabel, o => o, hasil);
        return hasil;
    }

    private static void Tambah(IEntityType entityType, StoreObjectIdentifier tabel, Func<object, object?> induk, List<KolomSalin> hasil)
    {
        foreach (var p in entityType.GetProperties())
        {
            // Row versions (xmin) are PostgreSQL's system column: never copied.
            if (p.IsShadowProperty() || p.IsConcurrencyToken && p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate
                || p.GetValueGenerationStrategy() is Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityAlwaysColumn
                    or Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                    or Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.SerialColumn)
            {
                continue;
            }

            var nama = p.GetColumnName(tabel);
            if (nama is null || hasil.Any(h => h.Nama == nama))
            {
                continue;
            }

            var getter = p.GetGetter();
            var konverter = p.GetTypeMapping().Converter;
            var jenis = JenisDasar(p.GetColumnType());
            hasil.Add(new KolomSalin(nama, p.Name, jenis, o =>
            {
                var entitas = induk(o);
                if (entitas is null)
                {
                    return null;
                }

                var v = getter.GetClrValue(entitas);
                if (v is null)
                {
                    return null;
                }

                if (konverter is not null)
                {
                    v = konverter.ConvertToProvider(v);
                }

                return v is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture) : v;
            }));
        }

        foreach (var nav in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection
            && n.TargetEntityType.GetTableName() == entityType.GetTableName()))
        {
            var getter = nav.GetGetter();
            Tambah(nav.TargetEntityType, tabel, o => induk(o) is { } e ? getter.GetClrValue(e) : null, hasil);
        }
    }

    /// <summary>The type name without its modifiers ("character varying(300)" → "character varying").</summary>
    private static string JenisDasar(string jenis)
    {
        var i = jenis.IndexOf('(', StringComparison.Ordinal);
        if (i < 0)
        {
            return jenis;
        }

        var sb = new StringBuilder(jenis[..i].TrimEnd());
        var j = jenis.IndexOf(')', i);
        if (j >= 0 && j + 1 < jenis.Length)
        {
            sb.Append(jenis[(j + 1)..]);
        }

        return sb.ToString();
    }
}
