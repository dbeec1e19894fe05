using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksDaftarBerurutan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_jatuh_tempo",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_judul",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit",
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

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans");

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "TanggalAcuan", "DibuatPada", "Id" },
                descending: new[] { false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_jatuh_tempo",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "AktifJatuhTempo", "TanggalAcuan", "Id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_judul",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "Judul", "TanggalAcuan", "Id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "Tahun", "TanggalAcuan", "DibuatPada", "Id" },
                descending: new[] { false, false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "TanggalAcuan", "DibuatPada", "Id" },
                descending: new[] { false, false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_jatuh_tempo",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "AktifJatuhTempo", "TanggalAcuan", "Id" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_judul",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "Judul", "TanggalAcuan", "Id" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "Tahun", "TanggalAcuan", "DibuatPada", "Id" },
                descending: new[] { false, false, false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans",
                columns: new[] { "UnitId", "AktifJatuhTempo", "Judul", "Id", "AktifKode" },
                filter: "\"Status\" = 1")
                .Annotation("Npgsql:IndexInclude", new[] { "AktifStatus", "AktifPelaksana", "PenyetujuUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_jatuh_tempo",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_judul",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit",
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

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans");

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, true, true });

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
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "Tahun", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, true, true });

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

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "Tahun", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans",
                columns: new[] { "UnitId", "AktifJatuhTempo" },
                filter: "\"Status\" = 1");
        }
    }
}
