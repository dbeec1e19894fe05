using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialPemberdayaan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "pemberdayaan");

            migrationBuilder.CreateTable(
                name: "kegiatan",
                schema: "pemberdayaan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Program = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProgramLainnya = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Komunitas = table.Column<string>(type: "jsonb", nullable: false),
                    Bentuk = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JumlahPeserta = table.Column<int>(type: "integer", nullable: false),
                    Lokasi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TanggalRencanaMulai = table.Column<LocalDate>(type: "date", nullable: false),
                    TanggalRencanaSelesai = table.Column<LocalDate>(type: "date", nullable: false),
                    DasarKegiatan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DibuatOlehId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kegiatan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kader",
                schema: "pemberdayaan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KegiatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Peran = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Komunitas = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kontak = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kader_kegiatan_KegiatanId",
                        column: x => x.KegiatanId,
                        principalSchema: "pemberdayaan",
                        principalTable: "kegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kader_KegiatanId",
                schema: "pemberdayaan",
                table: "kader",
                column: "KegiatanId");

            migrationBuilder.CreateIndex(
                name: "IX_kader_Nama",
                schema: "pemberdayaan",
                table: "kader",
                column: "Nama");

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_InstansId",
                schema: "pemberdayaan",
                table: "kegiatan",
                column: "InstansId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitId_Tahun",
                schema: "pemberdayaan",
                table: "kegiatan",
                columns: new[] { "UnitId", "Tahun" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kader",
                schema: "pemberdayaan");

            migrationBuilder.DropTable(
                name: "kegiatan",
                schema: "pemberdayaan");
        }
    }
}
