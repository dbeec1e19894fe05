using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>A holiday. <c>jenis</c> is <c>libur_nasional</c> or <c>cuti_bersama</c>.</summary>
public sealed record HariLiburDto(Guid Id, LocalDate Tanggal, string Jenis, string Nama, string? DasarHukum);

internal static class HariLiburMapping
{
    public static HariLiburDto ToDto(TanggalLibur t) => new(t.Id, t.Tanggal, HariLiburCsv.Format(t.Jenis), t.Nama, t.DasarHukum);

    /// <summary>Every change to holidays or settings bumps the settings version so cached calendars reload.</summary>
    /// <remarks>Other modules hear of it after the commit (<see cref="KalenderHariKerjaBerubah"/>): the SOP engine
    /// recomputes the due dates of open steps.</remarks>
    public static async Task CatatPerubahanAsync(
        OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events, CancellationToken cancellationToken)
    {
        var pengaturan = await db.PengaturanKalender.SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        pengaturan.CatatPerubahan(clock.GetCurrentInstant(), user.IsAuthenticated ? user.Username : null);
        await events.PublishAsync(new KalenderHariKerjaBerubah(clock.GetCurrentInstant(), user.IsAuthenticated ? user.Username : null), cancellationToken);
    }

    public static IRuleBuilderOptions<T, string> JenisValid<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Jenis wajib diisi.")
            .Must(j => HariLiburCsv.ParseJenis(j) is not null)
            .WithMessage($"Jenis harus {HariLiburCsv.LiburNasional} atau {HariLiburCsv.CutiBersama}.");
}

public sealed record DaftarHariLiburQuery(int? Tahun) : IQuery<IReadOnlyList<HariLiburDto>>;

internal sealed class DaftarHariLiburQueryValidator : AbstractValidator<DaftarHariLiburQuery>
{
    public DaftarHariLiburQueryValidator() =>
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
}

internal sealed class DaftarHariLiburQueryHandler(OrganisasiDbContext db) : IRequestHandler<DaftarHariLiburQuery, IReadOnlyList<HariLiburDto>>
{
    public async Task<IReadOnlyList<HariLiburDto>> Handle(DaftarHariLiburQuery request, CancellationToken cancellationToken)
    {
        var q = db.TanggalLibur.AsNoTracking();
        if (request.Tahun is { } tahun)
        {
            var (awal, akhir) = (new LocalDate(tahun, 1, 1), new LocalDate(tahun, 12, 31));
            q = q.Where(t => t.Tanggal >= awal && t.Tanggal <= akhir);
        }

        var rows = await q.OrderBy(t => t.Tanggal).ThenBy(t => t.Nama).ToListAsync(cancellationToken);
        return rows.Select(HariLiburMapping.ToDto).ToList();
    }
}

/// <summary>Adds a holiday (admin).</summary>
public sealed record BuatHariLiburCommand(LocalDate? Tanggal, string Jenis, string Nama, string? DasarHukum) : ICommand<HariLiburDto>;

internal sealed class BuatHariLiburCommandValidator : AbstractValidator<BuatHariLiburCommand>
{
    public BuatHariLiburCommandValidator()
    {
        RuleFor(x => x.Tanggal).TanggalWajib("tanggal");
        RuleFor(x => x.Jenis).JenisValid();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama hari libur wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarHukum).MaximumLength(300);
    }
}

internal sealed class BuatHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<BuatHariLiburCommand, HariLiburDto>
{
    public async Task<HariLiburDto> Handle(BuatHariLiburCommand request, CancellationToken cancellationToken)
    {
        var tanggal = request.Tanggal!.Value;
        var nama = request.Nama.Trim();
        if (await db.TanggalLibur.AnyAsync(t => t.Tanggal == tanggal && t.Nama == nama, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Tanggal), $"Hari libur \"{nama}\" pada {tanggal:yyyy-MM-dd} sudah ada.")]);
        }

        var libur = new TanggalLibur(Guid.CreateVersion7(), tanggal, HariLiburCsv.ParseJenis(request.Jenis)!.Value, nama, request.DasarHukum);
        db.TanggalLibur.Add(libur);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        return HariLiburMapping.ToDto(libur);
    }
}

/// <summary>Changes a holiday (admin).</summary>
public sealed record UbahHariLiburCommand(Guid Id, LocalDate? Tanggal, string Jenis, string Nama, string? DasarHukum) : ICommand<HariLiburDto>;

internal sealed class UbahHariLiburCommandValidator : AbstractValidator<UbahHariLiburCommand>
{
    public UbahHariLiburCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Tanggal).TanggalWajib("tanggal");
        RuleFor(x => x.Jenis).JenisValid();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama hari libur wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarHukum).MaximumLength(300);
    }
}

