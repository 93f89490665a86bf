namespace StatiqPat.Content;

/// <summary>WGS84 latitude and longitude, in decimal degrees.</summary>
public sealed record Coordinates
{
    public double Latitude { get; init; }
    public double Longitude { get; init; }
}
