using LiteDB;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests;

public sealed class LiteDbStoreTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Opening_creates_the_file_and_its_folder_with_the_current_schema_version()
    {
        string path = Path.Combine(_folder.Folder, "nested", "omnialpha.db");
        using (var store = LiteDbStore.Open(path))
        {
            Assert.Equal(path, store.FilePath);
            Assert.Equal(LiteDbStore.CurrentSchemaVersion, store.Database.GetCollection("schema").FindById("schema")["version"].AsInt32);
        }
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_file_that_is_not_a_LiteDB_file_is_refused_with_its_name()
    {
        string path = _folder.StorePath();
        File.WriteAllBytes(path, Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7)).ToArray());

        var error = Assert.Throws<JournalException>(() => LiteDbStore.Open(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_file_already_open_in_another_store_is_refused_as_locked()
    {
        string path = _folder.StorePath();
        using var first = LiteDbStore.Open(path);

        var error = Assert.Throws<JournalException>(() => LiteDbStore.Open(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("locked", error.Message);
    }

    [Fact]
    public void A_path_that_is_a_folder_is_refused_with_its_name()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_folder.Folder, "a-folder")).FullName;
        var error = Assert.Throws<JournalException>(() => LiteDbStore.Open(folder));
        Assert.Contains(folder, error.Message);
    }

    [Fact]
    public void A_file_with_a_newer_schema_is_refused_with_both_versions()
    {
        string path = _folder.StorePath();
        using (var store = LiteDbStore.Open(path))
        {
            var schema = store.Database.GetCollection("schema");
            var doc = schema.FindById("schema");
            doc["version"] = 99;
            schema.Update(doc);
        }

        var error = Assert.Throws<JournalException>(() => LiteDbStore.Open(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("schema version 99", error.Message);
        Assert.Contains($"schema version {LiteDbStore.CurrentSchemaVersion} at most", error.Message);
    }

    [Fact]
    public void A_LiteDB_file_with_a_case_insensitive_collation_is_refused()
    {
        string path = _folder.StorePath();
        using (var foreign = new LiteDatabase(new ConnectionString { Filename = path, Collation = new Collation("en-US/IgnoreCase") }))
            foreign.GetCollection("x").Insert(new BsonDocument { ["_id"] = 1 });

        var error = Assert.Throws<JournalException>(() => LiteDbStore.Open(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("collation", error.Message);
        Assert.DoesNotContain("corrupt", error.Message);
    }

    [Fact]
    public void The_file_can_be_opened_again_after_dispose()
    {
        string path = _folder.StorePath();
        using (var store = LiteDbStore.Open(path)) store.Journal.Commit(JournalSamples.Batch(1));
        using var reopened = LiteDbStore.Open(path);
        Assert.Equal(1, reopened.Journal.Load().LastSequence);
    }

    [Fact]
    public void Disposing_the_stores_journal_leaves_the_store_open()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        store.Journal.Dispose();
        Assert.Empty(store.ApiKeys.List());
    }

    [Fact]
    public void A_disposed_store_refuses_every_facet()
    {
        var store = LiteDbStore.Open(_folder.StorePath());
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.Journal.Load());
        Assert.Throws<ObjectDisposedException>(() => store.ApiKeys.List());
    }

    [Fact]
    public void Strings_are_compared_ordinally_so_ids_differing_in_case_do_not_collide()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        var collection = store.Database.GetCollection("scratch");
        collection.Insert(new BsonDocument { ["_id"] = "Alpha" });
        collection.Insert(new BsonDocument { ["_id"] = "alpha" });
        Assert.Equal(2, collection.Count());
    }
}
