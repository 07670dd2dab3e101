package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	var buf bytes.Buffer
	opts := &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: dropTime}
	logger := slog.New(slog.NewTextHandler(&buf, opts))

	logger.Info("server starting", "port", 8080, "tls", false)
	logger.Debug("config loaded", slog.Group("db", "host", "localhost", "pool", 4))
	reqLog := logger.With("request_id", "abc-123").WithGroup("req")
	reqLog.Warn("slow request", "path", "/api/items", "ms", 1520)
	logger.Error("failed", "err", errors.New("disk full"), "user", User{7, "ann"})
	logger.Info("login", "password", Secret("hunter2"))
	fmt.Print(buf.String())

	fmt.Println("---- json")
	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime})
	jl := slog.New(jh)
	jl.Info("order placed", "items", []string{"a", "b"}, "total", 12.5)
	jl.Debug("invisible at info level")
	jl.LogAttrs(context.Background(), slog.LevelWarn, "stock low",
		slog.String("sku", "X-1"), slog.Int("left", 2))

	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	buf.Reset()
	ql := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: &lv, ReplaceAttr: dropTime}))
	ql.Info("hidden")
	ql.Warn("shown")
	lv.Set(slog.LevelInfo)
	ql.Info("now shown")
	fmt.Print(buf.String())
	fmt.Println(ql.Enabled(context.Background(), slog.LevelDebug), lv.Level(), slog.LevelError+2)
}
