namespace StatiqPat.Publishing.OpenData;

/// <summary>A sheet's object in an export, with the site address it was written for (its "adresse" field uses it).</summary>
public sealed record SheetJsonPiece(string BaseUrl, byte[] Bytes);
