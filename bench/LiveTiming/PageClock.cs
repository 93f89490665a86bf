namespace LiveTiming;

/// <summary>The page's clock (milliseconds since it started loading) when it was read, and when it showed the change.</summary>
public sealed record PageClock(double Now, double Shown)
{
    public double SinceShown => Now - Shown;

    public double SinceLoadStarted => Now;
}
