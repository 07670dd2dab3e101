package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

type User struct {
	ID    int
	Name  string
	Email string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	// the classic log package, without timestamps so output is stable
	l := log.New(os.Stdout, "[app] ", 0)
	l.Println("starting", 3, "workers")
	l.Printf("config: %v", map[string]int{"port": 8080, "retries": 3})
	l.SetPrefix("[db] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("connected")

	var sb strings.Builder
	buf := log.New(&sb, "", 0)
	buf.Println("captured line")
	fmt.Printf("captured: %q\n", sb.String())

	// structured logging with a text handler; drop time for reproducibility
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("hello", "count", 3, "ok", true)
	logger.Debug("details", slog.Float64("ratio", 0.25), slog.String("path", "/tmp/a b"))
	logger.Warn("slow request", "ms", 1234)
	logger.Error("failed", "err", errors.New("disk full"))

	u := User{ID: 7, Name: "ann", Email: "ann@example.com"}
	logger.Info("login", "user", u)

	reqLog := logger.With("request_id", "abc123").WithGroup("http")
	reqLog.Info("request", "method", "GET", "status", 200)

	jsonLog := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: opts.ReplaceAttr}))
	jsonLog.Info("json output", "user", u, slog.Group("req", "method", "POST", "bytes", 512))
	jsonLog.Debug("not shown: below Info")

	var lvl slog.LevelVar
	lvl.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lvl, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("visible")
	fmt.Println("enabled info?", quiet.Enabled(context.Background(), slog.LevelInfo), slog.LevelWarn, slog.LevelError+2)
}
