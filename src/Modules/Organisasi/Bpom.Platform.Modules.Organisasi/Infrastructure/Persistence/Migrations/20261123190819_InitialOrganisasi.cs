using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialOrganisasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organisasi");

            migrationBuilder.CreateTable(
                name: "pengaturan_kalender",
                schema: "organisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CutiBersamaSebagaiHariKerja = table.Column<bool>(type: "boolean", nullable: false),
                    DiubahPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DiubahOleh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Versi = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pengaturan_kalender", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riwayat_seed",
                schema: "organisasi",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DiterapkanPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riwayat_seed", x => x.Kunci);
                });

            migrationBuilder.CreateTable(
                name: "tanggal_libur",
                schema: "organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Tanggal = table.Column<LocalDate>(type: "date", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DasarHukum = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tanggal_libur", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_kerja",
                schema: "organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kategori = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Eselon1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Kota = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Provinsi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ZonaWaktu = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KoordinatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_kerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_kerja_unit_kerja_KoordinatorId",
                        column: x => x.KoordinatorId,
                        principalSchema: "organisasi",
                        principalTable: "unit_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pengguna",
                schema: "organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NamaLengkap = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Peran = table.Column<List<string>>(type: "text[]", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    GagalLogin = table.Column<int>(type: "integer", nullable: false),
                    TerkunciSampai = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    LoginTerakhir = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pengguna", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pengguna_unit_kerja_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "organisasi",
                        principalTable: "unit_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pengguna_UnitId",
                schema: "organisasi",
                table: "pengguna",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_pengguna_Username",
                schema: "organisasi",
                table: "pengguna",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tanggal_libur_Tanggal_Nama",
                schema: "organisasi",
                table: "tanggal_libur",
                columns: new[] { "Tanggal", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_kerja_KoordinatorId",
                schema: "organisasi",
                table: "unit_kerja",
                column: "KoordinatorId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_kerja_Nama",
                schema: "organisasi",
                table: "unit_kerja",
                column: "Nama",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pengaturan_kalender",
                schema: "organisasi");

            migrationBuilder.DropTable(
                name: "pengguna",
                schema: "organisasi");

            migrationBuilder.DropTable(
                name: "riwayat_seed",
                schema: "organisasi");

            migrationBuilder.DropTable(
                name: "tanggal_libur",
                schema: "organisasi");

            migrationBuilder.DropTable(
                name: "unit_kerja",
                schema: "organisasi");
        }
    }
}
