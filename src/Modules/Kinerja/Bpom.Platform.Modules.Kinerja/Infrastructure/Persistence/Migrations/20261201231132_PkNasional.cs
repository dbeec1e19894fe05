using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PkNasional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pk_nasional",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Struktur = table.Column<string>(type: "jsonb", nullable: false),
                    Aturan = table.Column<string>(type: "jsonb", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pk_nasional", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pk_nasional_Tahun",
                schema: "kinerja",
                table: "pk_nasional",
                column: "Tahun",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pk_nasional",
                schema: "kinerja");
        }
    }
}
