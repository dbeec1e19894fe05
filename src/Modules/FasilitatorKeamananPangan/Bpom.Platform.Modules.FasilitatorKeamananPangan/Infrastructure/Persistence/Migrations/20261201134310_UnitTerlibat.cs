using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnitTerlibat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "UnitTerlibat",
                schema: "fasilitator",
                table: "angkatan",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "IX_angkatan_UnitTerlibat",
                schema: "fasilitator",
                table: "angkatan",
                column: "UnitTerlibat")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_angkatan_UnitTerlibat",
                schema: "fasilitator",
                table: "angkatan");

            migrationBuilder.DropColumn(
                name: "UnitTerlibat",
                schema: "fasilitator",
                table: "angkatan");
        }
    }
}
