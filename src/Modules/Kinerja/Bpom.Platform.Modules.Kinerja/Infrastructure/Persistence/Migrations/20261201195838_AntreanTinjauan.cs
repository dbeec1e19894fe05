using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AntreanTinjauan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_laporan_realisasi_antrean",
                schema: "kinerja",
                table: "laporan_realisasi",
                columns: new[] { "Tahun", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_laporan_realisasi_antrean",
                schema: "kinerja",
                table: "laporan_realisasi");
        }
    }
}
