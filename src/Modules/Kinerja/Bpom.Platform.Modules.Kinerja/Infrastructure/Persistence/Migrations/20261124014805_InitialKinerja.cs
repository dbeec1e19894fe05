using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialKinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "kinerja");

            migrationBuilder.CreateTable(
                name: "audit",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Periode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Aksi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Keterangan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Alasan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Terlambat = table.Column<bool>(type: "boolean", nullable: false),
                    Pada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Oleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dokumen",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Pada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Oleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dokumen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hasil_skm",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Periode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Layanan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JumlahResponden = table.Column<int>(type: "integer", nullable: false),
                    Unsur = table.Column<string>(type: "jsonb", nullable: false),
                    Ikm = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    Mutu = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hasil_skm", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kegiatan_sop",
                schema: "kinerja",
                columns: table => new
                {
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    KodeSop = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Modul = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    TanggalSelesai = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kegiatan_sop", x => x.InstansId);
                });

            migrationBuilder.CreateTable(
                name: "langkah_sop",
                schema: "kinerja",
                columns: table => new
                {
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    KodeSop = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Modul = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    TanggalMulai = table.Column<LocalDate>(type: "date", nullable: true),
                    JatuhTempo = table.Column<LocalDate>(type: "date", nullable: true),
                    TanggalSelesai = table.Column<LocalDate>(type: "date", nullable: true),
                    TepatWaktu = table.Column<bool>(type: "boolean", nullable: true),
                    HkTerpakai = table.Column<int>(type: "integer", nullable: true),
                    HkDiizinkan = table.Column<int>(type: "integer", nullable: true),
                    TerlambatSejak = table.Column<LocalDate>(type: "date", nullable: true),
                    DiperbaruiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_langkah_sop", x => new { x.InstansId, x.LangkahKode });
                });

            migrationBuilder.CreateTable(
                name: "laporan_realisasi",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Periode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Isi = table.Column<string>(type: "jsonb", nullable: false),
                    Riwayat = table.Column<string>(type: "jsonb", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_laporan_realisasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "perjanjian_kinerja",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Struktur = table.Column<string>(type: "jsonb", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_perjanjian_kinerja", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "perjanjian_kinerja_versi",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Struktur = table.Column<string>(type: "jsonb", nullable: false),
                    Pada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Oleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Alasan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_perjanjian_kinerja_versi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rencana_aksi",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Semester = table.Column<int>(type: "integer", nullable: false),
                    Sumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NomorRekomendasi = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Rekomendasi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rencana = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BatasWaktu = table.Column<LocalDate>(type: "date", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SesuaiRekomendasi = table.Column<bool>(type: "boolean", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Bukti = table.Column<string>(type: "jsonb", nullable: false),
                    BuktiDisahkanOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BuktiDisahkanPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rencana_aksi", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_UnitId_Tahun",
                schema: "kinerja",
                table: "audit",
                columns: new[] { "UnitId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_hasil_skm_UnitId_Tahun_Periode_Layanan",
                schema: "kinerja",
                table: "hasil_skm",
                columns: new[] { "UnitId", "Tahun", "Periode", "Layanan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "kegiatan_sop",
                columns: new[] { "UnitId", "TanggalSelesai" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_UnitId_JatuhTempo",
                schema: "kinerja",
                table: "langkah_sop",
                columns: new[] { "UnitId", "JatuhTempo" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "langkah_sop",
                columns: new[] { "UnitId", "TanggalSelesai" });

            migrationBuilder.CreateIndex(
                name: "IX_laporan_realisasi_PkId_Periode_Versi",
                schema: "kinerja",
                table: "laporan_realisasi",
                columns: new[] { "PkId", "Periode", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_laporan_realisasi_UnitId_Tahun_Periode",
                schema: "kinerja",
                table: "laporan_realisasi",
                columns: new[] { "UnitId", "Tahun", "Periode" });

            migrationBuilder.CreateIndex(
                name: "IX_perjanjian_kinerja_UnitId_Tahun",
                schema: "kinerja",
                table: "perjanjian_kinerja",
                columns: new[] { "UnitId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_perjanjian_kinerja_versi_PkId_Versi",
                schema: "kinerja",
                table: "perjanjian_kinerja_versi",
                columns: new[] { "PkId", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rencana_aksi_UnitId_Tahun_Semester",
                schema: "kinerja",
                table: "rencana_aksi",
                columns: new[] { "UnitId", "Tahun", "Semester" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "dokumen",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "hasil_skm",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "kegiatan_sop",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "langkah_sop",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "laporan_realisasi",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "perjanjian_kinerja",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "perjanjian_kinerja_versi",
                schema: "kinerja");

            migrationBuilder.DropTable(
                name: "rencana_aksi",
                schema: "kinerja");
        }
    }
}
