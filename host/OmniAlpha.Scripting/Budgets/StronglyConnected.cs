namespace OmniAlpha.Scripting.Budgets;

/// <summary>Tarjan's strongly connected components, iterative (a hostile script with thousands of methods cannot overflow the stack).</summary>
internal static class StronglyConnected
{
    /// <summary>For each node, whether it lies on a cycle: in a component of two or more nodes, or with an edge to itself.</summary>
    public static bool[] OnCycle(IReadOnlyList<IReadOnlyCollection<int>> edges)
    {
        int n = edges.Count;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var result = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var work = new Stack<(int Node, IEnumerator<int> Next)>();
        int counter = 0;
        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            Open(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    int target = next.Current;
                    if (target == node) result[node] = true;
                    if (index[target] < 0) Open(target);
                    else if (onStack[target]) low[node] = Math.Min(low[node], index[target]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != index[node]) continue;
                var component = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                } while (member != node);
                if (component.Count > 1) foreach (int m in component) result[m] = true;
            }
        }
        return result;

        void Open(int node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack[node] = true;
            work.Push((node, edges[node].GetEnumerator()));
        }
    }
}
