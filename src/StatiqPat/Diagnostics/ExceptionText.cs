namespace StatiqPat.Diagnostics;

/// <summary>An unexpected exception told in one line (type and message), for reports that must stay one line per problem.</summary>
public static class ExceptionText
{
    public static string OneLine(Exception exception)
    {
        var cause = Cause(exception);
        var message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{cause.GetType().Name}: {message}";
    }

    /// <summary>The exception that says what went wrong, without the wrappers added on the way up (parallel loops, our own).</summary>
    public static Exception Cause(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Cause(aggregate.InnerExceptions[0]),
        InputFileException { InnerException: { } inner } => Cause(inner),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Cause(inner),
        _ => exception,
    };
}
