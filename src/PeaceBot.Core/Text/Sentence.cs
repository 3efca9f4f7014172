namespace PeaceBot.Core.Text;

public sealed record Sentence(int Index, int Paragraph, TextRange Range);
