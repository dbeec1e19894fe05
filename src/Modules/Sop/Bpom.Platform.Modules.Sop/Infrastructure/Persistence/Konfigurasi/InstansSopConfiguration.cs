using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class InstansSopConfiguration : IEntityTypeConfiguration<InstansSop>
{
    public void Configure(EntityTypeBuilder<InstansSop> b)
    {
        b.ToTable("instans");
        b.HasKey(x => x.Id);
        b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
        b.Property(x => x.Modul).HasMaxLength(60).IsRequired();
        b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
        b.Property(x => x.ZonaWaktu).HasMaxLength(60).IsRequired();
        b.Property(x => x.DiubahPada).IsConcurrencyToken();
        b.Ignore(x => x.Langkah);
        b.Ignore(x => x.LangkahAktif);
        b.HasMany<LangkahSop>("_langkah").WithOne().HasForeignKey(l => l.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation("_langkah").AutoInclude();
        b.Property(x => x.UnitTerlibat).IsRequired().HasDefaultValueSql("'{}'::uuid[]");
        b.HasIndex(x => x.UnitTerlibat, "IX_instans_unit_terlibat").HasMethod("gin");
        b.Property(x => x.AktifKode).HasMaxLength(10);
        b.Property(x => x.AktifNama).HasMaxLength(300);
        b.Property(x => x.AktifPelaksana).IsRequired().HasDefaultValueSql("'{}'::text[]");
        b.Property(x => x.TenggatRung).HasMaxLength(4);
        b.Property(x => x.TeksCari).IsRequired();
        b.Property(x => x.Atribut).HasColumnType("jsonb").IsRequired().HasDefaultValueSql("'{}'::jsonb");
        b.HasIndex(x => new { x.Modul, x.ReferensiId }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.Status });

        // Module lists: newest first, nationally, per unit, per year, per unit and year; overdue ones apart. Each ends
        // on the id, as the list's order does, so a page (or each unit's branch of a UPT's list) is an index walk that
        // stops after the page instead of sorting every matching run.
        b.HasIndex(x => new { x.Modul, x.TanggalAcuan, x.DibuatPada, x.Id }, "IX_instans_daftar").IsDescending(false, true, true, true);
        b.HasIndex(x => new { x.Modul, x.UnitId, x.TanggalAcuan, x.DibuatPada, x.Id }, "IX_instans_daftar_unit")
            .IsDescending(false, false, true, true, true);
        b.HasIndex(x => new { x.Modul, x.Tahun, x.TanggalAcuan, x.DibuatPada, x.Id }, "IX_instans_daftar_tahun")
            .IsDescending(false, false, true, true, true);
        b.HasIndex(x => new { x.Modul, x.UnitId, x.Tahun, x.TanggalAcuan, x.DibuatPada, x.Id }, "IX_instans_daftar_unit_tahun")
            .IsDescending(false, false, false, true, true, true);
        b.HasIndex(x => new { x.Modul, x.UnitId, x.TanggalAcuan }, "IX_instans_terlambat")
            .IsDescending(false, false, true).HasFilter("\"TerlambatSejak\" IS NOT NULL");
        b.HasIndex(x => new { x.Modul, x.TanggalAcuan }, "IX_instans_terlambat_nasional")
            .IsDescending(false, true).HasFilter("\"TerlambatSejak\" IS NOT NULL");
        // The other orders a list can choose (title A–Z; the current step's due date, nearest first).
        b.HasIndex(x => new { x.Modul, x.Judul, x.TanggalAcuan, x.Id }, "IX_instans_daftar_judul").IsDescending(false, false, true, true);
        b.HasIndex(x => new { x.Modul, x.UnitId, x.Judul, x.TanggalAcuan, x.Id }, "IX_instans_daftar_unit_judul")
            .IsDescending(false, false, false, true, true);
        b.HasIndex(x => new { x.Modul, x.AktifJatuhTempo, x.TanggalAcuan, x.Id }, "IX_instans_daftar_jatuh_tempo")
            .IsDescending(false, false, true, true);
        b.HasIndex(x => new { x.Modul, x.UnitId, x.AktifJatuhTempo, x.TanggalAcuan, x.Id }, "IX_instans_daftar_unit_jatuh_tempo")
            .IsDescending(false, false, false, true, true);
        b.HasIndex(x => x.TeksCari, "IX_instans_teks_cari").HasMethod("gin").HasOperators("gin_trgm_ops");
        b.HasIndex(x => x.Atribut, "IX_instans_atribut").HasMethod("gin").HasOperators("jsonb_path_ops");

        // The inbox: running activities of a unit in the inbox's order (due date, title, id, step), carrying what its
        // filter reads, so the page is an index walk and the capped count an index-only scan; cross-unit performers
        // (PPSDM).
        b.HasIndex(x => new { x.UnitId, x.AktifJatuhTempo, x.Judul, x.Id, x.AktifKode }, "IX_instans_tugas").HasFilter("\"Status\" = 1")
            .IncludeProperties(x => new { x.AktifStatus, x.AktifPelaksana, x.PenyetujuUnitId });
        b.HasIndex(x => x.AktifPelaksana, "IX_instans_tugas_peran").HasMethod("gin").HasFilter("\"Status\" = 1");

        // Outputs submitted to another unit's head (a Loka's annual report to its koordinator Balai).
        b.HasIndex(x => x.PenyetujuUnitId, "IX_instans_penyetuju").HasFilter("\"PenyetujuUnitId\" IS NOT NULL AND \"Status\" = 1");

        // The deadline sweep reads only what is due.
        b.HasIndex(x => x.TenggatPada, "IX_instans_tenggat").HasFilter("\"TenggatPada\" IS NOT NULL");
    }
}
