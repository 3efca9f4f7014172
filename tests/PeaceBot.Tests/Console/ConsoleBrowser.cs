using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace PeaceBot.Tests.Console;

/// <summary>Debian's headless Chromium driven through chromium-driver by Selenium (<c>.ci/run</c> installs both).</summary>
public sealed class ConsoleBrowser : IDisposable
{
    private readonly string _profile = Directory.CreateTempSubdirectory("peacebot-chromium-").FullName;

    public ConsoleBrowser(int width = 1100, int height = 900)
    {
        var binary = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium chromium-driver (.ci/run does it)");
        var driver = new[] { "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium-driver is not installed: apt-get install -y chromium-driver");
        var options = new ChromeOptions { BinaryLocation = binary };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}", $"--window-size={width},{height}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(20);
    }

    public ChromeDriver Driver { get; }

    public void Go(Uri baseAddress, string path) => Driver.Navigate().GoToUrl(new Uri(baseAddress, path));

    public string Text(string css) => Driver.FindElement(By.CssSelector(css)).Text;

    public void LogIn(Uri baseAddress, string key)
    {
        Go(baseAddress, "/console/login");
        Driver.FindElement(By.Id("key")).SendKeys(key);
        Driver.FindElement(By.Id("key")).SendKeys(Keys.Enter); // the keyboard, not the mouse
    }

    public void Screenshot(string path) => Driver.GetScreenshot().SaveAsFile(path);

    public void Dispose()
    {
        Driver.Quit();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
