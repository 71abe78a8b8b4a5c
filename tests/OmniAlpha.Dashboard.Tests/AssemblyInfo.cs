// The shared-host collection and the kill switch's class run side by side (two browsers at most): CI runs every test
// assembly at once on two cores, so no more than that.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
