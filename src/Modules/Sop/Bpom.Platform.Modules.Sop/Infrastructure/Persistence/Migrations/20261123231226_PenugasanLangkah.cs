using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PenugasanLangkah : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "penugasan_langkah",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Keterangan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SelesaiPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    SelesaiOlehId = table.Column<Guid>(type: "uuid", nullable: true),
                    SelesaiOlehNama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_penugasan_langkah", x => x.Id);
                    table.ForeignKey(
                        name: "FK_penugasan_langkah_instans_InstansId",
                        column: x => x.InstansId,
                        principalSchema: "sop",
                        principalTable: "instans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_langkah_InstansId_LangkahKode_UnitId_Jenis",
                schema: "sop",
                table: "penugasan_langkah",
                columns: new[] { "InstansId", "LangkahKode", "UnitId", "Jenis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_langkah_UnitId_SelesaiPada",
                schema: "sop",
                table: "penugasan_langkah",
                columns: new[] { "UnitId", "SelesaiPada" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "penugasan_langkah",
                schema: "sop");
        }
    }
}
