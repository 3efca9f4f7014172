using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

// Interim: replaced by the date rules on the dates branch.
public static class TimelineExtractor
{
    public static IReadOnlyList<TimelineEvent> Extract(SegmentedText text, PartialDate? published) => [];
}
