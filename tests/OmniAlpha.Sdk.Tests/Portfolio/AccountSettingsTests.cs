using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Sdk.Tests.Portfolio;

public class AccountSettingsTests
{
    [Fact]
    public void Only_margin_accounts_may_short()
    {
        Assert.False(new AccountSettings(1m).AllowsShortSelling);
        Assert.True(new AccountSettings(1m, AccountType.Margin, 2m).AllowsShortSelling);
    }

    [Fact]
    public void Nonsense_settings_are_refused_with_the_value()
    {
        Assert.Contains("-5", Assert.Throws<ArgumentException>(() => new AccountSettings(-5m).Validate()).Message);
        Assert.Throws<ArgumentException>(() => new AccountSettings(1m, AccountType.Margin, 0.5m).Validate());
        Assert.Throws<ArgumentException>(() => new AccountSettings(1m, AccountType.Cash, 2m).Validate());
    }
}
