using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SesiLogin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Stempel",
                schema: "organisasi",
                table: "pengguna",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "sesi",
                schema: "organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Stempel = table.Column<Guid>(type: "uuid", nullable: false),
                    AsalId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    KedaluwarsaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DicabutPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Alasan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DigantiOlehId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sesi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sesi_pengguna_PenggunaId",
                        column: x => x.PenggunaId,
                        principalSchema: "organisasi",
                        principalTable: "pengguna",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sesi_AsalId",
                schema: "organisasi",
                table: "sesi",
                column: "AsalId");

            migrationBuilder.CreateIndex(
                name: "IX_sesi_PenggunaId_KedaluwarsaPada",
                schema: "organisasi",
                table: "sesi",
                columns: new[] { "PenggunaId", "KedaluwarsaPada" });

            migrationBuilder.CreateIndex(
                name: "IX_sesi_TokenHash",
                schema: "organisasi",
                table: "sesi",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sesi",
                schema: "organisasi");

            migrationBuilder.DropColumn(
                name: "Stempel",
                schema: "organisasi",
                table: "pengguna");
        }
    }
}
