using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TanggalTerlaksana : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kegiatan_InstansId",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.AddColumn<LocalDate>(
                name: "TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TerlaksanaDicek",
                schema: "pemberdayaan",
                table: "kegiatan",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_belum_dicek",
                schema: "pemberdayaan",
                table: "kegiatan",
                column: "InstansId",
                unique: true,
                filter: "NOT \"TerlaksanaDicek\"");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan",
                column: "TanggalTerlaksana",
                filter: "\"TanggalTerlaksana\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitId_TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan",
                columns: new[] { "UnitId", "TanggalTerlaksana" },
                filter: "\"TanggalTerlaksana\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kegiatan_belum_dicek",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.DropIndex(
                name: "IX_kegiatan_TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.DropIndex(
                name: "IX_kegiatan_UnitId_TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.DropColumn(
                name: "TanggalTerlaksana",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.DropColumn(
                name: "TerlaksanaDicek",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_InstansId",
                schema: "pemberdayaan",
                table: "kegiatan",
                column: "InstansId",
                unique: true);
        }
    }
}
