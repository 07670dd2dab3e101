package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type Request struct {
	Method, Path string
	User         string
}

type Response struct {
	Status int
	Body   string
}

type HandlerFunc func(ctx context.Context, r *Request) Response

type Middleware func(HandlerFunc) HandlerFunc

type ctxKey string

func Chain(h HandlerFunc, mws ...Middleware) HandlerFunc {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(logger *slog.Logger) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) Response {
			resp := next(ctx, r)
			logger.Info("request", "method", r.Method, "path", r.Path, slog.Int("status", resp.Status), "reqid", ctx.Value(ctxKey("reqid")))
			return resp
		}
	}
}

func Auth(next HandlerFunc) HandlerFunc {
	return func(ctx context.Context, r *Request) Response {
		if r.User == "" && strings.HasPrefix(r.Path, "/admin") {
			return Response{401, "unauthorized"}
		}
		return next(ctx, r)
	}
}

func Recover(logger *slog.Logger) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) (resp Response) {
			defer func() {
				if v := recover(); v != nil {
					logger.Error("panic", "err", fmt.Sprint(v))
					resp = Response{500, "internal error"}
				}
			}()
			return next(ctx, r)
		}
	}
}

func RequestID() Middleware {
	n := 0
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, r *Request) Response {
			n++
			return next(context.WithValue(ctx, ctxKey("reqid"), fmt.Sprintf("req-%03d", n)), r)
		}
	}
}

func app(ctx context.Context, r *Request) Response {
	switch r.Path {
	case "/":
		return Response{200, "home"}
	case "/admin/stats":
		return Response{200, "stats for " + r.User}
	case "/boom":
		var m map[string]int
		m["x"] = 1
	}
	panic(errors.New("no route for " + r.Path))
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	logger := slog.New(h).With("svc", "demo")
	handler := Chain(app, RequestID(), Logging(logger), Recover(logger), Auth)
	reqs := []Request{
		{"GET", "/", ""},
		{"GET", "/admin/stats", ""},
		{"GET", "/admin/stats", "root"},
		{"POST", "/boom", "x"},
		{"GET", "/missing", "y"},
	}
	for i := range reqs {
		resp := handler(context.Background(), &reqs[i])
		fmt.Printf("=> %d %s\n", resp.Status, resp.Body)
	}
	logger.Debug("done", slog.Group("stats", "requests", len(reqs)))
}
