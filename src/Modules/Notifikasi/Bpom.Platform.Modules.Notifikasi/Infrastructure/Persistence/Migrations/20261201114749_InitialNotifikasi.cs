using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialNotifikasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "notifikasi");

            migrationBuilder.CreateTable(
                name: "klaim",
                schema: "notifikasi",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DiklaimPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_klaim", x => x.Kunci);
                });

            migrationBuilder.CreateTable(
                name: "notifikasi",
                schema: "notifikasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Pesan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: true),
                    Modul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReferensiId = table.Column<Guid>(type: "uuid", nullable: true),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DibacaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifikasi", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifikasi_PenggunaId_DibacaPada_DibuatPada",
                schema: "notifikasi",
                table: "notifikasi",
                columns: new[] { "PenggunaId", "DibacaPada", "DibuatPada" });

            // Notifications and claims used to live in the SOP engine's schema: carry them over once (the engine's next
            // migration drops its copies). On a new database there is nothing to carry.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF to_regclass('sop.notifikasi') IS NOT NULL THEN
                        INSERT INTO notifikasi.notifikasi ("Id", "PenggunaId", "Jenis", "Judul", "Pesan", "InstansId", "Modul", "ReferensiId", "LangkahKode", "DibuatPada", "DibacaPada")
                        SELECT "Id", "PenggunaId", "Jenis", "Judul", "Pesan", "InstansId", "Modul", "ReferensiId", "LangkahKode", "DibuatPada", "DibacaPada"
                        FROM sop.notifikasi
                        ON CONFLICT DO NOTHING;
                    END IF;
                    IF to_regclass('sop.klaim_notifikasi') IS NOT NULL THEN
                        INSERT INTO notifikasi.klaim ("Kunci", "DiklaimPada") SELECT "Kunci", "DiklaimPada" FROM sop.klaim_notifikasi ON CONFLICT DO NOTHING;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "klaim",
                schema: "notifikasi");

            migrationBuilder.DropTable(
                name: "notifikasi",
                schema: "notifikasi");
        }
    }
}
