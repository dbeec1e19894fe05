using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialFasilitator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "fasilitator");

            migrationBuilder.CreateTable(
                name: "angkatan",
                schema: "fasilitator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DasarKegiatan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UptIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    PendaftaranMulai = table.Column<LocalDate>(type: "date", nullable: false),
                    PendaftaranSelesai = table.Column<LocalDate>(type: "date", nullable: false),
                    LembagaPelatihan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_angkatan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fasilitator",
                schema: "fasilitator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nik = table.Column<string>(type: "character(16)", fixedLength: true, maxLength: 16, nullable: false),
                    Telepon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Provinsi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KabupatenKota = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstansiPenugas = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Perjanjian = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fasilitator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pendampingan",
                schema: "fasilitator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FasilitatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SasaranPembinaanId = table.Column<Guid>(type: "uuid", nullable: true),
                    NamaUsaha = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nib = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Mulai = table.Column<LocalDate>(type: "date", nullable: false),
                    Selesai = table.Column<LocalDate>(type: "date", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pendampingan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pendampingan_fasilitator_FasilitatorId",
                        column: x => x.FasilitatorId,
                        principalSchema: "fasilitator",
                        principalTable: "fasilitator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "peserta",
                schema: "fasilitator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AngkatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    FasilitatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    UptId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DidaftarkanPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    HasilPelatihan = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    KompetensiNomor = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    KompetensiSkema = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    KompetensiLsp = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    KompetensiTanggal = table.Column<LocalDate>(type: "date", nullable: true),
                    KompetensiBerlakuSampai = table.Column<LocalDate>(type: "date", nullable: true),
                    KompetensiDokumenId = table.Column<Guid>(type: "uuid", nullable: true),
                    PengakuanNomor = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PengakuanDisahkanOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PengakuanTanggal = table.Column<LocalDate>(type: "date", nullable: true),
                    PengakuanBerlakuSampai = table.Column<LocalDate>(type: "date", nullable: true),
                    PengakuanDokumenId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlasanBerhenti = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Riwayat = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peserta", x => x.Id);
                    table.ForeignKey(
                        name: "FK_peserta_angkatan_AngkatanId",
                        column: x => x.AngkatanId,
                        principalSchema: "fasilitator",
                        principalTable: "angkatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_peserta_fasilitator_FasilitatorId",
                        column: x => x.FasilitatorId,
                        principalSchema: "fasilitator",
                        principalTable: "fasilitator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_angkatan_InstansId",
                schema: "fasilitator",
                table: "angkatan",
                column: "InstansId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_angkatan_UnitId_Tahun",
                schema: "fasilitator",
                table: "angkatan",
                columns: new[] { "UnitId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_fasilitator_Nama",
                schema: "fasilitator",
                table: "fasilitator",
                column: "Nama");

            migrationBuilder.CreateIndex(
                name: "IX_fasilitator_Nik",
                schema: "fasilitator",
                table: "fasilitator",
                column: "Nik",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pendampingan_FasilitatorId",
                schema: "fasilitator",
                table: "pendampingan",
                column: "FasilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_peserta_AngkatanId_FasilitatorId",
                schema: "fasilitator",
                table: "peserta",
                columns: new[] { "AngkatanId", "FasilitatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peserta_FasilitatorId",
                schema: "fasilitator",
                table: "peserta",
                column: "FasilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_peserta_KompetensiNomor",
                schema: "fasilitator",
                table: "peserta",
                column: "KompetensiNomor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peserta_PengakuanNomor",
                schema: "fasilitator",
                table: "peserta",
                column: "PengakuanNomor",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pendampingan",
                schema: "fasilitator");

            migrationBuilder.DropTable(
                name: "peserta",
                schema: "fasilitator");

            migrationBuilder.DropTable(
                name: "angkatan",
                schema: "fasilitator");

            migrationBuilder.DropTable(
                name: "fasilitator",
                schema: "fasilitator");
        }
    }
}
