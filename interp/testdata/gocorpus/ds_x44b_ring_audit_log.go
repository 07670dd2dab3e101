package main

import (
	"container/ring"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type AuditEntry struct {
	Seq    int    `json:"seq"`
	Actor  string `json:"actor"`
	Action string `json:"action"`
}

type AuditLog struct {
	mu    sync.RWMutex
	r     *ring.Ring
	seq   int
	count int
}

func NewAuditLog(n int) *AuditLog { return &AuditLog{r: ring.New(n)} }

func (a *AuditLog) Record(actor, action string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seq++
	a.r.Value = AuditEntry{a.seq, actor, action}
	a.r = a.r.Next()
	a.count = min(a.count+1, a.r.Len())
}

func (a *AuditLog) Recent(limit int) []AuditEntry {
	a.mu.RLock()
	defer a.mu.RUnlock()
	var out []AuditEntry
	p := a.r.Prev()
	for i := 0; i < a.count && len(out) < limit; i++ {
		out = append(out, p.Value.(AuditEntry))
		p = p.Prev()
	}
	return out
}

type auditWriter struct {
	http.ResponseWriter
	code int
}

func (w *auditWriter) WriteHeader(c int) { w.code = c; w.ResponseWriter.WriteHeader(c) }

func (a *AuditLog) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		aw := &auditWriter{w, 200}
		next.ServeHTTP(aw, r)
		if r.Method != http.MethodGet {
			user := r.Header.Get("X-User")
			if user == "" {
				user = "anonymous"
			}
			a.Record(user, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, aw.code))
		}
	})
}

func main() {
	log := NewAuditLog(4)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /audit", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.URL.Query().Get("n"))
		if err != nil {
			n = 10
		}
		json.NewEncoder(w).Encode(log.Recent(n))
	})
	mux.HandleFunc("POST /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("DELETE /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-User") != "admin" {
			w.WriteHeader(http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	h := log.Middleware(mux)
	show := func(n string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/audit?n="+n, nil))
		fmt.Print("audit n=", n, ": ", rec.Body.String())
	}
	show("5")
	steps := []struct{ method, path, user string }{
		{"POST", "/items/1", "ann"}, {"DELETE", "/items/1", "ann"}, {"DELETE", "/items/1", "admin"},
	}
	for _, s := range steps {
		req := httptest.NewRequest(s.method, s.path, nil)
		req.Header.Set("X-User", s.user)
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	show("5")
	for i := 2; i <= 5; i++ {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/items/"+strconv.Itoa(i), nil))
	}
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("PUT", "/items/9", nil))
	show("2")
	show("all")
	var acts []string
	log.r.Do(func(v any) {
		if e, ok := v.(AuditEntry); ok {
			acts = append(acts, strconv.Itoa(e.Seq))
		}
	})
	fmt.Println("ring order:", strings.Join(acts, ","), "len", log.r.Len())
}
