using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PosisiDanIndeksDaftar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<LocalDate>(
                name: "AktifJatuhTempo",
                schema: "sop",
                table: "instans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AktifKode",
                schema: "sop",
                table: "instans",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AktifNama",
                schema: "sop",
                table: "instans",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "AktifPelaksana",
                schema: "sop",
                table: "instans",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "AktifStatus",
                schema: "sop",
                table: "instans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Atribut",
                schema: "sop",
                table: "instans",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<Instant>(
                name: "DiindeksPada",
                schema: "sop",
                table: "instans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PosisiVersi",
                schema: "sop",
                table: "instans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<LocalDate>(
                name: "TanggalAcuan",
                schema: "sop",
                table: "instans",
                type: "date",
                nullable: false,
                defaultValue: new NodaTime.LocalDate(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "TeksCari",
                schema: "sop",
                table: "instans",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Instant>(
                name: "TenggatPada",
                schema: "sop",
                table: "instans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TenggatRung",
                schema: "sop",
                table: "instans",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<Instant>(
                name: "TerlambatSejak",
                schema: "sop",
                table: "instans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "UnitTerlibat",
                schema: "sop",
                table: "instans",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateIndex(
                name: "IX_instans_atribut",
                schema: "sop",
                table: "instans",
                column: "Atribut")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "Tahun", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "Tahun", "TanggalAcuan", "DibuatPada" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_instans_teks_cari",
                schema: "sop",
                table: "instans",
                column: "TeksCari")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_instans_tenggat",
                schema: "sop",
                table: "instans",
                column: "TenggatPada",
                filter: "\"TenggatPada\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_instans_terlambat",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "UnitId", "TanggalAcuan" },
                descending: new[] { false, false, true },
                filter: "\"TerlambatSejak\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_instans_terlambat_nasional",
                schema: "sop",
                table: "instans",
                columns: new[] { "Modul", "TanggalAcuan" },
                descending: new[] { false, true },
                filter: "\"TerlambatSejak\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans",
                columns: new[] { "UnitId", "AktifJatuhTempo" },
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_instans_tugas_peran",
                schema: "sop",
                table: "instans",
                column: "AktifPelaksana",
                filter: "\"Status\" = 1")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_instans_unit_terlibat",
                schema: "sop",
                table: "instans",
                column: "UnitTerlibat")
                .Annotation("Npgsql:IndexMethod", "gin");

            // Runs that existed before: sort by their creation day and search their title until their module gives
            // its list data at start-up; routed units from the routings; the position columns are filled at
            // start-up (PosisiVersi = 0).
            migrationBuilder.Sql("""
                UPDATE sop.instans i
                SET "TanggalAcuan" = (i."DibuatPada" AT TIME ZONE i."ZonaWaktu")::date,
                    "TeksCari" = lower(i."Judul"),
                    "UnitTerlibat" = ARRAY(
                        SELECT DISTINCT p."UnitId" FROM sop.penugasan_langkah p
                        WHERE p."InstansId" = i."Id" AND p."UnitId" <> i."UnitId" ORDER BY 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instans_atribut",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_daftar_unit_tahun",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_teks_cari",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_tenggat",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_terlambat",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_terlambat_nasional",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_tugas",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_tugas_peran",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropIndex(
                name: "IX_instans_unit_terlibat",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "AktifJatuhTempo",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "AktifKode",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "AktifNama",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "AktifPelaksana",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "AktifStatus",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "Atribut",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "DiindeksPada",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "PosisiVersi",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "TanggalAcuan",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "TeksCari",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "TenggatPada",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "TenggatRung",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "TerlambatSejak",
                schema: "sop",
                table: "instans");

            migrationBuilder.DropColumn(
                name: "UnitTerlibat",
                schema: "sop",
                table: "instans");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
