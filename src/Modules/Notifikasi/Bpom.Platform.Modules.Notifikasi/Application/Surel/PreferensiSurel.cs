using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using Entitas = Bpom.Platform.Modules.Notifikasi.Domain.PreferensiSurel;

namespace Bpom.Platform.Modules.Notifikasi.Application.Surel;

/// <summary>The caller's e-mail preferences.</summary>
/// <param name="Pengingat">Deadline reminders (2 HK before, on the due day): Segera, Ringkasan or Tidak.</param>
/// <param name="Eskalasi">Escalations (overdue steps, cancelled activities).</param>
/// <param name="Informasi">Everything else (a step handed to you, approvals, returns, Kinerja reviews).</param>
/// <param name="JamRingkasan">Local hour (0–23) of the daily digest.</param>
/// <param name="JamRingkasanBawaan">Whether <paramref name="JamRingkasan"/> is the configured default.</param>
/// <param name="Email">The address mails go to (set by an admin); null: none, nothing is mailed.</param>
/// <param name="SurelAktif">Whether this server sends e-mail at all.</param>
/// <param name="Versi">Row version for If-Match (0 before the first save).</param>
internal sealed record PreferensiSurelDto(
    PilihanSurel Pengingat, PilihanSurel Eskalasi, PilihanSurel Informasi, int JamRingkasan, bool JamRingkasanBawaan, string? Email, bool SurelAktif, uint Versi = 0) : IBerversi
{
    public const string Sumber = "preferensi-surel";

    /// <summary>The preferences' version for <c>ETag</c>/<c>If-Match</c>.</summary>
    public string Etag => Tag(Versi);

    public static string Tag(uint versi) => $"\"{Sumber}.{versi}\"";
}

internal sealed record PreferensiSurelQuery : IQuery<PreferensiSurelDto>;

/// <summary>Sets the caller's preferences (<paramref name="JamRingkasan"/> null: the default hour).</summary>
internal sealed record UbahPreferensiSurelCommand(PilihanSurel Pengingat, PilihanSurel Eskalasi, PilihanSurel Informasi, int? JamRingkasan) : ICommand<PreferensiSurelDto>;

internal sealed class UbahPreferensiSurelCommandValidator : AbstractValidator<UbahPreferensiSurelCommand>
{
    public UbahPreferensiSurelCommandValidator()
    {
        const string pesan = "Pilihan harus Segera, Ringkasan atau Tidak.";
        RuleFor(x => x.Pengingat).IsInEnum().WithMessage(pesan);
        RuleFor(x => x.Eskalasi).IsInEnum().WithMessage(pesan);
        RuleFor(x => x.Informasi).IsInEnum().WithMessage(pesan);
        RuleFor(x => x.JamRingkasan).InclusiveBetween(0, 23).WithMessage("Jam ringkasan harus antara 0 dan 23.");
    }
}

internal sealed class PreferensiSurelQueryHandler(NotifikasiDbContext db, ICurrentUser user, IDirektoriOrganisasi direktori, IOptions<OpsiEmail> opsi)
    : IRequestHandler<PreferensiSurelQuery, PreferensiSurelDto>
{
    public async Task<PreferensiSurelDto> Handle(PreferensiSurelQuery request, CancellationToken cancellationToken)
    {
        var p = await db.Preferensi.AsNoTracking().SingleOrDefaultAsync(x => x.PenggunaId == user.UserId, cancellationToken);
        var email = (await direktori.PenggunaAktifAsync(user.UserId, cancellationToken))?.Email;
        return Dto(p ?? new Entitas(user.UserId), email, opsi.Value);
    }

    internal static PreferensiSurelDto Dto(Entitas p, string? email, OpsiEmail opsi) =>
        new(p.Pengingat, p.Eskalasi, p.Informasi, p.JamRingkasan ?? opsi.JamRingkasan, p.JamRingkasan is null, email, opsi.Aktif, p.Versi);
}

internal sealed class UbahPreferensiSurelCommandHandler(
    NotifikasiDbContext db, ICurrentUser user, IDirektoriOrganisasi direktori, IOptions<OpsiEmail> opsi, IPrasyaratVersi prasyarat, IClock clock)
    : IRequestHandler<UbahPreferensiSurelCommand, PreferensiSurelDto>
{
    public async Task<PreferensiSurelDto> Handle(UbahPreferensiSurelCommand request, CancellationToken cancellationToken)
    {
        var p = await db.Preferensi.SingleOrDefaultAsync(x => x.PenggunaId == user.UserId, cancellationToken);
        prasyarat.Pastikan(PreferensiSurelDto.Sumber, PreferensiSurelDto.Tag(p?.Versi ?? 0));
        if (p is null)
        {
            p = new Entitas(user.UserId);
            db.Preferensi.Add(p);
        }

        p.Pengingat = request.Pengingat;
        p.Eskalasi = request.Eskalasi;
        p.Informasi = request.Informasi;
        p.JamRingkasan = request.JamRingkasan;
        p.DiubahPada = clock.GetCurrentInstant();
        await db.SaveChangesAsync(cancellationToken);
        var email = (await direktori.PenggunaAktifAsync(user.UserId, cancellationToken))?.Email;
        return PreferensiSurelQueryHandler.Dto(p, email, opsi.Value);
    }
}
