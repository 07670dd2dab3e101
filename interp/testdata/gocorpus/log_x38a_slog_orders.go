package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
)

type Order struct {
	ID    int
	Items []string
	Total float64
}

// LogValue makes Order print as a group.
func (o Order) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("id", o.ID),
		slog.Int("items", len(o.Items)),
		slog.Float64("total", o.Total),
	)
}

type secret string

func (secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func newLogger(level slog.Leveler) *slog.Logger {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	return slog.New(h)
}

func process(ctx context.Context, log *slog.Logger, o Order) error {
	log = log.With("order", o)
	log.DebugContext(ctx, "processing")
	if len(o.Items) == 0 {
		err := errors.New("empty order")
		log.ErrorContext(ctx, "rejected", "err", err)
		return err
	}
	for i, it := range o.Items {
		log.Debug("item", slog.Int("n", i), slog.String("name", it))
	}
	log.Info("accepted")
	return nil
}

func main() {
	var level slog.LevelVar
	level.Set(slog.LevelInfo)
	logger := newLogger(&level)
	logger.Info("starting", "version", "1.2.3", "workers", 4)

	ctx := context.Background()
	orders := []Order{
		{ID: 1, Items: []string{"book", "pen"}, Total: 12.5},
		{ID: 2},
	}
	for _, o := range orders {
		_ = process(ctx, logger, o)
	}

	level.Set(slog.LevelDebug)
	_ = process(ctx, logger, Order{ID: 3, Items: []string{"lamp"}, Total: 30})

	req := logger.WithGroup("request")
	req.Warn("slow", "path", "/api/v1/orders", "ms", 1500, "token", secret("abc123"))
	req.Info("headers", slog.Group("h", "accept", "text/plain", "x-id", 42))

	logger.Log(ctx, slog.LevelWarn+2, "custom level", "quoted", "has space", "empty", "")
	logger.LogAttrs(ctx, slog.LevelInfo, "attrs", slog.Bool("ok", true), slog.Any("list", []int{1, 2, 3}))

	slog.SetDefault(logger)
	slog.Info("via default", "k", "v")
	logger.Info("done", "errors", 1)
}
