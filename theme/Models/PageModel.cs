namespace StatiqPat.Theme.Models;

/// <summary>Base of every page's view model: the frame the layout draws around it.</summary>
public abstract record PageModel
{
    public required PageFrame Frame { get; init; }
}
