package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

type Metrics struct {
	byStatus map[int]int
	bytes    map[string]int
}

func (m *Metrics) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sr := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(sr, r)
		if sr.status == 0 {
			sr.status = http.StatusOK
		}
		m.byStatus[sr.status]++
		m.bytes[r.URL.Path] += sr.bytes
	})
}

func main() {
	m := &Metrics{byStatus: map[int]int{}, bytes: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "fine")
	})
	mux.HandleFunc("GET /empty", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /make", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "made %s", strings.Repeat("!", 3))
	})
	mux.HandleFunc("GET /teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "short and stout", http.StatusTeapot)
	})
	mux.HandleFunc("GET /flush", func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		io.WriteString(w, "part1 ")
		err := rc.Flush()
		io.WriteString(w, "part2")
		fmt.Fprintf(w, " flushErr=%v", err)
	})
	h := m.Wrap(mux)

	reqs := []struct{ method, path string }{
		{"GET", "/ok"}, {"GET", "/ok"}, {"GET", "/empty"}, {"POST", "/make"},
		{"GET", "/teapot"}, {"GET", "/missing"}, {"POST", "/ok"}, {"GET", "/flush"},
	}
	for _, rq := range reqs {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(rq.method, rq.path, nil))
		fmt.Printf("%s %s: %d %q flushed=%v\n", rq.method, rq.path, rec.Code, rec.Body.String(), rec.Flushed)
	}

	codes := make([]int, 0, len(m.byStatus))
	for c := range m.byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("%d %-20s x%d\n", c, http.StatusText(c), m.byStatus[c])
	}
	fmt.Println("bytes:", m.bytes)
	var w http.ResponseWriter = &statusRecorder{ResponseWriter: httptest.NewRecorder()}
	_, isFlusher := w.(http.Flusher)
	fmt.Printf("%T flusher=%v\n", w, isFlusher)
}
