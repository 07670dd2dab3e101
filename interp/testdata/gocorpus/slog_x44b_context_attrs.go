package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
)

type attrsKey struct{}

func AppendCtx(ctx context.Context, attrs ...slog.Attr) context.Context {
	existing, _ := ctx.Value(attrsKey{}).([]slog.Attr)
	merged := append(existing[:len(existing):len(existing)], attrs...)
	return context.WithValue(ctx, attrsKey{}, merged)
}

// ContextHandler decorates records with attributes stored in the context.
type ContextHandler struct {
	slog.Handler
}

func (h ContextHandler) Handle(ctx context.Context, r slog.Record) error {
	if attrs, ok := ctx.Value(attrsKey{}).([]slog.Attr); ok {
		r.AddAttrs(attrs...)
	}
	return h.Handler.Handle(ctx, r)
}

func (h ContextHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return ContextHandler{h.Handler.WithAttrs(attrs)}
}

func (h ContextHandler) WithGroup(name string) slog.Handler {
	return ContextHandler{h.Handler.WithGroup(name)}
}

func withRequestAttrs(next http.Handler) http.Handler {
	n := 100
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		ctx := AppendCtx(r.Context(), slog.String("req_id", "r"+strconv.Itoa(n)), slog.String("route", r.Pattern))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func main() {
	base := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case slog.TimeKey:
				return slog.Attr{}
			case slog.LevelKey:
				return slog.String("sev", a.Value.String())
			}
			return a
		},
	})
	log := slog.New(ContextHandler{base}).With("svc", "billing")

	mux := http.NewServeMux()
	mux.HandleFunc("POST /invoices/{id}/pay", func(w http.ResponseWriter, r *http.Request) {
		ctx := AppendCtx(r.Context(), slog.String("invoice", r.PathValue("id")))
		log.InfoContext(ctx, "payment started")
		amount, err := strconv.Atoi(r.URL.Query().Get("amount"))
		if err != nil || amount <= 0 {
			log.WarnContext(ctx, "bad amount", "raw", r.URL.Query().Get("amount"))
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		log.With("amount", amount).InfoContext(ctx, "payment captured")
		w.WriteHeader(http.StatusOK)
	})
	h := withRequestAttrs(mux)

	for _, target := range []string{"/invoices/7/pay?amount=250", "/invoices/8/pay?amount=-1", "/invoices/9/pay"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", target, nil))
		log.Info("response", "code", rec.Code)
	}
	log.WithGroup("job").InfoContext(AppendCtx(context.Background(), slog.Int("attempt", 2)), "retrying", "queue", "emails")
}
