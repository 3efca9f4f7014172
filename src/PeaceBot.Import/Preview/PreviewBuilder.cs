using System.Text;
using PeaceBot.Core.Documents;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Import.Preview;

/// <summary>Runs a knowledge file's text through the core's reader and document processor, as a reload would.</summary>
public static class PreviewBuilder
{
    public static ImportPreview Build(string fileText, string relativePath, AliasTable aliases, string? publishedFrom)
    {
        var read = KnowledgeFileReader.Parse(Encoding.UTF8.GetBytes(fileText), relativePath);
        var problems = read.Problems.Select(p => p.ToString()).ToList();
        if (read.File is not { } file)
            return new ImportPreview(relativePath, "", null, publishedFrom, 0, [], [], problems);

        var doc = DocumentProcessor.Process(file, aliases);
        problems.AddRange(doc.Problems.Select(p => p.ToString()));
        return new ImportPreview(
            relativePath,
            file.FrontMatter.Title,
            file.FrontMatter.Published?.ToString(),
            publishedFrom,
            doc.Passages.Count,
            doc.Quotes.Select(q => (q.Speaker, doc.Slice(q.Quote))).ToList(),
            doc.Events.Select(e => (e.Date.ToString(), doc.Slice(e.Range))).ToList(),
            problems);
    }

    /// <summary>The knowledge folder's alias table, so speakers are named as the bot names them; empty if none or broken.</summary>
    public static AliasTable LoadAliases(string? knowledgeFolder)
    {
        if (knowledgeFolder is null) return AliasTable.Empty;
        foreach (var name in KnowledgeFolderScanner.AliasFileNames)
        {
            var path = Path.Combine(knowledgeFolder, name);
            try
            {
                if (File.Exists(path)) return AliasFileParser.Parse(File.ReadAllText(path), name).Table;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return AliasTable.Empty;
            }
        }
        return AliasTable.Empty;
    }
}
