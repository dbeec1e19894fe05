using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging.Migrations
{
    /// <inheritdoc />
    public partial class InitialOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "outbox");

            migrationBuilder.CreateTable(
                name: "pesan",
                schema: "outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Isi = table.Column<string>(type: "jsonb", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Percobaan = table.Column<int>(type: "integer", nullable: false),
                    BerikutnyaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DikunciSampai = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    TerkirimPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    GalatTerakhir = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pesan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pesan_diproses",
                schema: "outbox",
                columns: table => new
                {
                    PesanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Penangan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DiprosesPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pesan_diproses", x => new { x.PesanId, x.Penangan });
                });

            migrationBuilder.CreateIndex(
                name: "IX_pesan_menunggu",
                schema: "outbox",
                table: "pesan",
                columns: new[] { "BerikutnyaPada", "Id" },
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_pesan_terkirim",
                schema: "outbox",
                table: "pesan",
                column: "TerkirimPada",
                filter: "\"Status\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pesan",
                schema: "outbox");

            migrationBuilder.DropTable(
                name: "pesan_diproses",
                schema: "outbox");
        }
    }
}
