using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MonevTriwulan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monev_triwulan",
                schema: "fasilitator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AngkatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    JatuhTempo = table.Column<LocalDate>(type: "date", nullable: false),
                    DibukaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DikirimPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DikirimOleh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Ringkasan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_triwulan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monev_triwulan_angkatan_AngkatanId",
                        column: x => x.AngkatanId,
                        principalSchema: "fasilitator",
                        principalTable: "angkatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monev_triwulan_AngkatanId_UnitId_Tahun_Triwulan",
                schema: "fasilitator",
                table: "monev_triwulan",
                columns: new[] { "AngkatanId", "UnitId", "Tahun", "Triwulan" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monev_triwulan",
                schema: "fasilitator");
        }
    }
}