internal sealed class UbahHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<UbahHariLiburCommand, HariLiburDto>
{
    public async Task<HariLiburDto> Handle(UbahHariLiburCommand request, CancellationToken cancellationToken)
    {
        var libur = await db.TanggalLibur.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Hari libur {request.Id} tidak ditemukan.");
        var tanggal = request.Tanggal!.Value;
        var nama = request.Nama.Trim();
        if (await db.TanggalLibur.AnyAsync(t => t.Tanggal == tanggal && t.Nama == nama && t.Id != request.Id, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Tanggal), $"Hari libur \"{nama}\" pada {tanggal:yyyy-MM-dd} sudah ada.")]);
        }

        libur.Ubah(tanggal, HariLiburCsv.ParseJenis(request.Jenis)!.Value, nama, request.DasarHukum);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        return HariLiburMapping.ToDto(libur);
    }
}

/// <summary>Deletes a holiday (admin).</summary>
public sealed record HapusHariLiburCommand(Guid Id) : ICommand<Unit>;

internal sealed class HapusHariLiburCommandValidator : AbstractValidator<HapusHariLiburCommand>
{
    public HapusHariLiburCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class HapusHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events) : IRequestHandler<HapusHariLiburCommand, Unit>
{
    public async Task<Unit> Handle(HapusHariLiburCommand request, CancellationToken cancellationToken)
    {
        var libur = await db.TanggalLibur.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Hari libur {request.Id} tidak ditemukan.");
        db.TanggalLibur.Remove(libur);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Result of a CSV import.</summary>
public sealed record ImporHariLiburResponse(int Ditambahkan, int Diperbarui, int TidakBerubah);

/// <summary>
/// Imports holidays from CSV with header <c>date,kind,name,basis</c> (the seed format). Rows are matched on
/// (date, name): new ones are added, existing ones updated. All rows are checked first; any bad row rejects the
/// whole file and nothing changes.
/// </summary>
public sealed record ImporHariLiburCommand(string? Isi) : ICommand<ImporHariLiburResponse>;

internal sealed class ImporHariLiburCommandValidator : AbstractValidator<ImporHariLiburCommand>
{
    public const int UkuranMaksimum = 1_000_000;

    public ImporHariLiburCommandValidator() =>
        RuleFor(x => x.Isi).NotEmpty().WithMessage("Berkas CSV wajib diunggah dan tidak boleh kosong.").OverridePropertyName("berkas")
            .MaximumLength(UkuranMaksimum).WithMessage("Berkas CSV terlalu besar (maksimum 1 MB).");
}

internal sealed class ImporHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<ImporHariLiburCommand, ImporHariLiburResponse>
{
    private const string Field = "berkas";

    public async Task<ImporHariLiburResponse> Handle(ImporHariLiburCommand request, CancellationToken cancellationToken)
    {
        var rows = Parse(request.Isi!);
        var ada = await db.TanggalLibur.ToListAsync(cancellationToken);
        var index = ada.ToDictionary(t => (t.Tanggal, t.Nama));
        int baru = 0, ubah = 0, sama = 0;
        foreach (var (tanggal, jenis, nama, dasar) in rows)
        {
            if (index.TryGetValue((tanggal, nama), out var libur))
            {
                if (libur.Jenis == jenis && libur.DasarHukum == (string.IsNullOrWhiteSpace(dasar) ? null : dasar.Trim()))
                {
                    sama++;
                    continue;
                }

                libur.Ubah(tanggal, jenis, nama, dasar);
                ubah++;
            }
            else
            {
                libur = new TanggalLibur(Guid.CreateVersion7(), tanggal, jenis, nama, dasar);
                db.TanggalLibur.Add(libur);
                index[(tanggal, nama)] = libur;
                baru++;
            }
        }

        if (baru + ubah > 0)
        {
            await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        }

        return new ImporHariLiburResponse(baru, ubah, sama);
    }

    private static List<(LocalDate Tanggal, JenisHariLibur Jenis, string Nama, string? Dasar)> Parse(string isi)
    {
        var hasil = new List<(LocalDate, JenisHariLibur, string, string?)>();
        var errors = new List<ValidationFailure>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(new StringReader(isi), config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null
                || !new[] { "date", "kind", "name" }.All(h => csv.HeaderRecord.Select(x => x.Trim().ToLowerInvariant()).Contains(h)))
            {
                throw new ValidationException([new ValidationFailure(Field, "Baris judul harus memuat kolom date,kind,name (dan opsional basis).")]);
            }

            var seen = new HashSet<(LocalDate, string)>();
            while (csv.Read())
            {
                var baris = csv.Parser.Row;
                var tanggalText = csv.GetField("date") ?? string.Empty;
                var kind = csv.GetField("kind");
                var nama = (csv.GetField("name") ?? string.Empty).Trim();
                var dasar = csv.HeaderRecord.Contains("basis", StringComparer.OrdinalIgnoreCase) ? csv.GetField("basis") : null;
                var parsed = LocalDatePattern.Iso.Parse(tanggalText.Trim());
                var jenis = HariLiburCsv.ParseJenis(kind);
                var salah = new List<string>();
                if (!parsed.Success)
                {
                    salah.Add($"tanggal '{tanggalText}' bukan format YYYY-MM-DD");
                }
                else if (parsed.Value < KalenderRules.TanggalMinimum || parsed.Value > KalenderRules.TanggalMaksimum)
                {
                    salah.Add("tanggal di luar rentang 2000–2100");
                }

                if (jenis is null)
                {
                    salah.Add($"kind '{kind}' harus {HariLiburCsv.LiburNasional} atau {HariLiburCsv.CutiBersama}");
                }

                if (nama.Length is 0 or > 200)
                {
                    salah.Add("name wajib diisi (maksimum 200 karakter)");
                }

                if (dasar?.Length > 300)
                {
                    salah.Add("basis maksimum 300 karakter");
                }

                if (salah.Count == 0 && !seen.Add((parsed.Value, nama)))
                {
                    salah.Add("baris ganda (tanggal dan nama yang sama muncul lebih dari sekali)");
                }

                if (salah.Count > 0)
                {
                    errors.Add(new ValidationFailure($"{Field}[{baris}]", $"Baris {baris}: {string.Join("; ", salah)}."));
                    continue;
                }

                hasil.Add((parsed.Value, jenis!.Value, nama, dasar));
            }
        }
        catch (CsvHelperException ex)
        {
            throw new ValidationException([new ValidationFailure(Field, $"Berkas CSV tidak dapat dibaca: {ex.Message.Split('\n')[0]}")]);
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        if (hasil.Count == 0)
        {
            throw new ValidationException([new ValidationFailure(Field, "Berkas CSV tidak memuat baris data.")]);
        }

        return hasil;
    }
}

/// <summary>Calendar settings.</summary>
/// <param name="CutiBersamaSebagaiHariKerja">When true, cuti bersama counts as a working day (default false).</param>
/// <param name="DiubahPada">Last change to holidays or settings.</param>
/// <param name="DiubahOleh">Who made it.</param>
public sealed record PengaturanKalenderDto(bool CutiBersamaSebagaiHariKerja, Instant? DiubahPada, string? DiubahOleh);

public sealed record GetPengaturanKalenderQuery : IQuery<PengaturanKalenderDto>;

internal sealed class GetPengaturanKalenderQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetPengaturanKalenderQuery, PengaturanKalenderDto>
{
    public async Task<PengaturanKalenderDto> Handle(GetPengaturanKalenderQuery request, CancellationToken cancellationToken)
    {
        var p = await db.PengaturanKalender.AsNoTracking().SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        return new PengaturanKalenderDto(p.CutiBersamaSebagaiHariKerja, p.DiubahPada, p.DiubahOleh);
    }
}

/// <summary>Changes calendar settings (admin).</summary>
public sealed record UbahPengaturanKalenderCommand(bool? CutiBersamaSebagaiHariKerja) : ICommand<PengaturanKalenderDto>;

internal sealed class UbahPengaturanKalenderCommandValidator : AbstractValidator<UbahPengaturanKalenderCommand>
{
    public UbahPengaturanKalenderCommandValidator() =>
        RuleFor(x => x.CutiBersamaSebagaiHariKerja).NotNull().WithMessage("cutiBersamaSebagaiHariKerja wajib diisi (true/false).");
}

internal sealed class UbahPengaturanKalenderCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<UbahPengaturanKalenderCommand, PengaturanKalenderDto>
{
    public async Task<PengaturanKalenderDto> Handle(UbahPengaturanKalenderCommand request, CancellationToken cancellationToken)
    {
        var p = await db.PengaturanKalender.SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        p.CutiBersamaSebagaiHariKerja = request.CutiBersamaSebagaiHariKerja!.Value;
        p.CatatPerubahan(clock.GetCurrentInstant(), user.Username);
        await events.PublishAsync(new KalenderHariKerjaBerubah(clock.GetCurrentInstant(), user.Username), cancellationToken);
        return new PengaturanKalenderDto(p.CutiBersamaSebagaiHariKerja, p.DiubahPada, p.DiubahOleh);
    }
}
