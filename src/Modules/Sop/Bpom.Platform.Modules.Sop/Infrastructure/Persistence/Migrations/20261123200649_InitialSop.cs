using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sop");

            migrationBuilder.CreateTable(
                name: "definisi_sop",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    BerlakuMulai = table.Column<LocalDate>(type: "date", nullable: false),
                    Langkah = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definisi_sop", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_definisi_sop_Kode_Versi",
                schema: "sop",
                table: "definisi_sop",
                columns: new[] { "Kode", "Versi" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definisi_sop",
                schema: "sop");
        }
    }
}
