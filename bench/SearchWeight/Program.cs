using Microsoft.Playwright;

// Usage: SearchWeight <site address> <query>. Opens <address>/recherche/?q=<query> in a fresh browser context
// (empty cache), waits for the first results and prints every response with its size, then the total.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SearchWeight <site address, e.g. http://127.0.0.1:8080> <query>");
    return 2;
}

var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
var context = await browser.NewContextAsync();
var page = await context.NewPageAsync();
var responses = new List<IResponse>();
page.Response += (_, response) => responses.Add(response);

await page.GotoAsync($"{args[0].TrimEnd('/')}/recherche/?q={Uri.EscapeDataString(args[1])}");
await page.Locator("#search-list li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

long total = 0;
foreach (var response in responses)
{
    var sizes = await response.Request.SizesAsync();
    var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
    total += bytes;
    Console.WriteLine($"{bytes,9} {response.Url}");
}

Console.WriteLine($"{responses.Count} responses, {total} bytes ({total / 1024.0:F1} KiB) for the first results of « {args[1]} »");
return 0;
