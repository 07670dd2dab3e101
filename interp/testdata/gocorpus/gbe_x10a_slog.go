// Exercises: log/slog - a TextHandler and a JSONHandler on bytes.Buffers with the time attribute removed, key-value and typed attrs, groups, With, levels; log.New with prefixes and flags
package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"log/slog"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func main() {
	var text bytes.Buffer
	lg := slog.New(slog.NewTextHandler(&text, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	lg.Info("server starting", "port", 8080, "tls", true)
	lg.Debug("filtered out below Info")
	lg.Warn("slow request", slog.String("path", "/api/items"), slog.Duration("took", 1500000000), slog.Float64("load", 0.75))
	lg.Error("request failed", "status", 502, "err", fmt.Errorf("upstream closed"), "quoted", "two words")
	reqLog := lg.With("req_id", "r-17", slog.Group("client", "ip", "10.0.0.5"))
	reqLog.Info("handled", "bytes", 512)
	lg.WithGroup("cache").Info("stats", "hits", 90, "misses", 10)
	lg.LogAttrs(context.Background(), slog.LevelWarn, "attrs only", slog.Int("n", 1), slog.Any("list", []string{"a", "b"}))
	fmt.Print(text.String())

	var js bytes.Buffer
	jl := slog.New(slog.NewJSONHandler(&js, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: dropTime}))
	jl.Debug("visible at debug", "ratio", 0.5)
	jl.With("svc", "api").Info("nested", slog.Group("user", "id", 7, "roles", []string{"admin"}), "m", map[string]int{"k": 1})
	fmt.Print(js.String())

	var classic bytes.Buffer
	l := log.New(&classic, "[app] ", log.Lmsgprefix)
	l.Printf("loaded %d items", 3)
	l.SetPrefix("[db] ")
	l.Println("connected", true)
	fmt.Print(classic.String())
	fmt.Println(slog.LevelInfo, slog.LevelDebug-1, slog.LevelError+4, lg.Enabled(context.Background(), slog.LevelDebug))
}
