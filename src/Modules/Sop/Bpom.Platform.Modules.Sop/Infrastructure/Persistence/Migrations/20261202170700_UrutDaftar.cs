using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UrutDaftar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_jatuh_tempo",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "AktifJatuhTempo" });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_judul",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "Judul" });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_jatuh_tempo",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "AktifJatuhTempo" });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_judul",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "Judul" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_jatuh_tempo",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_judul",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit_jatuh_tempo",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit_judul",
                schema: "sop",
                table: "instans");
        }
    }
}
