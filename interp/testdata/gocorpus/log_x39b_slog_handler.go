package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

type User struct {
	ID   int
	Name string
	pass string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type countingHandler struct {
	slog.Handler
	counts map[slog.Level]int
}

func (h *countingHandler) Handle(ctx context.Context, r slog.Record) error {
	h.counts[r.Level]++
	return h.Handler.Handle(ctx, r)
}

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			if a.Key == "password" {
				return slog.String("password", "REDACTED")
			}
			return a
		},
	}
	ch := &countingHandler{slog.NewTextHandler(os.Stdout, opts), map[slog.Level]int{}}
	logger := slog.New(ch)
	logger.Info("server starting", "port", 8080, "tls", false)
	logger.Debug("config", slog.Group("db", "host", "localhost", "pool", 5))
	reqLog := logger.With("request_id", "abc-123")
	reqLog.Warn("slow request", "dur_ms", 1530, "user", User{7, "ann", "x"})
	reqLog.Error("failed", "err", errors.New("connection reset"), "password", "hunter2")
	logger.WithGroup("http").Info("done", "status", 200, "path", "/a b")
	fmt.Println(ch.counts[slog.LevelInfo], ch.counts[slog.LevelWarn], ch.counts[slog.LevelError], ch.counts[slog.LevelDebug])

	var jbuf bytes.Buffer
	jl := slog.New(slog.NewJSONHandler(&jbuf, &slog.HandlerOptions{ReplaceAttr: opts.ReplaceAttr}))
	jl.Info("json", "n", 1, "f", 2.5, "s", []string{"a", "b"}, "u", User{1, "bo", ""})
	jl.Debug("hidden")
	fmt.Print(jbuf.String())

	var lvl slog.LevelVar
	lvl.Set(slog.LevelWarn)
	fmt.Println(lvl.Level(), slog.LevelError+2, slog.Level(-2))

	var buf bytes.Buffer
	std := log.New(&buf, "app: ", log.Lmsgprefix)
	std.Printf("hello %d", 1)
	std.Println("second", "line")
	fmt.Print(strings.ToUpper(buf.String()))
}
