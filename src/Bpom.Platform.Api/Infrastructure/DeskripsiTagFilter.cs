using System.Reflection;
using System.Xml.XPath;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>A tag shared by several controllers is described by the one marked <see cref="DeskripsiTagAttribute"/>,
/// whatever order the controllers are found in (Swashbuckle would take the first).</summary>
internal sealed class DeskripsiTagFilter(IReadOnlyList<string> berkasXml) : IDocumentFilter
{
    private readonly Lazy<IReadOnlyList<XPathNavigator>> _dokumen = new(() => berkasXml.Select(f => new XPathDocument(f).CreateNavigator()).ToList());

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var utama = context.ApiDescriptions
            .Select(a => a.ActionDescriptor as ControllerActionDescriptor)
            .Where(a => a is not null && a.ControllerTypeInfo.GetCustomAttribute<DeskripsiTagAttribute>() is not null)
            .Select(a => a!.ControllerTypeInfo.AsType())
            .Distinct();
        foreach (var controller in utama)
        {
            var tag = controller.GetCustomAttribute<Microsoft.AspNetCore.Http.TagsAttribute>()?.Tags.FirstOrDefault();
            var ringkasan = Ringkasan(controller);
            if (tag is null || ringkasan is null || swaggerDoc.Tags is null)
            {
                continue;
            }

            foreach (var t in swaggerDoc.Tags.Where(t => t.Name == tag))
            {
                t.Description = ringkasan;
            }
        }
    }

    private string? Ringkasan(Type controller)
    {
        var nama = $"T:{controller.FullName}";
        return _dokumen.Value
            .Select(d => d.SelectSingleNode($"/doc/members/member[@name='{nama}']/summary"))
            .Where(n => n is not null)
            .Select(n => XmlCommentsTextHelper.Humanize(n!.InnerXml))
            .FirstOrDefault();
    }
}
