using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialAdvokasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "advokasi");

            migrationBuilder.CreateTable(
                name: "kegiatan",
                schema: "advokasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Topik = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Komoditas = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PemangkuKepentingan = table.Column<string>(type: "jsonb", nullable: false),
                    Bentuk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BentukLainnya = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
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

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_InstansId",
                schema: "advokasi",
                table: "kegiatan",
                column: "InstansId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kegiatan_UnitId_Tahun",
                schema: "advokasi",
                table: "kegiatan",
                columns: new[] { "UnitId", "Tahun" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kegiatan",
                schema: "advokasi");
        }
    }
}
