using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Renstra : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "target_renstra",
                schema: "kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    TahunAwal = table.Column<int>(type: "integer", nullable: false),
                    TahunAkhir = table.Column<int>(type: "integer", nullable: false),
                    KodeIndikator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NamaIndikator = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Satuan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Arah = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<string>(type: "jsonb", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_target_renstra", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_target_renstra_UnitId_TahunAwal_KodeIndikator",
                schema: "kinerja",
                table: "target_renstra",
                columns: new[] { "UnitId", "TahunAwal", "KodeIndikator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "target_renstra",
                schema: "kinerja");
        }
    }
}
