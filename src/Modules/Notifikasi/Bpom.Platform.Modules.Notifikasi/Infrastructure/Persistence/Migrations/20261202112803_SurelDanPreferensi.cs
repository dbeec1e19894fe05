using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SurelDanPreferensi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<LocalDate>(
                name: "JatuhTempo",
                schema: "notifikasi",
                table: "notifikasi",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "preferensi_surel",
                schema: "notifikasi",
                columns: table => new
                {
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pengingat = table.Column<int>(type: "integer", nullable: false),
                    Eskalasi = table.Column<int>(type: "integer", nullable: false),
                    Informasi = table.Column<int>(type: "integer", nullable: false),
                    JamRingkasan = table.Column<int>(type: "integer", nullable: true),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preferensi_surel", x => x.PenggunaId);
                });

            migrationBuilder.CreateTable(
                name: "surel",
                schema: "notifikasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotifikasiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Alamat = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Subjek = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Teks = table.Column<string>(type: "text", nullable: true),
                    Html = table.Column<string>(type: "text", nullable: true),
                    Percobaan = table.Column<int>(type: "integer", nullable: false),
                    CobaLagiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DikunciSampai = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Galat = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    SelesaiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surel", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_preferensi_surel_ringkasan",
                schema: "notifikasi",
                table: "preferensi_surel",
                column: "PenggunaId",
                filter: "\"Pengingat\" = 2 OR \"Eskalasi\" = 2 OR \"Informasi\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_surel_gagal",
                schema: "notifikasi",
                table: "surel",
                column: "SelesaiPada",
                filter: "\"Status\" = 3");

            migrationBuilder.CreateIndex(
                name: "IX_surel_Kunci",
                schema: "notifikasi",
                table: "surel",
                column: "Kunci",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surel_menunggu",
                schema: "notifikasi",
                table: "surel",
                column: "CobaLagiPada",
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_surel_menunggu_ringkasan",
                schema: "notifikasi",
                table: "surel",
                column: "PenggunaId",
                filter: "\"Status\" = 5");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "preferensi_surel",
                schema: "notifikasi");

            migrationBuilder.DropTable(
                name: "surel",
                schema: "notifikasi");

            migrationBuilder.DropColumn(
                name: "JatuhTempo",
                schema: "notifikasi",
                table: "notifikasi");
        }
    }
}
