using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksAgregatNasional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_langkah_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "langkah_sop");

            migrationBuilder.DropIndex(
                name: "IX_kegiatan_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "kegiatan_sop");

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_selesai",
                schema: "kinerja",
                table: "langkah_sop",
                column: "TanggalSelesai",
                filter: "\"TanggalSelesai\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "UnitId", "KodeSop", "TepatWaktu" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_terbuka",
                schema: "kinerja",
                table: "langkah_sop",
                column: "JatuhTempo",
                filter: "\"TanggalSelesai\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "langkah_sop",
                columns: new[] { "UnitId", "TanggalSelesai" })
                .Annotation("Npgsql:IndexInclude", new[] { "KodeSop", "TepatWaktu" });

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_sop_selesai",
                schema: "kinerja",
                table: "kegiatan_sop",
                column: "TanggalSelesai")
                .Annotation("Npgsql:IndexInclude", new[] { "UnitId", "KodeSop" });

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "kegiatan_sop",
                columns: new[] { "UnitId", "TanggalSelesai" })
                .Annotation("Npgsql:IndexInclude", new[] { "KodeSop" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_langkah_sop_selesai",
                schema: "kinerja",
                table: "langkah_sop");

            migrationBuilder.DropIndex(
                name: "IX_langkah_sop_terbuka",
                schema: "kinerja",
                table: "langkah_sop");

            migrationBuilder.DropIndex(
                name: "IX_langkah_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "langkah_sop");

            migrationBuilder.DropIndex(
                name: "IX_kegiatan_sop_selesai",
                schema: "kinerja",
                table: "kegiatan_sop");

            migrationBuilder.DropIndex(
                name: "IX_kegiatan_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "kegiatan_sop");

            migrationBuilder.CreateIndex(
                name: "IX_langkah_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "langkah_sop",
                columns: new[] { "UnitId", "TanggalSelesai" });

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_sop_UnitId_TanggalSelesai",
                schema: "kinerja",
                table: "kegiatan_sop",
                columns: new[] { "UnitId", "TanggalSelesai" });
        }
    }
}
