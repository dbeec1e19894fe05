using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VersiUnitDanLibur : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "organisasi",
                table: "unit_kerja",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "organisasi",
                table: "tanggal_libur",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "organisasi",
                table: "unit_kerja");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "organisasi",
                table: "tanggal_libur");
        }
    }
}
