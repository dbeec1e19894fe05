using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RencanaAksiUnsur : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KondisiSebelum",
                schema: "kinerja",
                table: "rencana_aksi",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KondisiSesudah",
                schema: "kinerja",
                table: "rencana_aksi",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unsur",
                schema: "kinerja",
                table: "rencana_aksi",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KondisiSebelum",
                schema: "kinerja",
                table: "rencana_aksi");

            migrationBuilder.DropColumn(
                name: "KondisiSesudah",
                schema: "kinerja",
                table: "rencana_aksi");

            migrationBuilder.DropColumn(
                name: "Unsur",
                schema: "kinerja",
                table: "rencana_aksi");
        }
    }
}
