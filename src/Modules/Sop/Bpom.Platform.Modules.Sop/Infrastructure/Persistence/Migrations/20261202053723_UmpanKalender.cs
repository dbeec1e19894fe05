using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UmpanKalender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "umpan_kalender",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cakupan = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TokenTerlindung = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umpan_kalender", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_umpan_kalender_PenggunaId_Cakupan",
                schema: "sop",
                table: "umpan_kalender",
                columns: new[] { "PenggunaId", "Cakupan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umpan_kalender_TokenHash",
                schema: "sop",
                table: "umpan_kalender",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "umpan_kalender",
                schema: "sop");
        }
    }
}
