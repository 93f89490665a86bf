namespace StatiqPat.Pages.Matrices;

/// <summary>How a function is shared out on a collective map (the two "réussite commune augmentée" models of Coop InterPAT).</summary>
public enum FunctionPattern
{
    /// <summary>No structure of the area says anything about this function.</summary>
    NoData,

    /// <summary>Structures gave their engagement, and none invests the function ("délaissée").</summary>
    Neglected,

    /// <summary>Exactly one level invests the function: it is left to the level where it fits.</summary>
    Subsidiarity,

    /// <summary>Several levels invest the same function with their own actions.</summary>
    AddedValue,
}
