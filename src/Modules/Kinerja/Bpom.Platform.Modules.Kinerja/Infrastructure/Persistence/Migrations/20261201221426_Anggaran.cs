using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Anggaran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "anggaran_output",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    KodeProgram = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NamaProgram = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KodeKegiatan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NamaKegiatan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KodeOutput = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NamaOutput = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KodeSasaran = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Pagu = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RealisasiBulanan = table.Column<decimal[]>(type: "numeric(18,2)[]", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anggaran_output", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_anggaran_output_Tahun",
                schema: "kinerja",
                table: "anggaran_output",
                column: "Tahun");

            migrationBuilder.CreateIndex(
                name: "IX_anggaran_output_UnitId_Tahun_KodeProgram_KodeKegiatan_KodeO~",
                schema: "kinerja",
                table: "anggaran_output",
                columns: new[] { "UnitId", "Tahun", "KodeProgram", "KodeKegiatan", "KodeOutput" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anggaran_output",
                schema: "kinerja");
        }
    }
}
