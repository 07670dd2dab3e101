package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type OutOfStockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *OutOfStockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d available", e.SKU, e.Requested, e.Available)
}

type Inventory struct {
	mu       sync.RWMutex
	stock    map[string]int
	reserved map[string]map[string]int // order -> sku -> qty
}

func (inv *Inventory) Reserve(order string, items map[string]int) (err error) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if _, dup := inv.reserved[order]; dup {
		return fmt.Errorf("order %s already reserved", order)
	}
	taken := map[string]int{}
	defer func() {
		if err != nil {
			for sku, q := range taken {
				inv.stock[sku] += q
			}
		}
	}()
	skus := slices.Sorted(func(yield func(string) bool) {
		for k := range items {
			if !yield(k) {
				return
			}
		}
	})
	for _, sku := range skus {
		q := items[sku]
		if q <= 0 {
			panic(fmt.Sprintf("invariant: non-positive quantity %d for %s", q, sku))
		}
		if have := inv.stock[sku]; have < q {
			return &OutOfStockError{sku, q, have}
		}
		inv.stock[sku] -= q
		taken[sku] = q
	}
	inv.reserved[order] = taken
	return nil
}

func (inv *Inventory) Snapshot() string {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	return fmt.Sprint(inv.stock, " reserved=", len(inv.reserved))
}

func reserveHandler(inv *Inventory) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				http.Error(w, fmt.Sprint("bug: ", p), http.StatusInternalServerError)
			}
		}()
		var items map[string]int
		if err := json.NewDecoder(r.Body).Decode(&items); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		err := inv.Reserve(r.PathValue("order"), items)
		var oos *OutOfStockError
		switch {
		case errors.As(err, &oos):
			w.WriteHeader(http.StatusConflict)
			json.NewEncoder(w).Encode(map[string]any{"error": "out_of_stock", "sku": oos.SKU, "available": oos.Available})
		case err != nil:
			http.Error(w, err.Error(), http.StatusConflict)
		default:
			w.WriteHeader(http.StatusCreated)
			fmt.Fprintln(w, "reserved")
		}
	}
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 5, "pear": 2, "plum": 10}, reserved: map[string]map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders/{order}/reserve", reserveHandler(inv))
	for _, c := range []struct{ order, body string }{
		{"o1", `{"apple":2,"pear":1}`},
		{"o2", `{"apple":2,"pear":2}`},
		{"o1", `{"plum":1}`},
		{"o3", `{"plum":3,"apple":0}`},
		{"o4", `{"apple":3,"plum":10}`},
		{"o5", `[1,2]`},
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("POST", "/orders/"+c.order+"/reserve", strings.NewReader(c.body)))
		fmt.Printf("%s %-24s %d %s", c.order, c.body, rec.Code, rec.Body.String())
		fmt.Println("   ", inv.Snapshot())
	}
}
