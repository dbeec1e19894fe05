namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>Marks the controller whose XML summary describes its Swagger tag, where several controllers share one tag
/// (e.g. an SOP run's steps, documents and recommendations under "SOP — kegiatan berjalan").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DeskripsiTagAttribute : Attribute;
