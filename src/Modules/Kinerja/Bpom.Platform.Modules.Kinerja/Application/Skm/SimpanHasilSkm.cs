using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Skm;

/// <summary>An SKM result as shown.</summary>
internal sealed record HasilSkmDto(
    Guid Id, Guid UnitId, string Unit, int Tahun, string Periode, string Layanan, int JumlahResponden, IReadOnlyList<decimal> Unsur, decimal Ikm, MutuPelayanan Mutu,
    string MutuKeterangan, Instant DiubahPada, string DiubahOleh);

/// <summary>Enters (or corrects) the SKM result of a unit, service and period: the nine element scores U1–U9 (average
/// answers, 1–4). IKM = average × 25; mutu A–D per PermenPANRB 14/2017.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">S1, S2, TW1–TW4 or TAHUNAN.</param>
/// <param name="Layanan">The service surveyed.</param>
/// <param name="JumlahResponden">Respondents.</param>
/// <param name="Unsur">U1 Persyaratan … U9 Sarana dan Prasarana.</param>
internal sealed record SimpanHasilSkmCommand(Guid UnitId, int Tahun, string? Periode, string? Layanan, int JumlahResponden, IReadOnlyList<decimal>? Unsur) : ICommand<HasilSkmDto>;

internal sealed class SimpanHasilSkmCommandValidator : AbstractValidator<SimpanHasilSkmCommand>
{
    internal static readonly string[] PeriodeSkm = ["S1", "S2", "TW1", "TW2", "TW3", "TW4", "TAHUNAN"];

    public SimpanHasilSkmCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeSkm.Contains(p?.Trim().ToUpperInvariant())).WithMessage("periode harus S1, S2, TW1–TW4 atau TAHUNAN.");
        RuleFor(x => x.Layanan).NotEmpty().WithMessage("Layanan wajib diisi.").MaximumLength(200);
        RuleFor(x => x.JumlahResponden).GreaterThan(0).WithMessage("Jumlah responden harus lebih dari 0.");
        RuleFor(x => x.Unsur).NotNull().WithMessage("Nilai unsur U1–U9 wajib diisi.")
            .Must(u => u is null || u.Count == 9).WithMessage("Harus sembilan nilai unsur (U1–U9).");
        RuleForEach(x => x.Unsur).Cascade(CascadeMode.Continue).InclusiveBetween(1m, 4m).WithMessage("Nilai unsur harus antara 1 dan 4.");
    }
}

internal sealed class SimpanHasilSkmCommandHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori) : IRequestHandler<SimpanHasilSkmCommand, HasilSkmDto>
{
    public async Task<HasilSkmDto> Handle(SimpanHasilSkmCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);
        var periode = request.Periode!.Trim().ToUpperInvariant();
        var layanan = request.Layanan!.Trim();
        var h = await db.HasilSkm.SingleOrDefaultAsync(
            x => x.UnitId == request.UnitId && x.Tahun == request.Tahun && x.Periode == periode && x.Layanan == layanan, cancellationToken);
        if (h is null)
        {
            h = new HasilSkm(request.UnitId, request.Tahun, periode, layanan, request.JumlahResponden, request.Unsur!, akses.Sekarang, akses.Pengguna.Username);
            db.HasilSkm.Add(h);
        }
        else
        {
            h.Ubah(request.JumlahResponden, request.Unsur!, akses.Sekarang, akses.Pengguna.Username);
        }

        var nama = (await direktori.UnitAsync(request.UnitId, cancellationToken))?.Nama ?? "-";
        return DaftarHasilSkmQueryHandler.Dto(h, nama);
    }
}
