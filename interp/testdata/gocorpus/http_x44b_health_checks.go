package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
)

type Checker interface {
	Name() string
	Check(ctx context.Context) error
}

type CheckFunc struct {
	name string
	fn   func(context.Context) error
}

func (c CheckFunc) Name() string                    { return c.name }
func (c CheckFunc) Check(ctx context.Context) error { return c.fn(ctx) }

type dbCheck struct{ up bool }

func (d *dbCheck) Name() string { return "database" }
func (d *dbCheck) Check(context.Context) error {
	if !d.up {
		return errors.New("connection refused")
	}
	return nil
}

type Health struct {
	checks   []Checker
	critical map[string]bool
}

type report struct {
	Status string            `json:"status"`
	Checks map[string]string `json:"checks"`
}

func (h *Health) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	type res struct {
		name string
		err  error
	}
	ch := make(chan res, len(h.checks))
	var wg sync.WaitGroup
	for _, c := range h.checks {
		wg.Add(1)
		go func(c Checker) {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					ch <- res{c.Name(), fmt.Errorf("panic: %v", p)}
				}
			}()
			ch <- res{c.Name(), c.Check(r.Context())}
		}(c)
	}
	wg.Wait()
	close(ch)
	rep := report{Status: "ok", Checks: map[string]string{}}
	code := http.StatusOK
	for x := range ch {
		if x.err == nil {
			rep.Checks[x.name] = "ok"
			continue
		}
		rep.Checks[x.name] = x.err.Error()
		if h.critical[x.name] {
			rep.Status, code = "down", http.StatusServiceUnavailable
		} else if rep.Status == "ok" {
			rep.Status = "degraded"
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(rep)
}

func main() {
	db := &dbCheck{up: true}
	cacheHits := 0
	h := &Health{
		checks: []Checker{
			db,
			CheckFunc{"cache", func(context.Context) error {
				cacheHits++
				if cacheHits%2 == 0 {
					return errors.New("evictions high")
				}
				return nil
			}},
			CheckFunc{"disk", func(ctx context.Context) error {
				if v, _ := ctx.Value("disk-full").(bool); v {
					var m map[string]int
					m["boom"]++
				}
				return nil
			}},
		},
		critical: map[string]bool{"database": true},
	}
	run := func(label string, ctx context.Context) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil).WithContext(ctx))
		var rep report
		json.Unmarshal(rec.Body.Bytes(), &rep)
		names := make([]string, 0, len(rep.Checks))
		for n := range rep.Checks {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Printf("%-10s %d %-8s", label, rec.Code, rep.Status)
		for _, n := range names {
			fmt.Printf(" %s=%q", n, rep.Checks[n])
		}
		fmt.Println()
	}
	run("healthy", context.Background())
	run("cache", context.Background())
	db.up = false
	run("db down", context.Background())
	db.up = true
	run("disk", context.WithValue(context.Background(), "disk-full", true))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	fmt.Print(rec.Body.String())
}
