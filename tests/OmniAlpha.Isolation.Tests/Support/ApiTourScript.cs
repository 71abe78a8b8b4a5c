namespace OmniAlpha.Isolation.Tests.Support;

/// <summary>
/// A strategy that touches every part of the strategy API a worker forwards: warm-up, daily and every-n-bars schedules,
/// history, instruments, limit orders amended and canceled through their tickets, liquidation, every order event, the
/// portfolio's totals and positions, and logging. Its log lines print what it read, so comparing them across levels
/// compares every answer the kernel gave.
/// </summary>
internal static class ApiTourScript
{
    public const string Source = """
        using Microsoft.Extensions.Logging;

        public sealed class ApiTour : Strategy
        {
            private OrderTicket? _dip;
            private int _bars;

            public override void OnStart()
            {
                SetWarmUp(Param("warmup", 5));
                DailyAt(new TimeOnly(15, 0), OnDaily);
                EveryBars(7, OnWeekly);
                Log($"start {Symbols.Count} {Portfolio.Account.StartingCash} {IsWarmingUp}");
            }

            public override void OnBar(in Bar bar)
            {
                _bars++;
                if (IsWarmingUp) return;
                var history = History(bar.Symbol, 3);
                var instrument = Context.GetInstrument(bar.Symbol);
                var position = Position(bar.Symbol);
                if (_dip is null && position.IsFlat && history.Count == 3)
                {
                    _dip = LimitOrder(bar.Symbol, 10, instrument.RoundToTick(history[2].Low * 0.99m), TimeInForce.Gtc, "dip");
                    Log($"dip {_dip.OrderId} {_dip.Status} {_dip.Order.LimitPrice}");
                }
                else if (_dip is not null && _dip.IsOpen && _bars % 5 == 0)
                {
                    bool amended = _dip.Amend(limitPrice: instrument.RoundToTick(bar.Close * 0.995m));
                    Log($"amend {_dip.OrderId} {amended} {_dip.Order.LimitPrice}");
                }
                else if (_dip is not null && _dip.IsOpen && _bars % 17 == 0)
                {
                    Log($"cancel {_dip.Cancel()} {_dip.Status}");
                }
                if (position.Quantity > 0 && _bars % 11 == 0)
                {
                    var exit = Liquidate(bar.Symbol, "tour exit");
                    Log($"exit {exit?.OrderId} {position.Quantity} {position.AverageCost} {position.UnrealizedPnl}");
                }
                if (_dip is not null && !_dip.IsOpen && position.IsFlat && Context.GetOpenOrders(bar.Symbol).Count == 0) _dip = null;
            }

            public override void OnOrderEvent(OrderEvent e) =>
                Log($"{e.Kind} {e.OrderId} {e.Order.Status} {e.Order.FilledQuantity} {Portfolio.Cash} {Portfolio.Equity} {Portfolio.BuyingPower} {Context.GetOpenOrders().Count}");

            private void OnDaily()
            {
                if (IsWarmingUp) return;
                var positions = Portfolio.Positions;
                decimal held = 0m;
                for (int i = 0; i < positions.Count; i++) held += positions[i].MarketValue;
                Log($"daily {held} {Portfolio.GrossExposure} {Portfolio.NetExposure}");
            }

            private void OnWeekly()
            {
                Logger.LogDebug("weekly debug {Bars}", _bars);
                Log($"weekly {Portfolio.TotalCommission} {Portfolio.RealizedPnl} {Portfolio.UnrealizedPnl} {Portfolio.TotalSlippage}");
            }

            public override void OnEnd() => Log($"end {_bars} {Portfolio.Equity}");
        }
        """;
}
