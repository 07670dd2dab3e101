package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
)

// LineHandler writes "LEVEL msg k=v ..." with group prefixes, no timestamps.
type LineHandler struct {
	mu     *sync.Mutex
	w      io.Writer
	level  slog.Leveler
	attrs  []slog.Attr
	groups []string
}

func NewLineHandler(w io.Writer, level slog.Leveler) *LineHandler {
	return &LineHandler{mu: &sync.Mutex{}, w: w, level: level}
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool {
	return l >= h.level.Level()
}

func (h *LineHandler) prefix() string {
	if len(h.groups) == 0 {
		return ""
	}
	return strings.Join(h.groups, ".") + "."
}

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	p := h.prefix()
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s%s=%v", p, a.Key, a.Value)
		return true
	})
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	h2 := *h
	p := h.prefix()
	h2.attrs = append([]slog.Attr{}, h.attrs...)
	for _, a := range as {
		h2.attrs = append(h2.attrs, slog.Attr{Key: p + a.Key, Value: a.Value})
	}
	return &h2
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	h2 := *h
	h2.groups = append(append([]string{}, h.groups...), name)
	return &h2
}

func main() {
	var lvl slog.LevelVar
	logger := slog.New(NewLineHandler(os.Stdout, &lvl))
	logger.Info("boot", "version", "1.4.2", "workers", 8)
	logger.Debug("hidden")
	lvl.Set(slog.LevelDebug)
	logger.Debug("visible now", "flag", true)

	db := logger.With("component", "db").WithGroup("query")
	db.Warn("slow", "ms", 340, "table", "users")
	db.With("retry", 2).Error("failed", "err", fmt.Errorf("conn reset"))

	slog.SetDefault(logger)
	slog.Info("through default", "pi", 3.14)
	logger.Log(context.Background(), slog.Level(2), "custom level")

	var _ slog.Handler = (*LineHandler)(nil)
	fmt.Println(logger.Handler().Enabled(context.Background(), slog.LevelDebug-1))
}
