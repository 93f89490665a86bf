using StatiqPat.Rendering;

namespace StatiqPat.Tests;

public sealed class HtmlWhitespaceTests
{
    private static string Collapse(string html)
    {
        var chars = html.ToCharArray();
        return new string(chars, 0, HtmlWhitespace.Collapse(chars));
    }

    [Fact]
    public void Indentation_becomes_one_line_break_and_runs_of_spaces_one_space()
    {
        Assert.Equal("<ul>\n<li>a b</li>\n</ul>", Collapse("<ul>\n        <li>a  \t b</li>\r\n\n    </ul>"));
        Assert.Equal("<p>Un <a href=\"/\">lien</a> ici.</p>", Collapse("<p>Un   <a href=\"/\">lien</a>  ici.</p>"));
        // A run that starts with a plain space and goes on with a line break is still one run.
        Assert.Equal("un\ndeux trois\n", Collapse("un \n  deux trois \r\n"));
    }

    [Fact]
    public void Preformatted_text_scripts_and_styles_keep_their_spaces()
    {
        const string Pre = "<pre><code>a  b\n    c</code></pre>";
        Assert.Equal("<div>\n" + Pre + "\n<p>x y</p>", Collapse("<div>\n   " + Pre + "\n\n  <p>x   y</p>"));
        Assert.Equal("<textarea>  deux  </textarea>", Collapse("<textarea>  deux  </textarea>"));
        Assert.Equal("<script>if (a  &&  b) {}</script> <b>", Collapse("<script>if (a  &&  b) {}</script>   <b>"));
    }

    [Fact]
    public void Elements_whose_names_only_start_like_a_verbatim_one_are_collapsed()
    {
        Assert.Equal("<prefix> a </prefix><section> b</section>", Collapse("<prefix>  a  </prefix><section>   b</section>"));
    }
}
