// One browser at a time: the suite shares two cores with every other test assembly on CI.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
