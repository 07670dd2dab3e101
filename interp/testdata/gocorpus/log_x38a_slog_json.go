package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == "password" {
		return slog.String("password", "***")
	}
	if a.Key == slog.LevelKey {
		lvl := a.Value.Any().(slog.Level)
		return slog.String("severity", strings.ToLower(lvl.String()))
	}
	return a
}

// prefixHandler is a small custom Handler that formats records its own way.
type prefixHandler struct {
	prefix string
	attrs  []slog.Attr
	out    *strings.Builder
}

func (h *prefixHandler) Enabled(_ context.Context, l slog.Level) bool {
	return l >= slog.LevelInfo
}

func (h *prefixHandler) Handle(_ context.Context, r slog.Record) error {
	fmt.Fprintf(h.out, "%s[%s] %s", h.prefix, r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(h.out, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(h.out, " %s=%v", a.Key, a.Value)
		return true
	})
	h.out.WriteByte('\n')
	return nil
}

func (h *prefixHandler) WithAttrs(as []slog.Attr) slog.Handler {
	nh := *h
	nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &nh
}

func (h *prefixHandler) WithGroup(name string) slog.Handler {
	nh := *h
	nh.prefix = h.prefix + name + "."
	return &nh
}

type User struct {
	Name  string `json:"name"`
	Admin bool   `json:"admin"`
}

func main() {
	jl := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	jl.Info("login", "user", User{"ann", true}, "password", "hunter2")
	jl.Warn("quota", slog.Group("usage", slog.Int("used", 90), slog.Int("limit", 100)))
	jl.With("req", 7).Error("failed", "err", fmt.Errorf("wrapped: %w", os.ErrNotExist))
	jl.Debug("hidden")

	var sb strings.Builder
	cl := slog.New(&prefixHandler{out: &sb})
	cl.Info("hello", "n", 1)
	cl.With("svc", "api").WithGroup("db").Warn("slow query", "ms", 250)
	cl.Debug("not shown")
	fmt.Print(sb.String())

	tl := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		AddSource:   false,
		ReplaceAttr: dropTime,
	}))
	tl.Info("text", "user", User{"bo", false}, "ptr", &User{"cy", true}, "list", []string{"a b", "c"})
	fmt.Println(slog.LevelWarn, slog.LevelDebug-1, slog.Level(10))
	var lv slog.Level
	fmt.Println(lv.UnmarshalText([]byte("error+1")), lv)
}
