using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSiklusTahunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "siklus");

            migrationBuilder.CreateTable(
                name: "siklus",
                schema: "siklus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KodeSop = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    TanggalBuka = table.Column<LocalDate>(type: "date", nullable: false),
                    BatasLaporan = table.Column<LocalDate>(type: "date", nullable: false),
                    KoordinatorUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibukaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    RekapInstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    RekapDimulaiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_siklus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "laporan",
                schema: "siklus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiklusId = table.Column<Guid>(type: "uuid", nullable: false),
                    KodeSop = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    PenyetujuUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Ditambahkan = table.Column<bool>(type: "boolean", nullable: false),
                    Capaian = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Kendala = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RencanaTindakLanjut = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    DiubahOlehId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_laporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_laporan_siklus_SiklusId",
                        column: x => x.SiklusId,
                        principalSchema: "siklus",
                        principalTable: "siklus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_laporan_PenyetujuUnitId",
                schema: "siklus",
                table: "laporan",
                column: "PenyetujuUnitId",
                filter: "\"PenyetujuUnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_laporan_SiklusId_UnitId",
                schema: "siklus",
                table: "laporan",
                columns: new[] { "SiklusId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_laporan_UnitId_Tahun",
                schema: "siklus",
                table: "laporan",
                columns: new[] { "UnitId", "Tahun" });

            migrationBuilder.CreateIndex(
                name: "IX_siklus_KodeSop_Tahun",
                schema: "siklus",
                table: "siklus",
                columns: new[] { "KodeSop", "Tahun" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "laporan",
                schema: "siklus");

            migrationBuilder.DropTable(
                name: "siklus",
                schema: "siklus");
        }
    }
}
