package main

import (
	"encoding/json"
	"fmt"
	"iter"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type Customer struct {
	ID      int    `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Spend   int    `json:"spend"`
}

type CustomerRepo struct {
	mu   sync.RWMutex
	rows map[int]Customer
}

func (r *CustomerRepo) All() iter.Seq[Customer] {
	return func(yield func(Customer) bool) {
		r.mu.RLock()
		defer r.mu.RUnlock()
		for _, id := range slices.Sorted(maps.Keys(r.rows)) {
			if !yield(r.rows[id]) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) iter.Seq2[K, []T] {
	return func(yield func(K, []T) bool) {
		groups := map[K][]T{}
		var order []K
		for v := range seq {
			k := key(v)
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], v)
		}
		for _, k := range order {
			if !yield(k, groups[k]) {
				return
			}
		}
	}
}

func main() {
	repo := &CustomerRepo{rows: map[int]Customer{}}
	names := strings.Fields("ada bo cy dee eli fay gus hal ivy jo")
	countries := []string{"NO", "SE", "DK"}
	for i, n := range names {
		repo.rows[i+1] = Customer{ID: i + 1, Name: n, Country: countries[i*7%3], Spend: (i*37 + 11) % 100}
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /customers", func(w http.ResponseWriter, r *http.Request) {
		seq := repo.All()
		if c := r.URL.Query().Get("country"); c != "" {
			seq = Filter(seq, func(x Customer) bool { return x.Country == c })
		}
		if s := r.URL.Query().Get("min_spend"); s != "" {
			m, _ := strconv.Atoi(s)
			seq = Filter(seq, func(x Customer) bool { return x.Spend >= m })
		}
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil {
			limit = 100
		}
		out := slices.Collect(Take(seq, limit))
		json.NewEncoder(w).Encode(out)
	})
	for _, q := range []string{"limit=2", "country=SE", "country=NO&min_spend=40", "min_spend=90&limit=1", "country=XX"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/customers?"+q, nil))
		fmt.Printf("%s: %s", q, rec.Body.String())
	}

	for country, cs := range GroupBy(repo.All(), func(c Customer) string { return c.Country }) {
		total := 0
		for _, c := range cs {
			total += c.Spend
		}
		fmt.Printf("%s: %d customers, spend %d\n", country, len(cs), total)
	}

	next, stop := iter.Pull(Filter(repo.All(), func(c Customer) bool { return c.Spend%2 == 0 }))
	defer stop()
	for i := 0; i < 3; i++ {
		c, ok := next()
		fmt.Println(i, c.Name, c.Spend, ok)
	}
}
