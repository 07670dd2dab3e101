package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Backend func(ctx context.Context, q string) ([]string, error)

type source struct {
	name string
	fn   Backend
}

type SearchResult struct {
	Query   string              `json:"query"`
	Results map[string][]string `json:"results"`
	Errors  map[string]string   `json:"errors,omitempty"`
}

func search(ctx context.Context, q string, sources []source) SearchResult {
	type reply struct {
		idx  int
		hits []string
		err  error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	replies := make(chan reply, len(sources))
	var wg sync.WaitGroup
	for i, s := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits, err := s.fn(ctx, q)
			replies <- reply{i, hits, err}
		}()
	}
	go func() {
		wg.Wait()
		close(replies)
	}()
	res := SearchResult{Query: q, Results: map[string][]string{}}
	for r := range replies {
		name := sources[r.idx].name
		if r.err != nil {
			if res.Errors == nil {
				res.Errors = map[string]string{}
			}
			res.Errors[name] = r.err.Error()
			continue
		}
		res.Results[name] = r.hits
	}
	return res
}

func grep(corpus ...string) Backend {
	return func(ctx context.Context, q string) ([]string, error) {
		var out []string
		for _, c := range corpus {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if strings.Contains(strings.ToLower(c), strings.ToLower(q)) {
				out = append(out, c)
			}
		}
		return out, nil
	}
}

func main() {
	sources := []source{
		{"docs", grep("Getting Started", "HTTP Handlers", "Testing handlers")},
		{"blog", grep("Why we love Go", "Handlers in depth", "Release notes")},
		{"forum", func(ctx context.Context, q string) ([]string, error) {
			if len(q) < 3 {
				return nil, errors.New("query too short")
			}
			return []string{"thread about " + q}, nil
		}},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) {
		res := search(r.Context(), r.URL.Query().Get("q"), sources)
		w.Header().Set("Content-Type", "application/json")
		if len(res.Errors) > 0 && len(res.Results) == 0 {
			w.WriteHeader(http.StatusBadGateway)
		}
		json.NewEncoder(w).Encode(res)
	})
	for _, q := range []string{"handler", "go", "release", "zzz"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/search?q="+q, nil))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := search(ctx, "handler", sources[:1])
	fmt.Printf("%+v\n", res)
}
