package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
)

// PrettyHandler writes "LEVEL msg {k=v ...}" lines without timestamps.
type PrettyHandler struct {
	mu     *sync.Mutex
	out    io.Writer
	level  slog.Leveler
	attrs  []slog.Attr
	prefix string
}

func NewPrettyHandler(w io.Writer, level slog.Leveler) *PrettyHandler {
	return &PrettyHandler{mu: &sync.Mutex{}, out: w, level: level}
}

func (h *PrettyHandler) Enabled(_ context.Context, l slog.Level) bool {
	return l >= h.level.Level()
}

func (h *PrettyHandler) Handle(ctx context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", r.Level, r.Message)
	write := func(a slog.Attr) bool {
		if a.Equal(slog.Attr{}) {
			return true
		}
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value.Resolve())
		return true
	}
	for _, a := range h.attrs {
		write(a)
	}
	r.Attrs(func(a slog.Attr) bool {
		a.Key = h.prefix + a.Key
		return write(a)
	})
	if id, ok := ctx.Value(traceKey{}).(string); ok {
		fmt.Fprintf(&b, " trace=%s", id)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := fmt.Fprintln(h.out, b.String())
	return err
}

func (h *PrettyHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	h2 := *h
	h2.attrs = append(h2.attrs[:len(h2.attrs):len(h2.attrs)], attrs...)
	for i := len(h.attrs); i < len(h2.attrs); i++ {
		h2.attrs[i].Key = h.prefix + h2.attrs[i].Key
	}
	return &h2
}

func (h *PrettyHandler) WithGroup(name string) slog.Handler {
	h2 := *h
	h2.prefix = h.prefix + name + "."
	return &h2
}

type traceKey struct{}

func main() {
	level := new(slog.LevelVar)
	logger := slog.New(NewPrettyHandler(os.Stdout, level))
	slog.SetDefault(logger)

	api := logger.With("component", "api")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), traceKey{}, "t-"+r.PathValue("id"))
		l := api.WithGroup("req").With("id", r.PathValue("id"))
		l.InfoContext(ctx, "fetching order", "cache", false)
		if r.PathValue("id") == "0" {
			l.ErrorContext(ctx, "invalid id", slog.Group("details", "reason", "zero"))
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		l.DebugContext(ctx, "db row", "cols", []string{"id", "total"})
		fmt.Fprint(w, "order ", r.PathValue("id"))
	})

	for _, lv := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		level.Set(lv)
		for _, id := range []string{"42", "0"} {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest("GET", "/orders/"+id, nil))
			slog.Info("served", "status", rec.Code, "bytes", rec.Body.Len())
		}
	}
	slog.Warn("custom level", "lvl", slog.Level(2))
	logger.Log(context.Background(), slog.Level(-8), "very verbose")
	level.Set(slog.Level(-8))
	logger.Log(context.Background(), slog.Level(-8), "very verbose")
}
