namespace StatiqPat.Writing;

/// <summary>A file of a <see cref="MemorySink"/> being written: its bytes are handed over when it is closed.</summary>
internal sealed class MemorySinkFile(Action<byte[]> complete) : MemoryStream
{
    private bool completed;

    protected override void Dispose(bool disposing)
    {
        if (disposing && !completed)
        {
            completed = true;
            complete(ToArray());
        }

        base.Dispose(disposing);
    }
}
