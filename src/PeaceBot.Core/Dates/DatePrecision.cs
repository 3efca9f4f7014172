namespace PeaceBot.Core.Dates;

public enum DatePrecision
{
    Year = 1,
    Month = 2,
    Day = 3,
}
