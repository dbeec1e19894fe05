using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LaporanKinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "laporan_kinerja_final",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Periode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DokumenId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    Pada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Oleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_laporan_kinerja_final", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_laporan_kinerja_final_UnitId_Tahun_Periode",
                schema: "kinerja",
                table: "laporan_kinerja_final",
                columns: new[] { "UnitId", "Tahun", "Periode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "laporan_kinerja_final",
                schema: "kinerja");
        }
    }
}
