using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialPembinaan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pembinaan");

            migrationBuilder.CreateTable(
                name: "kegiatan",
                schema: "pembinaan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Asal = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DasarKegiatan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Komoditas = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Fungsi = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bentuk = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SasaranIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    JumlahPeserta = table.Column<int>(type: "integer", nullable: false),
                    Lokasi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TanggalRencanaMulai = table.Column<LocalDate>(type: "date", nullable: false),
                    TanggalRencanaSelesai = table.Column<LocalDate>(type: "date", nullable: false),
                    UptSetempatId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kegiatan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sasaran",
                schema: "pembinaan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nib = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Umkm = table.Column<bool>(type: "boolean", nullable: false),
                    Irtp = table.Column<bool>(type: "boolean", nullable: false),
                    Provinsi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KabupatenKota = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DibuatOlehUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sasaran", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_InstansId",
                schema: "pembinaan",
                table: "kegiatan",
                column: "InstansId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_SasaranIds",
                schema: "pembinaan",
                table: "kegiatan",
                column: "SasaranIds")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitId_Tahun",
                schema: "pembinaan",
                table: "kegiatan",
                columns: new[] { "UnitId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_Kunci",
                schema: "pembinaan",
                table: "sasaran",
                column: "Kunci",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_Nib",
                schema: "pembinaan",
                table: "sasaran",
                column: "Nib",
                unique: true,
                filter: "\"Nib\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kegiatan",
                schema: "pembinaan");

            migrationBuilder.DropTable(
                name: "sasaran",
                schema: "pembinaan");
        }
    }
}
