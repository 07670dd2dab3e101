package main

import (
	"container/heap"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Task struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	Priority int    `json:"priority"`
	seq      int
	index    int
}

type taskHeap []*Task

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	if h[i].Priority != h[j].Priority {
		return h[i].Priority > h[j].Priority
	}
	return h[i].seq < h[j].seq
}
func (h taskHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *taskHeap) Push(x any) {
	t := x.(*Task)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *taskHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*h = old[:n-1]
	return t
}

type Scheduler struct {
	mu    sync.Mutex
	h     taskHeap
	byID  map[int]*Task
	count int
}

func (s *Scheduler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Method == "POST" && r.URL.Path == "/tasks":
		var t Task
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		s.count++
		t.ID, t.seq = s.count, s.count
		heap.Push(&s.h, &t)
		s.byID[t.ID] = &t
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(t)
	case r.Method == "POST" && r.URL.Path == "/tasks/next":
		if s.h.Len() == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		t := heap.Pop(&s.h).(*Task)
		delete(s.byID, t.ID)
		json.NewEncoder(w).Encode(t)
	case r.Method == "PATCH":
		var id, prio int
		if _, err := fmt.Sscanf(r.URL.Path, "/tasks/%d/priority/%d", &id, &prio); err != nil {
			http.Error(w, "bad path: "+err.Error(), 400)
			return
		}
		t, ok := s.byID[id]
		if !ok {
			http.NotFound(w, r)
			return
		}
		t.Priority = prio
		heap.Fix(&s.h, t.index)
		fmt.Fprintf(w, "task %d now priority %d at index %d\n", id, prio, t.index)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func main() {
	s := &Scheduler{byID: map[int]*Task{}}
	call := func(method, path, body string) {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(method, path, strings.NewReader(body)))
		fmt.Printf("%-5s %-22s %d %s", method, path, rec.Code, rec.Body.String())
		if rec.Body.Len() == 0 {
			fmt.Println()
		}
	}
	for _, t := range []string{`{"name":"email","priority":1}`, `{"name":"billing","priority":5}`, `{"name":"report","priority":3}`, `{"name":"cleanup","priority":1}`, `{"name":"alert","priority":5}`} {
		call("POST", "/tasks", t)
	}
	call("PATCH", "/tasks/4/priority/9", "")
	call("PATCH", "/tasks/99/priority/1", "")
	call("PATCH", "/tasks/x/priority/1", "")
	for i := 0; i < 6; i++ {
		call("POST", "/tasks/next", "")
	}
	call("GET", "/tasks", "")
}
