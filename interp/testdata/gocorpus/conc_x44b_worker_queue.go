package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Job struct {
	ID    int    `json:"id"`
	Input string `json:"input"`
}

type Result struct {
	JobID  int    `json:"job_id"`
	Output string `json:"output"`
	Worker int    `json:"-"`
}

type Queue struct {
	jobs    chan Job
	mu      sync.RWMutex
	results map[int]Result
	nextID  int
	wg      sync.WaitGroup
}

func NewQueue(ctx context.Context, workers int) *Queue {
	q := &Queue{jobs: make(chan Job, 16), results: map[int]Result{}}
	for w := 1; w <= workers; w++ {
		q.wg.Add(1)
		go q.work(ctx, w)
	}
	return q
}

func (q *Queue) work(ctx context.Context, id int) {
	defer q.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-q.jobs:
			if !ok {
				return
			}
			out := strings.ToUpper(j.Input)
			runes := []rune(out)
			slices.Reverse(runes)
			q.mu.Lock()
			q.results[j.ID] = Result{JobID: j.ID, Output: string(runes), Worker: id}
			q.mu.Unlock()
		}
	}
}

func (q *Queue) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case "POST":
		var j Job
		if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		q.mu.Lock()
		q.nextID++
		j.ID = q.nextID
		q.mu.Unlock()
		q.jobs <- j
		w.WriteHeader(http.StatusAccepted)
		json.NewEncoder(w).Encode(map[string]int{"id": j.ID})
	case "GET":
		q.mu.RLock()
		defer q.mu.RUnlock()
		ids := make([]int, 0, len(q.results))
		for id := range q.results {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		out := make([]Result, len(ids))
		for i, id := range ids {
			out[i] = q.results[id]
		}
		json.NewEncoder(w).Encode(out)
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	q := NewQueue(ctx, 3)
	for _, in := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"} {
		rec := httptest.NewRecorder()
		q.ServeHTTP(rec, httptest.NewRequest("POST", "/jobs", strings.NewReader(`{"input":"`+in+`"}`)))
		fmt.Print(rec.Code, " ", rec.Body.String())
	}
	rec := httptest.NewRecorder()
	q.ServeHTTP(rec, httptest.NewRequest("POST", "/jobs", strings.NewReader(`{bad`)))
	fmt.Print(rec.Code, " ", rec.Body.String())

	close(q.jobs)
	q.wg.Wait()

	rec = httptest.NewRecorder()
	q.ServeHTTP(rec, httptest.NewRequest("GET", "/jobs", nil))
	fmt.Print(rec.Body.String())
	workers := map[int]bool{}
	for _, r := range q.results {
		workers[r.Worker] = true
	}
	fmt.Println("results:", len(q.results), "workers used <= 3:", len(workers) <= 3)
}
