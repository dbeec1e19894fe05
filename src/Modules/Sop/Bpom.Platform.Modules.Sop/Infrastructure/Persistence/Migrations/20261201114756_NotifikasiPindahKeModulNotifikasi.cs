using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotifikasiPindahKeModulNotifikasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The Notifikasi module (migrated before this one) has copied these rows into schema notifikasi; never drop
            // rows it does not hold.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF to_regclass('notifikasi.notifikasi') IS NULL
                       AND (EXISTS (SELECT 1 FROM sop.notifikasi) OR EXISTS (SELECT 1 FROM sop.klaim_notifikasi)) THEN
                        RAISE EXCEPTION 'Migrate the Notifikasi module before the Sop module: sop.notifikasi still holds rows';
                    END IF;
                    IF to_regclass('notifikasi.notifikasi') IS NOT NULL THEN
                        INSERT INTO notifikasi.notifikasi ("Id", "PenggunaId", "Jenis", "Judul", "Pesan", "InstansId", "Modul", "ReferensiId", "LangkahKode", "DibuatPada", "DibacaPada")
                        SELECT "Id", "PenggunaId", "Jenis", "Judul", "Pesan", "InstansId", "Modul", "ReferensiId", "LangkahKode", "DibuatPada", "DibacaPada"
                        FROM sop.notifikasi ON CONFLICT DO NOTHING;
                        INSERT INTO notifikasi.klaim ("Kunci", "DiklaimPada") SELECT "Kunci", "DiklaimPada" FROM sop.klaim_notifikasi ON CONFLICT DO NOTHING;
                    END IF;
                END $$;
                """);

            migrationBuilder.DropTable(
                name: "klaim_notifikasi",
                schema: "sop");

            migrationBuilder.DropTable(
                name: "notifikasi",
                schema: "sop");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "klaim_notifikasi",
                schema: "sop",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DiklaimPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_klaim_notifikasi", x => x.Kunci);
                });

            migrationBuilder.CreateTable(
                name: "notifikasi",
                schema: "sop",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DibacaPada = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DibuatPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    InstansId = table.Column<Guid>(type: "uuid", nullable: true),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LangkahKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Modul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pesan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReferensiId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifikasi", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifikasi_PenggunaId_DibacaPada_DibuatPada",
                schema: "sop",
                table: "notifikasi",
                columns: new[] { "PenggunaId", "DibacaPada", "DibuatPada" });
        }
    }
}
