using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SiklusTahunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UnitTujuanId",
                schema: "sop",
                table: "rekomendasi",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DasarRekomendasiId",
                schema: "sop",
                table: "instans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PenyetujuUnitId",
                schema: "sop",
                table: "instans",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_rekomendasi_unit_tujuan",
                schema: "sop",
                table: "rekomendasi",
                column: "UnitTujuanId",
                filter: "\"UnitTujuanId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_instans_penyetuju",
                schema: "sop",
                table: "instans",
                column: "PenyetujuUnitId",
                filter: "\"PenyetujuUnitId\" IS NOT NULL AND \"Status\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rekomendasi_unit_tujuan",
                schema: "sop",
                table: "rekomendasi");

            migrationBuilder.DropIndex(
                name: "IX_instans_penyetuju",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "UnitTujuanId",
                schema: "sop",
                table: "rekomendasi");

            migrationBuilder.DropColumn(
                name: "DasarRekomendasiId",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "PenyetujuUnitId",
                schema: "sop",
                table: "instans");
        }
    }
}
