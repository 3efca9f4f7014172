using PeaceBot.Core.Handlers;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Tests.Handlers;

public sealed class MentionedPlanTests
{
    private static readonly PlanInfo Us = new("us-28", "US 28-point plan", "US 28-point peace plan (draft of November 2025)", "plans/us.md", true, 28)
        { Aliases = ["Trump plan"] };

    private static readonly PlanInfo Framework = new("ua-us-20", "20-point framework", "Ukraine–US 20-point framework", "plans/ua.md", false, 20);

    private static readonly PlanInfo European = new("eu-12", "European counter-proposal", "European 12-point counter-proposal", "plans/eu.md", false, 12);

    private static readonly IReadOnlyList<PlanInfo> Plans = [Us, Framework, European];

    [Theory]
    [InlineData("Point 3 of the European plan would freeze the front line.", "eu-12")]
    [InlineData("Point 3 of the 20-point framework leaves NATO open.", "ua-us-20")]
    [InlineData("Under the 20-point framework, point 3 changes.", "ua-us-20")]
    [InlineData("Point 3 of us-28 was rewritten.", "us-28")]
    [InlineData("Point 3 of the US 28-point plan was rewritten.", "us-28")]
    [InlineData("Point 3 of the Trump plan was rewritten.", "us-28")]
    [InlineData("Point 3 of the US plan was rewritten.", "us-28")]
    public void A_sentence_that_names_a_loaded_plan_names_it(string sentence, string id)
    {
        var (naming, plan) = MentionedPlan.In(sentence, Plans);
        Assert.Equal(MentionedPlan.Naming.Known, naming);
        Assert.Equal(id, plan?.Id);
    }

    [Theory]
    [InlineData("Point 3 of the Nordic plan would freeze the front line.")]
    [InlineData("Point 3 of the 15-point plan would freeze the front line.")]
    public void A_sentence_that_names_a_plan_not_loaded_names_none_of_them(string sentence)
    {
        Assert.Equal((MentionedPlan.Naming.Unknown, null), MentionedPlan.In(sentence, Plans));
    }

    [Theory]
    [InlineData("Point 3 of the plan would freeze the front line.")]
    [InlineData("Point 3 of the revised draft plan was read out.")]
    [InlineData("Point 3 of Witkoff's plan was read out.")]
    [InlineData("Point 3 drew the longest debate.")]
    public void A_sentence_that_names_no_plan_leaves_it_to_the_plan_size(string sentence)
    {
        Assert.Equal((MentionedPlan.Naming.None, null), MentionedPlan.In(sentence, Plans));
    }
}
