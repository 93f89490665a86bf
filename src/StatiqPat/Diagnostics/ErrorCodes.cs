namespace StatiqPat.Diagnostics;

/// <summary>
/// Stable error codes. They are part of the contributor's interface (documented, pinned in tests):
/// never renumber one, only add.
/// </summary>
public static class ErrorCodes
{
    public const string NotUtf8 = "PAT001";
    public const string MissingFrontMatter = "PAT002";
    public const string UnclosedFrontMatter = "PAT003";
    public const string MalformedYaml = "PAT004";
    public const string FrontMatterNotMapping = "PAT005";
    public const string UnreadableFile = "PAT006";

    /// <summary>The reader itself failed on a file: a bug to report, told at the file so the others are still checked.</summary>
    public const string ReadFailure = "PAT007";

    /// <summary>A symbolic link, pipe or device in the input folder: never followed nor read.</summary>
    public const string NotRegularFile = "PAT008";

    /// <summary>An invisible control or direction character that could hide text from a reviewer.</summary>
    public const string ControlCharacter = "PAT009";

    public const string UnknownKey = "PAT010";
    public const string MissingField = "PAT011";
    public const string WrongType = "PAT012";
    public const string InvalidValue = "PAT013";
    public const string DuplicateKey = "PAT014";

    public const string UnknownVocabularyValue = "PAT020";
    public const string InvalidVocabulary = "PAT021";

    public const string MissingReference = "PAT030";
    public const string DuplicateSlug = "PAT031";
    public const string DuplicateUrl = "PAT032";
    public const string ReservedAddress = "PAT033";
    public const string UnknownSource = "PAT034";

    public const string BrokenInternalLink = "PAT040";
    public const string RelativeMarkdownLink = "PAT041";
    public const string UnsafeLink = "PAT042";

    public const string MissingImage = "PAT050";
    public const string MissingAltText = "PAT051";
    public const string RemoteImage = "PAT052";
    public const string ImageOutsideFolder = "PAT053";
    public const string UnsupportedImage = "PAT054";
    public const string ImageTooLarge = "PAT055";
    public const string UnsafeSvg = "PAT056";

    /// <summary>A warning: an image no sheet shows is not published.</summary>
    public const string UnusedImage = "PAT057";

    public const string RawHtml = "PAT060";
    public const string HeadingLevelOne = "PAT061";
    public const string UnknownBlock = "PAT062";

    public const string MissingInputFolder = "PAT090";
}
