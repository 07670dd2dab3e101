package main

import (
	"context"
	"log"
	"log/slog"
	"os"
)

type ctxKey struct{}

// ContextHandler adds the request ID stored in the context to each record.
type ContextHandler struct {
	slog.Handler
}

func (h ContextHandler) Handle(ctx context.Context, r slog.Record) error {
	if id, ok := ctx.Value(ctxKey{}).(string); ok {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h ContextHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return ContextHandler{h.Handler.WithAttrs(attrs)}
}

func (h ContextHandler) WithGroup(name string) slog.Handler {
	return ContextHandler{h.Handler.WithGroup(name)}
}

func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

func handle(ctx context.Context, logger *slog.Logger, path string) {
	logger.InfoContext(ctx, "request", "path", path)
	if path == "/admin" {
		logger.WarnContext(ctx, "forbidden", slog.String("path", path), slog.Int("status", 403))
		return
	}
	logger.DebugContext(ctx, "details", "bytes", len(path)*100)
}

func main() {
	lvl := new(slog.LevelVar)
	base := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: lvl,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	logger := slog.New(ContextHandler{base}).With("service", "shop")

	ctx := context.Background()
	handle(withRequestID(ctx, "req-1"), logger, "/cart")
	handle(withRequestID(ctx, "req-2"), logger, "/admin")
	lvl.Set(slog.LevelDebug)
	handle(withRequestID(ctx, "req-3"), logger, "/checkout")
	handle(ctx, logger.WithGroup("anon"), "/")

	// Bridge to the log package.
	std := slog.NewLogLogger(base, slog.LevelWarn)
	std.Printf("legacy %s code, %d calls", "log", 2)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("old: ")
	log.Println("plain log line")

	enabled := logger.Handler().Enabled(ctx, slog.LevelDebug)
	logger.Info("enabled?", "debug", enabled)
	lvl.Set(slog.LevelError)
	logger.Info("suppressed")
	logger.Error("shown", "level", lvl.Level())
}
