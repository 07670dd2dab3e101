package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
)

type User struct {
	ID    int
	Name  string
	Email string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == "password" {
		return slog.String("password", "REDACTED")
	}
	return a
}

type server struct {
	log *slog.Logger
}

func (s *server) handle(w http.ResponseWriter, r *http.Request) {
	log := s.log.With("method", r.Method, "path", r.URL.Path)
	u := User{ID: 7, Name: "ada", Email: "ada@example.com"}
	log.Info("handling", "user", u)
	if r.URL.Query().Has("fail") {
		err := errors.New("database unavailable")
		log.Error("lookup failed", slog.Any("err", err), slog.Group("retry", "attempt", 3, "max", 5))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	log.Debug("this is hidden at info level")
	log.LogAttrs(context.Background(), slog.LevelWarn, "slow query", slog.Float64("ms", 1234.5), slog.Bool("cached", false))
	w.WriteHeader(http.StatusOK)
}

func main() {
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	jsonLog := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime, Level: slog.LevelDebug}))

	for _, lg := range []*slog.Logger{text, jsonLog} {
		s := &server{log: lg.WithGroup("http")}
		for _, target := range []string{"/items", "/items?fail=1"} {
			rec := httptest.NewRecorder()
			s.handle(rec, httptest.NewRequest("GET", target, nil))
			lg.Info("done", "status", rec.Code, "password", "s3cret")
		}
	}

	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	h := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: dropTime}))
	h.Info("not shown")
	h.Warn("shown", "level_now", lv.Level())
	lv.Set(slog.LevelDebug)
	h.Debug("now visible", "enabled", h.Enabled(context.Background(), slog.LevelDebug))
}
