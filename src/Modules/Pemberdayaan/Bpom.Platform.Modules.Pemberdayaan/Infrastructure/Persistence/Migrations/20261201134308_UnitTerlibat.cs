using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnitTerlibat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "UnitTerlibat",
                schema: "pemberdayaan",
                table: "kegiatan",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitTerlibat",
                schema: "pemberdayaan",
                table: "kegiatan",
                column: "UnitTerlibat")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kegiatan_UnitTerlibat",
                schema: "pemberdayaan",
                table: "kegiatan");

            migrationBuilder.DropColumn(
                name: "UnitTerlibat",
                schema: "pemberdayaan",
                table: "kegiatan");
        }
    }
}
