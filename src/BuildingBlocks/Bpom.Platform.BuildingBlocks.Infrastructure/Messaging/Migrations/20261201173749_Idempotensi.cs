using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging.Migrations
{
    /// <inheritdoc />
    public partial class Idempotensi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idempotensi",
                schema: "outbox",
                columns: table => new
                {
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kunci = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: true),
                    JenisKonten = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Lokasi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotensi", x => new { x.PenggunaId, x.Kunci });
                });

            migrationBuilder.CreateIndex(
                name: "IX_idempotensi_DibuatPada",
                schema: "outbox",
                table: "idempotensi",
                column: "DibuatPada");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotensi",
                schema: "outbox");
        }
    }
}
