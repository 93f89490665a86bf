namespace LiveTiming;

/// <summary>The last lines the server printed, kept so that a failure can show what the server was saying.</summary>
public sealed class RecentOutput(int capacity)
{
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    public void Add(string line)
    {
        lock (gate)
        {
            lines.Enqueue(line);
            if (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return lines.Count == 0
                ? "(the server printed nothing)"
                : "last lines printed by the server:\n  " + string.Join("\n  ", lines);
        }
    }
}
