// An http.Handler for a price database, exercised with httptest instead of
// a network listener, after section 7.7.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"sync"
)

type dollars float32

func (d dollars) String() string { return fmt.Sprintf("$%.2f", d) }

type database struct {
	mu     sync.Mutex
	prices map[string]dollars
}

func (db *database) list(w http.ResponseWriter, req *http.Request) {
	db.mu.Lock()
	defer db.mu.Unlock()
	items := make([]string, 0, len(db.prices))
	for item := range db.prices {
		items = append(items, item)
	}
	sort.Strings(items)
	for _, item := range items {
		fmt.Fprintf(w, "%s: %s\n", item, db.prices[item])
	}
}

func (db *database) price(w http.ResponseWriter, req *http.Request) {
	item := req.URL.Query().Get("item")
	db.mu.Lock()
	price, ok := db.prices[item]
	db.mu.Unlock()
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "no such item: %q\n", item)
		return
	}
	fmt.Fprintf(w, "%s\n", price)
}

func (db *database) update(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query()
	item := q.Get("item")
	p, err := strconv.ParseFloat(q.Get("price"), 32)
	if err != nil {
		http.Error(w, "bad price: "+err.Error(), http.StatusBadRequest)
		return
	}
	db.mu.Lock()
	_, existed := db.prices[item]
	db.prices[item] = dollars(p)
	db.mu.Unlock()
	if existed {
		fmt.Fprintf(w, "updated %s\n", item)
	} else {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %s\n", item)
	}
}

func logging(next http.Handler, log *[]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*log = append(*log, r.Method+" "+r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func main() {
	db := &database{prices: map[string]dollars{"shoes": 50, "socks": 5}}
	mux := http.NewServeMux()
	mux.HandleFunc("/list", db.list)
	mux.HandleFunc("/price", db.price)
	mux.Handle("/update", http.HandlerFunc(db.update))
	var log []string
	h := logging(mux, &log)

	for _, url := range []string{
		"/list",
		"/price?item=socks",
		"/price?item=hat",
		"/update?item=hat&price=12.5",
		"/update?item=socks&price=6",
		"/update?item=belt&price=cheap",
		"/list",
		"/nothing",
	} {
		req := httptest.NewRequest("GET", "http://localhost:8000"+url, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		resp := rec.Result()
		body, _ := io.ReadAll(resp.Body)
		fmt.Printf("GET %s -> %d %s\n%s", url, resp.StatusCode, http.StatusText(resp.StatusCode), body)
	}
	fmt.Println(log)
	var hf http.Handler = http.HandlerFunc(db.list)
	fmt.Printf("%T %v\n", hf, dollars(3.14159))
}
