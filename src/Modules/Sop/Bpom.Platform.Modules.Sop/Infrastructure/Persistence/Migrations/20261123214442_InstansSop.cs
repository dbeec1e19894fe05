using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InstansSop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instans",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KodeSop = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VersiSop = table.Column<int>(type: "integer", nullable: false),
                    Modul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ReferensiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ZonaWaktu = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    SelesaiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "klaim_notifikasi",
                schema: "sop",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DiklaimPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_klaim_notifikasi", x => x.Kunci);
                });

            migrationBuilder.CreateTable(
                name: "notifikasi",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Pesan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: true),
                    Modul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReferensiId = table.Column<Guid>(type: "uuid", nullable: true),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DibacaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifikasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dokumen",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DiunggahOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DiunggahOlehNama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DiunggahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dokumen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dokumen_instans_InstansId",
                        column: x => x.InstansId,
                        principalSchema: "sop",
                        principalTable: "instans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jejak_audit",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Urutan = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Aksi = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Dari = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Ke = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Alasan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Keterangan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: true),
                    NamaPengguna = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Waktu = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jejak_audit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jejak_audit_instans_InstansId",
                        column: x => x.InstansId,
                        principalSchema: "sop",
                        principalTable: "instans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "langkah",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Pelaksana = table.Column<List<string>>(type: "text[]", nullable: false),
                    Output = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kelengkapan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KelengkapanDari = table.Column<List<string>>(type: "text[]", nullable: false),
                    WaktuHk = table.Column<int>(type: "integer", nullable: true),
                    TenggatKalender = table.Column<int>(type: "integer", nullable: true),
                    BolehDilewati = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    TanggalMulai = table.Column<LocalDate>(type: "date", nullable: true),
                    JatuhTempo = table.Column<LocalDate>(type: "date", nullable: true),
                    TanggalDiajukan = table.Column<LocalDate>(type: "date", nullable: true),
                    TanggalSelesai = table.Column<LocalDate>(type: "date", nullable: true),
                    RencanaSelesai = table.Column<LocalDate>(type: "date", nullable: true),
                    AlasanTerakhir = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Jeda = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_langkah", x => x.Id);
                    table.ForeignKey(
                        name: "FK_langkah_instans_InstansId",
                        column: x => x.InstansId,
                        principalSchema: "sop",
                        principalTable: "instans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rekomendasi",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PenanggungJawab = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TargetTanggal = table.Column<LocalDate>(type: "date", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rekomendasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rekomendasi_instans_InstansId",
                        column: x => x.InstansId,
                        principalSchema: "sop",
                        principalTable: "instans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dokumen_isi",
                schema: "sop",
                columns: table => new
                {
                    DokumenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dokumen_isi", x => x.DokumenId);
                    table.ForeignKey(
                        name: "FK_dokumen_isi_dokumen_DokumenId",
                        column: x => x.DokumenId,
                        principalSchema: "sop",
                        principalTable: "dokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tindak_lanjut",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RekomendasiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    BuktiDokumenId = table.Column<Guid>(type: "uuid", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DitutupPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tindak_lanjut", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tindak_lanjut_dokumen_BuktiDokumenId",
                        column: x => x.BuktiDokumenId,
                        principalSchema: "sop",
                        principalTable: "dokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tindak_lanjut_rekomendasi_RekomendasiId",
                        column: x => x.RekomendasiId,
                        principalSchema: "sop",
                        principalTable: "rekomendasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_InstansId_LangkahKode_Jenis_Versi",
                schema: "sop",
                table: "dokumen",
                columns: new[] { "InstansId", "LangkahKode", "Jenis", "Versi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instans_Modul_ReferensiId",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "ReferensiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instans_UnitId_Status",
                schema: "sop",
                table: "instans",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_jejak_audit_InstansId_Waktu",
                schema: "sop",
                table: "jejak_audit",
                columns: new[] { "InstansId", "Waktu" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_InstansId_Kode",
                schema: "sop",
                table: "langkah",
                columns: new[] { "InstansId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_langkah_Status_JatuhTempo",
                schema: "sop",
                table: "langkah",
                columns: new[] { "Status", "JatuhTempo" });

            migrationBuilder.CreateIndex(
                name: "IX_notifikasi_PenggunaId_DibacaPada_DibuatPada",
                schema: "sop",
                table: "notifikasi",
                columns: new[] { "PenggunaId", "DibacaPada", "DibuatPada" });

            migrationBuilder.CreateIndex(
                name: "IX_rekomendasi_InstansId_Nomor",
                schema: "sop",
                table: "rekomendasi",
                columns: new[] { "InstansId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tindak_lanjut_BuktiDokumenId",
                schema: "sop",
                table: "tindak_lanjut",
                column: "BuktiDokumenId");

            migrationBuilder.CreateIndex(
                name: "IX_tindak_lanjut_RekomendasiId",
                schema: "sop",
                table: "tindak_lanjut",
                column: "RekomendasiId");

            // The audit trail is append-only: the database refuses UPDATE and DELETE on it, whoever asks.
            migrationBuilder.Sql(@"
CREATE FUNCTION sop.jejak_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sop.jejak_audit hanya dapat ditambah (append-only)';
END;
$$;
CREATE TRIGGER jejak_audit_append_only BEFORE UPDATE OR DELETE ON sop.jejak_audit
    FOR EACH ROW EXECUTE FUNCTION sop.jejak_audit_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS jejak_audit_append_only ON sop.jejak_audit; DROP FUNCTION IF EXISTS sop.jejak_audit_append_only();");

            migrationBuilder.DropTable(
                name: "dokumen_isi",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "jejak_audit",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "klaim_notifikasi",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "langkah",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "notifikasi",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "tindak_lanjut",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "dokumen",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "rekomendasi",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "instans",
                schema: "sop");
        }
    }
}
