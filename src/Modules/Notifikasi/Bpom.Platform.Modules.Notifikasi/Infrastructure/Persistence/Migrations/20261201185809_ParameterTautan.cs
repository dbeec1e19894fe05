using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ParameterTautan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Parameter",
                schema: "notifikasi",
                table: "notifikasi",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Parameter",
                schema: "notifikasi",
                table: "notifikasi");
        }
    }
}
