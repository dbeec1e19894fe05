using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnitTerlibat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "UnitTerlibat",
                schema: "advokasi",
                table: "kegiatan",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitTerlibat",
                schema: "advokasi",
                table: "kegiatan",
                column: "UnitTerlibat")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kegiatan_UnitTerlibat",
                schema: "advokasi",
                table: "kegiatan");

            migrationBuilder.DropColumn(
                name: "UnitTerlibat",
                schema: "advokasi",
                table: "kegiatan");
        }
    }
}
