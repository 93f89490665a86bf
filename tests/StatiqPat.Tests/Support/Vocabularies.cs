using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;

namespace StatiqPat.Tests.Support;

/// <summary>The reference data of the valid fixture site, read by the real loader.</summary>
public static class Vocabularies
{
    public static Vocabulary Fixture() =>
        new InputLoader(new InputPaths(Repository.Fixture("site")), MarkdownPipelineFactory.Create(), new DiagnosticBag()).LoadVocabulary();
}
