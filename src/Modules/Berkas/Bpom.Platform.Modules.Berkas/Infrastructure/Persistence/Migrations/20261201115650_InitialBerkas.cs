using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Berkas.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialBerkas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "berkas");

            migrationBuilder.CreateTable(
                name: "berkas",
                schema: "berkas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Modul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false),
                    DisimpanPada = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_berkas", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "berkas",
                schema: "berkas");
        }
    }
}
